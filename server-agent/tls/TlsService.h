#pragma once

#include "CertificateChecker.h"
#include "CertificateSelection.h"
#include "box/JobQueue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class BoxConfig;
class Clock;

// The box's TLS certificates (api.md §7, domain.md §9): status of every web domain, CSRs with the box's key,
// manual installs, ACME provisioning through certbot, renewal and cleanup. Thread-safe; provisioning runs on the
// module's own JobQueue, one run at a time, so it never holds up other requests.
class TlsService
{
public:
    // An answer in upstream's terms: status code and text.
    struct Result
    {
        int status = 200;
        QString text;
    };

    // The web domains and the names a custom DNS record sends elsewhere, both in canonical order, and the DNS
    // zones (provisioning groups names by zone); the runtime connects the DNS module's domain set
    // (DnsService::webDomains, DnsService::zones).
    struct WebDomains
    {
        QStringList web;
        QStringList hostedElsewhere;
        QStringList zones;
        QString error; // the domain set could not be read
    };
    using DomainSource = std::function<WebDomains()>;

    // After an install: what changed. The hook does the post-install work the module does not do itself
    // (restarting Postfix and Dovecot when the primary certificate changed, the web update) and returns the log
    // lines to answer with ("mail services restarted", "web updated\n", ...).
    struct CertificatesChanged
    {
        QString installedPath;
        bool primaryChanged = false; // ssl_certificate.pem now points to another file
        QString primaryCertificatePath; // its target
    };
    using CertificatesChangedHook = std::function<QStringList(const CertificatesChanged&)>;

    TlsService(const BoxConfig& config, DomainSource domains, const Clock& clock);
    ~TlsService();

    void setCertificatesChangedHook(CertificatesChangedHook hook);

    // GET /ssl/status: {"can_provision": [...], "status": [{domain, status, text}, ...]}. With `CertificatesOnly`
    // (the web module's listing, upstream's get_web_domains_info) no lookups are made: can_provision is empty and
    // no "cannot provision" reason is appended to the texts.
    enum class StatusDetail { WithProvisioning, CertificatesOnly };
    Result status(QJsonObject* out, StatusDetail detail = StatusDetail::WithProvisioning);
    // POST /ssl/csr/<domain>: the PEM request for `domain` with the box's key; 400 for a country code openssl
    // would refuse.
    Result csr(const QString& domain, const QString& countryCode);
    // POST /ssl/install: checks (domain.md §9.3) against the box's key, stores, re-points the primary
    // hostname's symlink when its best certificate changed, runs the hook. Failures are 200 with upstream's
    // texts (nothing written); missing or non-ASCII fields 400.
    Result install(const QString& domain, const std::optional<QString>& certificate,
                   const std::optional<QString>& chain);

    // POST /ssl/provision: {"requests": [...]} as upstream (api.md §7.4): a "skipped" object per domain that
    // cannot be provisioned (with the reason), an "installed" or "error" object per certificate request (with
    // certbot's output), then the post-install log lines as plain strings. Waits for the run.
    Result provision(QJsonArray* requests);

    // The nightly part of `boxkeeper-agent --daily` (domain.md §9.8): provisioning (renews certificates with 14
    // days or less left), then the cleanup. Returns upstream's report of `ssl_certificates.py -q` (skipped
    // domains left out) followed by the cleanup's lines; *ok false when a request failed.
    QString daily(bool* ok);
    // Moves ssl/<name>-<YYYYMMDD>-<hex>.pem files whose date is more than 7 days before today (local time) to
    // STORAGE_ROOT/ssl.expired/. Returns one line per file moved.
    QStringList cleanupExpired();

    // domain.md §9.5: `domains` (canonical order) grouped by the zone each is in (DomainOrder::zoneOf), the groups
    // in the zones' order, at most `limit` names a group (a zone with more gets several).
    static QList<QStringList> groupByZone(const QStringList& domains, const QStringList& zones, int limit = 100);

    // The certificate and key files each of `domains` is served with (the web update's nginx configuration):
    // the primary hostname the services' symlink and the box's key, the others their best certificate
    // (CertificateSelection), a domain without one the primary hostname's files (as upstream).
    struct DomainFiles
    {
        QString certificatePath;
        QString privateKeyPath;
    };
    QHash<QString, DomainFiles> certificateFiles(const QStringList& domains) const;

    QString sslDirectory() const;

    // The certificate check of status() for each of `domains` that has a certificate (the primary hostname the
    // services' symlink, the others their best certificate); a domain without one is absent. The status checks'
    // TLS lines (domain.md §12.4).
    QHash<QString, CertificateChecker::Result> checkCertificates(const QStringList& domains);

private:
    // The certificate file a domain is served with for the status (empty: none); `choice` set for a selected one.
    QString statusCertificate(const QString& domain, const CertificateSelection& selection,
                              std::optional<CertificateSelection::Choice>* choice, QString* keyPath) const;
    // Which domains provisioning would request now, and why the others cannot be (domain.md §9.5). The
    // "already has a valid certificate" reasons only with `withValid` (/ssl/provision lists them, /ssl/status
    // does not).
    struct ProvisionPlan
    {
        QStringList domains;
        QList<QPair<QString, QString>> cannot; // domain, reason
    };
    ProvisionPlan planProvisioning(const WebDomains& domains, bool withValid, const CertificateSelection& selection,
                                   CertificateChecker& checker) const;
    QJsonArray provisionJob(const WebDomains& domains, Job& job);
    // Writes a checked certificate file under upstream's name (domain.md §9.2); its path in *path.
    bool store(const QByteArray& file, QString* path, QString* error);
    // The post-install steps (domain.md §9.5): the symlink, then the hook's steps. Their log lines.
    QStringList postInstall(const QString& installedPath, QString* error);
    // The post-install steps of domain.md §9.5 that belong to this module: the symlink. Appends log lines.
    bool updatePrimarySymlink(QStringList* log, CertificatesChanged* changed, QString* error);

    const BoxConfig& m_config;
    DomainSource m_domains;
    const Clock& m_clock;
    QMutex m_installMutex; // one install at a time (files and symlink); never held while the hook runs
    QMutex m_hookMutex;
    CertificatesChangedHook m_hook;
    JobQueue m_jobs; // last: its thread ends (finishing the running job) before the rest goes
};
