#include "web/MailClientConfig.h"
#include "web/NginxConfig.h"

#include <QXmlStreamReader>
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

    // The <key>/value pairs of a plist in document order (true/false as "true"/"false"); empty when the text is not
    // well-formed XML.
    static QList<QPair<QString, QString>> plistPairs(const QByteArray& text)
    {
        QList<QPair<QString, QString>> out;
        QXmlStreamReader xml(text);
        QString pendingKey;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == QLatin1String("key")) {
                pendingKey = xml.readElementText();
            } else if (!pendingKey.isEmpty() && name != QLatin1String("array") && name != QLatin1String("dict")) {
                const bool flag = name == QLatin1String("true") || name == QLatin1String("false");
                const QString text = xml.readElementText();
                out.append({pendingKey, flag ? name : text});
                pendingKey.clear();
            } else {
                pendingKey.clear();
            }
        }
        if (xml.hasError())
            return {};
        return out;
    }
    static QStringList valuesOf(const QList<QPair<QString, QString>>& pairs, const QString& key)
    {
        QStringList out;
        for (const auto& p : pairs) {
            if (p.first == key)
                out.append(p.second);
        }
        return out;
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

    void clientConfigLocations()
    {
        NginxConfig::Site www = site(QStringLiteral("www.example.com"));
        www.redirect = true;
        NginxConfig::Site proxied = site(QStringLiteral("app.example.com"));
        proxied.options.proxies.append({QStringLiteral("/"), QStringLiteral("http://127.0.0.1:8080/")});
        NginxConfig::Input in = input({site(QStringLiteral("box.example.com")), site(QStringLiteral("example.com")),
                                       site(QStringLiteral("autoconfig.example.com")), www, proxied});
        in.clientConfigDirectory = QStringLiteral("/var/lib/mailinabox");
        const QByteArray config = NginxConfig::generate(in);
        const QString profile =
            QStringLiteral("\tlocation = /mailinabox.mobileconfig {\n"
                           "\t\talias /var/lib/mailinabox/mobileconfig.xml;\n"
                           "\t\ttypes { }\n\t\tdefault_type application/x-apple-aspen-config;\n\t}\n");
        const QString autoconfig = QStringLiteral("\tlocation = /.well-known/autoconfig/mail/config-v1.1.xml {\n"
                                                  "\t\talias /var/lib/mailinabox/mozilla-autoconfig.xml;\n"
                                                  "\t\ttypes { }\n\t\tdefault_type text/xml;\n\t}\n"
                                                  "\tlocation = /mail/config-v1.1.xml {\n"
                                                  "\t\talias /var/lib/mailinabox/mozilla-autoconfig.xml;\n");
        const QString policy = QStringLiteral("\tlocation = /.well-known/mta-sts.txt {\n"
                                              "\t\talias /var/lib/mailinabox/mta-sts.txt;\n");
        // As upstream: every site that serves static files, the primary hostname always; not the redirects and
        // not a site whose `/` is proxied.
        for (const char* domain : {"box.example.com", "example.com", "autoconfig.example.com"}) {
            const QString block = httpsBlock(config, QLatin1String(domain));
            QVERIFY2(block.contains(profile) && block.contains(autoconfig) && block.contains(policy),
                     qPrintable(block));
        }
        for (const char* domain : {"www.example.com", "app.example.com"})
            QVERIFY(!httpsBlock(config, QLatin1String(domain)).contains(QStringLiteral("mobileconfig")));
        // Not on port 80.
        QCOMPARE(config.count("location = /mailinabox.mobileconfig"), qsizetype(3));
    }

    void appleProfile()
    {
        const QStringList uuids = MailClientConfig::newProfileUuids();
        QCOMPARE(uuids.size(), 4);
        QCOMPARE(QSet<QString>(uuids.begin(), uuids.end()).size(), 4);
        QVERIFY(!QUuid::fromString(uuids.first()).isNull());
        const QByteArray text = MailClientConfig::appleProfile(QStringLiteral("box.example.com"), uuids);
        QVERIFY(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC"));
        const auto pairs = plistPairs(text);
        QVERIFY2(!pairs.isEmpty(), text.constData());
        QCOMPARE(valuesOf(pairs, "PayloadUUID"), uuids);
        QCOMPARE(valuesOf(pairs, "EmailAccountType"), QStringList{"EmailTypeIMAP"});
        QCOMPARE(valuesOf(pairs, "IncomingMailServerHostName"), QStringList{"box.example.com"});
        QCOMPARE(valuesOf(pairs, "IncomingMailServerPortNumber"), QStringList{"993"});
        QCOMPARE(valuesOf(pairs, "IncomingMailServerUseSSL"), QStringList{"true"});
        QCOMPARE(valuesOf(pairs, "OutgoingMailServerHostName"), QStringList{"box.example.com"});
        QCOMPARE(valuesOf(pairs, "OutgoingMailServerPortNumber"), QStringList{"465"});
        QCOMPARE(valuesOf(pairs, "OutgoingMailServerUseSSL"), QStringList{"true"});
        QCOMPARE(valuesOf(pairs, "OutgoingPasswordSameAsIncomingPassword"), QStringList{"true"});
        QCOMPARE(valuesOf(pairs, "PayloadType"), (QStringList{"com.apple.caldav.account", "com.apple.mail.managed",
                                                              "com.apple.carddav.account", "Configuration"}));
        QCOMPARE(valuesOf(pairs, "PayloadIdentifier").last(),
                 QStringLiteral("email.mailinabox.mobileconfig.box.example.com"));
        QCOMPARE(valuesOf(pairs, "CardDAVHostName"), QStringList{"box.example.com"});
        // Fresh UUIDs each time.
        QVERIFY(MailClientConfig::newProfileUuids() != uuids);
    }

    void mtaStsPolicy()
    {
        QCOMPARE(MailClientConfig::mtaStsPolicy(QStringLiteral("testing"), QStringLiteral("bäck.example.com")),
                 QByteArray("version: STSv1\nmode: testing\nmx: xn--bck-qla.example.com\nmax_age: 604800\n"));
    }

    void mozillaAutoconfig()
    {
        const QByteArray text = MailClientConfig::mozillaAutoconfig(QStringLiteral("box.example.com"));
        QXmlStreamReader xml(text);
        QStringList servers;
        QString provider;
        QString version;
        QString current;
        QStringList fields;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString name = xml.name().toString();
                if (name == QLatin1String("clientConfig"))
                    version = xml.attributes().value("version").toString();
                else if (name == QLatin1String("emailProvider"))
                    provider = xml.attributes().value("id").toString();
                else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer"))
                    current = xml.attributes().value("type").toString();
                else if (!current.isEmpty())
                    fields.append(name + QLatin1Char('=') + xml.readElementText());
            } else if (xml.isEndElement() && (xml.name() == QLatin1String("incomingServer") ||
                                              xml.name() == QLatin1String("outgoingServer"))) {
                servers.append(current + QLatin1Char(' ') + fields.join(QLatin1Char(' ')));
                current.clear();
                fields.clear();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(version, QStringLiteral("1.1"));
        QCOMPARE(provider, QStringLiteral("box.example.com"));
        const QString common =
            QStringLiteral("socketType=SSL username=%EMAILADDRESS% authentication=password-cleartext");
        QCOMPARE(servers, (QStringList{"imap hostname=box.example.com port=993 " + common,
                                       "pop3 hostname=box.example.com port=995 " + common,
                                       "smtp hostname=box.example.com port=465 " + common +
                                           " addThisServer=true useGlobalPreferredServer=false"}));
        QVERIFY(text.contains("<clientConfigUpdate url=\"https://box.example.com/.well-known/autoconfig/mail/"
                              "config-v1.1.xml\"/>"));
        // A name is escaped, not pasted: the file stays well-formed.
        QXmlStreamReader odd(MailClientConfig::mozillaAutoconfig(QStringLiteral("a<b&c")));
        while (!odd.atEnd())
            odd.readNext();
        QVERIFY(!odd.hasError());
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
