#include "TestAgent.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// packaging/fail2ban/filter.d/boxkeeper-agent.conf matches the agent's failed-login line (as the agent
// really writes it, and as journald/syslog present it) and nothing else. fail2ban runs on a configuration of its
// own: the package's files (its common.conf, jail.conf, paths) without the machine's local changes (*.local,
// jail.d, fail2ban.d), with our filter and jail installed as the package does.
class TestSystemAuthFail2ban : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_configDir;

    // Copies fail2ban's own .conf files from `from` to `to`, leaving out local changes.
    static bool copyDistributionConfig(const QString& from, const QString& to)
    {
        if (!QDir().mkpath(to)) {
            return false;
        }
        const QDir source(from);
        for (const QFileInfo& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString target = to + QLatin1Char('/') + entry.fileName();
            if (entry.isDir()) {
                const bool local =
                    entry.fileName() == QLatin1String("jail.d") || entry.fileName() == QLatin1String("fail2ban.d");
                if (local ? !QDir().mkpath(target) : !copyDistributionConfig(entry.filePath(), target)) {
                    return false;
                }
            } else if (entry.fileName().endsWith(QLatin1String(".conf")) && !QFile::copy(entry.filePath(), target)) {
                return false;
            }
        }
        return true;
    }

    // fail2ban-regex with our configuration and filter on one line, `filter` naming the filter and its options:
    // the tool's summary line "Lines: ..." or "<failed: ...>" when it did not run through.
    QString regexSummary(const QString& line, const QString& filter, const QStringList& options = {})
    {
        const TestTool::Result r =
            TestTool::run(QStringLiteral("fail2ban-regex"), QStringList{QStringLiteral("-c"), m_configDir} + options +
                                                                QStringList{QStringLiteral("--raw"), line, filter});
        static const QRegularExpression summary(
            QStringLiteral("Lines: \\d+ lines, \\d+ ignored, \\d+ matched, \\d+ missed"));
        const auto m = summary.match(QString::fromUtf8(r.out));
        if (!r.ok() || !m.hasMatch()) {
            return QStringLiteral("<failed: %1>").arg(QString::fromUtf8(r.message()));
        }
        return m.captured(0);
    }

    // Runs fail2ban-regex on one log line; returns the matched host, empty if the line did not match, or the
    // failure of the tool.
    QString matchedHost(const QString& line)
    {
        const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + line;
        const QString summary =
            regexSummary(stamped, QStringLiteral("boxkeeper-agent"), {QStringLiteral("--print-all-matched")});
        if (summary == QLatin1String("Lines: 1 lines, 0 ignored, 0 matched, 1 missed")) {
            return {};
        }
        if (summary != QLatin1String("Lines: 1 lines, 0 ignored, 1 matched, 0 missed")) {
            return summary;
        }
        // The host fail2ban would ban: the last " from X" of the matched line.
        const QRegularExpression from(QStringLiteral(" from (\\S+)\\s*$"));
        return from.match(line).captured(1);
    }

    // The same in journal mode (the jail's systemd backend): "matched", "missed" or the failure.
    QString journalMatch(const QString& line)
    {
        const QString summary = regexSummary(line, QStringLiteral("boxkeeper-agent[logtype=journal]"));
        if (summary == QLatin1String("Lines: 1 lines, 0 ignored, 1 matched, 0 missed")) {
            return QStringLiteral("matched");
        }
        if (summary == QLatin1String("Lines: 1 lines, 0 ignored, 0 matched, 1 missed")) {
            return QStringLiteral("missed");
        }
        return summary;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestTool::path(QStringLiteral("fail2ban-regex")).isEmpty()) {
            QSKIP("fail2ban-regex (package fail2ban) is not installed");
        }
        const QString system = QStringLiteral("/etc/fail2ban");
        QVERIFY2(QFile::exists(system + QStringLiteral("/filter.d/common.conf")),
                 "fail2ban is installed without its configuration files in /etc/fail2ban: reinstall it");
        m_configDir = m_dir.path() + QStringLiteral("/fail2ban");
        QVERIFY(copyDistributionConfig(system, m_configDir));
        QVERIFY(QFile::copy(QStringLiteral(BOXKEEPER_SOURCE_DIR "/packaging/fail2ban/filter.d/boxkeeper-agent.conf"),
                            m_configDir + QStringLiteral("/filter.d/boxkeeper-agent.conf")));
        QVERIFY(QFile::copy(QStringLiteral(BOXKEEPER_SOURCE_DIR "/packaging/fail2ban/jail.d/boxkeeper-agent.conf"),
                            m_configDir + QStringLiteral("/jail.d/boxkeeper-agent.conf")));
    }

    void sampleLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("host");
        QTest::newRow("syslog") << QStringLiteral("box boxkeeper-agent[812]: boxkeeper-agent: authentication failure "
                                                  "for admin@example.com from 192.0.2.10")
                                << QStringLiteral("192.0.2.10");
        QTest::newRow("with category") << QStringLiteral(
                                              "box boxkeeper-agent[812]: boxkeeper.agent.auth: boxkeeper-agent: "
                                              "authentication failure for x@y.z from 2001:db8::5")
                                       << QStringLiteral("2001:db8::5");
        QTest::newRow("bare") << QStringLiteral("boxkeeper-agent: authentication failure for me@example.org from "
                                                "203.0.113.77")
                              << QStringLiteral("203.0.113.77");
        QTest::newRow("empty user") << QStringLiteral("boxkeeper-agent: authentication failure for  from 198.51.100.7")
                                    << QStringLiteral("198.51.100.7");
        QTest::newRow("not an email") << QStringLiteral("boxkeeper-agent: authentication failure for "
                                                        "(not-an-email-address) from 198.51.100.8")
                                      << QStringLiteral("198.51.100.8");
        QTest::newRow("login info") << QStringLiteral("box boxkeeper-agent[812]: boxkeeper.agent.auth: New login "
                                                      "session created for admin@example.com")
                                    << QString();
        QTest::newRow("logout info") << QStringLiteral("box boxkeeper-agent[812]: admin@example.com logged out")
                                     << QString();
        QTest::newRow("forged address") << QStringLiteral("box boxkeeper-agent[812]: boxkeeper-agent: authentication "
                                                          "failure for a from 192.0.2.1 from 203.0.113.1")
                                        << QString();
        QTest::newRow("other daemon") << QStringLiteral(
                                             "box sshd[99]: Failed password for root from 192.0.2.99 port 22")
                                      << QString();
        QTest::newRow("upstream daemon") << QStringLiteral("box mailinabox[1]: Mail-in-a-Box Management Daemon: Failed "
                                                           "login attempt from ip 192.0.2.3 - timestamp 1700000000.0")
                                         << QString();
    }
    void sampleLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, host);
        QCOMPARE(matchedHost(line), host);
    }

    void journalLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("result");
        QTest::newRow("failure") << QStringLiteral(
                                        "box boxkeeper-agent[812]: boxkeeper-agent: authentication failure for "
                                        "x@y.z from 192.0.2.44")
                                 << QStringLiteral("matched");
        QTest::newRow("info") << QStringLiteral("box boxkeeper-agent[812]: boxkeeper.agent.auth: New login session "
                                                "created for x@y.z")
                              << QStringLiteral("missed");
        QTest::newRow("forged") << QStringLiteral(
                                       "box boxkeeper-agent[812]: boxkeeper-agent: authentication failure for "
                                       "a from 192.0.2.1 from 203.0.113.1")
                                << QStringLiteral("missed");
    }
    void journalLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, result);
        QCOMPARE(journalMatch(line), result);
    }

    // The jail as fail2ban reads it: systemd backend on the agent's unit, upstream's rate.
    void jail()
    {
        const TestTool::Result dump =
            TestTool::run(QStringLiteral("fail2ban-client"), {QStringLiteral("-c"), m_configDir, QStringLiteral("-d")});
        QVERIFY2(dump.ok(), dump.message().constData());
        const QByteArray out = dump.out;
        QVERIFY2(out.contains("['add', 'boxkeeper-agent', 'systemd']"), out.right(2000).constData());
        QVERIFY(out.contains("['set', 'boxkeeper-agent', 'addjournalmatch', '_SYSTEMD_UNIT=boxkeeper-agent.service']"));
        QVERIFY(out.contains("['set', 'boxkeeper-agent', 'maxretry', 20]"));
        QVERIFY(out.contains("['set', 'boxkeeper-agent', 'findtime', '30']"));
        QVERIFY(out.contains("authentication failure for"));
    }

    // The line exactly as a running agent writes it.
    void agentOutput()
    {
        TestAgent agent;
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        TestHttp http(agent.certificate());
        const auto reply = http.request(
            "POST", agent.url(QStringLiteral("/login")),
            {TestHttp::basicAuth(QStringLiteral("someone@example.com"), QStringLiteral("wrong password"))});
        QCOMPARE(reply.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(agent.stderrOutput().contains("authentication failure"), 5000);
        QString failure;
        for (const QByteArray& l : agent.stderrOutput().split('\n')) {
            if (l.contains("authentication failure")) {
                failure = QString::fromUtf8(l);
            }
        }
        // Exactly this line, without any decoration.
        QCOMPARE(failure,
                 QStringLiteral("boxkeeper-agent: authentication failure for someone@example.com from 127.0.0.1"));
        QCOMPARE(matchedHost(failure), QStringLiteral("127.0.0.1"));
        QCOMPARE(matchedHost(QStringLiteral("box boxkeeper-agent[7]: ") + failure), QStringLiteral("127.0.0.1"));
        agent.stop();
    }
};

QTEST_GUILESS_MAIN(TestSystemAuthFail2ban)
#include "tst_system_auth_fail2ban.moc"
