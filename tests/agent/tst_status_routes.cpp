#include "FakeAptGet.h"
#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <memory>

// POST /admin/system/status and GET /admin/boxkeeper/status/changes on a demo box (api.md §9.3, domain.md §12).
class TestStatusRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    QTcpServer m_listening; // a service that runs

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }

    QJsonArray status()
    {
        const TestHttp::Reply r = m_http->request("POST", m_agent.url("/system/status"), admin(), {}, 60000);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return QJsonDocument::fromJson(r.body).array();
    }

    static QStringList texts(const QJsonArray& items, const QString& type = {})
    {
        QStringList out;
        for (const QJsonValue& v : items) {
            if (type.isEmpty() || v.toObject().value("type").toString() == type)
                out.append(v.toObject().value("text").toString());
        }
        return out;
    }

    // The items of one group (after its heading, up to the next).
    static QJsonArray group(const QJsonArray& items, const QString& heading)
    {
        QJsonArray out;
        bool in = false;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            if (o.value("type").toString() == "heading") {
                in = o.value("text").toString() == heading;
                continue;
            }
            if (in)
                out.append(o);
        }
        return out;
    }

    bool restartWith(const QList<QPair<QByteArray, QByteArray>>& values)
    {
        QString error;
        if (!m_agent.restartWith(values, &error)) {
            qWarning() << error;
            return false;
        }
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        return true;
    }

    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        const quint16 port = s.serverPort();
        s.close();
        return port;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_listening.listen(QHostAddress::LocalHost, 0));
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
    }

    void cleanupTestCase() { m_agent.stop(); }

    void groupsInUpstreamOrder()
    {
        QElapsedTimer t;
        t.start();
        const QJsonArray items = status();
        QVERIFY(!items.isEmpty());
        QCOMPARE(texts(items, "heading"), QStringList({"System", "Network", "box.example.com", "example.com"}));
        const QStringList system = texts(group(items, "System"));
        // No service port configured on a test box: nothing to check, all running; no apt-get: no update line.
        QCOMPARE(system.value(0), QString("All system services are running."));
        QVERIFY(system.contains("You are running version Mail-in-a-Box v75. Mail-in-a-Box version check disabled by "
                                "privacy setting."));
        QVERIFY(system.contains(QString::fromUtf8("System administrator address exists as a mail alias. "
                                                  "[administrator@box.example.com ↦ admin@example.com]")));
        const QStringList network = texts(group(items, "Network"));
        QCOMPARE(
            network.value(0),
            QString("The ufw program was not installed. If your system is able to run iptables, rerun the setup."));
        QCOMPARE(network.value(1),
                 QString("Outbound mail (SMTP port 25) was not tested: STATUS_SMTP_TEST_HOST is not set."));
        // DNS_RESOLVER=none: no answers, as upstream with no reachable nameserver.
        QCOMPARE(network.value(2), QString("IPv4 address is not blacklisted by zen.spamhaus.org."));
        const QStringList primary = texts(group(items, "box.example.com"));
        QVERIFY(primary.value(0).startsWith("Nameserver glue records are incorrect."));
        QVERIFY(primary.contains(QString::fromUtf8("Hostmaster contact address exists as a mail alias. "
                                                   "[hostmaster@box.example.com ↦ administrator@box.example.com]")));
        QVERIFY(primary.contains("The TLS (SSL) certificate for this domain is currently self-signed. You will get a "
                                 "security\n\t\t\twarning when you check or send email and when visiting this domain "
                                 "in a web browser (for webmail or\n\t\t\tstatic site hosting)."));
        const QStringList zone = texts(group(items, "example.com"));
        QVERIFY(zone.value(0).startsWith("The nameservers set on this domain are incorrect. They are currently "
                                         "[Not Set]."));
        QVERIFY(zone.contains("www.example.com: This domain should resolve to this box's IP address (A 127.0.0.1) if "
                              "you would like the box to serve\n\t\t\t\t\twebmail or a website on this domain. The "
                              "domain currently resolves to [Not Set] in public DNS. It may take several hours "
                              "for\n\t\t\t\t\tpublic DNS to update after a change. This problem may result from other "
                              "issues listed here."));
        for (const QJsonValue& v : items)
            QVERIFY(v.toObject().value("extra").isArray());
        qInfo() << "status checks answered in" << t.elapsed() << "ms";
    }

    void adminsOnly()
    {
        QCOMPARE(m_http
                     ->postForm(m_agent.url("/mail/users/add"),
                                {{"email", "user@example.com"}, {"password", "12345678"}}, admin())
                     .status,
                 200);
        const TestHttp::Reply r = m_http->request("POST", m_agent.url("/system/status"),
                                                  {TestHttp::basicAuth("user@example.com", "12345678")});
        QCOMPARE(r.status, 401); // api.md §3: not an administrator
    }

    void servicesByTheirPorts()
    {
        const QByteArray up = QByteArray::number(m_listening.serverPort());
        const QByteArray down = QByteArray::number(closedPort());
        const QString apt = FakeAptGet::install(m_tmp.path() + "/apt");
        QVERIFY(!apt.isEmpty());
        QVERIFY(restartWith({{"STATUS_LOCAL_PORTS", "53=" + up + ",10023=" + down + ",8891=" + up},
                             {"STATUS_PUBLIC_PORTS", "25=" + up + ",993=" + down},
                             {"APT_GET", apt.toUtf8()}}));
        QJsonArray items = status();
        QStringList system = texts(group(items, "System"));
        QCOMPARE(system.value(0), QString("Postgrey is not running (port %1).").arg(QString(down)));
        QCOMPARE(system.value(1), QString("IMAPS (dovecot) is not running (port %1).").arg(QString(down)));
        QVERIFY(!system.contains("All system services are running."));
        QCOMPARE(system.value(2), QString("There are 16 software packages that can be updated."));
        const QJsonObject updates = group(items, "System")[2].toObject();
        QCOMPARE(updates.value("extra").toArray().size(), 16);
        QCOMPARE(updates.value("extra").toArray()[0].toObject().value("text").toString(),
                 QString("base-files (12.4+deb12u15)"));
        QCOMPARE(texts(items, "heading").size(), 4);

        // A reboot pending wins over the updates.
        QVERIFY(TestFiles::write(m_agent.dir() + "/system/var/run/reboot-required", ""));
        items = status();
        QVERIFY(texts(group(items, "System"))
                    .contains("System updates have been installed and a reboot of the machine is required."));
        QVERIFY(QFile::remove(m_agent.dir() + "/system/var/run/reboot-required"));

        // Local DNS down: the remaining checks are skipped.
        QVERIFY(restartWith({{"STATUS_LOCAL_PORTS", "53=" + down}, {"STATUS_PUBLIC_PORTS", "53=" + down}}));
        items = status();
        QCOMPARE(texts(items),
                 QStringList({"System", QString("Local DNS (bind9) is not running (port %1).").arg(QString(down)),
                              QString("Public DNS (nsd4) is not running (port %1).").arg(QString(down))}));
    }

    void checkPastItsTimeLimit()
    {
        const QString ufw = m_tmp.path() + "/ufw";
        QVERIFY(TestFiles::write(ufw, "#!/bin/sh\nsleep 4\necho 'Status: inactive'\n"));
        QVERIFY(QFile::setPermissions(ufw, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(restartWith({{"STATUS_LOCAL_PORTS", ""},
                             {"STATUS_PUBLIC_PORTS", ""},
                             {"UFW", ufw.toUtf8()},
                             {"STATUS_CHECK_TIMEOUT", "1"}}));
        QElapsedTimer t;
        t.start();
        const QJsonArray items = status();
        QVERIFY2(t.elapsed() < 3500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(texts(items, "heading"), QStringList({"System", "Network", "box.example.com", "example.com"}));
        QCOMPARE(texts(group(items, "Network")), QStringList{"The network checks did not finish within 1 seconds."});
        QVERIFY(texts(group(items, "System")).contains("All system services are running."));
        QTest::qWait(3500); // the script ends before the agent restarts
        QVERIFY(restartWith({{"UFW", ""}, {"STATUS_CHECK_TIMEOUT", ""}}));
    }

    void dailyChangeReport()
    {
        const TestHttp::Reply caps = m_http->get(m_agent.url("/boxkeeper/capabilities"), admin());
        QVERIFY(QJsonDocument::fromJson(caps.body).object().value("features").toArray().contains("status-changes"));
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/status/changes"), admin()).body.trimmed(), QByteArray("{}"));
        const auto daily = [this] {
            QProcess p;
            p.start(QStringLiteral(BOXKEEPER_AGENT_PATH), {"--daily", "--config", m_agent.configPath()});
            p.waitForFinished(120000);
            return p.readAllStandardOutput();
        };
        const QByteArray first = daily();
        QVERIFY(QFile::exists(m_agent.storageRoot() + "/boxkeeper/status_checks.json"));
        QVERIFY2(!first.contains("-- Previously:"), first.constData());
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/status/changes"), admin()).body.trimmed(), QByteArray("{}"));

        QVERIFY(TestFiles::write(m_agent.dir() + "/system/var/run/reboot-required", ""));
        const QByteArray second = daily();
        // The stand-in apt-get's updates (APT_GET is still set) give way to the reboot line.
        QVERIFY2(second.contains("\nSystem -- Previously:\n=====================\n"
                                 "\xE2\x9C\x96  There are 16 software packages that can be updated.\n"
                                 "   base-files (12.4+deb12u15)\n"),
                 second.constData());
        QVERIFY2(second.contains("\nSystem -- Currently:\n====================\n"
                                 "\xE2\x9C\x96  System updates have been installed and a reboot of the machine is "
                                 "required.\n"),
                 second.constData());
        const QJsonObject report =
            QJsonDocument::fromJson(m_http->get(m_agent.url("/boxkeeper/status/changes"), admin()).body).object();
        QVERIFY(!report.value("time").toString().isEmpty());
        const QJsonArray sections = report.value("sections").toArray();
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].toObject().value("category").toString(), QString("System"));
        QCOMPARE(sections[0].toObject().value("change").toString(), QString("previously"));
        QCOMPARE(sections[0].toObject().value("items").toArray()[0].toObject().value("extra").toArray().size(), 16);
        QCOMPARE(sections[1].toObject().value("change").toString(), QString("currently"));
        QCOMPARE(sections[1].toObject().value("items").toArray()[0].toObject().value("text").toString(),
                 QString("System updates have been installed and a reboot of the machine is required."));
        QVERIFY(report.value("text").toString().contains("System -- Currently:"));

        // Nothing changed: an empty report.
        const QByteArray third = daily();
        QVERIFY2(!third.contains(" -- "), third.constData());
        QCOMPARE(QJsonDocument::fromJson(m_http->get(m_agent.url("/boxkeeper/status/changes"), admin()).body)
                     .object()
                     .value("sections")
                     .toArray()
                     .size(),
                 0);
        QVERIFY(QFile::remove(m_agent.dir() + "/system/var/run/reboot-required"));
    }
};

QTEST_GUILESS_MAIN(TestStatusRoutes)
#include "tst_status_routes.moc"
