#include "ApiTokens.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ApiTokens", text);
}

// An ISO time of the box (UTC), or null; false if it is neither.
bool readTime(const QJsonValue& value, QDateTime* out)
{
    if (value.isNull() || value.isUndefined()) {
        *out = QDateTime();
        return true;
    }
    if (!value.isString())
        return false;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    *out = time.toUTC();
    return true;
}

} // namespace

QStringList ApiTokens::fixedScopes()
{
    return {QStringLiteral("admin"), QStringLiteral("mail:read"), QStringLiteral("mail:write"),
            QStringLiteral("backup:read"), QStringLiteral("status:read")};
}

QString ApiTokens::dnsScope(const QString& zone)
{
    return QStringLiteral("dns:") + zone.trimmed().toLower();
}

QString ApiTokens::describeScope(const QString& scope)
{
    if (scope == QLatin1String("admin"))
        return tr("Everything an administrator can do, managing tokens included.");
    if (scope == QLatin1String("mail:read"))
        return tr("Read mail users, aliases and domains.");
    if (scope == QLatin1String("mail:write"))
        return tr("Add, change and remove mail users and aliases (not administrator privileges).");
    if (scope == QLatin1String("backup:read"))
        return tr("Read the backup status (not the backup settings, which hold the target's credentials).");
    if (scope == QLatin1String("status:read"))
        return tr("Read the status checks, certificates, version, updates and monitoring data.");
    if (scope.startsWith(QLatin1String("dns:")))
        return tr("Change the custom DNS records of names in %1 (dynamic DNS).").arg(scope.mid(4));
    return scope;
}

bool ApiTokens::parseList(const QJsonDocument& document, ApiTokenList* out)
{
    if (!document.isArray())
        return false;
    ApiTokenList list;
    for (const QJsonValue& v : document.array()) {
        const QJsonObject o = v.toObject();
        ApiTokenInfo token;
        token.name = o.value(QLatin1String("name")).toString();
        token.scopes = o.value(QLatin1String("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!v.isObject() || token.name.isEmpty() || !readTime(o.value(QLatin1String("created")), &token.created) ||
            !readTime(o.value(QLatin1String("last_used")), &token.lastUsed) ||
            !readTime(o.value(QLatin1String("expires")), &token.expires))
            return false;
        list.append(token);
    }
    *out = list;
    return true;
}

bool ApiTokens::parseCreated(const QJsonDocument& document, QString* name, QString* secret)
{
    const QJsonObject o = document.object();
    const QString n = o.value(QLatin1String("name")).toString();
    const QString s = o.value(QLatin1String("secret")).toString();
    if (!document.isObject() || s.isEmpty())
        return false;
    *name = n;
    *secret = s;
    return true;
}

QList<QPair<QString, QString>> ApiTokens::createFields(const NewApiToken& token)
{
    return {{QStringLiteral("name"), token.name.trimmed()},
            {QStringLiteral("scopes"), token.scopes.join(QLatin1Char(' '))},
            {QStringLiteral("expires"), token.expires.isValid() ? token.expires.toString(Qt::ISODate) : QString()}};
}

QString ApiTokens::curlExample(const QString& host, const QString& secret, const QStringList& scopes)
{
    const QString user = QStringLiteral("--user token:") + secret;
    const QString base = QStringLiteral("https://") + host + QStringLiteral("/admin");
    for (const QString& scope : scopes) {
        if (scope.startsWith(QLatin1String("dns:"))) {
            // As the panel's dynamic-DNS example: without -d the box takes the address the call comes from.
            return QStringLiteral("curl -X PUT %1 -d 192.0.2.10 %2/dns/custom/home.%3/A").arg(user, base, scope.mid(4));
        }
    }
    if (scopes.contains(QLatin1String("admin")) || scopes.contains(QLatin1String("mail:read")))
        return QStringLiteral("curl %1 %2/mail/users?format=json").arg(user, base);
    if (scopes.contains(QLatin1String("backup:read")))
        return QStringLiteral("curl %1 %2/system/backup/status").arg(user, base);
    if (scopes.contains(QLatin1String("status:read")))
        return QStringLiteral("curl -X POST %1 %2/system/status").arg(user, base);
    if (scopes.contains(QLatin1String("mail:write")))
        return QStringLiteral("curl -X POST %1 -d email=alias@mydomain.com "
                              "-d forwards_to=someone@example.net "
                              "%2/mail/aliases/add")
            .arg(user, base);
    return QStringLiteral("curl %1 %2/…").arg(user, base);
}
