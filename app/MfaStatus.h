#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>

// The answer of POST /admin/mfa/status (spec/api.md §8.1) and the TOTP calls around it.
struct MfaStatus
{
    Q_DECLARE_TR_FUNCTIONS(MfaStatus)

public:
    struct Device
    {
        int id = 0;
        QString type;
        QString label;
    };

    QList<Device> devices; // enabled_mfa
    QString newSecret; // new_mfa.totp.secret: a fresh secret for setting TOTP up (only for the caller)
    QByteArray newQrPng; // the QR code of that secret's otpauth:// URI, PNG bytes

    bool isEnabled() const { return !devices.isEmpty(); }

    static bool parse(const QJsonDocument& document, MfaStatus* out);
    // "ABCDEFGHIJKLMNOP" → "ABCD EFGH IJKL MNOP", for reading the secret off the screen.
    static QString groupedSecret(const QString& secret);
};
