#include "NginxConfig.h"

#include <yaml-cpp/yaml.h>

namespace NginxConfig {

namespace {

QString str(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isSafe(QChar c)
{
    return c.isLetterOrNumber() || QStringLiteral("/._-~:^$*+?()[]|=&%@!,").contains(c);
}

// The lines nginx needs for one proxy (domain.md §10.3 flags).
void appendProxy(QString& out, const Proxy& proxy)
{
    out += QStringLiteral("\tlocation %1 {\n").arg(word(proxy.path));
    out += QStringLiteral("\t\tproxy_pass %1;\n").arg(word(proxy.url));
    if (proxy.noProxyRedirect)
        out += QStringLiteral("\t\tproxy_redirect off;\n");
    else
        out += QStringLiteral("\t\tproxy_redirect default;\n");
    if (proxy.passHttpHost)
        out += QStringLiteral("\t\tproxy_set_header Host $http_host;\n");
    if (proxy.frameOptionsSameOrigin)
        out += QStringLiteral("\t\tadd_header X-Frame-Options SAMEORIGIN;\n");
    if (proxy.webSockets) {
        out += QStringLiteral("\t\tproxy_http_version 1.1;\n");
        out += QStringLiteral("\t\tproxy_set_header Upgrade $http_upgrade;\n");
        out += QStringLiteral("\t\tproxy_set_header Connection \"Upgrade\";\n");
    }
    out += QStringLiteral("\t\tproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n");
    out += QStringLiteral("\t\tproxy_set_header X-Forwarded-Host $http_host;\n");
    out += QStringLiteral("\t\tproxy_set_header X-Forwarded-Proto $scheme;\n");
    out += QStringLiteral("\t\tproxy_set_header X-Real-IP $remote_addr;\n");
    out += QStringLiteral("\t}\n");
}

void appendAcme(QString& out, const QString& webroot)
{
    out += QStringLiteral("\tlocation /.well-known/acme-challenge/ {\n");
    out += QStringLiteral("\t\talias %1;\n").arg(word(webroot + QStringLiteral("/.well-known/acme-challenge/")));
    out += QStringLiteral("\t}\n");
}

void appendAdmin(QString& out, const QString& agentUrl)
{
    out += QStringLiteral("\tlocation = /admin {\n\t\trewrite ^ /admin/ last;\n\t}\n");
    out += QStringLiteral("\tlocation /admin/ {\n");
    out += QStringLiteral("\t\tproxy_pass %1;\n").arg(word(agentUrl));
    out += QStringLiteral("\t\tproxy_set_header X-Forwarded-For $remote_addr;\n");
    out += QStringLiteral("\t\tadd_header X-Frame-Options \"DENY\";\n");
    out += QStringLiteral("\t\tadd_header X-Content-Type-Options nosniff;\n");
    out += QStringLiteral("\t\tadd_header Content-Security-Policy \"frame-ancestors 'none';\";\n");
    out += QStringLiteral("\t}\n");
}

// One file of `directory` at the exact path `path`, with its content type (independent of nginx's mime.types).
void appendFile(QString& out, const QString& path, const QString& directory, const QString& file, const QString& type)
{
    out += QStringLiteral("\tlocation = %1 {\n").arg(word(path));
    out += QStringLiteral("\t\talias %1;\n").arg(word(directory + QLatin1Char('/') + file));
    out += QStringLiteral("\t\ttypes { }\n\t\tdefault_type %1;\n\t}\n").arg(type);
}

// What mail clients and sending servers fetch (upstream's nginx-alldomains.conf): the Apple profile, Mozilla's
// autoconfig file at both of its paths, the MTA-STS policy.
void appendClientConfig(QString& out, const QString& directory)
{
    appendFile(out, QStringLiteral("/mailinabox.mobileconfig"), directory, QStringLiteral("mobileconfig.xml"),
               QStringLiteral("application/x-apple-aspen-config"));
    for (const char* path : {"/.well-known/autoconfig/mail/config-v1.1.xml", "/mail/config-v1.1.xml"})
        appendFile(out, QLatin1String(path), directory, QStringLiteral("mozilla-autoconfig.xml"),
                   QStringLiteral("text/xml"));
    appendFile(out, QStringLiteral("/.well-known/mta-sts.txt"), directory, QStringLiteral("mta-sts.txt"),
               QStringLiteral("text/plain"));
}

// The `listen` lines of a server on `port` (`suffix`: " ssl http2" or nothing).
void appendListen(QString& out, const Input& input, int port, const QString& suffix)
{
    if (input.listenAddress.isEmpty()) {
        out += QStringLiteral("\tlisten %1%2;\n\tlisten [::]:%1%2;\n").arg(port).arg(suffix);
        return;
    }
    QString address = input.listenAddress;
    if (address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('[')))
        address = QLatin1Char('[') + address + QLatin1Char(']');
    out += QStringLiteral("\tlisten %1:%2%3;\n").arg(address).arg(port).arg(suffix);
}

// A permanent redirect of every path to `domain` over HTTPS (with the port when it is not 443).
void appendHttpsRedirect(QString& out, const Input& input, const QString& domain)
{
    const QString authority =
        input.httpsPort == 443 ? domain : QStringLiteral("%1:%2").arg(domain).arg(input.httpsPort);
    out += QStringLiteral("\tlocation / {\n\t\treturn 301 https://%1$request_uri;\n\t}\n}\n\n").arg(word(authority));
}

void appendSite(QString& out, const Input& input, const Site& site)
{
    const QString name = word(site.domain);
    out += QStringLiteral("## %1\n\n").arg(site.domain);
    // Port 80: the ACME challenges, everything else to HTTPS.
    out += QStringLiteral("server {\n");
    appendListen(out, input, input.httpPort, QString());
    out += QStringLiteral("\tserver_name %1;\n").arg(name);
    appendAcme(out, input.acmeWebroot);
    appendHttpsRedirect(out, input, site.domain);

    out += QStringLiteral("server {\n");
    appendListen(out, input, input.httpsPort, QStringLiteral(" ssl http2"));
    out += QStringLiteral("\tserver_name %1;\n").arg(name);
    out += QStringLiteral("\tssl_certificate %1;\n").arg(word(site.certificatePath));
    out += QStringLiteral("\tssl_certificate_key %1;\n").arg(word(site.privateKeyPath));
    out += QStringLiteral("\t# ssl files sha1: %1\n").arg(QString::fromLatin1(site.filesSha1));
    appendAcme(out, input.acmeWebroot);
    if (site.redirect) {
        appendHttpsRedirect(out, input, site.domain.mid(4));
        return;
    }
    const SiteOptions& options = site.options;
    if (options.hsts == QLatin1String("yes"))
        out += QStringLiteral("\tadd_header Strict-Transport-Security \"max-age=15768000\" always;\n");
    else if (options.hsts == QLatin1String("preload"))
        out += QStringLiteral(
            "\tadd_header Strict-Transport-Security \"max-age=15768000; includeSubDomains; preload\" always;\n");
    out += QStringLiteral("\troot %1;\n\tindex index.html index.htm;\n").arg(word(site.root));
    const bool primary = site.domain == input.primaryHostname;
    if (!input.clientConfigDirectory.isEmpty() && (primary || !takesOverRoot(options)))
        appendClientConfig(out, input.clientConfigDirectory);
    if (primary)
        appendAdmin(out, input.agentUrl);
    for (const Proxy& proxy : options.proxies)
        appendProxy(out, proxy);
    for (const auto& alias : options.aliases)
        out += QStringLiteral("\tlocation %1 {\n\t\talias %2;\n\t}\n").arg(word(alias.first), word(alias.second));
    for (const auto& redirect : options.redirects)
        out += QStringLiteral("\trewrite %1 %2 permanent;\n").arg(word(redirect.first), word(redirect.second));
    if (!site.includeFile.isEmpty())
        out += QStringLiteral("\tinclude %1;\n").arg(word(site.includeFile));
    out += QStringLiteral("}\n\n");
}

} // namespace

QString word(const QString& value)
{
    bool safe = !value.isEmpty();
    for (const QChar c : value) {
        if (!isSafe(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return value;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

std::optional<QHash<QString, SiteOptions>> parseCustomYaml(const QByteArray& yaml, QString* error)
{
    QHash<QString, SiteOptions> out;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        *error = QStringLiteral("www/custom.yaml is not valid YAML: %1").arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (root.IsNull())
        return out;
    if (!root.IsMap()) {
        *error = QStringLiteral("www/custom.yaml is not a mapping of domains to options.");
        return std::nullopt;
    }
    for (const auto& entry : root) {
        const QString domain = str(entry.first);
        const YAML::Node& node = entry.second;
        if (!node.IsMap()) {
            *error = QStringLiteral("www/custom.yaml: the options of %1 are not a mapping.").arg(domain);
            return std::nullopt;
        }
        SiteOptions options;
        const auto pairs = [&](const char* key, QList<QPair<QString, QString>>* list) {
            const YAML::Node n = node[key];
            if (!n || n.IsNull())
                return true;
            if (!n.IsMap()) {
                *error = QStringLiteral("www/custom.yaml: %1 of %2 is not a mapping.").arg(QLatin1String(key), domain);
                return false;
            }
            for (const auto& p : n)
                list->append({str(p.first), str(p.second)});
            return true;
        };
        QList<QPair<QString, QString>> proxies;
        if (!pairs("proxies", &proxies) || !pairs("aliases", &options.aliases) ||
            !pairs("redirects", &options.redirects))
            return std::nullopt;
        for (const auto& p : proxies) {
            Proxy proxy;
            proxy.path = p.first;
            const qsizetype hash = p.second.indexOf(QLatin1Char('#'));
            proxy.url = hash < 0 ? p.second : p.second.left(hash);
            const QStringList flags =
                hash < 0 ? QStringList() : p.second.mid(hash + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            proxy.passHttpHost = flags.contains(QLatin1String("pass-http-host"));
            proxy.noProxyRedirect = flags.contains(QLatin1String("no-proxy-redirect"));
            proxy.frameOptionsSameOrigin = flags.contains(QLatin1String("frame-options-sameorigin"));
            proxy.webSockets = flags.contains(QLatin1String("web-sockets"));
            options.proxies.append(proxy);
        }
        if (const YAML::Node hsts = node["hsts"]; hsts && hsts.IsScalar())
            options.hsts = str(hsts);
        out.insert(domain, options);
    }
    return out;
}

bool takesOverRoot(const SiteOptions& options)
{
    for (const Proxy& proxy : options.proxies) {
        if (proxy.path == QLatin1String("/"))
            return true;
    }
    for (const auto& redirect : options.redirects) {
        if (redirect.first == QLatin1String("/"))
            return true;
    }
    return false;
}

QByteArray generate(const Input& input)
{
    QString out = QStringLiteral("# Generated by boxkeeper-agent (web update). Changes are overwritten.\n\n");
    for (const Site& site : input.sites)
        appendSite(out, input, site);
    return out.toUtf8();
}

} // namespace NginxConfig
