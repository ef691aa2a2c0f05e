#include "TestAgent.h"
#include "TestBackup.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <memory>

class TestSystemBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    QString m_firstDate;
    QMap<QString, QByteArray> m_firstTree;

    QString target() const { return m_tmp.path() + QStringLiteral("/target"); }
    QString mailbox() const { return TestBackup::mailbox(m_agent); }

    QJsonObject getObject(const QString& path) { return TestBackup::getObject(m_agent, *m_http, path); }
    QJsonObject runBackup() { return TestBackup::runBackup(m_agent, *m_http); }
    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }

    // The bytes of the target's files whose name holds `.<date>.`.
    qint64 targetBytesOf(const QString& date) const
    {
        qint64 total = 0;
        for (const QFileInfo& f : QDir(target()).entryInfoList(QDir::Files)) {
            if (f.fileName().contains(QLatin1Char('.') + date + QLatin1Char('.')))
                total += f.size();
        }
        return total;
    }
    qint64 targetBytes() const
    {
        qint64 total = 0;
        for (const QFileInfo& f : QDir(target()).entryInfoList(QDir::Files))
            total += f.fileName().startsWith(QLatin1String("duplicity-")) ? f.size() : 0;
        return total;
    }

    // Plain duplicity, as an admin would run it: the passphrase of the box, an archive dir of its own.
    TestTool::Result restore(const QString& into, const QStringList& extra = {})
    {
        return TestBackup::restore(m_agent, QStringLiteral("file://") + target(), into,
                                   m_tmp.path() + QStringLiteral("/restore-cache"), extra);
    }

    QMap<QString, QByteArray> sourceTree() const { return TestBackup::sourceTree(m_agent); }

private slots:
    void initTestCase()
    {
        if (TestTool::path(QStringLiteral("duplicity")).isEmpty())
            QSKIP("duplicity is not installed (./dev deps)");
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QVERIFY(QDir().mkpath(target()));
        QVERIFY(TestBackup::fillBox(m_agent));
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, QStringLiteral("file://") + target()), QByteArray("\"OK\"\n"));
    }

    void cleanupTestCase()
    {
        m_agent.stop();
        TestBackup::endGpgAgents(m_agent);
    }

    void fullBackup()
    {
        m_firstTree = sourceTree();
        const QJsonObject run = runBackup();
        QVERIFY2(run.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run.value(QStringLiteral("full")).toBool(), true);

        const QJsonObject status = getObject(QStringLiteral("/system/backup/status"));
        const QJsonArray backups = status.value(QStringLiteral("backups")).toArray();
        QVERIFY2(backups.size() == 1, QJsonDocument(status).toJson().constData());
        const QJsonObject full = backups[0].toObject();
        m_firstDate = full.value(QStringLiteral("date")).toString();
        QVERIFY(full.value(QStringLiteral("full")).toBool());
        QCOMPARE(full.value(QStringLiteral("volumes")).toInt(), 1);
        QVERIFY(full.value(QStringLiteral("size")).toInteger() > 0);
        QCOMPARE(full.value(QStringLiteral("size")).toInteger(), targetBytesOf(m_firstDate));
        QCOMPARE(status.value(QStringLiteral("unmatched_file_size")).toInteger(),
                 targetBytes() - targetBytesOf(m_firstDate));
        QVERIFY2(full.value(QStringLiteral("date_delta")).toString().startsWith(QLatin1String("0 hours, ")),
                 qPrintable(full.value(QStringLiteral("date_delta")).toString()));
        QVERIFY(!full.contains(QStringLiteral("deleted_in"))); // a chain of a full backup alone
        // The archive dir is upstream's, inside the box.
        QVERIFY(QDir(m_agent.storageRoot() + QStringLiteral("/backup/cache")).exists());
    }

    void incrementalBackup()
    {
        QTest::qWait(1100); // duplicity names sets by the second
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/1.eml"), "Subject: first\n\nversion two, longer\n"));
        QVERIFY(QFile::remove(mailbox() + QStringLiteral("/2.eml")));
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/3.eml"), "Subject: third\n\nnew\n"));
        const QJsonObject run = runBackup();
        QVERIFY2(run.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run.value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(run.value(QStringLiteral("message")).toString(), QStringLiteral("Incremental backup made."));

        const QJsonObject status = getObject(QStringLiteral("/system/backup/status"));
        const QJsonArray backups = status.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 2);
        const QJsonObject inc = backups[0].toObject();
        QCOMPARE(inc.value(QStringLiteral("full")).toBool(), false);
        QVERIFY(inc.value(QStringLiteral("date")).toString() > m_firstDate);
        QCOMPARE(backups[1].toObject().value(QStringLiteral("date")).toString(), m_firstDate);
        QCOMPARE(inc.value(QStringLiteral("size")).toInteger(),
                 targetBytesOf(inc.value(QStringLiteral("date")).toString()));
        QVERIFY(inc.value(QStringLiteral("size")).toInteger() > 0);
        // The chain's estimate is on both of its sets.
        QVERIFY(inc.value(QStringLiteral("deleted_in")).toString().startsWith(QLatin1String("approx. ")));
        QCOMPARE(backups[1].toObject().value(QStringLiteral("deleted_in")), inc.value(QStringLiteral("deleted_in")));
    }

    // What each backup holds, as the desktop lists it before a restore (GET /boxkeeper/backup/files).
    void listsFiles()
    {
        const auto paths = [this](const QString& query) {
            const TestHttp::Reply r =
                m_http->get(m_agent.url(QStringLiteral("/boxkeeper/backup/files") + query), admin());
            QStringList out;
            for (const QJsonValue& f :
                 QJsonDocument::fromJson(r.body).object().value(QStringLiteral("files")).toArray()) {
                out.append(f.toObject().value(QStringLiteral("path")).toString());
                if (!QDateTime::fromString(f.toObject().value(QStringLiteral("modified")).toString(), Qt::ISODate)
                         .isValid())
                    out.append(QStringLiteral("<bad time>"));
            }
            return out;
        };
        const QString cur = QStringLiteral("mail/mailboxes/example.com/admin/cur/");
        const QStringList latest = paths(QString());
        QVERIFY2(latest.contains(cur + QStringLiteral("3.eml")), qPrintable(latest.join(QLatin1Char(' '))));
        QVERIFY(!latest.contains(cur + QStringLiteral("2.eml")));
        QVERIFY(latest.contains(QStringLiteral("mail/users.sqlite")));
        QVERIFY(!latest.contains(QStringLiteral("<bad time>")));
        QVERIFY(latest.filter(QRegularExpression(QStringLiteral("^backup(/|$)"))).isEmpty());
        const QStringList first = paths(QStringLiteral("?time=") + m_firstDate);
        QVERIFY(first.contains(cur + QStringLiteral("2.eml")));
        QVERIFY(!first.contains(cur + QStringLiteral("3.eml")));
        const TestHttp::Reply bad =
            m_http->get(m_agent.url(QStringLiteral("/boxkeeper/backup/files?time=yesterday")), admin());
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body,
                 QByteArray("Give the time as a backup's date (e.g. 20260418T010512Z) or in seconds since 1970."));
    }

    void restoreLatest()
    {
        const QString into = m_tmp.path() + QStringLiteral("/restored");
        const TestTool::Result r = restore(into);
        QVERIFY2(r.ok(), r.message().constData());
        const QMap<QString, QByteArray> restored = TestBackup::treeHashes(into);
        const QMap<QString, QByteArray> source = sourceTree();
        QVERIFY(source.contains(QStringLiteral("mail/mailboxes/example.com/admin/cur/3.eml")));
        QVERIFY(!restored.contains(QStringLiteral("backup/")));
        QCOMPARE(restored.keys(), source.keys());
        QCOMPARE(restored, source);
    }

    void restoreFirst()
    {
        // The first backup's tree: the old message text, the deleted message, no new one.
        const QString into = m_tmp.path() + QStringLiteral("/restored-first");
        const QDateTime first = QDateTime::fromString(m_firstDate, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY(first.isValid());
        QDateTime firstUtc = first;
        firstUtc.setTimeSpec(Qt::UTC);
        const TestTool::Result r =
            restore(into, {QStringLiteral("--time"), QString::number(firstUtc.toSecsSinceEpoch())});
        QVERIFY2(r.ok(), r.message().constData());
        QCOMPARE(TestBackup::treeHashes(into), m_firstTree);
        QCOMPARE(TestFiles::read(into + QStringLiteral("/mail/mailboxes/example.com/admin/cur/1.eml")),
                 QByteArray("Subject: first\n\nversion one\n"));
    }

    // The nightly run (`boxkeeper-agent --daily`, beside the serving agent) backs up first.
    void dailyBacksUp()
    {
        QTest::qWait(1100); // duplicity names sets by the second
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/4.eml"), "Subject: fourth\n\nnightly\n"));
        QProcess daily;
        daily.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                    {QStringLiteral("--daily"), QStringLiteral("--config"), m_agent.configPath()});
        QVERIFY(daily.waitForFinished(300000));
        const QByteArray out = daily.readAllStandardOutput();
        QVERIFY2(daily.exitCode() == 0, (out + daily.readAllStandardError()).constData());
        QVERIFY2(out.startsWith("Incremental backup made.\n"), out.constData());
        const QJsonArray backups = getObject(QStringLiteral("/system/backup/status")).value("backups").toArray();
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups[0].toObject().value(QStringLiteral("full")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSystemBackup)
#include "tst_system_backup.moc"
