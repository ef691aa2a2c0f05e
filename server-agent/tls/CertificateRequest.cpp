#include "CertificateRequest.h"

#include "box/OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

using OpenSsl::BioPtr;
using OpenSsl::PKeyPtr;
using OpenSsl::ReqPtr;

} // namespace

bool CertificateRequest::isAcceptedCountryCode(const QString& countryCode)
{
    if (countryCode.isEmpty())
        return true;
    if (countryCode.size() != 2)
        return false;
    for (const QChar c : countryCode) {
        const char16_t u = c.unicode();
        const bool printable = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                               QStringLiteral(" '()+,-.:=?").contains(c);
        if (!printable)
            return false;
    }
    return true;
}

QByteArray CertificateRequest::make(const QByteArray& privateKeyPem, const QString& commonName,
                                    const QString& countryCode, QString* error)
{
    const auto fail = [error](const QString& what) {
        if (error)
            *error = what + QStringLiteral(": ") + OpenSsl::lastError();
        return QByteArray();
    };
    BioPtr keyBio(BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size())));
    PKeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(QStringLiteral("cannot read the private key"));
    ReqPtr req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), 0) != 1)
        return fail(QStringLiteral("cannot create a request"));
    X509_NAME* name = X509_REQ_get_subject_name(req.get());
    if (!countryCode.isEmpty()) {
        const QByteArray c = countryCode.toLatin1();
        if (X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(c.constData()),
                                       -1, -1, 0) != 1)
            return fail(QStringLiteral("invalid country code"));
    }
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0) != 1)
        return fail(QStringLiteral("invalid common name"));
    if (X509_REQ_set_pubkey(req.get(), key.get()) != 1 || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("cannot sign the request"));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509_REQ(out.get(), req.get()) != 1)
        return fail(QStringLiteral("cannot write the request"));
    return OpenSsl::bioBytes(out.get());
}
