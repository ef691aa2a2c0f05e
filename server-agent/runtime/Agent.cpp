#include "Agent.h"

#include "PrivateFile.h"
#include "audit/AuditApi.h"
#include "audit/AuditStore.h"
#include "auth/AuthApi.h"
#include "auth/Authenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/MfaApi.h"
#include "auth/MfaStore.h"
#include "auth/SessionStore.h"
#include "auth/TokenApi.h"
#include "auth/TokenStore.h"
#include "backup/BackupApi.h"
#include "backup/BackupService.h"
#include "box/Database.h"
#include "boxkeeper/CapabilitiesApi.h"
#include "dns/DnsApi.h"
#include "dns/DnsService.h"
#include "http/AgentServer.h"
#include "http/Router.h"
#include "mail/MailApi.h"
#include "mail/MailService.h"
#include "monitoring/MonitoringApi.h"
#include "monitoring/MonitoringService.h"
#include "status/StatusApi.h"
#include "status/StatusService.h"
#include "system/SystemApi.h"
#include "system/SystemService.h"
#include "tls/SelfSignedCertificate.h"
#include "tls/TlsApi.h"
#include "tls/TlsService.h"
#include "web/WebApi.h"
#include "web/WebService.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

Agent::Agent(const BoxConfig& config, Options options)
    : m_config(config)
    , m_options(options)
    , m_clock(options.clock ? *options.clock : m_systemClock)
{ }

Agent::~Agent()
{
    stop();
    // The server (and its threads) go first: handlers refer to everything else.
    m_server.reset();
}

bool Agent::start(QString* error)
{
    // A new system API key at each start, for local tools, with the mode upstream's start script gives it (api.md
    // §3.1: 0640), so that a box taken over keeps its file as it was but for the key.
    m_systemKey = PrivateFile::randomHex(16);
    if (!PrivateFile::write(m_config.apiKeyPath(), m_systemKey.toLatin1(), error,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup)) {
        return false;
    }
    if (!open(error)) {
        return false;
    }
    if (m_options.kickAtStart) {
        m_mail->kick();
    }
    // A signing killed by a crash left stale signed zones or partial files: signed again in the background.
    m_dns->repairAtStart();
    m_monitoring->start();
    return listen(error);
}

QString Agent::runDaily(bool* ok)
{
    // As upstream's nightly tasks: the backup, then certificate provisioning and the cleanup.
    bool backupOk = false;
    QString report = m_backup->daily(&backupOk) + QLatin1Char('\n');
    bool tlsOk = false;
    report += m_tls->daily(&tlsOk);
    // Then the status checks, with what changed since the previous night (upstream's --show-changes).
    bool statusOk = false;
    const QString changes = m_status->daily(&statusOk);
    if (!changes.isEmpty())
        report += QLatin1Char('\n') + changes;
    *ok = backupOk && tlsOk && statusOk;
    return report;
}

bool Agent::open(QString* error)
{
    m_db = std::make_unique<Database>(m_config.usersDatabasePath());
    QString dbError;
    if (!QFile::exists(m_db->path())) {
        if (error) {
            *error = QStringLiteral("no users database at %1").arg(m_db->path());
        }
        return false;
    }
    if (!m_db->ensureSchema(&dbError)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(m_db->path(), dbError);
        }
        return false;
    }

    m_sessions = std::make_unique<SessionStore>(m_clock);
    m_throttle = std::make_unique<LoginThrottle>(m_clock, m_options.maxFailedLogins);
    m_mfa = std::make_unique<MfaStore>(*m_db);
    // API tokens in a database of the agent's own (upstream's users.sqlite stays as upstream made it).
    m_tokens = std::make_unique<TokenStore>(m_config.storagePath(QStringLiteral("boxkeeper/tokens.sqlite")), m_clock);
    if (!m_tokens->open(&dbError)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(m_tokens->path(), dbError);
        }
        return false;
    }
    // Every change made through the agent, in a database of its own (audit/AuditStore).
    const auto positive = [this](const char* key, int fallback) {
        const int value = m_config.value(QLatin1String(key)).toInt();
        return value > 0 ? value : fallback;
    };
    AuditStore::Retention retention;
    retention.days = positive("AUDIT_RETENTION_DAYS", retention.days);
    retention.maxEntries = positive("AUDIT_MAX_ENTRIES", retention.maxEntries);
    m_audit = std::make_unique<AuditStore>(m_config.storagePath(QStringLiteral("boxkeeper/audit.sqlite")), m_clock,
                                           retention);
    if (!m_audit->open(&dbError)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(m_audit->path(), dbError);
        }
        return false;
    }
    // A stand-in for an unmodified Mail-in-a-Box box (tests of the desktop against upstream's API only): no routes
    // beyond upstream's, and no API tokens.
    const bool upstreamOnly = m_config.value(QStringLiteral("BOXKEEPER_UPSTREAM_ONLY")) == QLatin1String("1");
    Authenticator::Options authOptions;
    authOptions.tokens = upstreamOnly ? nullptr : m_tokens.get();
    m_auth =
        std::make_unique<Authenticator>(*m_db, *m_mfa, *m_sessions, *m_throttle, m_clock, m_systemKey, authOptions);

    m_router = std::make_unique<Router>();
    m_router->setAuthorizer([auth = m_auth.get()](const HttpRequest& request, bool requireAdmin) {
        return auth->authorize(request, requireAdmin);
    });
    AuthApi::registerRoutes(*m_router, *m_auth);
    MfaApi::registerRoutes(*m_router, *m_mfa, m_config, m_clock);
    TokenApi::registerRoutes(*m_router, *m_tokens, m_clock);
    AuditApi::registerRoutes(*m_router, *m_audit);

    m_dns = std::make_unique<DnsService>(m_config, *m_db);
    m_mail = std::make_unique<MailService>(m_config, *m_db);
    // The kick's DNS text, then the web update's (api.md §5.0); the web module is made below, before any kick.
    m_mail->setDomainsChangedHook([this](const MailKick::Domains& domains) {
        const QString dns = m_dns->domainsChanged(domains);
        return m_web ? dns + m_web->domainsChanged() : dns;
    });
    MailApi::registerRoutes(*m_router, *m_mail);
    DnsApi::registerRoutes(*m_router, *m_dns);
    // The TLS module lists the web domains of the DNS module's domain set and groups them by its zones.
    const TlsService::DomainSource webDomains = [dns = m_dns.get()] {
        TlsService::WebDomains domains;
        const DnsService::Result r = dns->webDomains(&domains.web, &domains.hostedElsewhere);
        if (r.status != 200)
            domains.error = r.text;
        domains.zones = dns->zones();
        return domains;
    };
    m_tls = std::make_unique<TlsService>(m_config, webDomains, m_clock);
    TlsApi::registerRoutes(*m_router, *m_tls);
    // The web module: the same domain set, certificates and their status from the TLS module.
    m_web = std::make_unique<WebService>(m_config, webDomains, *m_tls);
    WebApi::registerRoutes(*m_router, *m_web);
    // After a certificate install or provisioning (domain.md §9.5): the mail services restarted when the primary
    // hostname's certificate changed, then the web update (its line, or an empty one, as upstream answers).
    m_tls->setCertificatesChangedHook(
        [mail = m_mail.get(), web = m_web.get()](const TlsService::CertificatesChanged& changed) {
            QStringList log;
            QString error;
            if (changed.primaryChanged) {
                if (mail->restartServices(&error))
                    log.append(QStringLiteral("mail services restarted"));
                else if (!error.isEmpty())
                    log.append(error);
            }
            log.append(web->update().text);
            return log;
        });
    m_system = std::make_unique<SystemService>(m_config, m_clock);
    SystemApi::registerRoutes(*m_router, *m_system);
    // Load, memory, disk, mail queue and mail traffic, sampled on the module's own thread once the agent serves
    // (start()). Without its database the agent still serves; the metrics route says why there are none.
    m_monitoring = std::make_unique<MonitoringService>(m_config, m_clock);
    MonitoringApi::registerRoutes(*m_router, *m_monitoring);
    m_backup = std::make_unique<BackupService>(m_config, m_clock);
    BackupApi::registerRoutes(
        *m_router, *m_backup,
        [auth = m_auth.get()](const HttpRequest& request, const QString& email, const QString& password) {
            return auth->verifyPassword(request, email, password);
        });
    m_status = std::make_unique<StatusService>(m_config, m_clock,
                                               StatusService::Modules{*m_dns, *m_mail, *m_tls, *m_system, *m_backup});
    StatusApi::registerRoutes(*m_router, *m_status);
    CapabilitiesApi::registerRoutes(*m_router, m_config);
    if (upstreamOnly)
        m_router->removeRoutesUnder(QStringLiteral("/boxkeeper/"));
    return true;
}

bool Agent::listen(QString* error)
{
    m_server = std::make_unique<AgentServer>(*m_router);
    m_server->setIdleTimeout(m_options.idleTimeoutSecs * 1000);
    QString listenError;
    if (m_options.plainHttp) {
        if (!m_options.address.isLoopback()) {
            if (error) {
                *error = QStringLiteral("plain HTTP is only allowed on 127.0.0.1 (behind nginx)");
            }
            return false;
        }
        m_port = m_server->listenPlain(m_options.address, m_options.port, &listenError);
    } else {
        const QString certPath = m_config.storagePath(QStringLiteral("ssl/ssl_certificate.pem"));
        const QString keyPath = m_config.storagePath(QStringLiteral("ssl/ssl_private_key.pem"));
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = QStringLiteral("cannot read the box certificate %1 and key %2").arg(certPath, keyPath);
            }
            return false;
        }
        const QByteArray certPem = certFile.readAll();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || key.isNull()) {
            if (error) {
                *error = QStringLiteral("cannot load the box certificate %1 or key %2").arg(certPath, keyPath);
            }
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        m_fingerprint = SelfSignedCertificate::fingerprintSha256(chain.constFirst().toPem());
        m_port = m_server->listenTls(m_options.address, m_options.port, tls, &listenError);
    }
    if (m_port == 0) {
        if (error) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(listenError);
        }
        return false;
    }
    return true;
}

void Agent::stop()
{
    if (m_server) {
        const auto servers = m_server->servers();
        for (QTcpServer* s : servers) {
            s->close();
        }
        m_server->drain();
    }
    if (m_monitoring) {
        m_monitoring->stop();
    }
}
