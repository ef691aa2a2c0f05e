#include "TlsService.h"

#include "CertificateChecker.h"
#include "CertificateRequest.h"
#include "CertificateSelection.h"
#include "auth/Clock.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTls, "boxkeeper.agent.tls")

namespace {

QJsonObject statusEntry(const QString& domain, const QString& status, const QString& text)
{
    return QJsonObject{
        {QStringLiteral("domain"), domain}, {QStringLiteral("status"), status}, {QStringLiteral("text"), text}};
}

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// The raw target of a symbolic link; empty if `path` is none.
QString linkTarget(const QString& path)
{
    QByteArray buf(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buf.data(), static_cast<size_t>(buf.size()));
    return n > 0 ? QFile::decodeName(buf.left(static_cast<qsizetype>(n))) : QString();
}

} // namespace

TlsService::TlsService(const BoxConfig& config, DomainSource domains, const Clock& clock)
    : m_config(config)
    , m_domains(std::move(domains))
    , m_clock(clock)
{ }

void TlsService::setCertificatesChangedHook(CertificatesChangedHook hook)
{
    QMutexLocker lock(&m_hookMutex);
    m_hook = std::move(hook);
}

QString TlsService::sslDirectory() const
{
    return m_config.storagePath(QStringLiteral("ssl"));
}

TlsService::Result TlsService::status(QJsonObject* out)
{
    const WebDomains domains = m_domains();
    if (!domains.error.isEmpty())
        return {500, domains.error};
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const QString ssl = sslDirectory();
    const QString primary = m_config.primaryHostname();
    const CertificateSelection selection = CertificateSelection::scan(ssl, primary, now);
    CertificateChecker checker(now, m_config.trustedCaFile());

    QJsonArray entries;
    for (const QString& domain : domains.web) {
        QString certificatePath;
        QString keyPath;
        std::optional<CertificateSelection::Choice> choice;
        if (domain == primary) {
            // The primary hostname always uses the symlink the services use.
            certificatePath = CertificateSelection::systemCertificatePath(ssl);
            keyPath = CertificateSelection::systemKeyPath(ssl);
            if (!QFile::exists(certificatePath))
                certificatePath.clear();
        } else if ((choice = selection.forDomain(domain))) {
            certificatePath = choice->certificatePath;
            keyPath = choice->privateKeyPath;
        }
        if (certificatePath.isEmpty()) {
            entries.append(statusEntry(domain, QStringLiteral("danger"), QStringLiteral("No certificate installed.")));
            continue;
        }
        const CertificateChecker::Result r = choice
                                                 ? checker.check(domain, choice->certificate, certificatePath, keyPath)
                                                 : checker.check(domain, certificatePath, keyPath);
        if (r.ok())
            entries.append(
                statusEntry(domain, QStringLiteral("success"), QStringLiteral("Signed & valid. ") + r.details));
        else if (r.selfSigned())
            entries.append(statusEntry(domain, QStringLiteral("warning"),
                                       QStringLiteral("Self-signed. Get a signed certificate to stop warnings.")));
        else
            entries.append(statusEntry(domain, QStringLiteral("danger"),
                                       QStringLiteral("Certificate has a problem: ") + r.status));
    }
    for (const QString& domain : domains.hostedElsewhere)
        entries.append(statusEntry(domain, QStringLiteral("not-applicable"),
                                   QStringLiteral("The domain's website is hosted elsewhere.")));

    // No automatic provisioning yet: nothing would be requested.
    *out = QJsonObject{{QStringLiteral("can_provision"), QJsonArray()}, {QStringLiteral("status"), entries}};
    return {};
}

QHash<QString, TlsService::DomainFiles> TlsService::certificateFiles(const QStringList& domains) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const QString ssl = sslDirectory();
    const QString primary = m_config.primaryHostname();
    const CertificateSelection selection = CertificateSelection::scan(ssl, primary, now);
    const DomainFiles system{CertificateSelection::systemCertificatePath(ssl),
                             CertificateSelection::systemKeyPath(ssl)};
    QHash<QString, DomainFiles> out;
    for (const QString& domain : domains) {
        std::optional<CertificateSelection::Choice> choice;
        if (domain != primary && (choice = selection.forDomain(domain)))
            out.insert(domain, DomainFiles{choice->certificatePath, choice->privateKeyPath});
        else
            out.insert(domain, system);
    }
    return out;
}

TlsService::Result TlsService::csr(const QString& domain, const QString& countryCode)
{
    if (!CertificateRequest::isAcceptedCountryCode(countryCode))
        return {
            400,
            QStringLiteral("Invalid country code (%1). Use a two-letter ISO 3166-1 code, e.g. US.").arg(countryCode)};
    const QString keyPath = CertificateSelection::systemKeyPath(sslDirectory());
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {500, QStringLiteral("Cannot read the box's private key %1.").arg(keyPath)};
    QString error;
    const QByteArray pem = CertificateRequest::make(keyFile.readAll(), domain, countryCode, &error);
    if (pem.isEmpty()) {
        qCWarning(lcTls).noquote() << "CSR for" << domain << "failed:" << error;
        return {400, QStringLiteral("Cannot make a certificate signing request for %1 (%2).").arg(domain, error)};
    }
    return {200, QString::fromLatin1(pem)};
}

TlsService::Result TlsService::install(const QString& domain, const std::optional<QString>& certificate,
                                       const std::optional<QString>& chain)
{
    const WebDomains domains = m_domains();
    if (!domains.error.isEmpty())
        return {500, domains.error};
    if (!domains.web.contains(domain))
        return {200, QStringLiteral("Invalid domain name.")};
    if (!certificate)
        return {400, QStringLiteral("No certificate provided.")};
    if (!chain)
        return {400, QStringLiteral("No chain provided (send an empty chain for a certificate without one).")};
    if (!isAscii(*certificate) || !isAscii(*chain))
        return {400, QStringLiteral("The certificate and the chain must be ASCII (PEM) text.")};

    // Checked in memory: nothing is written before the certificate passed.
    const QByteArray file = (*certificate + QLatin1Char('\n') + *chain).toLatin1();
    const QString ssl = sslDirectory();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    CertificateChecker checker(now, m_config.trustedCaFile());
    const CertificateChecker::Result r = checker.checkData(domain, file, CertificateSelection::systemKeyPath(ssl));
    if (!r.ok()) {
        QString text =
            r.selfSigned() ? QStringLiteral("This is a self-signed certificate. I can't install that.") : r.status;
        if (!r.details.isEmpty())
            text += QLatin1Char(' ') + r.details;
        return {200, text};
    }

    QStringList log;
    CertificatesChanged changed;
    {
        QMutexLocker lock(&m_installMutex);
        const Certificate parsed = Certificate::fromFileData(file);
        changed.installedPath = QDir(ssl).absoluteFilePath(parsed.installFileName());
        QString error;
        if (!AtomicFile::write(changed.installedPath, file, &error, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {500, error};
        qCInfo(lcTls).noquote() << "installed" << changed.installedPath << "for" << domain;
        if (!updatePrimarySymlink(&log, &changed, &error))
            return {500, error};
    }
    CertificatesChangedHook hook;
    {
        QMutexLocker lock(&m_hookMutex);
        hook = m_hook;
    }
    if (hook)
        log += hook(changed);
    return {200, log.join(QLatin1Char('\n'))};
}

bool TlsService::updatePrimarySymlink(QStringList* log, CertificatesChanged* changed, QString* error)
{
    const QString ssl = sslDirectory();
    const QString primary = m_config.primaryHostname();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const auto best = CertificateSelection::scan(ssl, primary, now).forDomain(primary);
    if (!best) {
        log->append(QStringLiteral("there is no valid certificate for ") + primary);
        return true;
    }
    const QString link = CertificateSelection::systemCertificatePath(ssl);
    if (linkTarget(link) == best->certificatePath)
        return true;
    // A new link renamed over the old one: services see the old certificate or the new one. It is made in
    // STORAGE_ROOT, not in ssl/, where a link left by a crash would count as a certificate file.
    const QString temporary = m_config.storagePath(QStringLiteral(".ssl_certificate.pem.new"));
    QFile::remove(temporary);
    if (::symlink(QFile::encodeName(best->certificatePath).constData(), QFile::encodeName(temporary).constData()) !=
            0 ||
        std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(link).constData()) != 0) {
        *error = QStringLiteral("Cannot point %1 to %2: %3").arg(link, best->certificatePath, qt_error_string(errno));
        QFile::remove(temporary);
        return false;
    }
    qCInfo(lcTls).noquote() << "primary certificate is now" << best->certificatePath;
    log->append(QStringLiteral("updating primary certificate"));
    changed->primaryChanged = true;
    changed->primaryCertificatePath = best->certificatePath;
    return true;
}
