#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The scopes of API tokens and the one table of which scope each route needs (route prefix + method -> scope).
// A route not in the table needs `admin`.
//
// Scopes: `admin` (everything), `mail:read`, `mail:write`, `backup:read`, `status:read`, and `dns:<zone>`: the
// custom DNS records (`/dns/custom/<qname>[/<rtype>]`, any method) of names at or below <zone> only.
namespace TokenScopes {

struct Rule
{
    const char* method; // "GET", "POST", ... or "*" for any
    const char* prefix; // a path below /admin: the path itself or a path below it ("/mail" covers "/mail/users")
    const char* scope; // the scope needed; "dns:" = dns:<zone> with the route's qname at or below <zone>
};

// The table, first match wins.
const QList<Rule>& rules();

// The scope the route needs, as written in the table ("admin" when no rule matches). HEAD counts as GET.
QString requiredScope(const QByteArray& method, const QString& path);

// Whether a token with `scopes` may call the route.
bool allows(const QStringList& scopes, const QByteArray& method, const QString& path);

// The scopes of a form field (space-separated, any order, duplicates dropped, lower-cased), or the reason they are
// not valid in *error.
QStringList parse(const QString& text, QString* error);

} // namespace TokenScopes
