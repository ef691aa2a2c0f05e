#include "TestAgent.h"
#include "TestBackup.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestS3rver.h"
#include "TestTool.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

// Backups to an S3-compatible server for real: s3rver over HTTPS on a loopback port (a test CA that the agent trusts
// through TRUSTED_CA_FILE), the credentials as target_user / target_pass; the config check and the status list the
// bucket with signed requests; duplicity's boto3 backend writes a full and an incremental; plain duplicity restores
// the tree; the server stopped shows in the status and makes a run fail.
class TestSystemBackupS3 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    TestS3rver m_s3;
    std::unique_ptr<TestHttp> m_http;

    QString target(const QString& bucketAndPrefix) const
    {
        return QStringLiteral("s3://127.0.0.1:%1/%2").arg(m_s3.port()).arg(bucketAndPrefix);
    }
    QString user() const { return QString::fromLatin1(TestS3rver::AccessKey); }
    QString pass() const { return QString::fromLatin1(TestS3rver::SecretKey); }
    // The objects of the backups as s3rver keeps them (bucket "backups", prefix "box/").
    QMap<QString, qint64> objects() const
    {
        return TestBackup::folderFiles(m_s3.dataDir() + QStringLiteral("/backups/box"),
                                       QStringLiteral("._S3rver_object"));
    }

    void checkSizes(const QJsonObject& status, int count) { TestBackup::checkSizes(status, count, objects()); }

private slots:
    void initTestCase()
    {
        if (TestTool::path(QStringLiteral("duplicity")).isEmpty())
            QSKIP("duplicity is not installed (./dev deps)");
        if (!TestTool::run(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import boto3")}).ok())
            QSKIP("python3-boto3 is not installed (./dev deps)");
        QString error;
        if (TestS3rver::program(&error).isEmpty())
            QSKIP(qPrintable(error));
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(m_tmp.path() + QStringLiteral("/s3")));
        QVERIFY2(m_s3.start(m_tmp.path() + QStringLiteral("/s3"), QStringLiteral("backups"), &error),
                 qPrintable(error));
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QVERIFY2(m_agent.restartWith("TRUSTED_CA_FILE", m_s3.caPath().toUtf8(), &error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QVERIFY(TestBackup::fillBox(m_agent));
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        m_agent.stop();
        TestBackup::endGpgAgents(m_agent);
    }

    // The config check lists the bucket as upstream does (boto3's words for S3's errors).
    void checksTarget()
    {
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(QStringLiteral("nothere/box")), user(), pass()),
                 QByteArray("\"An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The "
                            "specified bucket does not exist\"\n"));
        // (s3rver checks the access key, not Signature Version 4 itself: the unit test checks the signature.)
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(QStringLiteral("backups/box")), "nobody", pass()),
                 QByteArray("\"An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The "
                            "AWS Access Key Id you provided does not exist in our records.\"\n"));
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(QStringLiteral("")), user(), pass()),
                 QByteArray("\"Enter an S3 bucket name.\"\n"));
        QCOMPARE(TestBackup::setConfig(m_agent, *m_http, target(QStringLiteral("backups/box")), user(), pass()),
                 QByteArray("\"OK\"\n"));
        const QJsonObject config = TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/config"));
        QCOMPARE(config.value(QStringLiteral("target")).toString(), target(QStringLiteral("backups/box")));
        QVERIFY(!config.contains(QStringLiteral("target_pass")));
    }

    void fullThenIncremental()
    {
        QJsonObject run = TestBackup::runBackup(m_agent, *m_http);
        QVERIFY2(run.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        QVERIFY(!objects().isEmpty());
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
        QCOMPARE(status.value(QStringLiteral("backups")).toArray()[0].toObject().value(QStringLiteral("full")),
                 QJsonValue(false));
    }

    // Plain duplicity with the same server, credentials and CA gives back the tree byte for byte.
    void restoreLatest()
    {
        const QString into = m_tmp.path() + QStringLiteral("/restored");
        const TestTool::Result r = TestBackup::restore(
            m_agent, QStringLiteral("boto3+s3://backups/box"), into, m_tmp.path() + QStringLiteral("/restore-cache"),
            {QStringLiteral("--s3-endpoint-url"), m_s3.endpoint()},
            {QStringLiteral("AWS_ACCESS_KEY_ID=") + user(), QStringLiteral("AWS_SECRET_ACCESS_KEY=") + pass(),
             QStringLiteral("AWS_CA_BUNDLE=") + m_s3.caPath()});
        QVERIFY2(r.ok(), r.message().constData());
        const QMap<QString, QByteArray> source = TestBackup::sourceTree(m_agent);
        QVERIFY(source.contains(QStringLiteral("mail/mailboxes/example.com/admin/cur/3.eml")));
        QCOMPARE(TestBackup::treeHashes(into, {QStringLiteral("boxkeeper")}), source);
    }

    // The server goes away: the status says so, a run fails with a readable message.
    void targetGone()
    {
        m_s3.stop();
        const QString expected =
            QStringLiteral("Cannot reach the S3 endpoint %1: Connection refused").arg(m_s3.endpoint());
        const QJsonObject status = TestBackup::getObject(m_agent, *m_http, QStringLiteral("/system/backup/status"));
        QCOMPARE(status, QJsonObject({{QStringLiteral("error"), expected}}));
        const QJsonObject run = TestBackup::runBackup(m_agent, *m_http);
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(run.value(QStringLiteral("message")).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSystemBackupS3)
#include "tst_system_backup_s3.moc"
