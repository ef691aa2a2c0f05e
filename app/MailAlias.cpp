#include "MailAlias.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

MailAlias::Kind MailAlias::kind() const
{
    if (!address.startsWith(QLatin1Char('@'))) {
        return Kind::Regular;
    }
    if (forwardsTo.size() == 1 && forwardsTo.first().startsWith(QLatin1Char('@'))) {
        return Kind::DomainAlias;
    }
    return Kind::CatchAll;
}

namespace {
QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty()) { // an alias with only senders has [""] (spec/api.md §5.9)
            out.append(s);
        }
    }
    return out;
}
} // namespace

bool parseMailAliases(const QByteArray& json, MailAliasList* out, QString* detail)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        if (detail) {
            *detail = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                   : QStringLiteral("expected a JSON array");
        }
        return false;
    }
    MailAliasList result;
    for (const QJsonValue& groupValue : doc.array()) {
        const QJsonObject group = groupValue.toObject();
        if (!group.value(QLatin1String("domain")).isString() || !group.value(QLatin1String("aliases")).isArray()) {
            if (detail) {
                *detail = QStringLiteral("a domain group lacks \"domain\" or \"aliases\"");
            }
            return false;
        }
        MailDomainAliases domain;
        domain.domain = group.value(QLatin1String("domain")).toString();
        const QJsonArray aliases = group.value(QLatin1String("aliases")).toArray();
        domain.aliases.reserve(aliases.size());
        for (const QJsonValue& aliasValue : aliases) {
            const QJsonObject o = aliasValue.toObject();
            MailAlias alias;
            alias.address = o.value(QLatin1String("address")).toString();
            if (alias.address.isEmpty()) {
                if (detail) {
                    *detail = QStringLiteral("an alias lacks \"address\"");
                }
                return false;
            }
            alias.addressDisplay = o.value(QLatin1String("address_display")).toString();
            if (alias.addressDisplay.isEmpty()) {
                alias.addressDisplay = alias.address;
            }
            alias.forwardsTo = stringList(o.value(QLatin1String("forwards_to")));
            alias.permittedSenders = stringList(o.value(QLatin1String("permitted_senders")));
            alias.automatic = o.value(QLatin1String("auto")).toBool();
            domain.aliases.append(alias);
        }
        result.append(domain);
    }
    *out = result;
    return true;
}
