#include "MailDomainGroups.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

bool parseMailDomainGroups(const QByteArray& json, QLatin1String itemsKey, QString* detail,
                           const MailDomainGroupParser& parseGroup)
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
    for (const QJsonValue& groupValue : doc.array()) {
        const QJsonObject group = groupValue.toObject();
        if (!group.value(QLatin1String("domain")).isString() || !group.value(itemsKey).isArray()) {
            if (detail) {
                *detail = QStringLiteral("a domain group lacks \"domain\" or \"%1\"").arg(itemsKey);
            }
            return false;
        }
        if (!parseGroup(group.value(QLatin1String("domain")).toString(), group.value(itemsKey).toArray())) {
            return false;
        }
    }
    return true;
}
