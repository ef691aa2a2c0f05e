#include "TokenScopes.h"

#include <QRegularExpression>

namespace {

const QString Admin = QStringLiteral("admin");

bool underPrefix(const QString& path, const QString& prefix)
{
    return path == prefix || (path.startsWith(prefix) && path.at(prefix.size()) == QLatin1Char('/'));
}

// The path as the router matches it: empty segments dropped ("/mail//users" is "/mail/users"), so that the table sees
// the route that will run.
QStringList segments(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool nameInZone(const QString& name, const QString& zone)
{
    const QString n = name.toLower();
    return n == zone || n.endsWith(QLatin1Char('.') + zone);
}

} // namespace

const QList<TokenScopes::Rule>& TokenScopes::rules()
{
    static const QList<Rule> all{
        // Never for a narrower token: token management, users' privileges, two-factor settings.
        {"*", "/boxkeeper/tokens", "admin"},
        {"*", "/mail/users/privileges", "admin"},
        {"*", "/mfa", "admin"},
        // Mail users, aliases and domains.
        {"GET", "/mail", "mail:read"},
        {"POST", "/mail", "mail:write"},
        // One zone's custom records (the dynamic-DNS case); the list of all records is not one zone's.
        {"*", "/dns/custom", "dns:"},
        // Backups: what they are, never their configuration (it holds the target's credentials) or a restore.
        {"GET", "/system/backup/status", "backup:read"},
        {"GET", "/boxkeeper/backup/run", "backup:read"},
        {"GET", "/boxkeeper/backup/files", "backup:read"},
        {"GET", "/boxkeeper/backup/verify", "backup:read"},
        {"GET", "/boxkeeper/backup/restore", "backup:read"},
        // The box's state.
        {"POST", "/system/status", "status:read"},
        {"GET", "/system/version", "status:read"},
        {"POST", "/system/latest-upstream-version", "status:read"},
        {"GET", "/system/updates", "status:read"},
        {"GET", "/system/reboot", "status:read"},
        {"GET", "/ssl/status", "status:read"},
        {"GET", "/boxkeeper/status/changes", "status:read"},
        {"GET", "/boxkeeper/metrics", "status:read"},
        {"GET", "/boxkeeper/capabilities", "status:read"},
    };
    return all;
}

QString TokenScopes::requiredScope(const QByteArray& method, const QString& path)
{
    const QByteArray m = method == "HEAD" ? QByteArray("GET") : method;
    const QString normal = QLatin1Char('/') + segments(path).join(QLatin1Char('/'));
    for (const Rule& rule : rules()) {
        if ((qstrcmp(rule.method, "*") == 0 || m == rule.method) && underPrefix(normal, QLatin1String(rule.prefix)))
            return QLatin1String(rule.scope);
    }
    return Admin;
}

bool TokenScopes::allows(const QStringList& scopes, const QByteArray& method, const QString& path)
{
    if (scopes.contains(Admin))
        return true;
    const QString needed = requiredScope(method, path);
    if (needed == QLatin1String("dns:")) {
        // /dns/custom/<qname>[/<rtype>]: the qname, at or below one of the token's zones.
        const QStringList parts = segments(path);
        if (parts.size() < 3 || parts.size() > 4)
            return false;
        for (const QString& scope : scopes) {
            if (scope.startsWith(QLatin1String("dns:")) && nameInZone(parts.at(2), scope.mid(4)))
                return true;
        }
        return false;
    }
    return scopes.contains(needed);
}

QStringList TokenScopes::parse(const QString& text, QString* error)
{
    static const QStringList fixed{Admin, QStringLiteral("mail:read"), QStringLiteral("mail:write"),
                                   QStringLiteral("backup:read"), QStringLiteral("status:read")};
    // A DNS name in ASCII (IDNA names in their xn-- form): labels of letters, digits and hyphens.
    static const QRegularExpression zone(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    QStringList scopes;
    const QStringList words = text.toLower().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const bool dns = word.startsWith(QLatin1String("dns:")) && zone.match(word.mid(4)).hasMatch();
        if (!dns && !fixed.contains(word)) {
            if (error)
                *error = QStringLiteral("That's not a valid scope (%1). Scopes are admin, mail:read, mail:write, "
                                        "backup:read, status:read and dns:<zone>.")
                             .arg(word);
            return {};
        }
        if (!scopes.contains(word))
            scopes.append(word);
    }
    if (scopes.isEmpty() && error)
        *error = QStringLiteral("No scopes provided.");
    return scopes;
}
