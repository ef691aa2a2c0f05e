#include "MailUser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
QString scalarText(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}
} // namespace

bool parseMailUsers(const QByteArray& json, MailUserList* out, QString* detail)
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
    MailUserList result;
    const QJsonArray groups = doc.array();
    result.reserve(groups.size());
    for (const QJsonValue& groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        if (!group.value(QLatin1String("domain")).isString() || !group.value(QLatin1String("users")).isArray()) {
            if (detail) {
                *detail = QStringLiteral("a domain group lacks \"domain\" or \"users\"");
            }
            return false;
        }
        MailDomainUsers domain;
        domain.domain = group.value(QLatin1String("domain")).toString();
        const QJsonArray users = group.value(QLatin1String("users")).toArray();
        domain.users.reserve(users.size());
        for (const QJsonValue& userValue : users) {
            const QJsonObject o = userValue.toObject();
            MailUser user;
            user.email = o.value(QLatin1String("email")).toString();
            if (user.email.isEmpty()) {
                if (detail) {
                    *detail = QStringLiteral("a user lacks \"email\"");
                }
                return false;
            }
            for (const QJsonValue& p : o.value(QLatin1String("privileges")).toArray()) {
                user.privileges.append(p.toString());
            }
            user.quota = scalarText(o.value(QLatin1String("quota")));
            user.boxQuota = scalarText(o.value(QLatin1String("box_quota")));
            user.boxSize = scalarText(o.value(QLatin1String("box_size")));
            user.percent = scalarText(o.value(QLatin1String("percent")));
            user.mailbox = o.value(QLatin1String("mailbox")).toString();
            user.active = o.value(QLatin1String("status")).toString() != QLatin1String("inactive");
            domain.users.append(user);
        }
        result.append(domain);
    }
    *out = result;
    return true;
}
