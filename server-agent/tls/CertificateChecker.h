#pragma once

#include "Certificate.h"

#include <QDateTime>
#include <QHash>
#include <QString>

typedef struct x509_store_st X509_STORE;

// Upstream's certificate check (domain.md §9.3) at one moment: the steps in order, upstream's texts. The chain
// is verified with OpenSSL against the system's CA store, or the PEM bundle `trustedCaFile` when one is given
// (config key TRUSTED_CA_FILE). Keeps what it parsed and verified, so one checker serves a whole status listing.
// Not thread-safe: one checker per request.
class CertificateChecker
{
public:
    struct Result
    {
        QString status; // "OK", "SELF-SIGNED" or the problem text
        QString details; // OK: the expiry sentence; the generic problem: the verifier's output
        bool ok() const { return status == QLatin1String("OK"); }
        bool selfSigned() const { return status == QLatin1String("SELF-SIGNED"); }
    };

    CertificateChecker(const QDateTime& now, const QString& trustedCaFile = QString());
    ~CertificateChecker();
    CertificateChecker(const CertificateChecker&) = delete;
    CertificateChecker& operator=(const CertificateChecker&) = delete;

    // The check of the certificate file at `certificatePath` (a file that cannot be read counts as empty).
    Result check(const QString& domain, const QString& certificatePath, const QString& privateKeyPath,
                 int warnIfExpiringDays = 10);
    // The same for a certificate file already parsed (CertificateSelection's choice); `certificatePath` names it.
    Result check(const QString& domain, const Certificate& certificate, const QString& certificatePath,
                 const QString& privateKeyPath, int warnIfExpiringDays = 10);
    // The same for a file's content that is not on disk (an install being checked).
    Result checkData(const QString& domain, const QByteArray& certificateFile, const QString& privateKeyPath,
                     int warnIfExpiringDays = 10);

    // "The certificate expires in <N> days on <YYYY-MM-DD>." for `notAfter` seen at `now`.
    static QString expirySentence(const QDateTime& notAfter, const QDateTime& now);

private:
    Result run(const QString& domain, const Certificate& cert, const QString& parseError, const QString& cacheKey,
               const QString& privateKeyPath, int warnIfExpiringDays);
    // Empty when the chain verifies; else the verifier's error and whether it is about a self-signed certificate
    // or a missing issuer.
    struct Verification
    {
        bool ok = false;
        int error = 0;
        QString output;
    };
    Verification verify(const Certificate& cert);
    X509_STORE* store();

    QDateTime m_now;
    QString m_trustedCaFile;
    X509_STORE* m_store = nullptr;
    QString m_storeError;
    QHash<QString, Certificate> m_certificates; // by path
    QHash<QString, QString> m_parseErrors; // by path
    QHash<QString, Verification> m_verified; // by path
    struct KeyFile
    {
        PrivateKey key;
        QString error;
    };
    QHash<QString, KeyFile> m_keys; // by path (OpenSSL 3 takes about a millisecond to decode a key)
};
