#include "TestPki.h"

#include "box/OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

using OpenSsl::BioPtr;
using OpenSsl::PKeyPtr;
using OpenSsl::X509Ptr;

PKeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return PKeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr readCert(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    const bool ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

QByteArray TestPki::rsaKey(int bits)
{
    PKeyPtr key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return OpenSsl::bioBytes(bio.get());
}

QByteArray TestPki::certificate(const Spec& spec, const QByteArray& subjectKeyPem, const QByteArray& issuerCertPem,
                                const QByteArray& issuerKeyPem)
{
    const PKeyPtr subjectKey = readKey(subjectKeyPem);
    const PKeyPtr issuerKey = readKey(issuerKeyPem);
    const X509Ptr issuer = issuerCertPem.isEmpty() ? nullptr : readCert(issuerCertPem);
    X509Ptr cert(X509_new());
    if (!subjectKey || !issuerKey || (!issuerCertPem.isEmpty() && !issuer) || !cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[12];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    OpenSsl::BigNumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(spec.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(spec.notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), subjectKey.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer.get()) : name);
    X509* signer = issuer ? issuer.get() : cert.get();
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash") &&
              addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (spec.ca) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        QStringList altNames;
        for (const QString& name : spec.dnsNames)
            altNames.append(QStringLiteral("DNS:") + name);
        for (const QString& address : spec.ipAddresses)
            altNames.append(QStringLiteral("IP:") + address);
        if (!altNames.isEmpty())
            ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8());
    }
    if (!ok || X509_sign(cert.get(), issuerKey.get(), EVP_sha256()) == 0)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), cert.get()) != 1)
        return {};
    return OpenSsl::bioBytes(bio.get());
}

TestPki::Authority TestPki::authority(const QString& name)
{
    Authority a;
    a.rootKey = rsaKey();
    Spec root;
    root.commonName = name + QStringLiteral(" Root CA");
    root.ca = true;
    root.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    root.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
    a.rootCert = certificate(root, a.rootKey, {}, a.rootKey);
    a.intermediateKey = rsaKey();
    Spec intermediate = root;
    intermediate.commonName = name + QStringLiteral(" Intermediate CA");
    a.intermediateCert = certificate(intermediate, a.intermediateKey, a.rootCert, a.rootKey);
    return a;
}

QByteArray TestPki::serverCertificate(const Authority& ca, const Spec& spec, const QByteArray& subjectKeyPem)
{
    return certificate(spec, subjectKeyPem, ca.intermediateCert, ca.intermediateKey);
}
