#include "TestAgent.h"
#include "TestHttp.h"
#include "TestNsd.h"
#include "TestTool.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <memory>

// End to end: the real agent on a demo box writes the zones and nsd's configuration, a real nsd on a
// loopback port serves them, and a custom record PUT over HTTPS is served after the agent reloads nsd.
class TestSystemDnsAgent : public QObject
{
    Q_OBJECT

private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    TestNsd m_nsd;
    quint16 m_port = 0;

    TestHttp::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return m_http->request(method, m_agent.url(path),
                               {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}, body, 120000);
    }

    QStringList dig(const QString& name, const QString& type) { return TestNsd::dig(m_port, name, type); }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"nsd", "nsd-control", "ldns-signzone", "dig"}) {
            if (TestTool::path(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        m_port = TestNsd::freePort();
        QVERIFY(m_port);
        // nsd's main configuration for the demo box (SYSTEM_ROOT = <dir>/system), as a box's setup writes it.
        const QString system = m_agent.dir() + "/system";
        const QString run = m_agent.dir() + "/nsd";
        QDir().mkpath(run);
        QDir().mkpath(system + "/etc/nsd");
        QFile conf(system + "/etc/nsd/nsd.conf");
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(TestNsd::config(m_port, system, run));
        conf.close();
    }

    void cleanupTestCase()
    {
        m_nsd.stop();
        m_agent.stop();
    }

    void putIsServed()
    {
        QCOMPARE(m_http
                     ->request("POST", m_agent.url("/dns/update"),
                               {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword()),
                                {"Content-Type", "application/x-www-form-urlencoded"}},
                               "force=1", 120000)
                     .body,
                 QByteArray("updated DNS: example.com\n"));
        QVERIFY(m_nsd.start(m_agent.dir() + "/system/etc/nsd/nsd.conf"));
        QTRY_COMPARE_WITH_TIMEOUT(dig("example.com", "MX"), QStringList({"10 box.example.com."}), 10000);
        QVERIFY(dig("laptop.example.com", "A").isEmpty());

        // Dynamic DNS from the control panel's example: the caller's address.
        QCOMPARE(call("PUT", "/dns/custom/laptop.example.com").body, QByteArray("updated DNS: example.com\n"));
        QTRY_COMPARE_WITH_TIMEOUT(dig("laptop.example.com", "A"), QStringList({"127.0.0.1"}), 10000);
        QCOMPARE(call("POST", "/dns/custom/example.com/txt", "hello from the agent").body,
                 QByteArray("updated DNS: example.com\n"));
        QTRY_VERIFY_WITH_TIMEOUT(dig("example.com", "TXT").contains("\"hello from the agent\""), 10000);
        QCOMPARE(call("DELETE", "/dns/custom/laptop.example.com").body, QByteArray("updated DNS: example.com\n"));
        QTRY_VERIFY_WITH_TIMEOUT(dig("laptop.example.com", "A").isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSystemDnsAgent)
#include "tst_system_dns_agent.moc"
