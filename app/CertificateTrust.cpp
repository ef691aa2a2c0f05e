#include "CertificateTrust.h"

#include "CertTrustStore.h"

#include <QCryptographicHash>

CertificateTrust::CertificateTrust(const CertTrustStore* store)
    : m_store(store)
{ }

CertificateTrust::Verdict CertificateTrust::evaluate(const QString& host, const QList<QSslCertificate>& chain,
                                                     const QList<QSslError>& errors) const
{
    if (chain.isEmpty()) {
        return Verdict::Refuse;
    }
    const QSslCertificate& leaf = chain.first();
    for (const QSslError& error : errors) {
        if (!isPinnable(error.error())) {
            return Verdict::Refuse;
        }
        if (!error.certificate().isNull() && !chain.contains(error.certificate())) {
            return Verdict::Refuse;
        }
    }
    const QString pinned = m_store ? m_store->pin(host) : QString();
    if (pinned.isEmpty()) {
        return Verdict::Untrusted;
    }
    return pinned == fingerprint(leaf) ? Verdict::Accept : Verdict::Changed;
}

QString CertificateTrust::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    out.reserve(digest.size() * 3 / 2);
    for (int i = 0; i < digest.size(); i += 2) {
        if (i > 0) {
            out += QLatin1Char(':');
        }
        out += QString::fromLatin1(digest.mid(i, 2));
    }
    return out;
}

bool CertificateTrust::isPinnable(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}
