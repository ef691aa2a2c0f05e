#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

// One row of GET /ssl/status (spec/api.md §7.1): a domain, the box's class for it and its sentence, and what the
// sentence says in parts (the state, the expiry date and days left when the box gives them).
struct TlsDomainStatus
{
    enum class State {
        Valid, // "success": signed & valid
        SelfSigned, // "warning"
        Problem, // "danger" with a certificate that has a problem
        Missing, // "danger": no certificate installed
        NotApplicable, // the website is hosted elsewhere
        Unknown, // a class this client does not know; the text says what it is
    };

    QString domain; // as the box sends it (ASCII)
    QString status; // the box's class, as sent
    QString text; // the box's sentence, as sent
    State state = State::Unknown;
    QDate expires; // from "The certificate expires in N days on YYYY-MM-DD.", else null
    int daysLeft = -1; // N of that sentence, else -1

    // The box's sentence on whether the domain can get a certificate automatically, when it appended one (e.g.
    // "The domain name does not resolve to this machine: …"), else empty.
    QString provisionNote;
    bool canInstall() const { return state != State::NotApplicable; }
};

struct TlsStatus
{
    QStringList canProvision; // domains an automatic (ACME) certificate would be requested for now
    QList<TlsDomainStatus> domains;

    static bool parse(const QJsonDocument& document, TlsStatus* out);
    static TlsDomainStatus::State stateFor(const QString& status, const QString& text);
};

// One element of POST /ssl/provision's "requests" (api.md §7.4).
struct TlsProvisionRequest
{
    enum class Result { Skipped, Installed, Error, Other };
    QStringList domains;
    QStringList log;
    QString result; // as sent
    Result kind = Result::Other;
    // For a domain skipped because it has a valid certificate: the certificate file and key the box named
    // ("… Certificate: <file>, private key <key>)"), else empty.
    QString certificateFile;
    QString privateKeyFile;
};

struct TlsProvisionResult
{
    QList<TlsProvisionRequest> requests;
    QStringList logLines; // the plain strings after the requests (post-install steps), non-empty ones, trimmed

    int count(TlsProvisionRequest::Result kind) const;
    // Nothing was requested: every domain was skipped (or there were none), as upstream's panel says.
    bool nothingRequested() const
    {
        return count(TlsProvisionRequest::Result::Installed) == 0 && count(TlsProvisionRequest::Result::Error) == 0;
    }

    static bool parse(const QJsonDocument& document, TlsProvisionResult* out);
};

// What a certificate says, for people: read with QSslCertificate, nothing sent anywhere.
struct CertificateDetails
{
    QString commonName;
    QString subject; // the whole subject, "CN=…, O=…"
    QStringList dnsNames; // subjectAltName DNS entries
    QString issuer; // the whole issuer
    QString issuerCommonName;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // upper-case hex pairs joined by ':'
    QString serialNumber;
    QString publicKey; // e.g. "RSA, 2048 bits"
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    // The names the certificate is for: CN and the DNS names, each once, CN first.
    QStringList names() const;
    // Whether it is for `domain`: one of its names, or a wildcard name one level up (as the box decides).
    bool covers(const QString& domain) const;
    bool isValidAt(const QDateTime& when) const { return when >= notBefore && when <= notAfter; }
    // Whole days from `when` to notAfter (negative once expired).
    int daysLeft(const QDateTime& when) const;

    static CertificateDetails from(const QSslCertificate& certificate);
    // Every certificate of a PEM text, in order (a certificate followed by its chain); empty if there is none.
    static QList<CertificateDetails> fromPem(const QByteArray& pem);
    // The PEM certificates of `pem`; a text that holds something else than certificates gives none.
    static QList<QSslCertificate> certificatesOf(const QByteArray& pem);
};

Q_DECLARE_METATYPE(TlsStatus)
Q_DECLARE_METATYPE(TlsProvisionResult)
