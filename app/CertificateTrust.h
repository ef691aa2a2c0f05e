#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class CertTrustStore;

// Decides what to do with the TLS errors of one connection, given the pins in a CertTrustStore.
// Only errors that a pinned, matching certificate can excuse are ever ignored, and only the exact list.
class CertificateTrust
{
public:
    enum class Verdict {
        Accept, // pinned and matching: ignore exactly these errors
        Untrusted, // no pin: ask the user
        Changed, // a pin exists and the certificate differs: refuse loudly
        Refuse, // errors a pin cannot excuse (expired, revoked, …)
    };

    explicit CertificateTrust(const CertTrustStore* store);

    Verdict evaluate(const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors) const;

    // SHA-256 of the DER form as upper-case hex pairs joined by ':'.
    static QString fingerprint(const QSslCertificate& certificate);
    // Errors that mean "not signed by a known CA / issued for another name", which a pin may excuse.
    static bool isPinnable(QSslError::SslError error);

private:
    const CertTrustStore* m_store;
};
