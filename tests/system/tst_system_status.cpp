#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestNsd.h"
#include "TestPki.h"
#include "TestTool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

namespace {

// Each group's items as "<type>: <text>" (details left out), by heading; the disk and memory readings, which move
// between two runs, left out.
using Groups = QMap<QString, QStringList>;

Groups groups(const QJsonArray& items)
{
    Groups out;
    QString heading;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        if (o.value("type").toString() == QLatin1String("heading")) {
            heading = o.value("text").toString();
            out[heading];
            continue;
        }
        const QString text = o.value("text").toString();
        if (text.startsWith(QLatin1String("The disk has ")) || text.startsWith(QLatin1String("System memory is ")))
            continue;
        out[heading].append(o.value("type").toString() + QStringLiteral(": ") + text);
    }
    return out;
}

// What differs between two runs: per group, the items gone ("-") and the items new ("+").
QMap<QString, QStringList> differences(const Groups& before, const Groups& after)
{
    QMap<QString, QStringList> diff;
    QStringList headings = before.keys() + after.keys();
    headings.removeDuplicates();
    for (const QString& h : headings) {
        const QStringList b = before.value(h);
        const QStringList a = after.value(h);
        for (const QString& item : b) {
            if (!a.contains(item))
                diff[h].append(QStringLiteral("- ") + item);
        }
        for (const QString& item : a) {
            if (!b.contains(item))
                diff[h].append(QStringLiteral("+ ") + item);
        }
    }
    return diff;
}

QString show(const QMap<QString, QStringList>& diff)
{
    QString out;
    for (auto it = diff.begin(); it != diff.end(); ++it)
        out += it.key() + QStringLiteral(":\n  ") + it.value().join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    return out;
}

} // namespace

class TestSystemStatus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    TestNsd m_nsd;
    quint16 m_port = 0;
    TestPki::Authority m_ca;
    Groups m_baseline;

    QString target() const { return m_tmp.path() + QStringLiteral("/target"); }
    QString clockFile() const { return m_tmp.path() + QStringLiteral("/duplicity-time"); }
    QString exampleCertificate() const { return m_agent.storageRoot() + QStringLiteral("/ssl/example.com-test.pem"); }

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return m_http->request(method, m_agent.url(path), admin(), body, 120000);
    }
    Groups status()
    {
        const TestHttp::Reply r = call("POST", QStringLiteral("/system/status"));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return groups(QJsonDocument::fromJson(r.body).array());
    }
    bool runBackup()
    {
        if (m_http->postForm(m_agent.url(QStringLiteral("/boxkeeper/backup/run")), {}, admin()).status != 202)
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 240000) {
            const QJsonObject state =
                QJsonDocument::fromJson(m_http->get(m_agent.url(QStringLiteral("/boxkeeper/backup/run")), admin()).body)
                    .object();
            const QString s = state.value(QStringLiteral("state")).toString();
            if (s == QLatin1String("succeeded"))
                return true;
            if (s != QLatin1String("running")) {
                qWarning() << state;
                return false;
            }
            QTest::qWait(100);
        }
        return false;
    }
    QByteArray certificate(int notBeforeDays, int notAfterDays)
    {
        TestPki::Spec spec;
        spec.commonName = QStringLiteral("example.com");
        spec.dnsNames = {QStringLiteral("example.com")};
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(notBeforeDays);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(notAfterDays);
        const QByteArray key = TestFiles::read(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
        return TestPki::serverCertificate(m_ca, spec, key) + m_ca.intermediateCert;
    }
    // Waits until a status run equals `expected` (nsd reloads, DNS answers settle), else returns the last run.
    Groups settledStatus(const Groups& expected)
    {
        Groups last;
        for (int i = 0; i < 50; ++i) {
            last = status();
            if (last == expected)
                break;
            QTest::qWait(200);
        }
        return last;
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"nsd", "nsd-control", "ldns-signzone", "dig", "duplicity"}) {
            if (TestTool::path(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        m_port = TestNsd::freePort();
        QVERIFY(m_port);
        const QString system = m_agent.dir() + "/system";
        const QString run = m_agent.dir() + "/nsd";
        QVERIFY(QDir().mkpath(run));
        QVERIFY(QDir().mkpath(system + "/etc/nsd"));
        QVERIFY(TestFiles::write(system + "/etc/nsd/nsd.conf", TestNsd::config(m_port, system, run)));
        QCOMPARE(m_http
                     ->request("POST", m_agent.url("/dns/update"),
                               {admin().first(), {"Content-Type", "application/x-www-form-urlencoded"}}, "force=1",
                               120000)
                     .body,
                 QByteArray("updated DNS: example.com\n"));
        QVERIFY(m_nsd.start(system + "/etc/nsd/nsd.conf"));
        QTRY_COMPARE_WITH_TIMEOUT(TestNsd::dig(m_port, "example.com", "MX"), QStringList({"10 box.example.com."}),
                                  10000);

        // A certificate for example.com from a CA the box trusts.
        m_ca = TestPki::authority();
        QVERIFY(TestFiles::write(m_tmp.path() + "/ca.pem", m_ca.rootCert));
        QVERIFY(TestFiles::write(exampleCertificate(), certificate(-1, 90)));

        // duplicity through a wrapper that sets its clock while the test asks for it.
        const QString duplicity = m_tmp.path() + "/duplicity";
        QVERIFY(TestFiles::write(duplicity, "#!/bin/sh\nif [ -f '" + clockFile().toUtf8() +
                                                "' ]; then exec duplicity \"$@\" --current-time \"$(cat '" +
                                                clockFile().toUtf8() + "')\"; fi\nexec duplicity \"$@\"\n"));
        QVERIFY(QFile::setPermissions(duplicity, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(QDir().mkpath(target()));
        QVERIFY2(m_agent.restartWith({{"DNS_RESOLVER", "127.0.0.1:" + QByteArray::number(m_port)},
                                      {"TRUSTED_CA_FILE", (m_tmp.path() + "/ca.pem").toUtf8()},
                                      {"DUPLICITY", duplicity.toUtf8()}},
                                     &error),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QCOMPARE(m_http
                     ->postForm(m_agent.url("/system/backup/config"),
                                {{"target", "file://" + target()}, {"min_age", "3"}}, admin())
                     .body,
                 QByteArray("\"OK\"\n"));
        // The only backup so far was made ten days ago.
        QVERIFY(TestFiles::write(clockFile(), QByteArray::number(QDateTime::currentSecsSinceEpoch() - 10 * 86400)));
        QVERIFY(runBackup());
        QVERIFY(QFile::remove(clockFile()));
    }

    void cleanupTestCase()
    {
        m_nsd.stop();
        m_agent.stop();
    }

    void dnsChecksReportOk()
    {
        QElapsedTimer t;
        t.start();
        m_baseline = status();
        qInfo() << "status checks answered in" << t.elapsed() << "ms";
        QCOMPARE(m_baseline.keys(), QStringList({"", "Network", "System", "box.example.com", "example.com"}).mid(1));
        const QStringList primary = m_baseline.value("box.example.com");
        const QString arrow = QString::fromUtf8(" ↦ ");
        QVERIFY2(primary.contains("ok: Nameserver glue records are correct at registrar. [ns1/ns2.box.example.com" +
                                  arrow + "127.0.0.1]"),
                 qPrintable(primary.join('\n')));
        QVERIFY(primary.contains("ok: Domain resolves to box's IP address. [box.example.com" + arrow + "127.0.0.1]"));
        QVERIFY(primary.contains("ok: The DANE TLSA record for incoming mail is correct (_25._tcp.box.example.com)."));
        QVERIFY(primary.contains("ok: Domain's email is directed to this domain. [box.example.com" + arrow +
                                 "10 box.example.com]"));
        QVERIFY(primary.contains("ok: Domain is not blacklisted by dbl.spamhaus.org."));
        const QStringList zone = m_baseline.value("example.com");
        QVERIFY2(zone.contains("ok: Nameservers are set correctly at registrar. [ns1.box.example.com; "
                               "ns2.box.example.com]"),
                 qPrintable(zone.join('\n')));
        QVERIFY(zone.contains("ok: Domain's email is directed to this domain. [example.com" + arrow +
                              "10 box.example.com]"));
        QVERIFY(zone.contains("ok: Domain resolves to this box's IP address. [example.com" + arrow + "127.0.0.1]"));
        QVERIFY(zone.contains("ok: Postmaster contact address exists as a mail alias. [postmaster@example.com" + arrow +
                              "administrator@box.example.com]"));
        QVERIFY(std::any_of(zone.begin(), zone.end(), [](const QString& s) {
            return s.startsWith("ok: TLS (SSL) certificate is signed & valid. The certificate expires in 8");
        }));
        // No DS published: the DNSSEC suggestion.
        QVERIFY(zone.contains("warning: This domain's DNSSEC DS record is not set. The DS record is optional. The DS "
                              "record activates DNSSEC. See below for instructions."));
        QVERIFY(m_baseline.value("System").contains("error: Backup is more than a week old"));
        QVERIFY(m_baseline.value("Network").contains("ok: IPv4 address is not blacklisted by zen.spamhaus.org."));
    }

    void staleBackupMadeFresh()
    {
        QVERIFY(runBackup());
        const Groups after = status();
        const auto diff = differences(m_baseline, after);
        QCOMPARE(diff, (QMap<QString, QStringList>{{"System", {"- error: Backup is more than a week old"}}}));
        m_baseline = after;
    }

    void wrongMx()
    {
        // Beside the box's own MX, one that upstream's check reads first (the answers sorted as text).
        QCOMPARE(call("POST", "/dns/custom/example.com/mx", "1 mail.elsewhere.example.").body,
                 QByteArray("updated DNS: example.com\n"));
        QTRY_VERIFY_WITH_TIMEOUT(TestNsd::dig(m_port, "example.com", "MX").contains("1 mail.elsewhere.example."),
                                 10000);
        const auto diff = differences(m_baseline, status());
        QCOMPARE(diff.keys(), QStringList{"example.com"});
        const QStringList d = diff.value("example.com");
        QVERIFY2(d.size() == 3, qPrintable(show(diff)));
        QCOMPARE(d[0], "- ok: Domain's email is directed to this domain. [example.com" + QString::fromUtf8(" ↦ ") +
                           "10 box.example.com]");
        QVERIFY2(d[1].startsWith("- error: MTA-STS policy is missing"), qPrintable(d[1]));
        QCOMPARE(d[2], QString("+ error: This domain's DNS MX record is incorrect. It is currently set to '1 "
                               "mail.elsewhere.example; 10 box.example.com' but should be '10 box.example.com'. Mail "
                               "will not\n\t\t\tbe "
                               "delivered to this box. It may take several hours for public DNS to update after a "
                               "change. This problem may result from\n\t\t\tother issues listed here."));
        QCOMPARE(call("DELETE", "/dns/custom/example.com/mx").body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(show(differences(m_baseline, settledStatus(m_baseline))), QString());
    }

    void expiredCertificate()
    {
        QVERIFY(TestFiles::write(exampleCertificate(), certificate(-100, -10)));
        const auto diff = differences(m_baseline, status());
        QCOMPARE(diff.keys(), QStringList{"example.com"});
        const QStringList d = diff.value("example.com");
        QVERIFY2(d.size() == 2, qPrintable(show(diff)));
        QVERIFY(d[0].startsWith("- ok: TLS (SSL) certificate is signed & valid."));
        QVERIFY2(d[1].startsWith("+ error: The TLS (SSL) certificate has a problem: "), qPrintable(d[1]));
        QVERIFY2(d[1].contains("expired"), qPrintable(d[1]));
        QVERIFY(TestFiles::write(exampleCertificate(), certificate(-1, 90)));
        QCOMPARE(show(differences(m_baseline, status())), QString());
    }

    void nsdStopped()
    {
        m_nsd.stop();
        const Groups after = status();
        const auto diff = differences(m_baseline, after);
        // The system checks do not ask DNS; Spamhaus cannot be reached.
        QVERIFY2(!diff.contains("System"), qPrintable(show(diff)));
        QCOMPARE(diff.value("Network"),
                 QStringList({"- ok: IPv4 address is not blacklisted by zen.spamhaus.org.",
                              "+ warning: Connection to zen.spamhaus.org timed out. Could not determine whether this "
                              "box's\n\t\t \tIPv4 address is blacklisted. Please try again later."}));
        const QStringList primary = after.value("box.example.com");
        QVERIFY2(primary.contains("error: Nameserver glue records are incorrect. The ns1.box.example.com and "
                                  "ns2.box.example.com nameservers must be configured at your domain name\n\t\t\t"
                                  "registrar as having the IP address 127.0.0.1. They currently report addresses of "
                                  "[timeout]/[timeout]. It may take several hours for\n\t\t\tpublic DNS to update "
                                  "after a change."),
                 qPrintable(primary.join('\n')));
        const QStringList zone = after.value("example.com");
        QVERIFY(zone.contains("error: The nameservers set on this domain are incorrect. They are currently [timeout]. "
                              "Use your domain name registrar's\n\t\t\tcontrol panel to set the nameservers to "
                              "ns1.box.example.com; ns2.box.example.com."));
        QVERIFY(!zone.contains("ok: Nameservers are set correctly at registrar. [ns1.box.example.com; "
                               "ns2.box.example.com]"));
        QVERIFY(m_nsd.start(m_agent.dir() + "/system/etc/nsd/nsd.conf"));
        QCOMPARE(show(differences(m_baseline, settledStatus(m_baseline))), QString());
    }
};

QTEST_GUILESS_MAIN(TestSystemStatus)
#include "tst_system_status.moc"
