#include "CertificateChecker.h"

#include "box/OpenSsl.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString timestamp(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

CertificateChecker::CertificateChecker(const QDateTime& now, const QString& trustedCaFile)
    : m_now(now.toUTC())
    , m_trustedCaFile(trustedCaFile)
{ }

CertificateChecker::~CertificateChecker()
{
    if (m_store)
        X509_STORE_free(m_store);
}

QString CertificateChecker::expirySentence(const QDateTime& notAfter, const QDateTime& now)
{
    const qint64 secs = now.secsTo(notAfter);
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    return QStringLiteral("The certificate expires in %1 days on %2.")
        .arg(days)
        .arg(notAfter.date().toString(Qt::ISODate));
}

CertificateChecker::Result CertificateChecker::check(const QString& domain, const QString& certificatePath,
                                                     const QString& privateKeyPath, int warnIfExpiringDays)
{
    if (!m_certificates.contains(certificatePath)) {
        QString error;
        m_certificates.insert(certificatePath, Certificate::fromFileData(readFile(certificatePath), &error));
        m_parseErrors.insert(certificatePath, error);
    }
    return run(domain, m_certificates.value(certificatePath), m_parseErrors.value(certificatePath), certificatePath,
               privateKeyPath, warnIfExpiringDays);
}

CertificateChecker::Result CertificateChecker::check(const QString& domain, const Certificate& certificate,
                                                     const QString& certificatePath, const QString& privateKeyPath,
                                                     int warnIfExpiringDays)
{
    return run(domain, certificate, QString(), certificatePath, privateKeyPath, warnIfExpiringDays);
}

CertificateChecker::Result CertificateChecker::checkData(const QString& domain, const QByteArray& certificateFile,
                                                         const QString& privateKeyPath, int warnIfExpiringDays)
{
    QString error;
    const Certificate cert = Certificate::fromFileData(certificateFile, &error);
    return run(domain, cert, error, QString(), privateKeyPath, warnIfExpiringDays);
}

CertificateChecker::Result CertificateChecker::run(const QString& domain, const Certificate& cert,
                                                   const QString& parseError, const QString& cacheKey,
                                                   const QString& privateKeyPath, int warnIfExpiringDays)
{
    // 1. A certificate file.
    if (cert.isNull())
        return {QStringLiteral("There is a problem with the certificate file: ") + parseError, {}};

    // 2. For the domain, or its wildcard form (the first label replaced by "*").
    const QSet<QString> names = cert.names();
    const int dot = domain.indexOf(QLatin1Char('.'));
    const QString wildcard = QStringLiteral("*") + (dot >= 0 ? domain.mid(dot) : QString());
    if (!names.contains(domain) && !names.contains(wildcard)) {
        QStringList sorted(names.begin(), names.end());
        sorted.sort();
        return {QStringLiteral("The certificate is for the wrong domain name. It is for %1.")
                    .arg(sorted.join(QStringLiteral(", "))),
                {}};
    }

    // 3. The private key's public key is the certificate's.
    auto keyFile = m_keys.find(privateKeyPath);
    if (keyFile == m_keys.end()) {
        KeyFile k;
        k.key = PrivateKey::fromFileData(readFile(privateKeyPath), &k.error);
        keyFile = m_keys.insert(privateKeyPath, k);
    }
    const PrivateKey& key = keyFile->key;
    const QString& keyError = keyFile->error;
    if (key.kind() == PrivateKey::Kind::NoKey)
        return {QStringLiteral("The private key file %1 is not a private key file: %2").arg(privateKeyPath, keyError),
                {}};
    if (key.kind() != PrivateKey::Kind::Rsa)
        return {QStringLiteral("The private key file %1 is not a private key file.").arg(privateKeyPath), {}};
    if (key.publicKeyDer() != cert.publicKeyDer())
        return {QStringLiteral("The certificate does not correspond to the private key at %1.").arg(privateKeyPath),
                {}};

    // 4. Self-signed.
    if (cert.isSelfSigned())
        return {QStringLiteral("SELF-SIGNED"), {}};

    // 5. Valid now.
    if (!cert.isValidAt(m_now))
        return {QStringLiteral("The certificate has expired or is not yet valid. It is valid from %1 to %2.")
                    .arg(timestamp(cert.notBefore()), timestamp(cert.notAfter())),
                {}};

    // 6. The chain up to a trusted CA.
    Verification v;
    if (!cacheKey.isEmpty() && m_verified.contains(cacheKey)) {
        v = m_verified.value(cacheKey);
    } else {
        v = verify(cert);
        if (!cacheKey.isEmpty())
            m_verified.insert(cacheKey, v);
    }
    if (!v.ok) {
        if (v.error == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || v.error == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)
            return {QStringLiteral("SELF-SIGNED"), {}};
        if (v.error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
            return {QStringLiteral("The certificate is missing an intermediate chain or the intermediate chain is "
                                   "incorrect or incomplete. (%1)")
                        .arg(v.output),
                    {}};
        return {QStringLiteral("There is a problem with the certificate."), v.output};
    }

    // 7.-9. Expiry.
    const QString expiry = expirySentence(cert.notAfter(), m_now);
    const qint64 days = m_now.secsTo(cert.notAfter()) / 86400;
    if (warnIfExpiringDays > 0 && days <= warnIfExpiringDays)
        return {QStringLiteral("The certificate is expiring soon: ") + expiry, {}};
    return {QStringLiteral("OK"), expiry};
}

X509_STORE* CertificateChecker::store()
{
    if (m_store || !m_storeError.isEmpty())
        return m_store;
    X509_STORE* s = X509_STORE_new();
    const bool loaded =
        s && (m_trustedCaFile.isEmpty() ? X509_STORE_set_default_paths(s) == 1
                                        : X509_STORE_load_file(s, QFile::encodeName(m_trustedCaFile).constData()) == 1);
    if (!loaded) {
        const QString reason = OpenSsl::lastError();
        m_storeError = m_trustedCaFile.isEmpty()
                           ? QStringLiteral("cannot load the system's CA certificates: %1").arg(reason)
                           : QStringLiteral("cannot load the CA certificates of %1: %2").arg(m_trustedCaFile, reason);
        if (s)
            X509_STORE_free(s);
        return nullptr;
    }
    ERR_clear_error();
    m_store = s;
    return m_store;
}

CertificateChecker::Verification CertificateChecker::verify(const Certificate& cert)
{
    Verification v;
    X509_STORE* s = store();
    if (!s) {
        v.output = m_storeError;
        return v;
    }
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509)*)> untrusted(sk_X509_new_null(),
                                                                         [](STACK_OF(X509) * st) { sk_X509_free(st); });
    for (const auto& c : cert.chain())
        sk_X509_push(untrusted.get(), c.get());
    std::unique_ptr<X509_STORE_CTX, void (*)(X509_STORE_CTX*)> ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
    if (!ctx || X509_STORE_CTX_init(ctx.get(), s, cert.x509(), untrusted.get()) != 1) {
        v.output = QStringLiteral("cannot set up the certificate verification");
        return v;
    }
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_POLICY_CHECK);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(m_now.toSecsSinceEpoch()));
    v.ok = X509_verify_cert(ctx.get()) == 1;
    if (!v.ok) {
        v.error = X509_STORE_CTX_get_error(ctx.get());
        v.output = QStringLiteral("error %1 at %2 depth lookup: %3")
                       .arg(v.error)
                       .arg(X509_STORE_CTX_get_error_depth(ctx.get()))
                       .arg(QString::fromLatin1(X509_verify_cert_error_string(v.error)));
    }
    ERR_clear_error();
    return v;
}
