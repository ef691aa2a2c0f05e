#pragma once

// RFC 6238 codes computed by the tests themselves (SHA-1, 30 s steps), shared by the client and gui tiers.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QString>
#include <QtEndian>

namespace TestTotp {

inline QByteArray base32Decode(const QString& text)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int value = alphabet.indexOf(c.toUpper().toLatin1());
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

// `digits` digits of the code for step `counter`.
inline QString codeForCounter(const QByteArray& key, quint64 counter, int digits = 6)
{
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac.at(offset)) & 0x7f) << 24) | (quint32(uchar(mac.at(offset + 1))) << 16) |
                           (quint32(uchar(mac.at(offset + 2))) << 8) | quint32(uchar(mac.at(offset + 3)));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i) {
        modulo *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

inline quint64 currentStep(int offset = 0)
{
    return quint64(QDateTime::currentSecsSinceEpoch() / 30 + offset);
}

// The six-digit code of the current step (plus `stepOffset`) for a base32 secret's key.
inline QString code(const QByteArray& key, int stepOffset = 0)
{
    return codeForCounter(key, currentStep(stepOffset));
}

} // namespace TestTotp
