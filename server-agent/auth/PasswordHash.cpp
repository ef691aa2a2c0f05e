#include "PasswordHash.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <crypt.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcPasswordHash, "boxkeeper.agent.auth.passwordhash")

namespace {

static_assert(PasswordHash::MaxPasswordBytes + 1 == CRYPT_MAX_PASSPHRASE_SIZE,
              "the documented password limit is crypt(3)'s");

QByteArray cryptWith(const QByteArray& password, const QByteArray& setting)
{
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char* out = crypt_r(password.constData(), setting.constData(), data.get());
    if (!out || out[0] == '*') {
        return {};
    }
    return QByteArray(out);
}

QByteArray randomSalt()
{
    static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1) {
        qFatal("no random bytes available for a password salt");
    }
    QByteArray salt;
    for (unsigned char b : raw) {
        salt += alphabet[b & 63];
    }
    return salt;
}

} // namespace

bool PasswordHash::isHashable(const QString& password)
{
    const QByteArray bytes = password.toUtf8();
    return bytes.size() <= MaxPasswordBytes && !bytes.contains('\0');
}

QString PasswordHash::hash(const QString& password)
{
    if (!isHashable(password)) {
        qCWarning(lcPasswordHash) << "refusing to hash a password that crypt(3) cannot take (NUL or over"
                                  << MaxPasswordBytes << "bytes)";
        return QString();
    }
    const QByteArray hashed = cryptWith(password.toUtf8(), "$6$" + randomSalt() + '$');
    if (!hashed.startsWith("$6$")) {
        qCCritical(lcPasswordHash) << "crypt(3) failed to make a SHA512-CRYPT hash";
        return QString();
    }
    return QStringLiteral("{SHA512-CRYPT}") + QString::fromLatin1(hashed);
}

bool PasswordHash::verify(const QString& password, const QString& stored)
{
    if (!isHashable(password)) {
        return false;
    }
    QByteArray setting = stored.toLatin1();
    if (setting.startsWith('{')) {
        const int close = setting.indexOf('}');
        if (close < 0) {
            return false;
        }
        const QByteArray scheme = setting.mid(1, close - 1).toUpper();
        if (scheme != "SHA512-CRYPT" && scheme != "SHA256-CRYPT" && scheme != "CRYPT" && scheme != "BLF-CRYPT" &&
            scheme != "MD5-CRYPT") {
            return false;
        }
        setting = setting.mid(close + 1);
    }
    if (setting.isEmpty()) {
        return false;
    }
    const QByteArray computed = cryptWith(password.toUtf8(), setting);
    return !computed.isEmpty() && computed.size() == setting.size() &&
           CRYPTO_memcmp(computed.constData(), setting.constData(), static_cast<size_t>(setting.size())) == 0;
}
