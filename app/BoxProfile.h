#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A box the user manages: public data only (QSettings). Secrets live in the keychain.
struct BoxProfile
{
    QString name;
    QString url; // https://HOST/admin
    QString email;
    QString fingerprint; // pinned SHA-256 (AA:BB:…) if the box's certificate is not CA-signed
    bool rememberPassword = false;

    bool isValid() const { return !name.isEmpty() && !url.isEmpty(); }
    bool operator==(const BoxProfile& other) const
    {
        return name == other.name && url == other.url && email == other.email && fingerprint == other.fingerprint &&
               rememberPassword == other.rememberPassword;
    }
};

Q_DECLARE_METATYPE(BoxProfile)
