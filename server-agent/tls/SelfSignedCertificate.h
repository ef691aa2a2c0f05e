#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A self-signed RSA certificate made with OpenSSL, as a fresh box (or the demo box) has one.
namespace SelfSignedCertificate {
struct Result
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // PKCS#8, unencrypted
};
// RSA-`bits` key, SHA-256 signature, CN = `hostname`, SAN DNS:hostname plus the given IP addresses,
// valid from now for `days` days. Empty result (and *error) on failure.
Result generate(const QString& hostname, const QStringList& ipAddresses, int days = 3650, int bits = 2048,
                QString* error = nullptr);
// SHA-256 of the certificate's DER form: "AA:BB:..." (upper case, colon separated).
QString fingerprintSha256(const QByteArray& certificatePem);
} // namespace SelfSignedCertificate
