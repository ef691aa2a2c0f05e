#include "TlsService.h"

#include "Certbot.h"
#include "CertificateChecker.h"
#include "CertificateRequest.h"
#include "CertificateSelection.h"
#include "auth/Clock.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/DomainOrder.h"
#include "box/NameResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
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

// upstream's normalize_ip: an address in its canonical form, anything else as it is.
QString normalizedAddress(const QString& value)
{
    const QHostAddress a(value);
    return a.isNull() ? value : a.toString();
}

} // namespace

TlsService::TlsService(const BoxConfig& config, DomainSource domains, const Clock& clock)
    : m_config(config)
    , m_domains(std::move(domains))
    , m_clock(clock)
    , m_jobs(QStringLiteral("tls"))
{ }

TlsService::~TlsService() = default;

void TlsService::setCertificatesChangedHook(CertificatesChangedHook hook)
{
    QMutexLocker lock(&m_hookMutex);
    m_hook = std::move(hook);
}

QString TlsService::sslDirectory() const
{
    return m_config.storagePath(QStringLiteral("ssl"));
}

TlsService::Result TlsService::status(QJsonObject* out, StatusDetail detail)
{
    const WebDomains domains = m_domains();
    if (!domains.error.isEmpty())
        return {500, domains.error};
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const QString ssl = sslDirectory();
    const QString primary = m_config.primaryHostname();
    const CertificateSelection selection = CertificateSelection::scan(ssl, primary, now);
    CertificateChecker checker(now, m_config.trustedCaFile());
    const ProvisionPlan plan = detail == StatusDetail::WithProvisioning
                                   ? planProvisioning(domains, false, selection, checker)
                                   : ProvisionPlan{};
    QHash<QString, QString> cannot;
    for (const auto& [domain, reason] : plan.cannot)
        cannot.insert(domain, QLatin1Char(' ') + reason);

    QJsonArray entries;
    for (const QString& domain : domains.web) {
        QString keyPath;
        std::optional<CertificateSelection::Choice> choice;
        const QString certificatePath = statusCertificate(domain, selection, &choice, &keyPath);
        const QString reason = cannot.value(domain);
        if (certificatePath.isEmpty()) {
            entries.append(
                statusEntry(domain, QStringLiteral("danger"), QStringLiteral("No certificate installed.") + reason));
            continue;
        }
        const CertificateChecker::Result r = choice
                                                 ? checker.check(domain, choice->certificate, certificatePath, keyPath)
                                                 : checker.check(domain, certificatePath, keyPath);
        if (r.ok())
            entries.append(statusEntry(domain, QStringLiteral("success"),
                                       QStringLiteral("Signed & valid. ") + r.details + reason));
        else if (r.selfSigned())
            entries.append(
                statusEntry(domain, QStringLiteral("warning"),
                            QStringLiteral("Self-signed. Get a signed certificate to stop warnings.") + reason));
        else
            entries.append(statusEntry(domain, QStringLiteral("danger"),
                                       QStringLiteral("Certificate has a problem: ") + r.status + reason));
    }
    for (const QString& domain : domains.hostedElsewhere)
        entries.append(statusEntry(domain, QStringLiteral("not-applicable"),
                                   QStringLiteral("The domain's website is hosted elsewhere.")));

    *out = QJsonObject{{QStringLiteral("can_provision"), QJsonArray::fromStringList(plan.domains)},
                       {QStringLiteral("status"), entries}};
    return {};
}

QString TlsService::statusCertificate(const QString& domain, const CertificateSelection& selection,
                                      std::optional<CertificateSelection::Choice>* choice, QString* keyPath) const
{
    const QString ssl = sslDirectory();
    if (domain == m_config.primaryHostname()) {
        // The primary hostname always uses the symlink the services use.
        *keyPath = CertificateSelection::systemKeyPath(ssl);
        const QString path = CertificateSelection::systemCertificatePath(ssl);
        return QFile::exists(path) ? path : QString();
    }
    if ((*choice = selection.forDomain(domain))) {
        *keyPath = (*choice)->privateKeyPath;
        return (*choice)->certificatePath;
    }
    return {};
}

QHash<QString, CertificateChecker::Result> TlsService::checkCertificates(const QStringList& domains)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const CertificateSelection selection = CertificateSelection::scan(sslDirectory(), m_config.primaryHostname(), now);
    CertificateChecker checker(now, m_config.trustedCaFile());
    QHash<QString, CertificateChecker::Result> results;
    for (const QString& domain : domains) {
        QString keyPath;
        std::optional<CertificateSelection::Choice> choice;
        const QString certificatePath = statusCertificate(domain, selection, &choice, &keyPath);
        if (certificatePath.isEmpty())
            continue;
        results.insert(domain, choice ? checker.check(domain, choice->certificate, certificatePath, keyPath)
                                      : checker.check(domain, certificatePath, keyPath));
    }
    return results;
}

TlsService::ProvisionPlan TlsService::planProvisioning(const WebDomains& domains, bool withValid,
                                                       const CertificateSelection& selection,
                                                       CertificateChecker& checker) const
{
    // Every web domain's public addresses, asked all at once.
    const QString ipv4 = m_config.publicIp();
    const QString ipv6 = m_config.publicIpv6();
    QList<NameResolver::Question> questions;
    for (const QString& domain : domains.web) {
        questions.append({domain, QStringLiteral("A")});
        if (!ipv6.isEmpty())
            questions.append({domain, QStringLiteral("AAAA")});
    }
    const QList<NameResolver::Answer> answers = NameResolver(m_config.dnsResolver()).lookupMany(questions);

    ProvisionPlan plan;
    const QSet<QString> elsewhere(domains.hostedElsewhere.cbegin(), domains.hostedElsewhere.cend());
    int next = 0; // the next answer, in the order of domains.web
    for (const QString& domain :
         DomainOrder::sorted(domains.web + domains.hostedElsewhere, m_config.primaryHostname())) {
        if (elsewhere.contains(domain)) {
            plan.cannot.append(
                {domain,
                 QStringLiteral("The domain has a custom DNS A/AAAA record that points the domain elsewhere, so "
                                "there is no point to installing a TLS certificate here and we could not "
                                "automatically provision one anyway because provisioning requires access to "
                                "the website (which isn't here).")});
            continue;
        }
        QStringList bad;
        const NameResolver::Answer& a = answers[next++];
        if (a.text() != normalizedAddress(ipv4))
            bad.append(a.text() + QStringLiteral(" (A)"));
        if (!ipv6.isEmpty()) {
            const NameResolver::Answer& aaaa = answers[next++];
            if (aaaa.text() != normalizedAddress(ipv6))
                bad.append(aaaa.text() + QStringLiteral(" (AAAA)"));
        }
        if (!bad.isEmpty()) {
            plan.cannot.append({domain, QStringLiteral("The domain name does not resolve to this machine: ") +
                                            bad.join(QStringLiteral(", ")) + QLatin1Char('.')});
            continue;
        }
        // Its own (or wildcard) certificate, even for the primary hostname, good for 14 more days: nothing to do.
        if (const auto existing = selection.forDomain(domain)) {
            const CertificateChecker::Result r =
                checker.check(domain, existing->certificate, existing->certificatePath, existing->privateKeyPath, 14);
            if (r.ok()) {
                if (withValid)
                    plan.cannot.append(
                        {domain, QStringLiteral("The domain has a valid certificate already. (%1 Certificate: %2, "
                                                "private key %3)")
                                     .arg(r.details, existing->certificatePath, existing->privateKeyPath)});
                continue;
            }
        }
        plan.domains.append(domain);
    }
    return plan;
}

QList<QStringList> TlsService::groupByZone(const QStringList& domains, const QStringList& zones, int limit)
{
    // Groups per zone, in the zones' order; a name in no zone (not expected) gets its own entry at the end.
    QList<QPair<QString, QList<QStringList>>> byZone;
    for (const QString& zone : zones)
        byZone.append({zone, {QStringList()}});
    for (const QString& domain : domains) {
        QString zone = DomainOrder::zoneOf(domain, zones);
        if (zone.isEmpty())
            zone = domain;
        auto entry = std::find_if(byZone.begin(), byZone.end(), [&](const auto& e) { return e.first == zone; });
        if (entry == byZone.end())
            entry = byZone.insert(byZone.end(), {zone, {QStringList()}});
        if (entry->second.last().size() >= limit)
            entry->second.append(QStringList());
        entry->second.last().append(domain);
    }
    QList<QStringList> out;
    for (const auto& entry : std::as_const(byZone)) {
        for (const QStringList& group : entry.second) {
            if (!group.isEmpty())
                out.append(group);
        }
    }
    return out;
}

TlsService::Result TlsService::provision(QJsonArray* requests)
{
    struct Outcome
    {
        Result result;
        QJsonArray requests;
    };
    const auto job = m_jobs.submit<Outcome>(QStringLiteral("certificate provisioning"), [this](Job& job) {
        Outcome o;
        const WebDomains domains = m_domains();
        if (!domains.error.isEmpty()) {
            o.result = {500, domains.error};
            return o;
        }
        o.requests = provisionJob(domains, job);
        return o;
    });
    job->wait();
    if (job->state() == Job::State::Cancelled)
        return {503, QStringLiteral("The agent is stopping: the certificate provisioning did not run.")};
    const Outcome o = job->result();
    *requests = o.requests;
    return o.result;
}

QJsonArray TlsService::provisionJob(const WebDomains& domains, Job& job)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const QString ssl = sslDirectory();
    job.setStep(QStringLiteral("checking which domains need a certificate"));
    CertificateChecker checker(now, m_config.trustedCaFile());
    const ProvisionPlan plan =
        planProvisioning(domains, true, CertificateSelection::scan(ssl, m_config.primaryHostname(), now), checker);

    QJsonArray requests;
    for (const auto& [domain, reason] : plan.cannot)
        requests.append(QJsonObject{{QStringLiteral("domains"), QJsonArray{domain}},
                                    {QStringLiteral("log"), QJsonArray{reason}},
                                    {QStringLiteral("result"), QStringLiteral("skipped")}});

    const QList<QStringList> groups = groupByZone(plan.domains, domains.zones);
    const Certbot certbot(m_config);
    QDir().mkpath(certbot.configDirectory());
    QString accountError;
    const bool account = groups.isEmpty() || certbot.ensureAccount(&accountError);
    QFile keyFile(CertificateSelection::systemKeyPath(ssl));
    const QByteArray key = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    QString installed;
    for (int i = 0; i < groups.size(); ++i) {
        const QStringList& names = groups[i];
        job.setProgress(i, static_cast<int>(groups.size()),
                        QStringLiteral("requesting a certificate for ") + names.join(QStringLiteral(", ")));
        qCInfo(lcTls).noquote() << "Provisioning TLS certificates for" << names.join(QStringLiteral(", "));
        QString log;
        bool ok = account;
        if (!account) {
            log = QStringLiteral("Cannot register an ACME account with %1: %2").arg(certbot.server(), accountError);
        } else {
            QString error;
            const QByteArray csr = CertificateRequest::makeForNames(key, names, &error);
            QByteArray fullChain;
            if (csr.isEmpty()) {
                log = QStringLiteral("Cannot make the certificate signing request: ") + error;
                ok = false;
            } else if (!certbot.issue(names, csr, &fullChain, &log)) {
                ok = false;
            } else if (!store(fullChain, &installed, &error)) {
                log += error;
                ok = false;
            }
        }
        if (!ok)
            qCWarning(lcTls).noquote() << "provisioning failed for" << names.join(QStringLiteral(", ")) << ":" << log;
        requests.append(
            QJsonObject{{QStringLiteral("domains"), QJsonArray::fromStringList(names)},
                        {QStringLiteral("log"), QJsonArray{log}},
                        {QStringLiteral("result"), ok ? QStringLiteral("installed") : QStringLiteral("error")}});
    }
    job.setStep(QStringLiteral("post-install steps"));
    QString error;
    const QStringList lines = postInstall(installed, &error);
    for (const QString& line : lines)
        requests.append(line);
    if (!error.isEmpty())
        requests.append(error);
    return requests;
}

QString TlsService::daily(bool* ok)
{
    *ok = true;
    QString out;
    QJsonArray requests;
    const Result r = provision(&requests);
    if (r.status != 200) {
        *ok = false;
        out += r.text + QLatin1Char('\n');
    }
    // As upstream's `ssl_certificates.py -q` prints it.
    for (const QJsonValue& v : std::as_const(requests)) {
        if (v.isString()) {
            out += v.toString() + QLatin1Char('\n');
            continue;
        }
        const QJsonObject request = v.toObject();
        const QString result = request.value(QStringLiteral("result")).toString();
        if (result == QLatin1String("skipped"))
            continue;
        if (result != QLatin1String("installed"))
            *ok = false;
        QStringList names;
        for (const QJsonValue& n : request.value(QStringLiteral("domains")).toArray())
            names.append(n.toString());
        out += result + QStringLiteral(": ") + names.join(QStringLiteral(", ")) + QStringLiteral(":\n");
        for (const QJsonValue& line : request.value(QStringLiteral("log")).toArray())
            out += line.toString() + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    for (const QString& line : cleanupExpired())
        out += line + QLatin1Char('\n');
    return out;
}

QStringList TlsService::cleanupExpired()
{
    // Upstream's tools/ssl_cleanup: the date embedded in the installed file name, not the certificate's.
    static const QRegularExpression installed(QStringLiteral("^.+-([0-9]{8})-[0-9a-f]{8}\\.pem$"));
    const QString ssl = sslDirectory();
    const QString retainAfter = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs())
                                    .toLocalTime()
                                    .date()
                                    .addDays(-7)
                                    .toString(QStringLiteral("yyyyMMdd"));
    const QString primaryTarget = QFileInfo(CertificateSelection::systemCertificatePath(ssl)).canonicalFilePath();
    const QString expired = m_config.storagePath(QStringLiteral("ssl.expired"));
    QStringList log;
    QMutexLocker lock(&m_installMutex);
    for (const QFileInfo& file : QDir(ssl).entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const QRegularExpressionMatch m = installed.match(file.fileName());
        if (!m.hasMatch() || m.captured(1) >= retainAfter)
            continue;
        if (file.canonicalFilePath() == primaryTarget) {
            // Moving it would leave the mail services without a certificate file.
            log.append(QStringLiteral("kept %1: ssl_certificate.pem points to it").arg(file.fileName()));
            continue;
        }
        QDir().mkpath(expired);
        const QString to = QDir(expired).filePath(file.fileName());
        if (std::rename(QFile::encodeName(file.filePath()).constData(), QFile::encodeName(to).constData()) == 0)
            log.append(QStringLiteral("moved %1 to %2").arg(file.fileName(), expired));
        else
            log.append(
                QStringLiteral("cannot move %1 to %2: %3").arg(file.fileName(), expired, qt_error_string(errno)));
    }
    return log;
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

    QString path;
    QString error;
    if (!store(file, &path, &error))
        return {500, error};
    qCInfo(lcTls).noquote() << "installed" << path << "for" << domain;
    const QStringList log = postInstall(path, &error);
    if (!error.isEmpty())
        return {500, error};
    return {200, log.join(QLatin1Char('\n'))};
}

bool TlsService::store(const QByteArray& file, QString* path, QString* error)
{
    QMutexLocker lock(&m_installMutex);
    *path = QDir(sslDirectory()).absoluteFilePath(Certificate::fromFileData(file).installFileName());
    return AtomicFile::write(*path, file, error, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QStringList TlsService::postInstall(const QString& installedPath, QString* error)
{
    QStringList log;
    CertificatesChanged changed;
    changed.installedPath = installedPath;
    {
        QMutexLocker lock(&m_installMutex);
        if (!updatePrimarySymlink(&log, &changed, error))
            return log;
    }
    CertificatesChangedHook hook;
    {
        QMutexLocker lock(&m_hookMutex);
        hook = m_hook;
    }
    if (hook)
        log += hook(changed);
    return log;
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
