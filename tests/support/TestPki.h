#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Throw-away keys and certificates for the TLS tests, made with OpenSSL's library: a CA, intermediates, server
// certificates for a given key, with chosen names and validity.
namespace TestPki {
// A new RSA key, PKCS#8 PEM.
QByteArray rsaKey(int bits = 2048);

struct Spec
{
    QString commonName;
    QStringList dnsNames; // subjectAltName DNS entries
    QStringList ipAddresses; // subjectAltName IP entries
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    bool ca = false; // basicConstraints CA:TRUE and keyCertSign
};

// A certificate for the public key of `subjectKeyPem`, signed by `issuerKeyPem` with `issuerCertPem`'s subject as
// issuer; self-signed when `issuerCertPem` is empty (then `issuerKeyPem` must be the subject's key). Empty on
// failure.
QByteArray certificate(const Spec& spec, const QByteArray& subjectKeyPem, const QByteArray& issuerCertPem,
                       const QByteArray& issuerKeyPem);

// A CA with an intermediate, for issuing server certificates.
struct Authority
{
    QByteArray rootKey;
    QByteArray rootCert;
    QByteArray intermediateKey;
    QByteArray intermediateCert;
};
Authority authority(const QString& name = QStringLiteral("Test"));
// A server certificate from the authority's intermediate for `subjectKeyPem`.
QByteArray serverCertificate(const Authority& ca, const Spec& spec, const QByteArray& subjectKeyPem);
} // namespace TestPki
