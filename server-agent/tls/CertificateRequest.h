#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A certificate signing request as upstream's `openssl req -new -key KEY -sha256 -subj "/C=<cc>/CN=<domain>"`
// makes one (domain.md §9.6), made with OpenSSL's library: the box's key, subject C (left out when empty) and CN,
// no extensions, SHA-256.
namespace CertificateRequest {
// Whether `countryCode` is one openssl puts into C: empty (no C), or two characters of the PrintableString
// alphabet (letters, digits, and ' ( ) + , - . : = ? and space; not "/", which ends the field in -subj).
bool isAcceptedCountryCode(const QString& countryCode);
// The PEM request (with a final newline), or empty with *error.
QByteArray make(const QByteArray& privateKeyPem, const QString& commonName, const QString& countryCode,
                QString* error = nullptr);
// The request upstream makes for ACME (domain.md §9.5): CN = the first name, subjectAltName = every name (DNS),
// BasicConstraints CA:FALSE (critical), SHA-256, the box's key.
QByteArray makeForNames(const QByteArray& privateKeyPem, const QStringList& names, QString* error = nullptr);
} // namespace CertificateRequest
