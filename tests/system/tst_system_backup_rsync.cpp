#include "TestAgent.h"
#include "TestBackup.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestSshd.h"
#include "TestTool.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

// Backups over rsync+ssh for real: the agent's own key pair (made by the agent), an sshd of the test's own on a
// loopback port that trusts it, a full and an incremental backup, the status with the sizes rsync lists, plain
// duplicity restores the tree, and a target that goes away.
class TestSystemBackupRsync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    TestSshd m_sshd;
    std::unique_ptr<TestHttp> m_http;
    bool m_rootSshExisted = false;

    QString remote() const { return m_tmp.path() + QStringLiteral("/remote"); }
    QString key() const { return m_agent.dir() + QStringLiteral("/system/root/.ssh/id_rsa_miab"); }
    // duplicity's form of an absolute remote path: '//' after the host.
    QString target(const QString& path) const
    {
        return QStringLiteral("rsync://%1@127.0.0.1:%2/%3").arg(m_sshd.user()).arg(m_sshd.port()).arg(path);
    }

    // Each backup of the status has the size of its files on the remote side, which holds them all.
    void checkSizes(const QJsonObject& status, int count)
    {
        TestBackup::checkSizes(status, count, TestBackup::folderFiles(remote()));
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"duplicity", "rsync", "ssh", "ssh-keygen"}) {
            if (TestTool::path(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (./dev deps)").arg(QLatin1String(tool))));
        }
        if (const QString reason = TestSshd::cannotRun(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        m_rootSshExisted = QFileInfo::exists(QStringLiteral("/root/.ssh"));
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());

        // The agent makes its key pair and shows the public key.
        const QJsonObject config = TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/config"));
        const QByteArray publicKey = TestFiles::read(key() + QStringLiteral(".pub"));
        QVERIFY(publicKey.startsWith("ssh-rsa "));
        QCOMPARE(config.value(QStringLiteral("ssh_pub_key")).toString().toUtf8(), publicKey);

        QVERIFY(QDir().mkpath(m_tmp.path() + QStringLiteral("/sshd")));
        QVERIFY2(m_sshd.start(m_tmp.path() + QStringLiteral("/sshd"), publicKey, &error), qPrintable(error));
        QVERIFY(TestBackup::fillBox(m_agent));
    }

    void cleanupTestCase()
    {
        m_sshd.stop();
        m_agent.stop();
        TestBackup::endGpgAgents(m_agent);
        // Nothing of the machine's root ssh folder was made or used.
        if (!m_rootSshExisted)
            QVERIFY(!QFileInfo::exists(QStringLiteral("/root/.ssh")));
    }

    // The config check lists the remote folder with rsync over ssh, as upstream does.
    void checksTarget()
    {
        const QString missing = m_tmp.path() + QStringLiteral("/missing");
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(missing)),
                 QByteArray("\"Connection to rsync host failed: Provided path ") + missing.toUtf8() +
                     "/ is invalid.\"\n");
        QVERIFY(QDir().mkpath(remote()));
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(remote())), QByteArray("\"OK\"\n"));
        QCOMPARE(TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/config"))
                     .value(QStringLiteral("target"))
                     .toString(),
                 target(remote()));
    }

    void fullThenIncremental()
    {
        QJsonObject run = TestBackup::runBackup(m_agent, *m_http);
        QVERIFY2(run.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        QVERIFY(!TestBackup::folderFiles(remote()).isEmpty());
        checkSizes(TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status")), 1);

        QTest::qWait(1100); // duplicity names sets by the second
        const QString cur = TestBackup::mailbox(m_agent);
        QVERIFY(TestFiles::write(cur + QStringLiteral("/1.eml"), "Subject: first\n\nversion two, longer\n"));
        QVERIFY(QFile::remove(cur + QStringLiteral("/2.eml")));
        QVERIFY(TestFiles::write(cur + QStringLiteral("/3.eml"), "Subject: third\n\nnew\n"));
        run = TestBackup::runBackup(m_agent, *m_http);
        QVERIFY2(run.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run.value(QStringLiteral("message")).toString(), QStringLiteral("Incremental backup made."));
        const QJsonObject status = TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status"));
        checkSizes(status, 2);
        const QJsonArray backups = status.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups[0].toObject().value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(backups[1].toObject().value(QStringLiteral("full")).toBool(), true);
    }

    // Plain duplicity over the same ssh server, with the box's key, gives back the tree byte for byte.
    void restoreLatest()
    {
        const QString into = m_tmp.path() + QStringLiteral("/restored");
        const TestTool::Result r =
            TestBackup::restore(m_agent, target(remote()), into, m_tmp.path() + QStringLiteral("/restore-cache"),
                                {QStringLiteral("--rsync-options=-e \"%1\"").arg(m_sshd.sshCommand(key()))});
        QVERIFY2(r.ok(), r.message().constData());
        const QMap<QString, QByteArray> source = TestBackup::sourceTree(m_agent);
        QVERIFY(source.contains(QStringLiteral("mail/mailboxes/example.com/admin/cur/3.eml")));
        QCOMPARE(TestBackup::treeHashes(into, {QStringLiteral("boxkeeper")}), source);
    }

    // The remote folder goes away: upstream's message in the status and as the reason of a failed run.
    void folderGone()
    {
        const QString moved = m_tmp.path() + QStringLiteral("/moved");
        QVERIFY(QDir().rename(remote(), moved));
        const QString expected =
            QStringLiteral("Connection to rsync host failed: Provided path %1/ is invalid.").arg(remote());
        QCOMPARE(TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status")),
                 QJsonObject({{QStringLiteral("error"), expected}}));
        const QJsonObject run = TestBackup::runBackup(m_agent, *m_http);
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(run.value(QStringLiteral("message")).toString(), expected);
        QVERIFY(QDir().rename(moved, remote()));
        checkSizes(TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status")), 2);
    }

    // The server goes away: the status says so, a run fails with a readable message.
    void targetGone()
    {
        m_sshd.stop();
        const QJsonObject status = TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status"));
        const QString error = status.value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QLatin1String("Connection to rsync host failed: ")) &&
                     error.contains(QLatin1String("Connection refused")),
                 QJsonDocument(status).toJson().constData());
        const QJsonObject run = TestBackup::runBackup(m_agent, *m_http);
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(run.value(QStringLiteral("message")).toString().contains(QLatin1String("Connection refused")),
                 QJsonDocument(run).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestSystemBackupRsync)
#include "tst_system_backup_rsync.moc"
