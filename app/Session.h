#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// A logged-in session on one box: what /admin/login answered with status "ok".
struct Session
{
    QString email;
    QString apiKey; // kept in memory; stored in the keychain only if the user asks
    QStringList privileges;

    bool isValid() const { return !email.isEmpty() && !apiKey.isEmpty(); }
    bool isAdmin() const { return privileges.contains(QStringLiteral("admin")); }
};

Q_DECLARE_METATYPE(Session)
