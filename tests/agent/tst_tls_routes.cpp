#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestPki.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

// The /admin/ssl/* routes of a live agent on a demo box (box.example.com, admin@example.com): status codes,
// content types and JSON shapes of GET /ssl/status, POST /ssl/csr/<domain>, POST /ssl/install (api.md §7.1-7.3).
class TestTlsRoutes : public QObject
{
    Q_OBJECT

private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    TestPki::Authority m_ca;
    QByteArray m_boxKey;
    const QString m_notHere = "The domain name does not resolve to this machine: [Not Set] (A).";

    QList<QPair<QByteArray, QByteArray>> auth() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields, bool withAuth = true)
    {
        return m_http->postForm(m_agent.url(path), fields, withAuth ? auth() : QList<QPair<QByteArray, QByteArray>>{});
    }
    QJsonObject status()
    {
        const auto r = m_http->get(m_agent.url("/ssl/status"), auth());
        return QJsonDocument::fromJson(r.body).object();
    }
    QString statusOf(const QString& domain)
    {
        for (const QJsonValue& v : status().value("status").toArray()) {
            if (v.toObject().value("domain").toString() == domain)
                return v.toObject().value("status").toString() + ": " + v.toObject().value("text").toString();
        }
        return "<missing>";
    }
    QByteArray issue(const QString& name)
    {
        TestPki::Spec spec;
        spec.commonName = name;
        spec.dnsNames = {name};
        return TestPki::serverCertificate(m_ca, spec, m_boxKey);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_agent.stop();
        // The box trusts a CA made here instead of the system's.
        m_ca = TestPki::authority();
        const QString caFile = m_agent.dir() + "/test-ca.pem";
        QVERIFY(TestFiles::write(caFile, m_ca.rootCert));
        QVERIFY(TestFiles::write(m_agent.configPath(),
                                 TestFiles::read(m_agent.configPath()) + "TRUSTED_CA_FILE=" + caFile.toUtf8() + "\n"));
        QVERIFY2(m_agent.start(&error, {}, m_agent.dir()), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        m_boxKey = TestFiles::read(m_agent.storageRoot() + "/ssl/ssl_private_key.pem");
        QVERIFY(!m_boxKey.isEmpty());
    }

    void cleanupTestCase() { m_agent.stop(); }

    void adminsOnly()
    {
        QCOMPARE(m_http->get(m_agent.url("/ssl/status")).status, 401);
        QCOMPARE(post("/ssl/csr/example.com", {{"countrycode", "US"}}, false).status, 401);
        QCOMPARE(post("/ssl/install", {{"domain", "example.com"}}, false).status, 401);
        QCOMPARE(m_http->get(m_agent.url("/ssl/install"), auth()).status, 405);
        QCOMPARE(m_http->get(m_agent.url("/ssl/csr/example.com"), auth()).status, 405);
    }

    void statusShape()
    {
        const auto r = m_http->get(m_agent.url("/ssl/status"), auth());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(r.body.startsWith("{\n  \"can_provision\": []"));
        QVERIFY(r.body.endsWith("}\n"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.keys(), QStringList({"can_provision", "status"}));
        const QJsonArray entries = o.value("status").toArray();
        QStringList domains;
        for (const QJsonValue& v : entries) {
            QCOMPARE(v.toObject().keys(), QStringList({"domain", "status", "text"}));
            domains.append(v.toObject().value("domain").toString());
        }
        QCOMPARE(domains,
                 QStringList({"box.example.com", "mta-sts.box.example.com", "example.com", "autoconfig.example.com",
                              "autodiscover.example.com", "mta-sts.example.com", "www.example.com"}));
        // The demo box is not in any DNS (DNS_RESOLVER=none): every name gets the reason it cannot be provisioned.
        QCOMPARE(statusOf("box.example.com"),
                 QString("warning: Self-signed. Get a signed certificate to stop warnings. " + m_notHere));
        QCOMPARE(statusOf("example.com"), QString("danger: No certificate installed. " + m_notHere));
    }

    void csr()
    {
        auto r = post("/ssl/csr/example.com", {{"countrycode", "US"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(r.body.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        QVERIFY(r.body.endsWith("-----END CERTIFICATE REQUEST-----\n"));
        r = post("/ssl/csr/example.com", {});
        QCOMPARE(r.status, 200);
        r = post("/ssl/csr/example.com", {{"countrycode", "USA"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(r.body, QByteArray("Invalid country code (USA). Use a two-letter ISO 3166-1 code, e.g. US."));
    }

    void installRefusals()
    {
        const QString cert = QString::fromLatin1(issue("example.com"));
        auto r = post("/ssl/install", {{"domain", "example.org"}, {"cert", cert}, {"chain", ""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(r.body, QByteArray("Invalid domain name."));
        r = post("/ssl/install", {{"domain", "example.com"}, {"cert", "garbage"}, {"chain", ""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
                 QByteArray("There is a problem with the certificate file: File does not contain valid PEM data."));
        r = post("/ssl/install", {{"domain", "example.com"}, {"cert", cert}, {"chain", ""}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("The certificate is missing an intermediate chain"), r.body.constData());
        r = post("/ssl/install", {{"domain", "example.com"}, {"cert", cert}});
        QCOMPARE(r.status, 400);
        QCOMPARE(statusOf("example.com"), QString("danger: No certificate installed. " + m_notHere));
    }

    void install()
    {
        const QString chain = QString::fromLatin1(m_ca.intermediateCert);
        auto r = post("/ssl/install", {{"domain", "example.com"}, {"cert", issue("example.com")}, {"chain", chain}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        // The post-install web update: nginx's configuration names the new certificate.
        QCOMPARE(r.body, QByteArray("web updated\n"));
        QVERIFY2(statusOf("example.com").startsWith("success: Signed & valid. The certificate expires in 89 days on "),
                 qPrintable(statusOf("example.com")));

        r = post("/ssl/install", {{"domain", "box.example.com"}, {"cert", issue("box.example.com")}, {"chain", chain}});
        QCOMPARE(r.status, 200);
        // No "mail services restarted": a demo box has no mail services to restart (no MAIL_RESTART_COMMAND).
        QCOMPARE(r.body, QByteArray("updating primary certificate\nweb updated\n"));
        const QFileInfo link(m_agent.storageRoot() + "/ssl/ssl_certificate.pem");
        QVERIFY(link.isSymLink());
        QVERIFY2(QRegularExpression("/ssl/box\\.example\\.com-\\d{8}-[0-9a-f]{8}\\.pem$")
                     .match(link.symLinkTarget())
                     .hasMatch(),
                 qPrintable(link.symLinkTarget()));
        QVERIFY(statusOf("box.example.com").startsWith("success: Signed & valid."));

        // MTA-STS is published once the box's certificate and mta-sts.<domain>'s pass the check with the box's trust
        // (TRUSTED_CA_FILE here: the system's store does not know this CA).
        const auto zone = [this] {
            post("/dns/update", {});
            return m_http->get(m_agent.url("/dns/zonefile/example.com"), auth()).body;
        };
        QVERIFY2(zone().contains("\tMX\t10 box.example.com.\n") && !zone().contains("_mta-sts"), zone().constData());
        r = post("/ssl/install",
                 {{"domain", "mta-sts.example.com"}, {"cert", issue("mta-sts.example.com")}, {"chain", chain}});
        QCOMPARE(r.body, QByteArray("web updated\n"));
        QVERIFY2(QRegularExpression("\n_mta-sts\tIN\tTXT\t\"v=STSv1; id=[A-Za-z0-9]{20}\"")
                     .match(QString::fromUtf8(zone()))
                     .hasMatch(),
                 zone().constData());
    }
};

QTEST_GUILESS_MAIN(TestTlsRoutes)
#include "tst_tls_routes.moc"
