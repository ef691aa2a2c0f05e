#include "MailUser.h"

#include "MailDomainGroups.h"

#include <QJsonArray>
#include <QJsonObject>

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
    MailUserList result;
    const bool ok = parseMailDomainGroups(
        json, QLatin1String("users"), detail, [&result, detail](const QString& name, const QJsonArray& users) {
            MailDomainUsers domain;
            domain.domain = name;
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
            return true;
        });
    if (ok) {
        *out = result;
    }
    return ok;
}
