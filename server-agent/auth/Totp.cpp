#include "Totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace {
const char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString Totp::hotp(const QByteArray& key, quint64 counter, int digits)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = static_cast<unsigned char>(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset)) & 0x7f) << 24) |
                           (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 1))) << 16) |
                           (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 2))) << 8) |
                           static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QString::number(binary % modulus).rightJustified(digits, QLatin1Char('0'));
}

QString Totp::at(const QByteArray& key, qint64 unixTime, int digits, int step)
{
    return hotp(key, static_cast<quint64>(unixTime / step), digits);
}

qint64 Totp::stepAt(qint64 unixTime)
{
    return unixTime / Step;
}

std::optional<qint64> Totp::matchingStep(const QByteArray& key, const QString& code, qint64 unixTime, int window)
{
    const QByteArray given = code.toUtf8();
    std::optional<qint64> match;
    const qint64 counter = stepAt(unixTime);
    for (qint64 c = counter - window; c <= counter + window; ++c) {
        if (c < 0) {
            continue;
        }
        const QByteArray expected = hotp(key, static_cast<quint64>(c)).toLatin1();
        if (expected.size() == given.size() &&
            CRYPTO_memcmp(expected.constData(), given.constData(), static_cast<size_t>(given.size())) == 0) {
            match = c;
        }
    }
    return match;
}

bool Totp::verify(const QByteArray& key, const QString& code, qint64 unixTime, int window)
{
    return matchingStep(key, code, unixTime, window).has_value();
}

QString Totp::base32Encode(const QByteArray& data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char ch : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(ch);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    }
    return out;
}

std::optional<QByteArray> Totp::base32Decode(const QString& text, QString* error)
{
    const auto fail = [error](const char* message) -> std::optional<QByteArray> {
        if (error) {
            *error = QLatin1String(message);
        }
        return std::nullopt;
    };
    // Python: the text must be ASCII; only a-z are folded to upper case.
    QString s;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return fail("string argument should contain only ASCII characters");
        }
        s += (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ? QChar(c.unicode() - 32) : c;
    }
    int padding = 0;
    while (s.endsWith(QLatin1Char('='))) {
        s.chop(1);
        ++padding;
    }
    // Python pads to a multiple of 8 only if it was given that way; a wrong total length is "Incorrect padding".
    if ((s.size() + padding) % 8 != 0) {
        return fail("Incorrect padding");
    }
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : s) {
        const char* at = c.unicode() < 128 ? std::strchr(Base32Alphabet, static_cast<char>(c.unicode())) : nullptr;
        if (!at || c.unicode() == 0) {
            return fail("Non-base32 digit found");
        }
        buffer = (buffer << 5) | static_cast<quint32>(at - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    const int rest = s.size() % 8;
    if (padding > 0 && rest != 2 && rest != 4 && rest != 5 && rest != 7) {
        return fail("Incorrect padding");
    }
    return out;
}

QString Totp::randomSecret()
{
    unsigned char raw[20];
    if (RAND_bytes(raw, sizeof raw) != 1) {
        qFatal("no random bytes available for a TOTP secret");
    }
    return base32Encode(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw));
}

QString Totp::provisioningUri(const QString& secret, const QString& account, const QString& issuer)
{
    // pyotp: quote(issuer) + ":" + quote(name) (safe "/"), then urlencode(args) with "+" turned into "%20".
    const QByteArray label = QUrl::toPercentEncoding(issuer, "/") + ':' + QUrl::toPercentEncoding(account, "/");
    const QByteArray query = "secret=" + QUrl::toPercentEncoding(secret) + "&issuer=" + QUrl::toPercentEncoding(issuer);
    return QStringLiteral("otpauth://totp/") + QString::fromLatin1(label) + QLatin1Char('?') +
           QString::fromLatin1(query);
}
