#include "TestFiles.h"
#include "TestMailLog.h"
#include "monitoring/HostReadings.h"
#include "monitoring/MailLogFollower.h"
#include "monitoring/MailLogLine.h"
#include "monitoring/MailQueue.h"

#include <QtTest>

using Counts = MailLogLine::Counts;
Q_DECLARE_METATYPE(MailLogLine::Event)

namespace {

QString data(const char* name)
{
    return QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/monitoring/") + QLatin1String(name);
}

Counts counts(qint64 received, qint64 sent, qint64 rejected)
{
    Counts c;
    c.received = received;
    c.sent = sent;
    c.rejected = rejected;
    return c;
}

bool append(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(text) == text.size();
}

using TestMailLog::Delivered;
using TestMailLog::Rejected;
using TestMailLog::Sent;
const QByteArray Other = "Dec  6 07:00:03 box postfix/qmgr[14]: 4N1aaa: removed\n";

} // namespace

// The monitoring module's pure readers, with fixed texts: /proc/loadavg, /proc/meminfo, `postqueue -j`, postfix's
// mail log lines; and the mail log follower on files of the test (appends, partial lines, rotations, truncation).
class TestMonitoringParsers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void loadAverage()
    {
        QCOMPARE(HostReadings::parseLoadAverage("0.52 0.58 0.59 1/467 12345\n"), std::optional<double>(0.52));
        QCOMPARE(HostReadings::parseLoadAverage("12.00 3.10 1.00 9/900 1\n"), std::optional<double>(12.0));
        QCOMPARE(HostReadings::parseLoadAverage(""), std::nullopt);
        QCOMPARE(HostReadings::parseLoadAverage("load high\n"), std::nullopt);
        // This machine's own file reads as a load.
        QVERIFY(HostReadings::parseLoadAverage(HostReadings::readSmallFile(QStringLiteral("/proc/loadavg"))));
    }

    void memInfo()
    {
        const auto m = HostReadings::parseMemInfo(TestFiles::read(data("meminfo")));
        QVERIFY(m);
        QCOMPARE(m->totalBytes, qint64(2014512) * 1024);
        QCOMPARE(m->availableBytes, qint64(1203344) * 1024);
        QCOMPARE(m->usedBytes(), qint64(2014512 - 1203344) * 1024);
        // A kernel without MemAvailable: free + buffers + cache.
        const auto old = HostReadings::parseMemInfo(
            "MemTotal:  1000 kB\nMemFree:  100 kB\nBuffers:  20 kB\nCached:  300 kB\nSwapCached: 5 kB\n");
        QVERIFY(old);
        QCOMPARE(old->availableBytes, qint64(420) * 1024);
        // "MemTotalX" or "Cached" inside "SwapCached" are other keys.
        QCOMPARE(HostReadings::parseMemInfo("MemTotalX: 5 kB\nMemAvailable: 1 kB\n"), std::nullopt);
        QCOMPARE(HostReadings::parseMemInfo(""), std::nullopt);
        QCOMPARE(HostReadings::parseMemInfo("MemTotal: lots\nMemAvailable: 1 kB\n"), std::nullopt);
        const auto real = HostReadings::parseMemInfo(HostReadings::readSmallFile(QStringLiteral("/proc/meminfo")));
        QVERIFY(real && real->totalBytes > 0 && real->availableBytes <= real->totalBytes);
    }

    void disk()
    {
        // A file of 1 MiB in the folder: its file system has at least that much in use (an empty tmpfs has none).
        QVERIFY(TestFiles::write(m_tmp.path() + QStringLiteral("/used"), QByteArray(1 << 20, 'x')));
        const auto d = HostReadings::diskUsage(m_tmp.path());
        QVERIFY(d);
        QVERIFY2(d->usedBytes >= (1 << 20), qPrintable(QString::number(d->usedBytes)));
        QVERIFY(d->availableBytes >= 0);
        QCOMPARE(HostReadings::diskUsage(m_tmp.path() + QStringLiteral("/no/such/folder")), std::nullopt);
    }

    void postqueueJson()
    {
        QCOMPARE(MailQueue::parseJson(TestFiles::read(data("postqueue-j.txt"))), std::optional<int>(3));
        QCOMPARE(MailQueue::parseJson(""), std::optional<int>(0)); // an empty queue prints nothing
        QCOMPARE(MailQueue::parseJson("\n"), std::optional<int>(0));
        QCOMPARE(MailQueue::parseJson("Mail queue is empty\n"), std::nullopt); // postqueue -p's text, not -j's
        QCOMPARE(MailQueue::parseJson("{\"queue_name\": \"active\"}\n"), std::nullopt);
        QCOMPARE(MailQueue::parseJson("[1, 2]\n"), std::nullopt);
    }

    void postqueueProgram()
    {
        // A stand-in for postqueue (the real one needs a running postfix): prints the recorded lines for -j.
        const QString script = m_tmp.path() + QStringLiteral("/postqueue");
        QVERIFY(TestFiles::write(script, "#!/bin/sh\n[ \"$1\" = -j ] || exit 64\ncat '" +
                                             QFile::encodeName(data("postqueue-j.txt")) + "'\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::ExeOwner));
        QCOMPARE(MailQueue::length(script), std::optional<int>(3));
        // postfix stopped: postqueue's fatal error, exit 69. No value, not zero.
        const QString down = m_tmp.path() + QStringLiteral("/postqueue-down");
        QVERIFY(TestFiles::write(
            down, "#!/bin/sh\necho 'postqueue: fatal: Queue report unavailable - mail system is down' >&2\nexit 69\n"));
        QVERIFY(QFile::setPermissions(down, QFile::ReadOwner | QFile::ExeOwner));
        QCOMPARE(MailQueue::length(down), std::nullopt);
        QCOMPARE(MailQueue::length(m_tmp.path() + QStringLiteral("/not-installed")), std::nullopt);
    }

    void mailLogLines_data()
    {
        using E = MailLogLine::Event;
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<E>("event");
        QTest::newRow("lmtp sent") << Delivered.trimmed() << E::Received;
        QTest::newRow("smtp sent") << Sent.trimmed() << E::Sent;
        QTest::newRow("smtpd NOQUEUE reject") << Rejected.trimmed() << E::Rejected;
        QTest::newRow("qmgr") << Other.trimmed() << E::None;
        QTest::newRow("local sent") << QByteArray(
                                           "Dec  6 06:27:05 box postfix/local[3020]: 4N0abe3: to=<root@box>, "
                                           "relay=local, delay=0.02, dsn=2.0.0, status=sent (delivered to mailbox)")
                                    << E::Received;
        QTest::newRow("virtual sent") << QByteArray(
                                             "Dec  6 06:27:05 box postfix/virtual[3021]: 4N0abe4: to=<a@b>, "
                                             "relay=virtual, delay=0.1, dsn=2.0.0, status=sent (delivered to maildir)")
                                      << E::Received;
        QTest::newRow("relay/smtp sent") << QByteArray(
                                                "Dec  6 06:27:11 box postfix/relay/smtp[3012]: 4N0ac27: to=<b@c>, "
                                                "relay=r[203.0.113.30]:587, dsn=2.0.0, status=sent (250 Ok)")
                                         << E::Sent;
        QTest::newRow("smtp deferred") << QByteArray(
                                              "Dec  6 06:27:01 box postfix/smtp[3010]: 4N0abd2: to=<o@example.org>, "
                                              "relay=none, delay=300, dsn=4.4.1, status=deferred (timed out)")
                                       << E::None;
        QTest::newRow("lmtp bounced") << QByteArray(
                                             "Dec  6 06:27:06 box postfix/lmtp[2351]: 4N0abf4: to=<me@example.com>, "
                                             "relay=127.0.0.1[127.0.0.1]:10025, dsn=5.2.2, status=bounced (full)")
                                      << E::None;
        QTest::newRow("submission reject")
            << QByteArray("Dec  6 06:27:02 box postfix/submission/smtpd[3001]: NOQUEUE: "
                          "reject: RCPT from laptop[192.0.2.50]: 553 5.7.1 <b@c>: Sender "
                          "address rejected: not owned by user me@example.com")
            << E::Rejected;
        QTest::newRow("postscreen reject")
            << QByteArray("Dec  6 06:27:08 box postfix/postscreen[1234]: NOQUEUE: reject: "
                          "RCPT from [198.51.100.10]:40000: 550 5.7.1 Service unavailable")
            << E::Rejected;
        QTest::newRow("queue id reject") << QByteArray(
                                                "Dec  6 06:27:09 box postfix/smtpd[2345]: 4N0ac05xyzab3: reject: RCPT "
                                                "from m[203.0.113.20]: 550 5.1.1 <nobody@example.com>: User unknown")
                                         << E::Rejected;
        QTest::newRow("reject_warning") << QByteArray(
                                               "Dec  6 06:27:04 box postfix/smtpd[2345]: NOQUEUE: reject_warning: "
                                               "RCPT from unknown[198.51.100.9]: 450 4.7.1 Client host rejected")
                                        << E::None;
        QTest::newRow("smtpd warning quoting reject") << QByteArray("Dec  6 06:27:04 box postfix/smtpd[2345]: warning: "
                                                                    "x: reject: y")
                                                      << E::None;
        QTest::newRow("cleanup milter-reject")
            << QByteArray("Dec  6 06:27:12 box postfix/cleanup[2350]: 4N0ac38: "
                          "milter-reject: END-OF-MESSAGE from u[198.51.100.11]: 5.7.1 Spam")
            << E::None;
        QTest::newRow("not postfix") << QByteArray("Dec  6 06:27:07 box dovecot[99]: lmtp: 4N0: to=<me@example.com>, "
                                                   "status=sent (saved)")
                                     << E::None;
        QTest::newRow("rfc3339 time")
            << QByteArray("2026-12-06T06:27:10.123456+00:00 box postfix/smtp[3011]: 4N0ac16: "
                          "to=<a@example.org>, relay=mx[203.0.113.9]:25, dsn=2.0.0, status=sent (250 Ok)")
            << E::Sent;
        QTest::newRow("empty") << QByteArray() << E::None;
        QTest::newRow("garbage") << QByteArray("]: [ postfix/smtp]: status=sent ") << E::None;
    }
    void mailLogLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(MailLogLine::Event, event);
        QCOMPARE(MailLogLine::classify(line), event);
    }

    void mailLogFile()
    {
        // A mail log of a Mail-in-a-Box box: 3 deliveries here, 3 to other servers, 5 refused recipients.
        QCOMPARE(MailLogLine::count(TestFiles::read(data("mail.log"))), counts(3, 3, 5));
        QCOMPARE(MailLogLine::count(Delivered + Sent + Sent.trimmed()), counts(1, 2, 0));
    }

    void followerAppends()
    {
        const QString log = m_tmp.path() + QStringLiteral("/append/mail.log");
        QVERIFY(TestFiles::write(log, Delivered + Sent + Rejected));
        MailLogFollower follower(log);
        follower.start();
        // What the log held at start is history.
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 0, 0)));
        QVERIFY(append(log, Delivered + Other + Rejected + Rejected));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(1, 0, 2)));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 0, 0)));
        // Half a line is counted once it is complete.
        QVERIFY(append(log, Sent.left(40)));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 0, 0)));
        QVERIFY(append(log, Sent.mid(40) + Sent));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 2, 0)));
    }

    void followerRotationByRename()
    {
        // logrotate's default: the log is renamed to mail.log.1 and a new one created; syslog may still write a
        // last line to the old one before it reopens.
        const QString dir = m_tmp.path() + QStringLiteral("/rename");
        const QString log = dir + QStringLiteral("/mail.log");
        QVERIFY(TestFiles::write(log, Other));
        MailLogFollower follower(log);
        follower.start();
        QVERIFY(append(log, Delivered));
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        QVERIFY(append(log + QStringLiteral(".1"), Sent)); // written to the old file after the rename
        QVERIFY(TestFiles::write(log, Rejected + Rejected + Delivered));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(2, 1, 2)));
        QVERIFY(append(log, Sent));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 1, 0)));
        // Rotated away, not created again yet: the old file's lines still count, then the new file from its start.
        QVERIFY(QFile::rename(log, log + QStringLiteral(".2")));
        QVERIFY(append(log + QStringLiteral(".2"), Rejected));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 0, 1)));
        QVERIFY(TestFiles::write(log, Delivered));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(1, 0, 0)));
    }

    void followerRotationByRemove()
    {
        const QString log = m_tmp.path() + QStringLiteral("/remove/mail.log");
        QVERIFY(TestFiles::write(log, Other + Other + Other));
        MailLogFollower follower(log);
        follower.start();
        QVERIFY(QFile::remove(log));
        QVERIFY(TestFiles::write(log, Sent + Sent + Sent + Sent)); // a new file, longer than the old one
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 4, 0)));
    }

    void followerTruncation()
    {
        // logrotate's copytruncate: the same file, emptied in place, then written again.
        const QString log = m_tmp.path() + QStringLiteral("/truncate/mail.log");
        QVERIFY(TestFiles::write(log, Other + Other + Other + Other));
        MailLogFollower follower(log);
        follower.start();
        QVERIFY(append(log, Delivered));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(1, 0, 0)));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(0));
            QVERIFY(f.write(Rejected) == Rejected.size());
        }
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 0, 1)));
    }

    void followerMissingLog()
    {
        // No log: no value (not zero); a log that appears later is read from its start.
        const QString log = m_tmp.path() + QStringLiteral("/missing/mail.log");
        MailLogFollower follower(log);
        follower.start();
        QCOMPARE(follower.poll(), std::nullopt);
        QVERIFY(TestFiles::write(log, Sent + Rejected));
        QCOMPARE(follower.poll(), std::optional<Counts>(counts(0, 1, 1)));
        // A folder is no log.
        MailLogFollower folder(m_tmp.path());
        folder.start();
        QCOMPARE(folder.poll(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringParsers)
#include "tst_monitoring_parsers.moc"
