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

    bool isAdmin() const { return privileges.contains(QStringLiteral("admin")); }
};
