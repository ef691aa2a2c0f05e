#include "WebService.h"

#include "MailClientConfig.h"
#include "NginxConfig.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/ProcessRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWeb, "boxkeeper.agent.web")

namespace {

constexpr int NginxTimeoutMs = 60000;

std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Why `nginx -t` failed: its first error without the log line's time and process ids
// ("2026/12/07 00:37:40 [emerg] 20977#20977: unknown directive ..." gives "unknown directive ..."), else the
// runner's sentence (not started, timed out).
QString checkFailure(const ProcessResult& r)
{
    static const QRegularExpression logLine(
        QStringLiteral("^(?:\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d |nginx: )\\[\\w+\\] (?:\\d+#\\d+: )?(.+)$"));
    if (r.outcome == ProcessResult::Outcome::Exited) {
        const QRegularExpressionMatch m = logLine.match(r.firstLine());
        if (m.hasMatch())
            return m.captured(1);
    }
    return r.message();
}

} // namespace

WebService::WebService(const BoxConfig& config, TlsService::DomainSource domains, TlsService& tls)
    : m_config(config)
    , m_domains(std::move(domains))
    , m_tls(tls)
    , m_jobs(QStringLiteral("web jobs"))
{ }

WebService::~WebService() = default;

QString WebService::configPath() const
{
    return m_config.systemPath(QStringLiteral("/etc/nginx/conf.d/local.conf"));
}

QString WebService::siteDirectory(const QString& domain) const
{
    return m_config.storagePath(QStringLiteral("www/") + QString::fromLatin1(QUrl::toPercentEncoding(domain)));
}

std::optional<QStringList> WebService::checkCommand() const
{
    const QString nginx = m_config.value(QStringLiteral("NGINX"), QLatin1String(DefaultNginx));
    const QString config = m_config.value(QStringLiteral("NGINX_TEST_CONFIG"));
    if (!config.isEmpty())
        return QStringList{nginx,
                           QStringLiteral("-t"),
                           QStringLiteral("-q"),
                           QStringLiteral("-e"),
                           QStringLiteral("stderr"),
                           QStringLiteral("-c"),
                           config};
    if (m_config.isRealBox())
        return QStringList{nginx, QStringLiteral("-t"), QStringLiteral("-q")};
    return std::nullopt;
}

std::optional<QStringList> WebService::reloadCommand() const
{
    const QString nginx = m_config.value(QStringLiteral("NGINX"), QLatin1String(DefaultNginx));
    return m_config.command(QStringLiteral("NGINX_RELOAD_COMMAND"), QStringLiteral("\"%1\" -s reload").arg(nginx));
}

WebService::Result WebService::readInputs(Inputs* inputs) const
{
    inputs->domains = m_domains();
    if (!inputs->domains.error.isEmpty())
        return {500, inputs->domains.error};
    QString error;
    const auto custom = NginxConfig::parseCustomYaml(
        readFile(m_config.storagePath(QStringLiteral("www/custom.yaml"))).value_or(QByteArray()), &error);
    if (!custom)
        return {500, error};
    inputs->custom = *custom;
    return {};
}

WebService::Result WebService::readListenKeys(NginxConfig::Input* input) const
{
    const auto port = [this](const char* key, int fallback, int* out) {
        const QString text = m_config.value(QLatin1String(key));
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = text.toInt(&ok);
        return ok && *out > 0 && *out <= 65535;
    };
    if (!port("WEB_HTTP_PORT", 80, &input->httpPort))
        return {500, QStringLiteral("WEB_HTTP_PORT in the box's configuration is not a port number.")};
    if (!port("WEB_HTTPS_PORT", 443, &input->httpsPort))
        return {500, QStringLiteral("WEB_HTTPS_PORT in the box's configuration is not a port number.")};
    input->listenAddress = m_config.value(QStringLiteral("WEB_LISTEN_ADDRESS"));
    if (!input->listenAddress.isEmpty()) {
        QString bare = input->listenAddress;
        if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
            bare = bare.mid(1, bare.size() - 2);
        if (QHostAddress(bare).isNull())
            return {500, QStringLiteral("WEB_LISTEN_ADDRESS in the box's configuration is not an IP address.")};
    }
    input->agentUrl = m_config.value(QStringLiteral("AGENT_URL"), QLatin1String(AgentUrl));
    const QUrl url(input->agentUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return {500, QStringLiteral("AGENT_URL in the box's configuration is not an http:// or https:// URL.")};
    return {};
}

WebService::Result WebService::domains(QJsonArray* out)
{
    Inputs in;
    if (const Result r = readInputs(&in); r.status != 200)
        return r;
    const TlsService::WebDomains& domains = in.domains;
    QJsonObject status;
    const TlsService::Result tls = m_tls.status(&status, TlsService::StatusDetail::CertificatesOnly);
    if (tls.status != 200)
        return {tls.status, tls.text};
    QHash<QString, QJsonArray> certificates;
    for (const QJsonValue& entry : status.value(QStringLiteral("status")).toArray()) {
        const QJsonObject o = entry.toObject();
        certificates.insert(o.value(QStringLiteral("domain")).toString(),
                            QJsonArray{o.value(QStringLiteral("status")), o.value(QStringLiteral("text"))});
    }
    const QString defaultRoot = m_config.storagePath(QStringLiteral("www/default"));
    const QString primary = m_config.primaryHostname();
    const SiteFiles files = siteFiles();
    for (const QString& domain : domains.web) {
        const QString customRoot = siteDirectory(domain);
        const bool hasRoot = files.directories.contains(QString::fromLatin1(QUrl::toPercentEncoding(domain)));
        const bool redirect = domain.startsWith(QLatin1String("www.")) && domain != primary;
        const bool staticEnabled = !redirect && !NginxConfig::takesOverRoot(in.custom.value(domain));
        out->append(QJsonObject{
            {QStringLiteral("custom_root"), customRoot},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("root"), hasRoot ? customRoot : defaultRoot},
            {QStringLiteral("ssl_certificate"), certificates.value(domain)},
            {QStringLiteral("static_enabled"), staticEnabled},
        });
    }
    return {};
}

WebService::SiteFiles WebService::siteFiles() const
{
    const QDir www(m_config.storagePath(QStringLiteral("www")));
    const QStringList dirs = www.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    const QStringList includes = www.entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::Hidden);
    return {QSet<QString>(dirs.begin(), dirs.end()), QSet<QString>(includes.begin(), includes.end())};
}

std::shared_ptr<const WebService::Certificates> WebService::certificates(const QStringList& domains)
{
    // The choice depends on the files in ssl/ (and one level below, where the TLS module looks), on the domains
    // and on the time (validity): it is made again when a file there is added, removed, renamed or written, when
    // the domains change, or the day does (as the DNS module's certificate facts).
    QByteArray key = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toLatin1() + '\n' +
                     domains.join(QLatin1Char(' ')).toUtf8() + '\n';
    const QString ssl = m_tls.sslDirectory();
    const auto add = [&key](const QFileInfo& f) {
        key += f.fileName().toUtf8() + ' ' + QByteArray::number(f.lastModified().toMSecsSinceEpoch()) + ' ' +
               QByteArray::number(f.size()) + ' ' + f.symLinkTarget().toUtf8() + '\n';
    };
    add(QFileInfo(ssl));
    for (const QFileInfo& entry :
         QDir(ssl).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        add(entry);
        if (entry.isDir()) {
            for (const QFileInfo& inner :
                 QDir(entry.absoluteFilePath())
                     .entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name))
                add(inner);
        }
    }
    QMutexLocker lock(&m_certificatesMutex);
    if (m_certificates && m_certificates->key == key)
        return m_certificates;
    lock.unlock();

    auto made = std::make_shared<Certificates>();
    made->key = key;
    made->files = m_tls.certificateFiles(domains);
    for (const TlsService::DomainFiles& f : std::as_const(made->files)) {
        const QString pair = f.privateKeyPath + QLatin1Char('\n') + f.certificatePath;
        if (made->sha1.contains(pair))
            continue;
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        sha1.addData(readFile(f.privateKeyPath).value_or(QByteArray()));
        sha1.addData(readFile(f.certificatePath).value_or(QByteArray()));
        made->sha1.insert(pair, sha1.result().toHex());
    }
    lock.relock();
    m_certificates = made;
    return made;
}

WebService::Result WebService::generate(QByteArray* config)
{
    Inputs in;
    if (const Result r = readInputs(&in); r.status != 200)
        return r;
    const TlsService::WebDomains& domains = in.domains;

    const QString primary = m_config.primaryHostname();
    QStringList ordered{primary};
    for (const QString& domain : domains.web) {
        if (domain != primary)
            ordered.append(domain);
    }
    const std::shared_ptr<const Certificates> certificates = this->certificates(ordered);
    const SiteFiles files = siteFiles();
    const QString defaultRoot = m_config.storagePath(QStringLiteral("www/default"));

    NginxConfig::Input input;
    if (const Result r = readListenKeys(&input); r.status != 200)
        return r;
    input.primaryHostname = primary;
    input.acmeWebroot = m_config.storagePath(QStringLiteral("ssl/lets_encrypt/webroot"));
    input.clientConfigDirectory = clientConfigDirectory();
    const QString www = m_config.storagePath(QStringLiteral("www")) + QLatin1Char('/');
    input.sites.reserve(ordered.size());
    for (const QString& domain : ordered) {
        NginxConfig::Site site;
        site.domain = domain;
        site.redirect = domain.startsWith(QLatin1String("www.")) && domain != primary;
        const QString name = QString::fromLatin1(QUrl::toPercentEncoding(domain));
        const QString dir = www + name; // siteDirectory(domain)
        site.root = files.directories.contains(name) ? dir : defaultRoot;
        const TlsService::DomainFiles f = certificates->files.value(domain);
        site.certificatePath = f.certificatePath;
        site.privateKeyPath = f.privateKeyPath;
        site.filesSha1 = certificates->sha1.value(f.privateKeyPath + QLatin1Char('\n') + f.certificatePath);
        site.options = in.custom.value(domain);
        if (files.includes.contains(name + QStringLiteral(".conf")))
            site.includeFile = dir + QStringLiteral(".conf");
        input.sites.append(std::move(site));
    }
    *config = NginxConfig::generate(input);
    return {};
}

WebService::Result WebService::update()
{
    // Requests that arrive while an update waits to run share it.
    const auto job = m_jobs.submit<Result>(
        QStringLiteral("web update"), [this](Job&) { return updateJob(); }, QStringLiteral("web update"));
    job->wait();
    if (job->state() == Job::State::Cancelled)
        return {503, QStringLiteral("The agent is stopping: the web update did not run.")};
    return job->result();
}

QString WebService::domainsChanged()
{
    const Result r = update();
    if (r.status != 200) {
        qCWarning(lcWeb).noquote() << "web update failed:" << r.text;
        return {};
    }
    return r.text;
}

QString WebService::clientConfigDirectory() const
{
    return m_config.systemPath(QStringLiteral("/var/lib/mailinabox"));
}

void WebService::writeMissingClientConfig()
{
    const QString dir = clientConfigDirectory();
    const QString hostname = m_config.primaryHostname();
    const auto write = [&](const QString& name, const auto& make) {
        const QString path = dir + QLatin1Char('/') + name;
        if (QFileInfo::exists(path))
            return;
        QString error;
        // Readable by nginx's workers, as upstream's setup makes them.
        const auto readable =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (!QDir().mkpath(dir) || !AtomicFile::write(path, make(), &error, readable))
            qCWarning(lcWeb).noquote() << "mail client configuration not written:"
                                       << (error.isEmpty() ? QStringLiteral("cannot create %1").arg(dir) : error);
        else
            qCInfo(lcWeb).noquote() << "wrote" << path;
    };
    write(QStringLiteral("mobileconfig.xml"),
          [&] { return MailClientConfig::appleProfile(hostname, MailClientConfig::newProfileUuids()); });
    write(QStringLiteral("mozilla-autoconfig.xml"), [&] { return MailClientConfig::mozillaAutoconfig(hostname); });
    write(QStringLiteral("mta-sts.txt"), [&] {
        return MailClientConfig::mtaStsPolicy(m_config.value(QStringLiteral("MTA_STS_MODE"), QStringLiteral("enforce")),
                                              hostname);
    });
}

WebService::Result WebService::updateJob()
{
    writeMissingClientConfig();
    QByteArray config;
    const Result generated = generate(&config);
    if (generated.status != 200)
        return generated;
    const QString path = configPath();
    const std::optional<QByteArray> old = readFile(path);
    if (old && *old == config)
        return {200, QString()};

    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !AtomicFile::write(path, config, &error))
        return {500, error.isEmpty() ? QStringLiteral("Cannot create the folder of %1.").arg(path) : error};

    // nginx -t reads the configuration from its place: the new file is checked there, and the old one put back
    // when nginx rejects it (nginx is not reloaded in between, so the running server never sees it).
    if (const std::optional<QStringList> check = checkCommand()) {
        const ProcessResult r = ProcessRunner(check->first()).args(check->mid(1)).timeout(NginxTimeoutMs).run();
        if (!r.ok()) {
            QString restoreError;
            const bool restored = old ? AtomicFile::write(path, *old, &restoreError) : QFile::remove(path);
            if (!restored)
                qCWarning(lcWeb).noquote() << "cannot put back the old nginx configuration:" << restoreError;
            qCWarning(lcWeb).noquote() << "nginx rejected the new configuration:" << r.message();
            return {
                500,
                QStringLiteral("nginx rejected the new configuration, the old one was kept: %1").arg(checkFailure(r))};
        }
    } else {
        qCInfo(lcWeb).noquote() << "nginx configuration not checked: SYSTEM_ROOT is not / and NGINX_TEST_CONFIG is "
                                   "not set";
    }
    qCInfo(lcWeb).noquote() << "wrote" << path;

    if (const std::optional<QStringList> reload = reloadCommand()) {
        const ProcessResult r = ProcessRunner(reload->first()).args(reload->mid(1)).timeout(NginxTimeoutMs).run();
        if (!r.ok()) {
            qCWarning(lcWeb).noquote() << r.message();
            return {
                500,
                QStringLiteral("The nginx configuration was written, but nginx was not reloaded: %1").arg(r.message())};
        }
    }
    return {200, QStringLiteral("web updated\n")};
}
