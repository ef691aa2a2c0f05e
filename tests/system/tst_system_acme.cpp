#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestNginx.h"
#include "TestNsd.h"
#include "TestPebble.h"
#include "TestPki.h"
#include "TestTool.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <functional>
#include <memory>

// Certificates issued for real, all on loopback: the agent on a demo box writes the zones (served by a real nsd) and
// nginx's configuration (served by a real nginx on the port where pebble, a real ACME server, fetches HTTP-01
// challenges, resolving names through that nsd); the agent runs certbot. Certificates live 12 days, so they are
// due for renewal at once (14 days or less) while valid: `boxkeeper-agent --daily` renews them.
class TestSystemAcme : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Lifetime = 12 * 24 * 3600;

    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    TestNsd m_nsd;
    TestPebble m_pebble;
    TestNginx m_nginx;
    quint16 m_nsdPort = 0;
    quint16 m_httpsPort = 0;
    TestPki::Authority m_ca; // a second CA the box trusts, for a certificate installed by hand
    QStringList m_webDomains;
    QString m_servedCertificate; // the agent's own (self-signed) certificate, read once at its start

    QList<QPair<QByteArray, QByteArray>> auth() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply post(const QString& path, const QByteArray& body = {})
    {
        return m_http->request(
            "POST", m_agent.url(path),
            auth() + QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/x-www-form-urlencoded"}}, body,
            300000);
    }
    QJsonObject status()
    {
        const TestHttp::Reply r = m_http->request("GET", m_agent.url("/ssl/status"), auth(), {}, 60000);
        return QJsonDocument::fromJson(r.body).object();
    }
    // domain -> "class: text"
    QMap<QString, QString> statusTexts()
    {
        QMap<QString, QString> out;
        for (const QJsonValue& v : status().value("status").toArray())
            out.insert(v["domain"].toString(), v["status"].toString() + ": " + v["text"].toString());
        return out;
    }
    QString storage(const QString& relative) const { return m_agent.storageRoot() + "/" + relative; }
    // The certificates installed under upstream's names (not the demo box's self-signed one).
    QStringList installedFiles() const
    {
        static const QRegularExpression name("-[0-9]{8}-[0-9a-f]{8}\\.pem$");
        return QDir(storage("ssl")).entryList(QDir::Files, QDir::Name).filter(name);
    }
    // What nginx serves for `name`: the verification result against the box's trusted roots and the leaf's SHA-256
    // fingerprint.
    QPair<QString, QString> served(const QString& name)
    {
        const TestTool::Result r =
            TestTool::run("openssl",
                          {"s_client", "-connect", QString("127.0.0.1:%1").arg(m_httpsPort), "-servername", name,
                           "-CAfile", m_agent.dir() + "/trusted.pem", "-verify_hostname", name},
                          {}, 30000);
        const int at = r.out.indexOf("Verify return code: ");
        const QString verify = at < 0 ? QString::fromUtf8(r.message())
                                      : QString::fromUtf8(r.out.mid(at + 20, r.out.indexOf('\n', at) - at - 20));
        const TestTool::Result fp =
            TestTool::run("openssl", {"x509", "-noout", "-fingerprint", "-sha256"}, r.out, 30000);
        return {verify, QString::fromUtf8(fp.out.trimmed())};
    }

    // After a reload nginx's old workers may still take a connection or two while they wind down: the answer counts
    // once three connections in a row agree. Sticky, so that QTRY's second look sees the same.
    bool settled(const QString& name, const std::function<bool(const QPair<QString, QString>&)>& good)
    {
        for (int i = 0; i < 3; ++i) {
            if (!good(served(name)))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        // Test dependencies (./dev deps): missing, they are a failure, not a skip.
        for (const char* tool : {"nsd", "nsd-control", "ldns-signzone", "dig", "pebble", "certbot", "nginx", "curl"})
            QVERIFY2(!TestTool::path(QLatin1String(tool)).isEmpty(), tool);
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        const QString dir = m_agent.dir();
        const QString system = dir + "/system";

        // nsd for the demo box's zones, as in the DNS system tests.
        m_nsdPort = TestNsd::freePort();
        const quint16 httpPort = TestNsd::freePort();
        m_httpsPort = TestNsd::freePort();
        QVERIFY(m_nsdPort && httpPort && m_httpsPort);
        QVERIFY(QDir().mkpath(dir + "/nsd") && QDir().mkpath(system + "/etc/nsd"));
        QVERIFY(TestFiles::write(system + "/etc/nsd/nsd.conf", TestNsd::config(m_nsdPort, system, dir + "/nsd")));

        const QString resolver = QString("127.0.0.1:%1").arg(m_nsdPort);
        QVERIFY2(m_pebble.start(dir + "/pebble", httpPort, resolver, Lifetime, &error), qPrintable(error));
        const QByteArray pebbleRoot = m_pebble.issuingRoot(&error);
        QVERIFY2(pebbleRoot.startsWith("-----BEGIN CERTIFICATE-----"), qPrintable(error));
        m_ca = TestPki::authority();
        QVERIFY(TestFiles::write(dir + "/trusted.pem", pebbleRoot + m_ca.rootCert));

        const QString nginxConf = TestNginx::writeConfig(dir + "/nginx", system + "/etc/nginx/conf.d/local.conf");
        QVERIFY(!nginxConf.isEmpty());

        QVERIFY2(m_agent.restartWith({{"DNS_RESOLVER", resolver.toUtf8()},
                                      {"ACME_SERVER", m_pebble.directoryUrl().toUtf8()},
                                      {"ACME_CA_BUNDLE", m_pebble.caBundlePath().toUtf8()},
                                      {"CERTBOT", TestTool::path("certbot").toUtf8()},
                                      {"TRUSTED_CA_FILE", (dir + "/trusted.pem").toUtf8()},
                                      {"WEB_LISTEN_ADDRESS", "127.0.0.1"},
                                      {"WEB_HTTP_PORT", QByteArray::number(httpPort)},
                                      {"WEB_HTTPS_PORT", QByteArray::number(m_httpsPort)},
                                      {"NGINX", TestNginx::path().toUtf8()},
                                      {"NGINX_TEST_CONFIG", nginxConf.toUtf8()},
                                      {"NGINX_RELOAD_COMMAND", TestNginx::reloadCommand(nginxConf).toUtf8()},
                                      {"MAIL_RESTART_COMMAND", TestTool::path("true").toUtf8()}},
                                     &error),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        m_servedCertificate = dir + "/agent.pem";
        QVERIFY(TestFiles::write(m_servedCertificate, m_agent.certificate().toPem()));

        // No backups here (the nightly run would make one first).
        QCOMPARE(post("/system/backup/config", "target=off&min_age=3").body, QByteArray("\"OK\"\n"));
        QCOMPARE(post("/dns/update", "force=1").body, QByteArray("updated DNS: example.com\n"));
        QVERIFY(m_nsd.start(system + "/etc/nsd/nsd.conf"));
        QTRY_COMPARE_WITH_TIMEOUT(TestNsd::dig(m_nsdPort, "box.example.com", "A"), QStringList({"127.0.0.1"}), 10000);
        // nginx runs before the web update (which reloads it), with no sites yet.
        QVERIFY(QDir().mkpath(system + "/etc/nginx/conf.d"));
        QVERIFY(
            TestFiles::write(system + "/etc/nginx/conf.d/local.conf",
                             "server {\n\tlisten 127.0.0.1:" + QByteArray::number(httpPort) + ";\n\treturn 404;\n}\n"));
        QVERIFY2(m_nginx.start(nginxConf, httpPort, &error), qPrintable(error));
        const TestHttp::Reply web = post("/web/update");
        QVERIFY2(web.status == 200, web.body.constData());
        m_webDomains = statusTexts().keys();
        QVERIFY(m_webDomains.contains("box.example.com") && m_webDomains.contains("www.example.com"));
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
        m_pebble.stop();
        m_nsd.stop();
        m_agent.stop();
    }

    void statusBeforeListsEveryDomain()
    {
        const QJsonObject o = status();
        QStringList canProvision;
        for (const QJsonValue& v : o.value("can_provision").toArray())
            canProvision.append(v.toString());
        // Every web domain resolves to the box (PUBLIC_IP 127.0.0.1) through nsd and has no good certificate.
        QStringList expected;
        for (const QJsonValue& v : o.value("status").toArray())
            expected.append(v["domain"].toString());
        QCOMPARE(canProvision, expected);
        QCOMPARE(statusTexts().value("box.example.com"),
                 QString("warning: Self-signed. Get a signed certificate to stop warnings."));
    }

    void provisionIssuesAndNginxServesIt()
    {
        const TestHttp::Reply r = post("/ssl/provision");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonArray requests = QJsonDocument::fromJson(r.body).object().value("requests").toArray();
        // One request for the zone example.com (the primary hostname first), then the post-install lines.
        const QJsonObject request = requests[0].toObject();
        if (request["result"].toString() != "installed")
            qWarning().noquote() << "nginx:" << m_nginx.output();
        QVERIFY2(request["result"].toString() == "installed", r.body.constData());
        QCOMPARE(requests.size(), 4);
        QCOMPARE(request["domains"].toArray().first().toString(), QString("box.example.com"));
        QCOMPARE(request["domains"].toArray().size(), m_webDomains.size());
        QVERIFY(request["log"].toArray().first().toString().contains("Successfully received certificate"));
        QCOMPARE(requests[1].toString(), QString("updating primary certificate"));
        QCOMPARE(requests[2].toString(), QString("mail services restarted"));
        QCOMPARE(requests[3].toString(), QString("web updated\n"));

        const QMap<QString, QString> texts = statusTexts();
        for (const QString& domain : m_webDomains)
            QVERIFY2(texts.value(domain).startsWith("success: Signed & valid. The certificate expires in 11 days on"),
                     qPrintable(domain + ": " + texts.value(domain)));
        QCOMPARE(installedFiles().size(), 1);
        QCOMPARE(QFile::symLinkTarget(storage("ssl/ssl_certificate.pem")),
                 storage("ssl/" + installedFiles().constFirst()));

        // nginx was reloaded with the new certificate (its workers change over in their own time): a client that
        // trusts pebble's root accepts every name.
        const auto verified = [](const QPair<QString, QString>& s) { return s.first == QLatin1String("0 (ok)"); };
        bool done = false;
        QTRY_VERIFY_WITH_TIMEOUT(done = done || settled("example.com", verified), 60000);
        QCOMPARE(served("www.example.com").first, QString("0 (ok)"));
        QCOMPARE(served("box.example.com").first, QString("0 (ok)"));
    }

    void provisionSkipsValidAndElsewhere()
    {
        // A certificate installed by hand, valid 90 days, and a name whose website is elsewhere.
        const QByteArray boxKey = TestFiles::read(storage("ssl/ssl_private_key.pem"));
        TestPki::Spec spec;
        spec.commonName = "autoconfig.example.com";
        spec.dnsNames = {spec.commonName};
        const QByteArray manual = TestPki::serverCertificate(m_ca, spec, boxKey);
        QCOMPARE(m_http
                     ->postForm(m_agent.url("/ssl/install"),
                                {{"domain", "autoconfig.example.com"},
                                 {"cert", QString::fromLatin1(manual)},
                                 {"chain", QString::fromLatin1(m_ca.intermediateCert)}},
                                auth())
                     .status,
                 200);
        QCOMPARE(
            m_http->request("POST", m_agent.url("/dns/custom/mta-sts.example.com/A"), auth(), "192.0.2.7", 120000).body,
            QByteArray("updated DNS: example.com\n"));

        // Provisioning runs on the TLS module's own thread: other requests are answered meanwhile. (curl runs the
        // long request beside the test, as a second admin would.)
        QProcess provision;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", m_agent.dir()); // no ~/.curlrc
        provision.setProcessEnvironment(env);
        provision.start(TestTool::path("curl"),
                        {"-sS", "-X", "POST", "--cacert", m_servedCertificate, "--resolve",
                         QString("box.example.com:%1:127.0.0.1").arg(m_agent.port()), "-u",
                         m_agent.adminEmail() + ":" + m_agent.adminPassword(),
                         QString("https://box.example.com:%1/admin/ssl/provision").arg(m_agent.port())});
        QVERIFY(provision.waitForStarted());
        QTest::qWait(500); // planning takes milliseconds, certbot's run seconds
        const TestHttp::Reply users = m_http->get(m_agent.url("/mail/users?format=json"), auth());
        const bool answeredDuringProvisioning = provision.state() == QProcess::Running;
        if (provision.state() != QProcess::NotRunning)
            QVERIFY(provision.waitForFinished(300000));
        QVERIFY2(provision.exitCode() == 0, provision.readAllStandardError().constData());
        QCOMPARE(users.status, 200);
        QVERIFY(answeredDuringProvisioning);
        const QByteArray body = provision.readAllStandardOutput();
        const QJsonArray requests = QJsonDocument::fromJson(body).object().value("requests").toArray();
        QMap<QString, QString> skipped;
        QStringList installed;
        for (const QJsonValue& v : requests) {
            if (v["result"].toString() == "skipped")
                skipped.insert(v["domains"][0].toString(), v["log"][0].toString());
            else if (v["result"].toString() == "installed")
                installed += v["domains"].toVariant().toStringList();
        }
        QCOMPARE(skipped.keys(), QStringList({"autoconfig.example.com", "mta-sts.example.com"}));
        QVERIFY2(skipped.value("autoconfig.example.com")
                     .startsWith("The domain has a valid certificate already. (The certificate expires in 89 days"),
                 qPrintable(skipped.value("autoconfig.example.com")));
        QVERIFY(skipped.value("autoconfig.example.com")
                    .endsWith(", private key " + storage("ssl/ssl_private_key.pem") + ")"));
        QVERIFY(skipped.value("mta-sts.example.com").startsWith("The domain has a custom DNS A/AAAA record"));
        // The 12-day certificates are due again: renewed, the hand-installed one left alone.
        QVERIFY(!installed.contains("autoconfig.example.com"));
        QVERIFY(installed.contains("example.com") && installed.contains("box.example.com"));
        QCOMPARE(statusTexts().value("mta-sts.example.com"),
                 QString("not-applicable: The domain's website is hosted elsewhere."));
    }

    void dailyRenews()
    {
        const QStringList before = installedFiles();
        const QString servedBefore = served("example.com").second;
        QProcess daily;
        daily.setProcessChannelMode(QProcess::SeparateChannels);
        daily.start(QStringLiteral(BOXKEEPER_AGENT_PATH), {"--daily", "--config", m_agent.configPath()});
        QVERIFY(daily.waitForFinished(300000));
        const QByteArray out = daily.readAllStandardOutput();
        QVERIFY2(daily.exitCode() == 0, (out + daily.readAllStandardError()).constData());
        // The backup's line, then upstream's `ssl_certificates.py -q` report: no skipped domains, one request, the
        // post-install lines.
        QVERIFY2(out.startsWith("Backups are turned off.\ninstalled: box.example.com, "), out.constData());
        QVERIFY(!out.contains("skipped"));
        QVERIFY(out.contains("\nupdating primary certificate\nmail services restarted\nweb updated\n"));
        const QStringList after = installedFiles();
        QCOMPARE(after.size(), before.size() + 1);
        // nginx serves the renewed certificate.
        bool done = false;
        QTRY_VERIFY_WITH_TIMEOUT(done = done || settled("example.com",
                                                        [&servedBefore](const QPair<QString, QString>& s) {
                                                            return s.second != servedBefore &&
                                                                   s.first == QLatin1String("0 (ok)");
                                                        }),
                                 60000);
    }
};

QTEST_GUILESS_MAIN(TestSystemAcme)
#include "tst_system_acme.moc"
