#pragma once

#include "auth/Clock.h"
#include "box/BoxConfig.h"

#include <QHostAddress>
#include <QString>

#include <memory>

class AgentServer;
class Authenticator;
class BackupService;
class Database;
class DnsService;
class LoginThrottle;
class MailService;
class MfaStore;
class MonitoringService;
class Router;
class SessionStore;
class TlsService;
class TokenStore;
class AuditStore;
class StatusService;
class SystemService;
class WebService;

// The whole agent for one box: database, sessions, authentication, every module's routes, the server.
// This is the one place where modules are wired together.
class Agent
{
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 10222;
        bool plainHttp = false; // behind nginx on loopback; X-Forwarded-For is then trusted
        int maxFailedLogins = 10; // per client address and minute
        int idleTimeoutSecs = 60; // for each request to arrive, and for idle keep-alive connections
        // Brings the automatic aliases up to date once at start (a demo box, whose first administrator was
        // written without the API; upstream's setup adds it through the API, which runs the kick).
        bool kickAtStart = false;
        const Clock* clock = nullptr; // sessions, throttle and TOTP time; the wall clock if null (tests move it)
    };

    Agent(const BoxConfig& config, Options options);
    ~Agent();
    Agent(const Agent&) = delete;
    Agent& operator=(const Agent&) = delete;

    // Writes a new system API key, opens the database, registers the routes and listens.
    // Returns false (with *error) if anything is missing.
    bool start(QString* error);
    // Opens the database and builds the modules without serving anything (`boxkeeper-agent --daily`, which
    // runs beside the serving agent). Returns false (with *error) if anything is missing.
    bool open(QString* error);
    // The nightly work (domain.md §9.8, §13.3): the backup, then certificate provisioning and renewal and the
    // cleanup of expired certificate files. Its report; *ok false when something failed. After open().
    QString runDaily(bool* ok);
    quint16 port() const { return m_port; }
    // Stops accepting work and waits for requests in flight.
    void stop();

    const BoxConfig& config() const { return m_config; }
    QString systemKey() const { return m_systemKey; }
    // SHA-256 fingerprint of the served certificate ("AA:BB:..."); empty in plain HTTP.
    QString fingerprint() const { return m_fingerprint; }
    // The DNS module (tests hold its updates through its stage hook). Null before start().
    DnsService* dns() const { return m_dns.get(); }
    // The TLS module (its CertificatesChanged hook is where mail restarts and the web update connect). Null
    // before start().
    TlsService* tls() const { return m_tls.get(); }
    // The routes (tests check tables that must cover every route). Null before start() or open().
    const Router* router() const { return m_router.get(); }

private:
    bool listen(QString* error);

    BoxConfig m_config;
    Options m_options;
    SystemClock m_systemClock;
    const Clock& m_clock;
    QString m_systemKey;
    QString m_fingerprint;
    quint16 m_port = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<MfaStore> m_mfa;
    std::unique_ptr<TokenStore> m_tokens; // before m_auth: it refers to it
    std::unique_ptr<AuditStore> m_audit; // before m_router: its observer refers to it
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<DnsService> m_dns;
    std::unique_ptr<MailService> m_mail;
    std::unique_ptr<TlsService> m_tls;
    std::unique_ptr<SystemService> m_system;
    std::unique_ptr<WebService> m_web; // after m_tls: refers to it
    std::unique_ptr<MonitoringService> m_monitoring;
    std::unique_ptr<BackupService> m_backup;
    std::unique_ptr<StatusService> m_status; // after the modules it reads
    std::unique_ptr<Router> m_router;
    std::unique_ptr<AgentServer> m_server;
};
