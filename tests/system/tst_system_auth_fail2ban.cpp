#include "TestAgent.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// packaging/fail2ban/filter.d/boxkeeper-agent.conf matches the agent's failed-login line (as the agent
// really writes it, and as journald/syslog present it) and nothing else.
class TestSystemAuthFail2ban : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_regexTool;
    QString m_filter;

    // Runs fail2ban-regex on one log line; returns the matched host, or empty if the line did not match.
    QString matchedHost(const QString& line)
    {
        const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + line;
        QProcess p;
        p.start(m_regexTool, {QStringLiteral("--print-all-matched"), QStringLiteral("--raw"), stamped, m_filter});
        if (!p.waitForFinished(60000)) {
            return QStringLiteral("<timeout>");
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        const auto lines =
            QRegularExpression(QStringLiteral("Lines: (\\d+) lines, \\d+ ignored, (\\d+) matched")).match(out);
        if (!lines.hasMatch()) {
            qWarning().noquote() << out;
            return QStringLiteral("<no result>");
        }
        if (lines.captured(2).toInt() == 0) {
            return {};
        }
        // The host fail2ban would ban: the last " from X" of the matched line.
        const QRegularExpression from(QStringLiteral(" from (\\S+)\\s*$"));
        return from.match(line).captured(1);
    }

    // The same in journal mode (the jail's systemd backend), with the filter installed in a copy of /etc/fail2ban.
    bool journalMatches(const QString& line)
    {
        QProcess p;
        p.start(m_regexTool, {QStringLiteral("-c"), m_configDir, QStringLiteral("--raw"), line,
                              QStringLiteral("boxkeeper-agent[logtype=journal]")});
        if (!p.waitForFinished(60000)) {
            return false;
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return out.contains(QLatin1String("Lines: 1 lines, 0 ignored, 1 matched, 0 missed"));
    }

    QString m_configDir;

private Q_SLOTS:
    void initTestCase()
    {
        m_regexTool = QStandardPaths::findExecutable(QStringLiteral("fail2ban-regex"));
        if (m_regexTool.isEmpty()) {
            QSKIP("fail2ban-regex (package fail2ban) is not installed");
        }
        // The filter includes fail2ban's common.conf, found beside it.
        m_filter = m_dir.path() + QStringLiteral("/boxkeeper-agent.conf");
        QVERIFY(QFile::copy(QStringLiteral(BOXKEEPER_SOURCE_DIR "/packaging/fail2ban/filter.d/boxkeeper-agent.conf"),
                            m_filter));
        QVERIFY(QFile::link(QStringLiteral("/etc/fail2ban/filter.d/common.conf"),
                            m_dir.path() + QStringLiteral("/common.conf")));

        // A copy of the system's fail2ban configuration with our filter and jail installed, as the package does.
        m_configDir = m_dir.path() + QStringLiteral("/fail2ban");
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral("/etc/fail2ban"), m_configDir});
        QVERIFY(copy.waitForFinished(30000));
        QCOMPARE(copy.exitCode(), 0);
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
        QTest::addColumn<bool>("matches");
        QTest::newRow("failure") << QStringLiteral(
                                        "box boxkeeper-agent[812]: boxkeeper-agent: authentication failure for "
                                        "x@y.z from 192.0.2.44")
                                 << true;
        QTest::newRow("info") << QStringLiteral("box boxkeeper-agent[812]: boxkeeper.agent.auth: New login session "
                                                "created for x@y.z")
                              << false;
        QTest::newRow("forged") << QStringLiteral(
                                       "box boxkeeper-agent[812]: boxkeeper-agent: authentication failure for "
                                       "a from 192.0.2.1 from 203.0.113.1")
                                << false;
    }
    void journalLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, matches);
        QCOMPARE(journalMatches(line), matches);
    }

    // The jail as fail2ban reads it: systemd backend on the agent's unit, upstream's rate.
    void jail()
    {
        QProcess dump;
        dump.start(QStandardPaths::findExecutable(QStringLiteral("fail2ban-client")),
                   {QStringLiteral("-c"), m_configDir, QStringLiteral("-d")});
        QVERIFY(dump.waitForFinished(60000));
        const QByteArray out = dump.readAllStandardOutput();
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
