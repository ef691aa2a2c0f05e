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

using TestBackup::treeHashes;

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

    // The tree without the agent's own metrics database, which its sampler writes while it serves.
    QMap<QString, QByteArray> liveTree() const { return sourceTree(); }

    QString servicesLog() const { return m_tmp.path() + QStringLiteral("/services"); }

    // A backup job started with POST `path` and the form, then its state once it ended.
    QJsonObject runJob(const QString& path, const QList<QPair<QString, QString>>& fields = {})
    {
        const auto r = m_http->postForm(m_agent.url(path), fields, admin());
        if (r.status != 202)
            return {{QStringLiteral("error"), QString::fromUtf8(r.body)}};
        QElapsedTimer timer;
        timer.start();
        QJsonObject state;
        while (timer.elapsed() < 240000) {
            state = getObject(path);
            if (state.value(QStringLiteral("state")).toString() != QLatin1String("running"))
                break;
            QTest::qWait(100);
        }
        return state;
    }
    QJsonObject restoreJob(const QList<QPair<QString, QString>>& fields)
    {
        return runJob(QStringLiteral("/boxkeeper/backup/restore"), fields);
    }

private slots:
    void initTestCase()
    {
        if (TestTool::path(QStringLiteral("duplicity")).isEmpty())
            QSKIP("duplicity is not installed (./dev deps)");
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        // No mail services on a test box: the commands around a snapshot or a restore leave their mark.
        QVERIFY2(m_agent.restartWith(
                     {{"BACKUP_STOP_COMMAND", "/bin/sh -c \"echo stop >> " + servicesLog().toUtf8() + "\""},
                      {"BACKUP_START_COMMAND", "/bin/sh -c \"echo start >> " + servicesLog().toUtf8() + "\""}},
                     &error),
                 qPrintable(error));
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

    // The chain the agent wrote, read by plain duplicity with upstream's arguments (an archive dir of its own, so
    // only the target counts): both sets listed, with the dates the agent's status gives.
    void plainDuplicityListsTheChain()
    {
        const QString passphrase = QString::fromLatin1(
            TestFiles::read(m_agent.storageRoot() + QStringLiteral("/backup/secret_key.txt")).split('\n').first());
        const TestTool::Result r = TestTool::run(
            QStringLiteral("env"),
            {QStringLiteral("PASSPHRASE=") + passphrase, QStringLiteral("duplicity"),
             QStringLiteral("collection-status"), QStringLiteral("--archive-dir"),
             m_tmp.path() + QStringLiteral("/plain-cache"), QStringLiteral("--gpg-options=--cipher-algo=AES256"),
             QStringLiteral("--log-fd"), QStringLiteral("1"), QStringLiteral("file://") + target()},
            {}, 120000);
        QVERIFY2(r.ok(), r.message().constData());
        QStringList sets;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.startsWith(" full ") || line.startsWith(" inc "))
                sets.append(QString::fromLatin1(line.simplified()).section(QLatin1Char(' '), 0, 1));
        }
        QStringList expected;
        const QJsonArray backups =
            getObject(QStringLiteral("/system/backup/status")).value(QStringLiteral("backups")).toArray();
        for (auto it = backups.end(); it != backups.begin();) { // oldest first, as duplicity lists them
            const QJsonObject b = (*--it).toObject();
            expected.append(
                (b.value(QStringLiteral("full")).toBool() ? QStringLiteral("full ") : QStringLiteral("inc ")) +
                b.value(QStringLiteral("date")).toString());
        }
        QCOMPARE(sets, expected);
        QCOMPARE(sets.size(), 2);
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
        const QMap<QString, QByteArray> restored = TestBackup::treeHashes(into, {QStringLiteral("boxkeeper")});
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
        QCOMPARE(TestBackup::treeHashes(into, {QStringLiteral("boxkeeper")}), m_firstTree);
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

    // The agent's verification: the latest backup matches the live data, then a change shows.
    void verify()
    {
        // --daily changed the box after its backup (TLS): a backup of the box as it is now first.
        QTest::qWait(1100); // duplicity names sets by the second
        QCOMPARE(runBackup().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QJsonObject done = runJob(QStringLiteral("/boxkeeper/backup/verify"));
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        // Nothing differs but the agent's metrics database and audit log, written since the backup (the verification
        // run is recorded as it starts).
        const int compared = done.value(QStringLiteral("compared")).toInt();
        QVERIFY(compared > 10);
        QStringList details = done.value(QStringLiteral("details")).toVariant().toStringList();
        const QRegularExpression agentOwn(QStringLiteral("boxkeeper/(metrics|audit)\\.sqlite"));
        QVERIFY2(details.filter(agentOwn).size() == details.size(), qPrintable(details.join(QLatin1Char('\n'))));
        QCOMPARE(done.value(QStringLiteral("differences")).toInt(), details.size());
        if (details.isEmpty())
            QCOMPARE(done.value(QStringLiteral("message")).toString(),
                     QStringLiteral("The latest backup matches the live data (%1 files compared).").arg(compared));

        const QString changed = mailbox() + QStringLiteral("/4.eml");
        const QByteArray old = TestFiles::read(changed);
        QVERIFY(TestFiles::write(changed, "Subject: fourth\n\nchanged after the backup\n"));
        done = runJob(QStringLiteral("/boxkeeper/backup/verify"));
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY2(done.value(QStringLiteral("differences")).toInt() >= 1, QJsonDocument(done).toJson().constData());
        details = done.value(QStringLiteral("details")).toVariant().toStringList();
        QVERIFY2(!details.filter(QStringLiteral("mail/mailboxes/example.com/admin/cur/4.eml")).isEmpty(),
                 qPrintable(details.join(QLatin1Char('\n'))));
        QVERIFY(TestFiles::write(changed, old));
    }

    // Restores through the agent into new directories: byte for byte what the backups hold.
    void restoreOneFile()
    {
        const QString into = m_tmp.path() + QStringLiteral("/agent-file");
        const QString relative = QStringLiteral("mail/mailboxes/example.com/admin/cur/1.eml");
        const QJsonObject done = restoreJob({{QStringLiteral("path"), relative}, {QStringLiteral("into"), into}});
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(treeHashes(into + QStringLiteral("/mail/mailboxes/example.com/admin/cur")),
                 (QMap<QString, QByteArray>{
                     {QStringLiteral("1.eml"), treeHashes(mailbox()).value(QStringLiteral("1.eml"))}}));
        QCOMPARE(QFileInfo(into + QLatin1Char('/') + relative).lastModified().toSecsSinceEpoch(),
                 QFileInfo(m_agent.storageRoot() + QLatin1Char('/') + relative).lastModified().toSecsSinceEpoch());

        // At the first backup: its version of the file.
        const QString first = m_tmp.path() + QStringLiteral("/agent-file-first");
        QCOMPARE(restoreJob({{QStringLiteral("path"), relative},
                             {QStringLiteral("time"), m_firstDate},
                             {QStringLiteral("into"), first}})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(TestFiles::read(first + QLatin1Char('/') + relative), QByteArray("Subject: first\n\nversion one\n"));
    }

    void restoreOneMailbox()
    {
        const QString into = m_tmp.path() + QStringLiteral("/agent-mailbox");
        QVERIFY(QDir().mkpath(into)); // an empty directory will do
        const QJsonObject done = restoreJob(
            {{QStringLiteral("mailbox"), QStringLiteral("admin@example.com")}, {QStringLiteral("into"), into}});
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        const QString box = QStringLiteral("/mail/mailboxes/example.com/admin");
        QCOMPARE(QDir(into).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("mail")});
        QCOMPARE(treeHashes(into + box), treeHashes(m_agent.storageRoot() + box));
        QVERIFY(treeHashes(into + box).contains(QStringLiteral("cur/4.eml")));
    }

    void restoreEverything()
    {
        const QString into = m_tmp.path() + QStringLiteral("/agent-all");
        QJsonObject done = restoreJob({{QStringLiteral("into"), into}});
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(treeHashes(into, {QStringLiteral("boxkeeper")}), liveTree());
        QVERIFY(treeHashes(into).contains(QStringLiteral("boxkeeper/metrics.sqlite")));
        const QString first = m_tmp.path() + QStringLiteral("/agent-all-first");
        done = restoreJob({{QStringLiteral("into"), first}, {QStringLiteral("time"), m_firstDate}});
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(treeHashes(first, {QStringLiteral("boxkeeper")}), m_firstTree);
    }

    // Over the live data (into_storage_root=1): the services stopped and started around it, the tree of the latest
    // backup back, what it replaced kept aside.
    void restoreIntoStorageRoot()
    {
        const QMap<QString, QByteArray> backedUp = liveTree();
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/1.eml"), "Subject: first\n\nlost edit\n"));
        QVERIFY(QFile::remove(mailbox() + QStringLiteral("/3.eml")));
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/5.eml"), "Subject: fifth\n\nafter the backup\n"));
        QVERIFY(QDir(m_agent.storageRoot() + QStringLiteral("/www/default")).removeRecursively());
        QVERIFY(QFile::remove(servicesLog()));
        const QJsonObject done = restoreJob({{QStringLiteral("into_storage_root"), QStringLiteral("1")}});
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(TestFiles::read(servicesLog()), QByteArray("stop\nstart\n"));
        QCOMPARE(liveTree(), backedUp);
        const QStringList replaced = QDir(m_agent.storageRoot() + QStringLiteral("/backup"))
                                         .entryList({QStringLiteral("replaced-*")}, QDir::Dirs);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(TestFiles::read(m_agent.storageRoot() + QStringLiteral("/backup/") + replaced.first() +
                                 QStringLiteral("/mail/mailboxes/example.com/admin/cur/5.eml")),
                 QByteArray("Subject: fifth\n\nafter the backup\n"));
        QVERIFY(done.value(QStringLiteral("message"))
                    .toString()
                    .endsWith(QLatin1String("Restart boxkeeper-agent so that it opens the restored users database.")));
        QTRY_VERIFY(m_agent.stderrOutput().contains("restoring everything from the latest backup over STORAGE_ROOT"));
        // As the answer says: the agent opens the restored users database.
        QString error;
        m_agent.stop();
        QVERIFY2(m_agent.start(&error, {}, m_agent.dir()), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QCOMPARE(m_http->get(m_agent.url(QStringLiteral("/mail/users?format=json")), admin()).status, 200);
    }

    // Retention (domain.md §13.3): with min_age 0, the older chain goes once a newer full backup exists.
    void retention()
    {
        QCOMPARE(m_http
                     ->postForm(m_agent.url(QStringLiteral("/system/backup/config")),
                                {{QStringLiteral("target"), QStringLiteral("file://") + target()},
                                 {QStringLiteral("min_age"), QStringLiteral("0")}},
                                admin())
                     .body,
                 QByteArray("\"OK\"\n"));
        QTest::qWait(1100); // duplicity names sets by the second
        QVERIFY(TestFiles::write(mailbox() + QStringLiteral("/6.eml"), "Subject: sixth\n\n\n"));
        QJsonObject done = runBackup();
        QCOMPARE(done.value(QStringLiteral("message")).toString(), QStringLiteral("Incremental backup made."));
        // No newer full backup yet: the chain stays, however old.
        QJsonArray backups = getObject(QStringLiteral("/system/backup/status")).value("backups").toArray();
        QCOMPARE(backups.size(), 5);

        QTest::qWait(1100);
        done = runJob(QStringLiteral("/boxkeeper/backup/run"), {{QStringLiteral("full"), QStringLiteral("1")}});
        QCOMPARE(done.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        backups = getObject(QStringLiteral("/system/backup/status")).value("backups").toArray();
        QCOMPARE(backups.size(), 1);
        const QString date = backups[0].toObject().value(QStringLiteral("date")).toString();
        QVERIFY(date > m_firstDate);
        QCOMPARE(targetBytesOf(m_firstDate), 0);
        QCOMPARE(targetBytes(), targetBytesOf(date));
    }

    // A target that is gone: the run fails, and the failure and the last good run are still known after a restart.
    void failingTargetPersists()
    {
        // duplicity makes a missing file:// directory again (and retries for minutes where it cannot write): a
        // target that cannot be made, as a disk gone with its mount point.
        const QString settings = m_agent.storageRoot() + QStringLiteral("/backup/custom.yaml");
        const QByteArray saved = TestFiles::read(settings);
        QVERIFY(TestFiles::write(settings, "min_age_in_days: 0\ntarget: file:///proc/nonexistent/backups\n"));
        const QJsonObject done = runBackup();
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString reason = done.value(QStringLiteral("message")).toString();
        QVERIFY2(reason.startsWith(QLatin1String("Something is wrong with the backup: ")), qPrintable(reason));
        QVERIFY(getObject(QStringLiteral("/system/backup/status")).contains(QStringLiteral("error")));

        QString error;
        m_agent.stop();
        QVERIFY2(m_agent.start(&error, {}, m_agent.dir()), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        const QJsonObject state = getObject(QStringLiteral("/boxkeeper/backup/run"));
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(state.value(QStringLiteral("last_failure")).toObject().value(QStringLiteral("message")).toString(),
                 reason);
        QCOMPARE(state.value(QStringLiteral("last_success")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Full backup made."));
        QVERIFY(TestFiles::write(settings, saved));
    }
};

QTEST_GUILESS_MAIN(TestSystemBackup)
#include "tst_system_backup.moc"
