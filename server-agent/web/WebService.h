#pragma once

#include "NginxConfig.h"

#include "box/JobQueue.h"
#include "tls/TlsService.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class BoxConfig;

// The box's websites (api.md §9.1-9.2, domain.md §10): the web domains with their static roots and certificate
// status, and the web update that writes nginx's configuration. The web domains come from the DNS module
// (the same source as the TLS module), certificates and their status from the TLS module. Thread-safe: the
// update runs on the module's own JobQueue, one at a time.
class WebService
{
public:
    struct Result
    {
        int status = 200;
        QString text;
    };

    static constexpr const char* DefaultNginx = "/usr/sbin/nginx";
    // Where nginx sends /admin/ (api.md §1): the default of the config key AGENT_URL.
    static constexpr const char* AgentUrl = "http://127.0.0.1:10222/";

    WebService(const BoxConfig& config, TlsService::DomainSource domains, TlsService& tls);
    ~WebService();

    // GET /web/domains: [{custom_root, domain, root, ssl_certificate: [class, text], static_enabled}, ...].
    Result domains(QJsonArray* out);
    // POST /web/update: "web updated\n" when the configuration changed (checked, written, nginx reloaded), ""
    // when it did not; 500 with the reason when nginx rejected it (the old file stays).
    Result update();
    // The mail module's kick after the domain sets changed: the update's text ("web updated\n" or nothing); a
    // failure is logged and adds nothing, as the DNS part of the kick.
    QString domainsChanged();
    // The configuration the update would write now.
    Result generate(QByteArray* config);

    // SYSTEM_ROOT/etc/nginx/conf.d/local.conf
    QString configPath() const;

private:
    // What both the listing and the generator start from: the DNS module's web domains and www/custom.yaml.
    struct Inputs
    {
        TlsService::WebDomains domains;
        QHash<QString, NginxConfig::SiteOptions> custom;
    };
    Result readInputs(Inputs* inputs) const;
    // The names in STORAGE_ROOT/www (URL-quoted domains): site folders and `<domain>.conf` include files, read in
    // one listing.
    struct SiteFiles
    {
        QSet<QString> directories;
        QSet<QString> includes;
    };
    SiteFiles siteFiles() const;
    // The TLS module's certificate choice for `domains` and each key and certificate pair's SHA-1 (the
    // configuration's `# ssl files sha1:` line).
    struct Certificates
    {
        QByteArray key; // what they were made from: see certificates()
        QHash<QString, TlsService::DomainFiles> files;
        QHash<QString, QByteArray> sha1; // "<key path>\n<certificate path>" -> hex
    };
    std::shared_ptr<const Certificates> certificates(const QStringList& domains);
    // The config keys WEB_LISTEN_ADDRESS, WEB_HTTP_PORT, WEB_HTTPS_PORT and AGENT_URL; 500 for a value nginx
    // could not use.
    Result readListenKeys(NginxConfig::Input* input) const;
    Result updateJob();
    // SYSTEM_ROOT/var/lib/mailinabox
    QString clientConfigDirectory() const;
    // Writes the mail clients' configuration files that are missing (a box that setup did not make, e.g. the
    // demo); existing files are kept as they are. A failure is logged: nginx then answers 404 for that file.
    void writeMissingClientConfig();
    QString siteDirectory(const QString& domain) const; // STORAGE_ROOT/www/<domain URL-quoted>
    // The `nginx -t` command: nullopt when it would check another configuration than this box's.
    std::optional<QStringList> checkCommand() const;
    std::optional<QStringList> reloadCommand() const;

    const BoxConfig& m_config;
    TlsService::DomainSource m_domains;
    TlsService& m_tls;
    QMutex m_certificatesMutex;
    std::shared_ptr<const Certificates> m_certificates; // the last choice, reused while its key is the same
    JobQueue m_jobs; // last: its thread ends (finishing the running job) before the rest goes
};
