#include "TestAgent.h"
#include "TestHttp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>
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
    QProcess m_nsd;
    quint16 m_port = 0;

    TestHttp::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return m_http->request(method, m_agent.url(path),
                               {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}, body, 120000);
    }

    QStringList dig(const QString& name, const QString& type)
    {
        QProcess p;
        p.start("dig", {"@127.0.0.1", "-p", QString::number(m_port), "+short", "+time=2", "+tries=2", name, type});
        p.waitForFinished(20000);
        QStringList lines;
        for (const QByteArray& l : p.readAllStandardOutput().split('\n')) {
            if (!l.trimmed().isEmpty())
                lines.append(QString::fromUtf8(l.trimmed()));
        }
        return lines;
    }

    static quint16 freePort()
    {
        for (int i = 0; i < 20; ++i) {
            QTcpServer tcp;
            if (!tcp.listen(QHostAddress::LocalHost, 0))
                continue;
            QUdpSocket udp;
            if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
                return tcp.serverPort();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"nsd", "nsd-control", "ldns-signzone", "dig"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty() &&
                QStandardPaths::findExecutable(QLatin1String(tool), {"/usr/sbin"}).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        m_port = freePort();
        QVERIFY(m_port);
        // nsd's main configuration for the demo box (SYSTEM_ROOT = <dir>/system), as a box's setup writes it.
        const QString system = m_agent.dir() + "/system";
        const QString run = m_agent.dir() + "/nsd";
        QDir().mkpath(run);
        QDir().mkpath(system + "/etc/nsd");
        QFile conf(system + "/etc/nsd/nsd.conf");
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("server:\n  ip-address: 127.0.0.1@%1\n  chroot: \"\"\n  username: \"\"\n"
                                  "  zonesdir: \"%2/etc/nsd/zones\"\n  pidfile: \"%3/nsd.pid\"\n"
                                  "  xfrdfile: \"%3/xfrd.state\"\n  xfrdir: \"%3\"\n  zonelistfile: \"%3/zone.list\"\n"
                                  "  database: \"\"\n  server-count: 1\nremote-control:\n  control-enable: yes\n"
                                  "  control-interface: %3/nsd.sock\ninclude: \"%2/etc/nsd/nsd.conf.d/zones.conf\"\n")
                       .arg(m_port)
                       .arg(system, run)
                       .toUtf8());
        conf.close();
    }

    void cleanupTestCase()
    {
        if (m_nsd.state() != QProcess::NotRunning) {
            m_nsd.terminate();
            if (!m_nsd.waitForFinished(5000))
                m_nsd.kill();
        }
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
        m_nsd.setProcessChannelMode(QProcess::MergedChannels);
        m_nsd.start("nsd", {"-d", "-c", m_agent.dir() + "/system/etc/nsd/nsd.conf"});
        QVERIFY(m_nsd.waitForStarted());
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
