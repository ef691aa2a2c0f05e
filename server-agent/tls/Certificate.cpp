#include "Certificate.h"

#include "box/OpenSsl.h"

#include <QRegularExpression>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

using OpenSsl::BioPtr;

std::shared_ptr<X509> readX509(const QByteArray& block)
{
    BioPtr bio(BIO_new_mem_buf(block.constData(), static_cast<int>(block.size())));
    X509* x = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    return x ? std::shared_ptr<X509>(x, X509_free) : nullptr;
}

QByteArray keyDer(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = key ? i2d_PUBKEY(key, &der) : -1;
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

QDateTime toDateTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString asn1Text(const ASN1_STRING* s)
{
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QList<QByteArray> Certificate::pemBlocks(const QByteArray& data)
{
    static const QRegularExpression block(
        QStringLiteral("(-+BEGIN (?:.+)-+[\\r\\n]+(?:[A-Za-z0-9+/=]{1,64}[\\r\\n]+)+-+END (?:.+)-+[\\r\\n]+)"));
    QList<QByteArray> blocks;
    const QString text = QString::fromLatin1(data + '\n');
    for (auto it = block.globalMatch(text); it.hasNext();)
        blocks.append(it.next().captured(1).toLatin1());
    return blocks;
}

QByteArray Certificate::pemType(const QByteArray& block)
{
    static const QRegularExpression begin(QStringLiteral("^-+BEGIN (.*?)-+[\\r\\n]"));
    const auto m = begin.match(QString::fromLatin1(block));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

Certificate Certificate::fromFileData(const QByteArray& data, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return Certificate();
    };
    const QList<QByteArray> blocks = pemBlocks(data);
    if (blocks.isEmpty())
        return fail(QStringLiteral("File does not contain valid PEM data."));
    const QByteArray type = pemType(blocks.front());
    if (type == "RSA PRIVATE KEY" || type == "PRIVATE KEY") {
        QString keyError;
        const PrivateKey key = PrivateKey::fromFileData(blocks.front(), &keyError);
        return fail(key.kind() == PrivateKey::Kind::NoKey ? keyError
                                                          : QStringLiteral("This is not a certificate file."));
    }
    if (type != "CERTIFICATE")
        return fail(QStringLiteral("Unsupported PEM object type: ") + QString::fromLatin1(type));

    Certificate c;
    c.m_x509 = readX509(blocks.front());
    if (!c.m_x509)
        return fail(QStringLiteral("Unable to load certificate."));
    X509* x = c.m_x509.get();
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        if (pemType(blocks.at(i)) == "CERTIFICATE") {
            if (auto next = readX509(blocks.at(i)))
                c.m_chain.append(next);
        }
    }

    X509_NAME* subject = X509_get_subject_name(x);
    const int cnIndex = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (cnIndex >= 0) {
        c.m_commonName = asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, cnIndex)));
        c.m_names.insert(c.m_commonName);
    }
    if (auto* sans = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(sans); ++i) {
            const GENERAL_NAME* n = sk_GENERAL_NAME_value(sans, i);
            if (n->type == GEN_DNS)
                c.m_names.insert(asn1Text(n->d.dNSName));
        }
        GENERAL_NAMES_free(sans);
    }
    c.m_notBefore = toDateTime(X509_get0_notBefore(x));
    c.m_notAfter = toDateTime(X509_get0_notAfter(x));
    c.m_selfSigned = X509_NAME_cmp(X509_get_issuer_name(x), subject) == 0;
    c.m_publicKey = keyDer(X509_get0_pubkey(x));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (X509_digest(x, EVP_sha256(), md, &mdLen) == 1)
        c.m_sha256 = QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(mdLen));
    return c;
}

QString Certificate::installFileName() const
{
    return QString::fromLatin1(QUrl::toPercentEncoding(m_commonName)) + QLatin1Char('-') +
           m_notAfter.date().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
           QString::fromLatin1(m_sha256.toHex().left(8)) + QStringLiteral(".pem");
}

PrivateKey PrivateKey::fromFileData(const QByteArray& data, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return PrivateKey();
    };
    const QByteArray type = Certificate::pemType(data);
    if (type.isEmpty())
        return fail(QStringLiteral("File is not a valid PEM-formatted file."));
    if (type != "RSA PRIVATE KEY" && type != "PRIVATE KEY")
        return fail(QStringLiteral("Unsupported PEM object type: ") + QString::fromLatin1(type));
    BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key)
        return fail(QStringLiteral("Could not deserialize key data."));
    PrivateKey k;
    k.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    k.m_kind = EVP_PKEY_base_id(key) == EVP_PKEY_RSA ? Kind::Rsa : Kind::OtherKey;
    k.m_publicKey = keyDer(key);
    return k;
}
