#include "PrivateFile.h"

#include "box/AtomicFile.h"

#include <QDir>
#include <QFileInfo>

#include <openssl/rand.h>

bool PrivateFile::write(const QString& path, const QByteArray& data, QString* error,
                        QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return AtomicFile::write(path, data, error, permissions);
}

QString PrivateFile::randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1) {
        qFatal("no random bytes available");
    }
    return QString::fromLatin1(raw.toHex());
}

QString PrivateFile::randomPassword(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    while (out.size() < length) {
        unsigned char b = 0;
        if (RAND_bytes(&b, 1) != 1) {
            qFatal("no random bytes available");
        }
        if (b < 248) { // 248 = 4 * 62: no modulo bias
            out += QLatin1Char(alphabet[b % 62]);
        }
    }
    return out;
}
