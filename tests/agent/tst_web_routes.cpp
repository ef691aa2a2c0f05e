#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestPki.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

// The /admin/web/* routes of api.md §9.1-9.2 on a live agent over HTTPS (demo box: SYSTEM_ROOT in it, so the
// update checks with nginx only when NGINX_TEST_CONFIG is set and never reloads).
class TestWebRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    const QByteArray m_html = "text/html; charset=utf-8";
    const QByteArray m_json = "application/json";

    QString www(const QString& relative) const { return m_agent.storageRoot() + QStringLiteral("/www/") + relative; }
    QString localConf() const { return m_agent.dir() + QStringLiteral("/system/etc/nginx/conf.d/local.conf"); }

    QString clientFile(const QString& name) const
    {
        return m_agent.dir() + QStringLiteral("/system/var/lib/mailinabox/") + name;
    }
    static bool wellFormed(const QByteArray& text)
    {
        QXmlStreamReader xml(text);
        while (!xml.atEnd())
            xml.readNext();
        return !xml.hasError();
    }

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply get(const QString& path) { return m_http->get(m_agent.url(path), admin()); }
    TestHttp::Reply post(const QString& path) { return m_http->postForm(m_agent.url(path), {}, admin()); }

    QJsonArray domains()
    {
        const auto r = get("/web/domains");
        if (r.status != 200)
            return {};
        return QJsonDocument::fromJson(r.body).array();
    }
    QJsonObject entry(const QJsonArray& list, const QString& domain)
    {
        for (const QJsonValue& v : list) {
            if (v.toObject().value(QStringLiteral("domain")).toString() == domain)
                return v.toObject();
        }
        return {};
    }

    bool restartWith(const QByteArray& key, const QByteArray& value, QString* error)
    {
        if (!m_agent.restartWith(key, value, error))
            return false;
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
    }

    void cleanupTestCase() { m_agent.stop(); }

    void administratorsOnly()
    {
        QCOMPARE(m_http->request("GET", m_agent.url("/web/domains")).status, 401);
        QCOMPARE(m_http->request("POST", m_agent.url("/web/update")).status, 401);
        QVERIFY(!QFile::exists(localConf()));
        QCOMPARE(post("/web/domains").status, 405);
        QCOMPARE(get("/web/update").status, 405);
    }

    void listsWebDomains()
    {
        const auto r = get("/web/domains");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_json);
        const QJsonArray list = QJsonDocument::fromJson(r.body).array();
        QVERIFY2(!list.isEmpty(), r.body.constData());

        // The same domains, in the same order, as the TLS module's status (its web domains).
        const auto ssl = get("/ssl/status");
        QCOMPARE(ssl.status, 200);
        QStringList tlsDomains;
        for (const QJsonValue& v : QJsonDocument::fromJson(ssl.body).object().value("status").toArray()) {
            if (v.toObject().value("status").toString() != QLatin1String("not-applicable"))
                tlsDomains.append(v.toObject().value("domain").toString());
        }
        QStringList webDomains;
        for (const QJsonValue& v : list)
            webDomains.append(v.toObject().value("domain").toString());
        QCOMPARE(webDomains, tlsDomains);

        const QJsonObject primary = entry(list, QStringLiteral("box.example.com"));
        QCOMPARE(primary.keys(), (QStringList{"custom_root", "domain", "root", "ssl_certificate", "static_enabled"}));
        QCOMPARE(primary.value("custom_root").toString(), www("box.example.com"));
        QCOMPARE(primary.value("root").toString(), www("default"));
        QCOMPARE(primary.value("static_enabled").toBool(), true);
        QCOMPARE(primary.value("ssl_certificate").toArray(),
                 (QJsonArray{"warning", "Self-signed. Get a signed certificate to stop warnings."}));
        QVERIFY(r.body.contains("\"ssl_certificate\": [\n      \"warning\",\n"));

        // The www. names redirect: no static site.
        const QJsonObject redirect = entry(list, QStringLiteral("www.example.com"));
        QCOMPARE(redirect.value("domain").toString(), QStringLiteral("www.example.com"));
        QCOMPARE(redirect.value("static_enabled").toBool(), false);
        QCOMPARE(entry(list, QStringLiteral("example.com")).value("ssl_certificate").toArray(),
                 (QJsonArray{"danger", "No certificate installed."}));
    }

    void rootsFollowFiles()
    {
        QVERIFY(QDir().mkpath(www("example.com")));
        QVERIFY(TestFiles::write(www("custom.yaml"), "example.com:\n  proxies:\n    /: http://127.0.0.1:8080/\n"));
        const QJsonObject site = entry(domains(), QStringLiteral("example.com"));
        QCOMPARE(site.value("root").toString(), www("example.com"));
        QCOMPARE(site.value("custom_root").toString(), www("example.com"));
        QCOMPARE(site.value("static_enabled").toBool(), false);

        QVERIFY(TestFiles::write(www("custom.yaml"), "- not a mapping\n"));
        const auto bad = get("/web/domains");
        QCOMPARE(bad.status, 500);
        QCOMPARE(bad.body, QByteArray("www/custom.yaml is not a mapping of domains to options."));
        QVERIFY(QFile::remove(www("custom.yaml")));
        QVERIFY(QDir(www("example.com")).removeRecursively());
    }

    void update()
    {
        const auto r = post("/web/update");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("web updated\n"));
        const QByteArray conf = TestFiles::read(localConf());
        QVERIFY(conf.contains("\tserver_name box.example.com;\n"));
        QVERIFY(conf.contains("\tlocation /admin/ {\n\t\tproxy_pass http://127.0.0.1:10222/;\n"));

        const auto again = post("/web/update");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Content-Type"), m_html);
        QCOMPARE(again.body, QByteArray());
    }

    // The certificate choice is reused while ssl/ is unchanged: a new certificate file, and a certificate file
    // written again, are in the next update.
    void certificateChangesAreSeen()
    {
        QCOMPARE(post("/web/update").body, QByteArray());
        const QString ssl = m_agent.storageRoot() + QStringLiteral("/ssl/");
        const QByteArray key = TestFiles::read(ssl + QStringLiteral("ssl_private_key.pem"));
        TestPki::Spec spec;
        spec.commonName = QStringLiteral("example.com");
        spec.dnsNames = QStringList{QStringLiteral("example.com")};
        const QString path = ssl + QStringLiteral("example.com-test.pem");
        QVERIFY(TestFiles::write(path, TestPki::certificate(spec, key, {}, key)));
        QCOMPARE(post("/web/update").body, QByteArray("web updated\n"));
        QByteArray conf = TestFiles::read(localConf());
        const qsizetype at = conf.indexOf("\tserver_name example.com;\n\tssl_certificate ");
        QVERIFY(at > 0);
        QVERIFY2(conf.mid(at).startsWith("\tserver_name example.com;\n\tssl_certificate " + path.toUtf8() + ";\n"),
                 conf.mid(at, 200).constData());
        const QByteArray sha1Line = conf.mid(conf.indexOf("# ssl files sha1:", at), 60);

        spec.notAfter = spec.notAfter.addDays(-1); // another certificate in the same file
        QVERIFY(TestFiles::write(path, TestPki::certificate(spec, key, {}, key)));
        QCOMPARE(post("/web/update").body, QByteArray("web updated\n"));
        conf = TestFiles::read(localConf());
        QVERIFY(conf.mid(conf.indexOf("# ssl files sha1:", at), 60) != sha1Line);

        QVERIFY(QFile::remove(path));
        QCOMPARE(post("/web/update").body, QByteArray("web updated\n"));
        QVERIFY(!TestFiles::read(localConf()).contains(path.toUtf8()));
    }

    // The mail clients' files (issue: where setup did not make them, as on this demo box): written by the update
    // with the box's hostname, served from their place; an existing file is never replaced.
    void mailClientFiles()
    {
        const QString profile = clientFile(QStringLiteral("mobileconfig.xml"));
        const QString autoconfig = clientFile(QStringLiteral("mozilla-autoconfig.xml"));
        const QByteArray profileText = TestFiles::read(profile);
        const QByteArray autoconfigText = TestFiles::read(autoconfig);
        QVERIFY2(profileText.contains("<string>box.example.com</string>"), profileText.constData());
        QVERIFY(profileText.contains("<key>IncomingMailServerPortNumber</key>"));
        QVERIFY(wellFormed(profileText));
        QVERIFY2(autoconfigText.contains("<emailProvider id=\"box.example.com\">"), autoconfigText.constData());
        QVERIFY(wellFormed(autoconfigText));
        // The MTA-STS policy with the demo box's MTA_STS_MODE.
        QCOMPARE(TestFiles::read(clientFile(QStringLiteral("mta-sts.txt"))),
                 QByteArray("version: STSv1\nmode: enforce\nmx: box.example.com\nmax_age: 604800\n"));
        QCOMPARE(QFileInfo(profile).permissions() & QFile::ReadOther, QFile::ReadOther);
        const QByteArray conf = TestFiles::read(localConf());
        QVERIFY(conf.contains("\t\talias " + profile.toUtf8() + ";\n"));
        QVERIFY(conf.contains("\t\talias " + autoconfig.toUtf8() + ";\n"));

        // Nothing changed: the files stay as they are (new UUIDs would make devices see a new profile).
        QCOMPARE(post("/web/update").body, QByteArray());
        QCOMPARE(TestFiles::read(profile), profileText);
        QCOMPARE(TestFiles::read(autoconfig), autoconfigText);

        // A box's own profile is kept byte for byte; only the missing file is written.
        const QByteArray own = "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict/></plist>\n<!-- setup's -->\n";
        QVERIFY(TestFiles::write(profile, own));
        QVERIFY(QFile::remove(autoconfig));
        const auto r = post("/web/update");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        QCOMPARE(TestFiles::read(profile), own);
        QCOMPARE(TestFiles::read(autoconfig), autoconfigText);
    }

    void listenKeys()
    {
        QString error;
        QVERIFY2(restartWith("WEB_HTTPS_PORT", "44x", &error), qPrintable(error));
        auto r = post("/web/update");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("WEB_HTTPS_PORT in the box's configuration is not a port number."));
        QVERIFY2(restartWith("WEB_HTTPS_PORT", "8443", &error), qPrintable(error));
        QVERIFY2(restartWith("WEB_LISTEN_ADDRESS", "box.example.com", &error), qPrintable(error));
        r = post("/web/update");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("WEB_LISTEN_ADDRESS in the box's configuration is not an IP address."));
        QVERIFY2(restartWith("WEB_LISTEN_ADDRESS", "127.0.0.1", &error), qPrintable(error));
        QVERIFY2(restartWith("AGENT_URL", "http://127.0.0.1:4321/", &error), qPrintable(error));
        r = post("/web/update");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("web updated\n"));
        const QByteArray conf = TestFiles::read(localConf());
        QVERIFY(conf.contains("\tlisten 127.0.0.1:80;\n\tserver_name box.example.com;\n"));
        QVERIFY(conf.contains("\tlisten 127.0.0.1:8443 ssl http2;\n\tserver_name box.example.com;\n"));
        QVERIFY(conf.contains("\tlocation /admin/ {\n\t\tproxy_pass http://127.0.0.1:4321/;\n"));
        QVERIFY(!conf.contains("[::]"));
    }

    void refusedUpdateKeepsOldFile()
    {
        // A stand-in nginx that refuses every configuration as nginx -t does.
        const QString nginx = m_tmp.path() + QStringLiteral("/nginx");
        QVERIFY(TestFiles::write(nginx, "#!/bin/sh\necho \"nginx: [emerg] stand-in refuses: $*\" >&2\nexit 1\n"));
        QVERIFY(QFile::setPermissions(nginx, QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        QVERIFY2(restartWith("NGINX", nginx.toUtf8(), &error), qPrintable(error));
        QVERIFY2(restartWith("NGINX_TEST_CONFIG", "/test/nginx.conf", &error), qPrintable(error));

        const QByteArray before = TestFiles::read(localConf());
        QVERIFY(TestFiles::write(www("example.com.conf"), "add_header X-Test yes;\n"));
        const auto r = post("/web/update");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("nginx rejected the new configuration, the old one was kept: stand-in refuses: "
                                    "-t -q -e stderr -c /test/nginx.conf"));
        QCOMPARE(TestFiles::read(localConf()), before);
    }
};

QTEST_GUILESS_MAIN(TestWebRoutes)
#include "tst_web_routes.moc"
