#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The nginx configuration of the web update (domain.md §10.3-10.4): pure text generation, no files read.
namespace NginxConfig {

// A proxied path of www/custom.yaml: `url` without its fragment, the fragment's comma-separated flags.
struct Proxy
{
    QString path;
    QString url;
    bool passHttpHost = false;
    bool noProxyRedirect = false;
    bool frameOptionsSameOrigin = false;
    bool webSockets = false;
};

// One domain's options from www/custom.yaml, in the file's order.
struct SiteOptions
{
    QList<Proxy> proxies;
    QList<QPair<QString, QString>> aliases; // path -> directory
    QList<QPair<QString, QString>> redirects; // path regex -> URL
    QString hsts = QStringLiteral("yes"); // "yes", "preload" or anything else (none)
};

// www/custom.yaml: domain -> options. An empty text is no options; text that is not a YAML mapping of
// mappings is an error (*error set, nullopt).
std::optional<QHash<QString, SiteOptions>> parseCustomYaml(const QByteArray& yaml, QString* error);

// Whether `/` is proxied or redirected (static_enabled false, domain.md §10.2).
bool takesOverRoot(const SiteOptions& options);

struct Site
{
    QString domain;
    bool redirect = false; // a www. domain: permanent redirect to https://<parent><path>
    QString root; // the static root directory
    QString certificatePath;
    QString privateKeyPath;
    QByteArray filesSha1; // hex SHA-1 of the key and certificate files
    SiteOptions options;
    QString includeFile; // www/<domain>.conf when it exists
};

struct Input
{
    QString primaryHostname;
    QString acmeWebroot; // STORAGE_ROOT/ssl/lets_encrypt/webroot
    QString agentUrl; // where /admin/ is proxied to, e.g. http://127.0.0.1:10222/
    // Where the servers listen: empty for every IPv4 and IPv6 address (two `listen` lines each), else one address
    // (IPv6 with or without brackets).
    QString listenAddress;
    int httpPort = 80;
    int httpsPort = 443;
    // SYSTEM_ROOT/var/lib/mailinabox: the mail clients' configuration files (mobileconfig.xml,
    // mozilla-autoconfig.xml) and the MTA-STS policy (mta-sts.txt), served on the primary hostname and on every
    // site whose `/` is not proxied or redirected.
    QString clientConfigDirectory;
    QList<Site> sites; // the primary hostname first, then the others in canonical order
};

QByteArray generate(const Input& input);

// `value` as one nginx word: bare when it is made of safe characters only, else double-quoted with \ and "
// escaped.
QString word(const QString& value);

} // namespace NginxConfig
