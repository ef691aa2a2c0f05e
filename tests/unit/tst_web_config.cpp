#include "web/NginxConfig.h"

#include <QtTest>

// The web update's nginx configuration (domain.md §10.3-10.4) as text: server blocks, certificates, the /admin
// location on the primary hostname only, www. redirects, custom.yaml proxies, aliases, redirects and HSTS.
class TestWebConfig : public QObject
{
    Q_OBJECT

private:
    static NginxConfig::Site site(const QString& domain)
    {
        NginxConfig::Site s;
        s.domain = domain;
        s.root = QStringLiteral("/data/www/default");
        s.certificatePath = QStringLiteral("/data/ssl/%1.pem").arg(domain);
        s.privateKeyPath = QStringLiteral("/data/ssl/key.pem");
        s.filesSha1 = "0123abcd";
        return s;
    }
    static NginxConfig::Input input(const QList<NginxConfig::Site>& sites)
    {
        NginxConfig::Input in;
        in.primaryHostname = QStringLiteral("box.example.com");
        in.acmeWebroot = QStringLiteral("/data/ssl/lets_encrypt/webroot");
        in.agentUrl = QStringLiteral("http://127.0.0.1:10222/");
        in.sites = sites;
        return in;
    }
    // The text of the HTTPS server block of `domain`.
    static QString httpsBlock(const QByteArray& config, const QString& domain)
    {
        const QString text = QString::fromUtf8(config);
        const QString start = QStringLiteral("server {\n\tlisten 443 ssl http2;\n\tlisten [::]:443 ssl http2;\n"
                                             "\tserver_name %1;\n")
                                  .arg(domain);
        const qsizetype at = text.indexOf(start);
        if (at < 0)
            return {};
        return text.mid(at, text.indexOf(QStringLiteral("\n}\n"), at) - at + 3);
    }

private slots:
    void primaryFirstWithAdminAndAcme()
    {
        const QByteArray config = NginxConfig::generate(
            input({site(QStringLiteral("box.example.com")), site(QStringLiteral("example.com"))}));
        QVERIFY(config.indexOf("## box.example.com") < config.indexOf("## example.com"));
        const QString primary = httpsBlock(config, QStringLiteral("box.example.com"));
        QVERIFY2(primary.contains(QStringLiteral("\tssl_certificate /data/ssl/box.example.com.pem;\n")),
                 qPrintable(primary));
        QVERIFY(primary.contains(QStringLiteral("\tssl_certificate_key /data/ssl/key.pem;\n")));
        QVERIFY(primary.contains(QStringLiteral("\t# ssl files sha1: 0123abcd\n")));
        QVERIFY(primary.contains(QStringLiteral("\tlocation /admin/ {\n\t\tproxy_pass http://127.0.0.1:10222/;\n")));
        QVERIFY(primary.contains(QStringLiteral("max-age=15768000\" always;")));
        QVERIFY(primary.contains(QStringLiteral("\troot /data/www/default;\n")));
        const QString other = httpsBlock(config, QStringLiteral("example.com"));
        QVERIFY(!other.isEmpty());
        QVERIFY(!other.contains(QStringLiteral("/admin")));
        // Port 80: ACME challenges from the webroot, the rest to HTTPS.
        QVERIFY(config.contains("\tlocation /.well-known/acme-challenge/ {\n"
                                "\t\talias /data/ssl/lets_encrypt/webroot/.well-known/acme-challenge/;\n\t}\n"
                                "\tlocation / {\n\t\treturn 301 https://example.com$request_uri;\n\t}\n"));
    }

    void listenAddressesAndPorts()
    {
        NginxConfig::Site www = site(QStringLiteral("www.example.com"));
        www.redirect = true;
        NginxConfig::Input in = input({site(QStringLiteral("box.example.com")), www});
        // Defaults: every IPv4 and IPv6 address on 80 and 443, redirects without a port.
        QByteArray config = NginxConfig::generate(in);
        QCOMPARE(config.count("\tlisten 80;\n\tlisten [::]:80;\n\tserver_name "), qsizetype(2));
        QCOMPARE(config.count("\tlisten 443 ssl http2;\n\tlisten [::]:443 ssl http2;\n\tserver_name "), qsizetype(2));
        QCOMPARE(config.count("\tlisten "), qsizetype(8));
        QVERIFY(config.contains("return 301 https://box.example.com$request_uri;"));

        // One address: one line per server; the HTTPS port in every redirect to HTTPS.
        in.listenAddress = QStringLiteral("127.0.0.1");
        in.httpPort = 8080;
        in.httpsPort = 8443;
        in.agentUrl = QStringLiteral("http://127.0.0.1:4321/");
        config = NginxConfig::generate(in);
        QCOMPARE(config.count("\tlisten 127.0.0.1:8080;\n\tserver_name "), qsizetype(2));
        QCOMPARE(config.count("\tlisten 127.0.0.1:8443 ssl http2;\n\tserver_name "), qsizetype(2));
        QCOMPARE(config.count("\tlisten "), qsizetype(4));
        QVERIFY(!config.contains("[::]"));
        QVERIFY(config.contains("\tlocation / {\n\t\treturn 301 https://box.example.com:8443$request_uri;\n"));
        QVERIFY(config.contains("\tlocation / {\n\t\treturn 301 https://www.example.com:8443$request_uri;\n"));
        QVERIFY(config.contains("\tlocation / {\n\t\treturn 301 https://example.com:8443$request_uri;\n"));
        QVERIFY(config.contains("\tlocation /admin/ {\n\t\tproxy_pass http://127.0.0.1:4321/;\n"));

        // An IPv6 address gets its brackets.
        in.listenAddress = QStringLiteral("::1");
        config = NginxConfig::generate(in);
        QCOMPARE(config.count("\tlisten [::1]:8080;\n"), qsizetype(2));
        QCOMPARE(config.count("\tlisten [::1]:8443 ssl http2;\n"), qsizetype(2));
    }

    void wwwRedirects()
    {
        NginxConfig::Site www = site(QStringLiteral("www.example.com"));
        www.redirect = true;
        const QByteArray config = NginxConfig::generate(input({site(QStringLiteral("box.example.com")), www}));
        const QString block = httpsBlock(config, QStringLiteral("www.example.com"));
        QVERIFY2(block.contains(QStringLiteral("\tlocation / {\n\t\treturn 301 https://example.com$request_uri;\n")),
                 qPrintable(block));
        QVERIFY(!block.contains(QStringLiteral("root ")));
    }

    void customYaml()
    {
        QString error;
        const auto custom = NginxConfig::parseCustomYaml(
            "example.com:\n"
            "  proxies:\n"
            "    /app/: http://127.0.0.1:8080/#pass-http-host,web-sockets\n"
            "    /: https://upstream.example.net/#no-proxy-redirect,frame-options-sameorigin\n"
            "  aliases:\n"
            "    /files/: /srv/my files/\n"
            "  redirects:\n"
            "    ^/old/(.*)$: https://example.org/$1\n"
            "  hsts: preload\n"
            "other.example.com:\n"
            "  hsts: off\n",
            &error);
        QVERIFY2(custom, qPrintable(error));
        const NginxConfig::SiteOptions options = custom->value(QStringLiteral("example.com"));
        QCOMPARE(options.proxies.size(), 2);
        QCOMPARE(options.proxies[0].url, QStringLiteral("http://127.0.0.1:8080/"));
        QVERIFY(options.proxies[0].passHttpHost && options.proxies[0].webSockets);
        QVERIFY(!options.proxies[0].noProxyRedirect && !options.proxies[0].frameOptionsSameOrigin);
        QVERIFY(options.proxies[1].noProxyRedirect && options.proxies[1].frameOptionsSameOrigin);
        QVERIFY(NginxConfig::takesOverRoot(options));
        QVERIFY(!NginxConfig::takesOverRoot(custom->value(QStringLiteral("other.example.com"))));

        NginxConfig::Site s = site(QStringLiteral("example.com"));
        s.options = options;
        NginxConfig::Site o = site(QStringLiteral("other.example.com"));
        o.options = custom->value(QStringLiteral("other.example.com"));
        const QByteArray config = NginxConfig::generate(input({site(QStringLiteral("box.example.com")), s, o}));
        const QString block = httpsBlock(config, QStringLiteral("example.com"));
        QVERIFY2(block.contains(QStringLiteral("\tlocation /app/ {\n\t\tproxy_pass http://127.0.0.1:8080/;\n"
                                               "\t\tproxy_redirect default;\n"
                                               "\t\tproxy_set_header Host $http_host;\n"
                                               "\t\tproxy_http_version 1.1;\n")),
                 qPrintable(block));
        QVERIFY(block.contains(QStringLiteral("\tlocation / {\n\t\tproxy_pass https://upstream.example.net/;\n"
                                              "\t\tproxy_redirect off;\n"
                                              "\t\tadd_header X-Frame-Options SAMEORIGIN;\n")));
        QVERIFY(block.contains(QStringLiteral("\tlocation /files/ {\n\t\talias \"/srv/my files/\";\n\t}\n")));
        QVERIFY(block.contains(QStringLiteral("\trewrite ^/old/(.*)$ https://example.org/$1 permanent;\n")));
        QVERIFY(block.contains(QStringLiteral("max-age=15768000; includeSubDomains; preload\" always;")));
        QVERIFY(!httpsBlock(config, QStringLiteral("other.example.com")).contains(QStringLiteral("Strict-Transport")));
    }

    void includeFile()
    {
        NginxConfig::Site s = site(QStringLiteral("example.com"));
        s.includeFile = QStringLiteral("/data/www/example.com.conf");
        const QByteArray config = NginxConfig::generate(input({site(QStringLiteral("box.example.com")), s}));
        QVERIFY(httpsBlock(config, QStringLiteral("example.com"))
                    .contains(QStringLiteral("\tinclude /data/www/example.com.conf;\n}")));
    }

    void badCustomYaml()
    {
        QString error;
        QVERIFY(!NginxConfig::parseCustomYaml("- a list\n", &error));
        QVERIFY(error.contains(QStringLiteral("not a mapping")));
        QVERIFY(!NginxConfig::parseCustomYaml("example.com: [1, 2]\n", &error));
        QVERIFY(!NginxConfig::parseCustomYaml("example.com: {proxies: [a]}\n", &error));
        QVERIFY(!NginxConfig::parseCustomYaml("a: {b: c\n", &error));
        QVERIFY(error.contains(QStringLiteral("not valid YAML")));
        QVERIFY(NginxConfig::parseCustomYaml("", &error)->isEmpty());
    }

    void words()
    {
        QCOMPARE(NginxConfig::word(QStringLiteral("/a/b-c_d.e")), QStringLiteral("/a/b-c_d.e"));
        QCOMPARE(NginxConfig::word(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(NginxConfig::word(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
        QCOMPARE(NginxConfig::word(QStringLiteral("a\"b\\")), QStringLiteral("\"a\\\"b\\\\\""));
        QCOMPARE(NginxConfig::word(QStringLiteral("x#y")), QStringLiteral("\"x#y\""));
        QCOMPARE(NginxConfig::word(QStringLiteral("^/a{2}")), QStringLiteral("\"^/a{2}\""));
        QCOMPARE(NginxConfig::word(QString()), QStringLiteral("\"\""));
    }
};

QTEST_GUILESS_MAIN(TestWebConfig)
#include "tst_web_config.moc"
