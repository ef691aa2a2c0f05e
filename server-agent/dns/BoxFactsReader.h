#pragma once

#include "BoxDnsFacts.h"

class BoxConfig;

// Reads what the zones publish about the box itself (domain.md §8.2, §9.2): the DKIM record from
// mail/dkim/mail.txt (creating a 2048-bit RSA key in OpenDKIM's layout when missing), the TLSA value
// of ssl/ssl_certificate.pem, SSHFP values of the host keys under SYSTEM_ROOT/etc/ssh, MTA-STS inputs.
class BoxFactsReader
{
public:
    // Everything for the builder; `secondaryNameservers` are the NS hostnames of the setting.
    static BoxDnsFacts read(const BoxConfig& config, const QStringList& secondaryNameservers);

    // Creates dkimDir/mail.private (PEM RSA key) and dkimDir/mail.txt when mail.private is missing.
    static bool ensureDkimKey(const QString& dkimDir, QString* error = nullptr);
    // Parses OpenDKIM's `<name> IN TXT ( "part" "part" ... )` text.
    static bool parseDkimTxt(const QString& text, QString* name, QString* value);
    // "3 1 1 <sha256 of the DER SubjectPublicKeyInfo>" of the first certificate in the file; empty if none.
    static QString tlsaValue(const QString& certificatePemPath);
    // "<alg> 2 ( <SHA-256 HEX> )" for each ssh_host_*_key.pub in the directory, sorted like upstream.
    static QStringList sshfpValues(const QString& sshDirectory);
    // The MTA-STS policy id: first 20 characters of base64(SHA-1(policy)) with 'A' for '+' and '/'.
    static QString mtaStsPolicyId(const QByteArray& policy);
};
