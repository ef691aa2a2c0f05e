#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class BoxConfig;
class Clock;

// The box's TLS certificates (api.md §7.1-7.3, domain.md §9): status of every web domain, CSRs with the box's
// key, manual installs. Thread-safe. ACME provisioning and renewal are not part of it (yet).
class TlsService
{
public:
    // An answer in upstream's terms: status code and text.
    struct Result
    {
        int status = 200;
        QString text;
    };

    // The web domains and the names a custom DNS record sends elsewhere, both in canonical order; the runtime
    // connects the DNS module's domain set (DnsService::webDomains).
    struct WebDomains
    {
        QStringList web;
        QStringList hostedElsewhere;
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

    void setCertificatesChangedHook(CertificatesChangedHook hook);

    // GET /ssl/status: {"can_provision": [...], "status": [{domain, status, text}, ...]}.
    Result status(QJsonObject* out);
    // POST /ssl/csr/<domain>: the PEM request for `domain` with the box's key; 400 for a country code openssl
    // would refuse.
    Result csr(const QString& domain, const QString& countryCode);
    // POST /ssl/install: checks (domain.md §9.3) against the box's key, stores, re-points the primary
    // hostname's symlink when its best certificate changed, runs the hook. Failures are 200 with upstream's
    // texts (nothing written); missing or non-ASCII fields 400.
    Result install(const QString& domain, const std::optional<QString>& certificate,
                   const std::optional<QString>& chain);

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

private:
    // The post-install steps of domain.md §9.5 that belong to this module: the symlink. Appends log lines.
    bool updatePrimarySymlink(QStringList* log, CertificatesChanged* changed, QString* error);

    const BoxConfig& m_config;
    DomainSource m_domains;
    const Clock& m_clock;
    QMutex m_installMutex; // one install at a time (files and symlink); never held while the hook runs
    QMutex m_hookMutex;
    CertificatesChangedHook m_hook;
};
