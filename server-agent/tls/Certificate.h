#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

typedef struct x509_st X509;
typedef struct evp_pkey_st EVP_PKEY;

// A certificate file as upstream reads one (domain.md §9.2, §9.3): PEM blocks found with upstream's pattern,
// the first block deciding what the file is, the facts the selection and the check use.
class Certificate
{
public:
    // The PEM blocks of `data`: "-----BEGIN <type>-----", lines of 1 to 64 base64 characters, "-----END ...",
    // as upstream's loader finds them (anything between blocks is skipped).
    static QList<QByteArray> pemBlocks(const QByteArray& data);
    // "CERTIFICATE", "PRIVATE KEY", ... of one block; empty if it has no BEGIN line.
    static QByteArray pemType(const QByteArray& block);

    // Parses a certificate file: a null certificate and *error (upstream's parser message, e.g. "File does not
    // contain valid PEM data.") when the file holds no PEM or its first block is not a certificate.
    static Certificate fromFileData(const QByteArray& data, QString* error = nullptr);

    bool isNull() const { return !m_x509; }
    // Subject CN plus the DNS subject alternative names (a leading "*." kept).
    QSet<QString> names() const { return m_names; }
    QString commonName() const { return m_commonName; }
    QDateTime notBefore() const { return m_notBefore; } // UTC
    QDateTime notAfter() const { return m_notAfter; } // UTC
    bool isSelfSigned() const { return m_selfSigned; } // issuer == subject
    QByteArray publicKeyDer() const { return m_publicKey; } // SubjectPublicKeyInfo
    QByteArray sha256() const { return m_sha256; } // of the DER form
    bool isValidAt(const QDateTime& t) const { return m_notBefore <= t && t <= m_notAfter; }
    X509* x509() const { return m_x509.get(); }
    // The certificates of the file after the first (the chain); blocks that are no certificate are skipped.
    const QList<std::shared_ptr<X509>>& chain() const { return m_chain; }

    // Upstream's stored name: "<CN %-encoded>-<notAfter YYYYMMDD>-<first 8 hex of the SHA-256>.pem".
    QString installFileName() const;

private:
    std::shared_ptr<X509> m_x509;
    QList<std::shared_ptr<X509>> m_chain;
    QSet<QString> m_names;
    QString m_commonName;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    bool m_selfSigned = false;
    QByteArray m_publicKey;
    QByteArray m_sha256;
};

// A private key file as upstream reads one: the first PEM block, "RSA PRIVATE KEY" or "PRIVATE KEY".
class PrivateKey
{
public:
    enum class Kind { NoKey, Rsa, OtherKey };
    // *error: upstream's parser message when the file is no key at all.
    static PrivateKey fromFileData(const QByteArray& data, QString* error = nullptr);
    Kind kind() const { return m_kind; }
    EVP_PKEY* key() const { return m_key.get(); }
    QByteArray publicKeyDer() const { return m_publicKey; }

private:
    Kind m_kind = Kind::NoKey;
    std::shared_ptr<EVP_PKEY> m_key;
    QByteArray m_publicKey;
};
