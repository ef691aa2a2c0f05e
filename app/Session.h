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
    // From GET /admin/boxkeeper/capabilities, fetched once per login; empty on an unmodified box (404).
    bool hasCapabilities = false;
    QString agentVersion;
    QString primaryHostname;
    QStringList features;

    bool isValid() const { return !email.isEmpty() && !apiKey.isEmpty(); }
    bool isAdmin() const { return privileges.contains(QStringLiteral("admin")); }
};

Q_DECLARE_METATYPE(Session)
