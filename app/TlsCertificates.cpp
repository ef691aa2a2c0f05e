#include "TlsCertificates.h"

#include "CertificateTrust.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslKey>

namespace {

// The reasons the box appends to a domain's status text when it cannot provision it (domain.md §9.5).
const QLatin1String NotResolving("The domain name does not resolve to this machine:");
const QLatin1String CustomRecord("The domain has a custom DNS A/AAAA record that points the domain elsewhere");

} // namespace

TlsDomainStatus::State TlsStatus::stateFor(const QString& status, const QString& text)
{
    if (status == QLatin1String("success"))
        return TlsDomainStatus::State::Valid;
    if (status == QLatin1String("warning"))
        return TlsDomainStatus::State::SelfSigned;
    if (status == QLatin1String("not-applicable"))
        return TlsDomainStatus::State::NotApplicable;
    if (status == QLatin1String("danger"))
        return text.startsWith(QLatin1String("No certificate installed.")) ? TlsDomainStatus::State::Missing
                                                                           : TlsDomainStatus::State::Problem;
    return TlsDomainStatus::State::Unknown;
}

bool TlsStatus::parse(const QJsonDocument& document, TlsStatus* out)
{
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    const QJsonValue statusValue = o.value(QStringLiteral("status"));
    if (!statusValue.isArray())
        return false;
    TlsStatus result;
    for (const QJsonValue& v : o.value(QStringLiteral("can_provision")).toArray())
        result.canProvision.append(v.toString());
    static const QRegularExpression expiry(
        QStringLiteral("The certificate expires in (-?\\d+) days? on (\\d{4}-\\d{2}-\\d{2})\\."));
    for (const QJsonValue& v : statusValue.toArray()) {
        if (!v.isObject())
            return false;
        const QJsonObject entry = v.toObject();
        TlsDomainStatus d;
        d.domain = entry.value(QStringLiteral("domain")).toString();
        d.status = entry.value(QStringLiteral("status")).toString();
        d.text = entry.value(QStringLiteral("text")).toString();
        if (d.domain.isEmpty())
            return false;
        d.state = stateFor(d.status, d.text);
        const QRegularExpressionMatch m = expiry.match(d.text);
        if (m.hasMatch()) {
            d.daysLeft = m.captured(1).toInt();
            d.expires = QDate::fromString(m.captured(2), Qt::ISODate);
        }
        for (const QLatin1String& reason : {NotResolving, CustomRecord}) {
            const qsizetype at = d.text.indexOf(reason);
            if (at > 0) {
                d.provisionNote = d.text.mid(at);
                break;
            }
        }
        result.domains.append(d);
    }
    *out = result;
    return true;
}

int TlsProvisionResult::count(TlsProvisionRequest::Result kind) const
{
    int n = 0;
    for (const TlsProvisionRequest& r : requests)
        n += r.kind == kind ? 1 : 0;
    return n;
}

bool TlsProvisionResult::parse(const QJsonDocument& document, TlsProvisionResult* out)
{
    if (!document.isObject() || !document.object().value(QStringLiteral("requests")).isArray())
        return false;
    static const QRegularExpression files(QStringLiteral("Certificate: (.+), private key (.+)\\)$"));
    TlsProvisionResult result;
    for (const QJsonValue& v : document.object().value(QStringLiteral("requests")).toArray()) {
        if (v.isString()) { // upstream appends the post-install log lines as plain strings (api.md §7.4)
            const QString line = v.toString().trimmed();
            if (!line.isEmpty())
                result.logLines.append(line);
            continue;
        }
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        TlsProvisionRequest r;
        for (const QJsonValue& d : o.value(QStringLiteral("domains")).toArray())
            r.domains.append(d.toString());
        for (const QJsonValue& l : o.value(QStringLiteral("log")).toArray())
            r.log.append(l.toString());
        r.result = o.value(QStringLiteral("result")).toString();
        r.kind = r.result == QLatin1String("skipped")     ? TlsProvisionRequest::Result::Skipped
                 : r.result == QLatin1String("installed") ? TlsProvisionRequest::Result::Installed
                 : r.result == QLatin1String("error")     ? TlsProvisionRequest::Result::Error
                                                          : TlsProvisionRequest::Result::Other;
        if (r.kind == TlsProvisionRequest::Result::Skipped && !r.log.isEmpty()) {
            const QRegularExpressionMatch m = files.match(r.log.constFirst().trimmed());
            if (m.hasMatch()) {
                r.certificateFile = m.captured(1);
                r.privateKeyFile = m.captured(2);
            }
        }
        result.requests.append(r);
    }
    *out = result;
    return true;
}

QStringList CertificateDetails::names() const
{
    QStringList out;
    if (!commonName.isEmpty())
        out.append(commonName);
    for (const QString& name : dnsNames) {
        if (!out.contains(name, Qt::CaseInsensitive))
            out.append(name);
    }
    return out;
}

bool CertificateDetails::covers(const QString& domain) const
{
    const QString name = domain.toLower();
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QString wildcard = dot > 0 ? QStringLiteral("*") + name.mid(dot) : QString();
    for (const QString& n : names()) {
        const QString lower = n.toLower();
        if (lower == name || (!wildcard.isEmpty() && lower == wildcard))
            return true;
    }
    return false;
}

int CertificateDetails::daysLeft(const QDateTime& when) const
{
    return int(when.secsTo(notAfter) / 86400);
}

CertificateDetails CertificateDetails::from(const QSslCertificate& certificate)
{
    CertificateDetails d;
    if (certificate.isNull())
        return d;
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    d.commonName = cn.isEmpty() ? QString() : cn.constFirst();
    d.subject = certificate.subjectDisplayName();
    const QStringList issuerCn = certificate.issuerInfo(QSslCertificate::CommonName);
    d.issuerCommonName = issuerCn.isEmpty() ? QString() : issuerCn.constFirst();
    d.issuer = certificate.issuerDisplayName();
    // Every attribute in order, e.g. "C=US, O=Let's Encrypt, CN=R3" (the display names give one attribute only).
    const auto describe = [](const QSslCertificate& c, bool issuer) {
        QStringList parts;
        const QList<QByteArray> attributes = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
        for (const QByteArray& attribute : attributes) {
            const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
            for (const QString& value : values)
                parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
        }
        return parts.join(QStringLiteral(", "));
    };
    const QString subject = describe(certificate, false);
    if (!subject.isEmpty())
        d.subject = subject;
    const QString issuer = describe(certificate, true);
    if (!issuer.isEmpty())
        d.issuer = issuer;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            d.dnsNames.append(it.value());
    }
    d.notBefore = certificate.effectiveDate().toUTC();
    d.notAfter = certificate.expiryDate().toUTC();
    d.sha256 = CertificateTrust::fingerprint(certificate);
    d.serialNumber = QString::fromLatin1(certificate.serialNumber());
    // As the box decides (domain.md §9.3): the issuer is the subject.
    d.selfSigned = certificate.isSelfSigned() || (!subject.isEmpty() && subject == issuer);
    const QSslKey key = certificate.publicKey();
    if (!key.isNull()) {
        const QString algorithm = key.algorithm() == QSsl::Rsa   ? QStringLiteral("RSA")
                                  : key.algorithm() == QSsl::Ec  ? QStringLiteral("EC")
                                  : key.algorithm() == QSsl::Dsa ? QStringLiteral("DSA")
                                                                 : QStringLiteral("?");
        d.publicKey = QStringLiteral("%1, %2 bits").arg(algorithm).arg(key.length());
    }
    return d;
}

QList<QSslCertificate> CertificateDetails::certificatesOf(const QByteArray& pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return {};
    return QSslCertificate::fromData(pem, QSsl::Pem);
}

QList<CertificateDetails> CertificateDetails::fromPem(const QByteArray& pem)
{
    QList<CertificateDetails> out;
    for (const QSslCertificate& c : certificatesOf(pem)) {
        const CertificateDetails d = from(c);
        if (!d.isNull())
            out.append(d);
    }
    return out;
}
