#include "MailAlias.h"

#include "MailDomainGroups.h"

#include <QJsonArray>
#include <QJsonObject>

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
    MailAliasList result;
    const bool ok = parseMailDomainGroups(
        json, QLatin1String("aliases"), detail, [&result, detail](const QString& name, const QJsonArray& aliases) {
            MailDomainAliases domain;
            domain.domain = name;
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
            return true;
        });
    if (ok) {
        *out = result;
    }
    return ok;
}
