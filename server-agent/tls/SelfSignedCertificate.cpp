#include "SelfSignedCertificate.h"

#include "box/OpenSsl.h"

#include <QSslCertificate>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

using OpenSsl::BioPtr;
using OpenSsl::ExtPtr;
using OpenSsl::PKeyPtr;
using OpenSsl::X509Ptr;

bool addExtension(X509* cert, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate::Result SelfSignedCertificate::generate(const QString& hostname, const QStringList& ipAddresses,
                                                              int days, int bits, QString* error)
{
    const auto fail = [error](const QString& what) {
        if (error) {
            *error = what + QStringLiteral(": ") + OpenSsl::lastError();
        }
        return Result{};
    };
    PKeyPtr key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    if (!key) {
        return fail(QStringLiteral("cannot generate an RSA key"));
    }
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) {
        return fail(QStringLiteral("cannot create a certificate"));
    }
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        return fail(QStringLiteral("no random bytes"));
    }
    serial[0] &= 0x7f;
    OpenSsl::BigNumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()))) {
        return fail(QStringLiteral("cannot set the serial number"));
    }
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = hostname.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QByteArray san = "DNS:" + cn;
    for (const QString& ip : ipAddresses) {
        san += ",IP:" + ip.toLatin1();
    }
    if (!addExtension(cert.get(), NID_subject_alt_name, san) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash")) {
        return fail(QStringLiteral("cannot add certificate extensions"));
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return fail(QStringLiteral("cannot sign the certificate"));
    }

    Result result;
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return fail(QStringLiteral("cannot write PEM"));
    }
    result.certificatePem = OpenSsl::bioBytes(certBio.get());
    result.privateKeyPem = OpenSsl::bioBytes(keyBio.get());
    return result;
}

QString SelfSignedCertificate::fingerprintSha256(const QByteArray& certificatePem)
{
    const QSslCertificate cert(certificatePem, QSsl::Pem);
    if (cert.isNull()) {
        return {};
    }
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
