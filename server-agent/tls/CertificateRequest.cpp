#include "CertificateRequest.h"

#include "box/OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QList>
#include <QPair>
#include <QStringList>

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

namespace {

// The request for `key` with the subject `subject` (field, value pairs) and, when `subjectAltNames` is not
// empty, the extensions of an ACME request: BasicConstraints CA:FALSE (critical) and the DNS names.
QByteArray makeRequest(const QByteArray& privateKeyPem, const QList<QPair<const char*, QString>>& subject,
                       const QStringList& subjectAltNames, QString* error)
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
    for (const auto& [field, value] : subject) {
        const QByteArray v = value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(v.constData()), -1, -1, 0) != 1)
            return fail(qstrcmp(field, "C") == 0 ? QStringLiteral("invalid country code")
                                                 : QStringLiteral("invalid common name"));
    }
    if (!subjectAltNames.isEmpty()) {
        QStringList dns;
        for (const QString& n : subjectAltNames)
            dns.append(QStringLiteral("DNS:") + n);
        std::unique_ptr<STACK_OF(X509_EXTENSION), void (*)(STACK_OF(X509_EXTENSION)*)> extensions(
            sk_X509_EXTENSION_new_null(),
            [](STACK_OF(X509_EXTENSION) * s) { sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free); });
        const QByteArray san = dns.join(QLatin1Char(',')).toUtf8();
        X509_EXTENSION* basic = X509V3_EXT_conf_nid(nullptr, nullptr, NID_basic_constraints, "critical,CA:FALSE");
        X509_EXTENSION* names = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, san.constData());
        if (!extensions || !basic || !names) {
            X509_EXTENSION_free(basic);
            X509_EXTENSION_free(names);
            return fail(QStringLiteral("invalid name"));
        }
        sk_X509_EXTENSION_push(extensions.get(), basic);
        sk_X509_EXTENSION_push(extensions.get(), names);
        if (X509_REQ_add_extensions(req.get(), extensions.get()) != 1)
            return fail(QStringLiteral("cannot add the names"));
    }
    if (X509_REQ_set_pubkey(req.get(), key.get()) != 1 || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("cannot sign the request"));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509_REQ(out.get(), req.get()) != 1)
        return fail(QStringLiteral("cannot write the request"));
    return OpenSsl::bioBytes(out.get());
}

} // namespace

QByteArray CertificateRequest::make(const QByteArray& privateKeyPem, const QString& commonName,
                                    const QString& countryCode, QString* error)
{
    QList<QPair<const char*, QString>> subject;
    if (!countryCode.isEmpty())
        subject.append({"C", countryCode});
    subject.append({"CN", commonName});
    return makeRequest(privateKeyPem, subject, {}, error);
}

QByteArray CertificateRequest::makeForNames(const QByteArray& privateKeyPem, const QStringList& names, QString* error)
{
    if (names.isEmpty()) {
        if (error)
            *error = QStringLiteral("no names");
        return {};
    }
    return makeRequest(privateKeyPem, {{"CN", names.first()}}, names, error);
}
