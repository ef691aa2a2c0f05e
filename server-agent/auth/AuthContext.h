#pragma once

#include <QString>
#include <QStringList>

// Who is making a request, once authentication has succeeded.
struct AuthContext
{
    QString email; // empty for the system API key and for anonymous routes
    QStringList privileges;
    bool systemKey = false;
    bool authenticated = false;
    // An API token's name and scopes (auth/TokenStore) when the caller presented one; the email is then the
    // administrator who created it (empty for one made with the system API key).
    QString token;
    QStringList tokenScopes;

    bool isAdmin() const { return privileges.contains(QStringLiteral("admin")); }
};
