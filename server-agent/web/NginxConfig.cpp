#include "NginxConfig.h"

#include "box/PyYaml.h"

#include <cstring>

namespace NginxConfig {

namespace {

bool isSafe(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return c.isLetterOrNumber();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           (u != 0 && std::strchr("/._-~:^$*+?()[]|=&%@!,", char(u)) != nullptr);
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

QString acmeBlock(const QString& webroot)
{
    return QStringLiteral("\tlocation /.well-known/acme-challenge/ {\n\t\talias %1;\n\t}\n")
        .arg(word(webroot + QStringLiteral("/.well-known/acme-challenge/")));
}

QString adminBlock(const QString& agentUrl)
{
    QString out = QStringLiteral("\tlocation = /admin {\n\t\trewrite ^ /admin/ last;\n\t}\n");
    out += QStringLiteral("\tlocation /admin/ {\n");
    out += QStringLiteral("\t\tproxy_pass %1;\n").arg(word(agentUrl));
    out += QStringLiteral("\t\tproxy_set_header X-Forwarded-For $remote_addr;\n");
    out += QStringLiteral("\t\tadd_header X-Frame-Options \"DENY\";\n");
    out += QStringLiteral("\t\tadd_header X-Content-Type-Options nosniff;\n");
    out += QStringLiteral("\t\tadd_header Content-Security-Policy \"frame-ancestors 'none';\";\n");
    out += QStringLiteral("\t}\n");
    return out;
}

// One file of `directory` at the exact path `path`, with its content type (independent of nginx's mime.types).
QString fileBlock(const QString& path, const QString& directory, const QString& file, const QString& type)
{
    return QStringLiteral("\tlocation = %1 {\n\t\talias %2;\n\t\ttypes { }\n\t\tdefault_type %3;\n\t}\n")
        .arg(word(path), word(directory + QLatin1Char('/') + file), type);
}

// What mail clients and sending servers fetch (upstream's nginx-alldomains.conf): the Apple profile, Mozilla's
// autoconfig file at both of its paths, the MTA-STS policy.
QString clientConfigBlock(const QString& directory)
{
    if (directory.isEmpty())
        return {};
    QString out = fileBlock(QStringLiteral("/mailinabox.mobileconfig"), directory, QStringLiteral("mobileconfig.xml"),
                            QStringLiteral("application/x-apple-aspen-config"));
    for (const char* path : {"/.well-known/autoconfig/mail/config-v1.1.xml", "/mail/config-v1.1.xml"})
        out += fileBlock(QLatin1String(path), directory, QStringLiteral("mozilla-autoconfig.xml"),
                         QStringLiteral("text/xml"));
    out += fileBlock(QStringLiteral("/.well-known/mta-sts.txt"), directory, QStringLiteral("mta-sts.txt"),
                     QStringLiteral("text/plain"));
    return out;
}

// The `listen` lines of a server on `port` (`suffix`: " ssl http2" or nothing).
QString listenLines(const Input& input, int port, const QString& suffix)
{
    if (input.listenAddress.isEmpty())
        return QStringLiteral("\tlisten %1%2;\n\tlisten [::]:%1%2;\n").arg(port).arg(suffix);
    QString address = input.listenAddress;
    if (address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('[')))
        address = QLatin1Char('[') + address + QLatin1Char(']');
    return QStringLiteral("\tlisten %1:%2%3;\n").arg(address).arg(port).arg(suffix);
}

// The text every site shares, made once per configuration (UTF-8).
struct Shared
{
    QByteArray httpListen;
    QByteArray httpsListen;
    QString httpsPort; // ":8443", or empty for 443
    QByteArray acme;
    QByteArray clientConfig;
    QByteArray admin;

    explicit Shared(const Input& input)
        : httpListen(listenLines(input, input.httpPort, QString()).toUtf8())
        , httpsListen(listenLines(input, input.httpsPort, QStringLiteral(" ssl http2")).toUtf8())
        , httpsPort(input.httpsPort == 443 ? QString() : QLatin1Char(':') + QString::number(input.httpsPort))
        , acme(acmeBlock(input.acmeWebroot).toUtf8())
        , clientConfig(clientConfigBlock(input.clientConfigDirectory).toUtf8())
        , admin(adminBlock(input.agentUrl).toUtf8())
    { }
};

// A permanent redirect of every path to `domain` over HTTPS (with the port when it is not 443), ending the server.
void appendHttpsRedirect(QByteArray& out, const Shared& shared, const QString& domain)
{
    out += "\tlocation / {\n\t\treturn 301 https://";
    out += word(domain + shared.httpsPort).toUtf8();
    out += "$request_uri;\n\t}\n}\n\n";
}

void appendSite(QByteArray& out, const Input& input, const Shared& shared, const Site& site)
{
    const QByteArray name = word(site.domain).toUtf8();
    out += "## ";
    out += site.domain.toUtf8();
    out += "\n\n";
    // Port 80: the ACME challenges, everything else to HTTPS.
    out += "server {\n";
    out += shared.httpListen;
    out += "\tserver_name ";
    out += name;
    out += ";\n";
    out += shared.acme;
    appendHttpsRedirect(out, shared, site.domain);

    out += "server {\n";
    out += shared.httpsListen;
    out += "\tserver_name ";
    out += name;
    out += ";\n\tssl_certificate ";
    out += word(site.certificatePath).toUtf8();
    out += ";\n\tssl_certificate_key ";
    out += word(site.privateKeyPath).toUtf8();
    out += ";\n\t# ssl files sha1: ";
    out += site.filesSha1;
    out += '\n';
    out += shared.acme;
    if (site.redirect) {
        appendHttpsRedirect(out, shared, site.domain.mid(4));
        return;
    }
    const SiteOptions& options = site.options;
    if (options.hsts == QLatin1String("yes"))
        out += "\tadd_header Strict-Transport-Security \"max-age=15768000\" always;\n";
    else if (options.hsts == QLatin1String("preload"))
        out += "\tadd_header Strict-Transport-Security \"max-age=15768000; includeSubDomains; preload\" always;\n";
    out += "\troot ";
    out += word(site.root).toUtf8();
    out += ";\n\tindex index.html index.htm;\n";
    const bool primary = site.domain == input.primaryHostname;
    if (primary || !takesOverRoot(options))
        out += shared.clientConfig;
    if (primary)
        out += shared.admin;
    QString custom;
    for (const Proxy& proxy : options.proxies)
        appendProxy(custom, proxy);
    for (const auto& alias : options.aliases)
        custom += QStringLiteral("\tlocation %1 {\n\t\talias %2;\n\t}\n").arg(word(alias.first), word(alias.second));
    for (const auto& redirect : options.redirects)
        custom += QStringLiteral("\trewrite %1 %2 permanent;\n").arg(word(redirect.first), word(redirect.second));
    if (!site.includeFile.isEmpty())
        custom += QLatin1String("\tinclude ") + word(site.includeFile) + QLatin1String(";\n");
    out += custom.toUtf8();
    out += "}\n\n";
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
    const std::optional<YAML::Node> parsed = PyYaml::load(yaml, QStringLiteral("www/custom.yaml"), error);
    if (!parsed)
        return std::nullopt;
    const YAML::Node& root = *parsed;
    if (root.IsNull())
        return out;
    if (!root.IsMap()) {
        *error = QStringLiteral("www/custom.yaml is not a mapping of domains to options.");
        return std::nullopt;
    }
    for (const auto& entry : root) {
        const QString domain = PyYaml::text(entry.first);
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
                list->append({PyYaml::text(p.first), PyYaml::text(p.second)});
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
            options.hsts = PyYaml::text(hsts);
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
    const Shared shared(input);
    QByteArray out = "# Generated by boxkeeper-agent (web update). Changes are overwritten.\n\n";
    // About the size of a site without options, so that the text grows in few steps.
    out.reserve(out.size() + input.sites.size() * (1200 + shared.clientConfig.size() + 2 * shared.acme.size()));
    for (const Site& site : input.sites)
        appendSite(out, input, shared, site);
    return out;
}

} // namespace NginxConfig
