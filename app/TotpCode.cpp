#include "TotpCode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace TotpCode {

QByteArray base32Decode(const QString& text)
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

QString forStep(const QByteArray& key, quint64 step, int digits)
{
    QByteArray message(8, '\0');
    qToBigEndian(step, message.data());
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

quint64 stepAt(qint64 secsSinceEpoch)
{
    return quint64(secsSinceEpoch / 30);
}

quint64 currentStep()
{
    return stepAt(QDateTime::currentSecsSinceEpoch());
}

quint64 stepOfCode(const QByteArray& key, const QString& code)
{
    const quint64 now = currentStep();
    for (const quint64 step : {now, now - 1, now + 1}) {
        if (forStep(key, step) == code) {
            return step;
        }
    }
    return 0;
}

} // namespace TotpCode
