#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

// The backup routes of api.md §9.11–9.13 and ours under /admin/boxkeeper/backup/ on a live agent (demo box).
class TestBackupRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    const QByteArray m_html = "text/html; charset=utf-8";
    const QByteArray m_json = "application/json";

    QString backupRoot() const { return m_agent.storageRoot() + QStringLiteral("/backup"); }
    QString settingsFile() const { return backupRoot() + QStringLiteral("/custom.yaml"); }
    QString releaseMarker() const { return m_tmp.path() + QStringLiteral("/release"); }
    QString startedMarker() const { return m_tmp.path() + QStringLiteral("/started"); }

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply get(const QString& path) { return m_http->get(m_agent.url(path), admin()); }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields = {})
    {
        return m_http->postForm(m_agent.url(path), fields, admin());
    }
    TestHttp::Reply saveConfig(const QString& target, const QString& minAge = QStringLiteral("3"))
    {
        return post(QStringLiteral("/system/backup/config"), {{QStringLiteral("target"), target},
                                                              {QStringLiteral("target_user"), QString()},
                                                              {QStringLiteral("target_pass"), QString()},
                                                              {QStringLiteral("min_age"), minAge}});
    }
    static QJsonObject object(const TestHttp::Reply& r) { return QJsonDocument::fromJson(r.body).object(); }

    // The run's state once it is no longer running (at most `seconds`).
    QJsonObject waitForRun(int seconds = 120)
    {
        QJsonObject state;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < seconds * 1000) {
            state = object(get(QStringLiteral("/boxkeeper/backup/run")));
            if (state.value(QStringLiteral("state")).toString() != QLatin1String("running"))
                return state;
            QTest::qWait(100);
        }
        return state;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        // No services on a demo box: the test's stop command waits for the test's word, the start command leaves a
        // mark.
        const QByteArray stop = "/bin/sh -c \"while [ ! -e " + releaseMarker().toUtf8() + " ]; do sleep 0.05; done\"";
        const QByteArray start = "/bin/sh -c \"echo started >> " + startedMarker().toUtf8() + "\"";
        QVERIFY2(m_agent.restartWith({{"BACKUP_STOP_COMMAND", stop}, {"BACKUP_START_COMMAND", start}}, &error),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
    }

    void cleanupTestCase()
    {
        TestFiles::write(releaseMarker(), "");
        m_agent.stop();
        // gpg (run by duplicity) started an agent in the box's gpg home: ended with the box.
        TestTool::run(QStringLiteral("gpgconf"),
                      {QStringLiteral("--homedir"), backupRoot() + QStringLiteral("/home/.gnupg"),
                       QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void administratorsOnly()
    {
        for (const auto& [method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/system/backup/status")},
                                               {"GET", QStringLiteral("/system/backup/config")},
                                               {"POST", QStringLiteral("/system/backup/config")},
                                               {"GET", QStringLiteral("/boxkeeper/backup/run")},
                                               {"POST", QStringLiteral("/boxkeeper/backup/run")}}) {
            QCOMPARE(m_http->request(method, m_agent.url(path)).status, 401);
        }
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void defaultConfig()
    {
        const auto r = get(QStringLiteral("/system/backup/config"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_json);
        const QString dir = backupRoot();
        // The box's ssh key pair for rsync targets, made by the agent as upstream's setup makes it (in
        // SYSTEM_ROOT/root/.ssh); the config shows the public key as the file holds it.
        const QString key = m_agent.dir() + QStringLiteral("/system/root/.ssh/id_rsa_miab");
        const QFileDevice::Permissions mode = QFileInfo(key).permissions();
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(mode &
                     (QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        const QByteArray publicKey = TestFiles::read(key + QStringLiteral(".pub"));
        QVERIFY2(publicKey.startsWith("ssh-rsa ") && publicKey.endsWith('\n'), publicKey.constData());
        QCOMPARE(r.body, QByteArray("{\n  \"enc_pw_file\": \"") + dir.toUtf8() +
                             "/secret_key.txt\",\n  \"file_target_directory\": \"" + dir.toUtf8() +
                             "/encrypted\",\n  \"min_age_in_days\": 3,\n  \"ssh_pub_key\": \"" + publicKey.chopped(1) +
                             "\\n\",\n  \"target\": \"file://" + dir.toUtf8() + "/encrypted\"\n}\n");
        // An existing key is kept.
        QVERIFY(TestFiles::write(key + QStringLiteral(".pub"), "ssh-rsa AAAAB3Nza root@box.example.com\n"));
        QCOMPARE(object(get(QStringLiteral("/system/backup/config"))).value(QStringLiteral("ssh_pub_key")).toString(),
                 QStringLiteral("ssh-rsa AAAAB3Nza root@box.example.com\n"));
        QVERIFY(TestFiles::write(key + QStringLiteral(".pub"), publicKey));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("minAge");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        // Upstream's 500s answered 400 with one line.
        QTest::newRow("min_age not a number")
            << "local"
            << "three" << 400 << QByteArray("Invalid min_age (three): it must be a whole number of days.");
        QTest::newRow("min_age empty") << "local"
                                       << "" << 400
                                       << QByteArray("Invalid min_age (): it must be a whole number of days.");
        QTest::newRow("missing directory")
            << "file:///nonexistent/backups"
            << "3" << 400 << QByteArray("The backup directory /nonexistent/backups does not exist.");
        QTest::newRow("s3 without host") << "s3:///bucket"
                                         << "3" << 400
                                         << QByteArray("Enter the S3 server's host name in the target "
                                                       "(s3://[region@]host/bucket).");
        // An S3 server that cannot be reached (upstream: 500).
        QTest::newRow("s3 unreachable") << "s3://127.0.0.1:1/bucket"
                                        << "3" << 400
                                        << QByteArray("Cannot reach the S3 endpoint https://127.0.0.1:1: Connection "
                                                      "refused");
        QTest::newRow("b2") << "b2://id:key@bucket"
                            << "3" << 400 << QByteArray("Backups to Backblaze B2 are not supported by this agent yet.");
        // Upstream's messages: 200 with a JSON string.
        QTest::newRow("s3 without bucket") << "s3://s3.example.com"
                                           << "3" << 200 << QByteArray("\"Enter an S3 bucket name.\"\n");
        QTest::newRow("b2 without key") << "b2://bucket"
                                        << "3" << 200 << QByteArray("\"substring not found\"\n");
        // rsync's listing over ssh fails: upstream's message (the reason it has none for: ssh's own line).
        QTest::newRow("rsync refused") << "rsync://user@127.0.0.1:1/box"
                                       << "3" << 200
                                       << QByteArray("\"Connection to rsync host failed: ssh: connect to host "
                                                     "127.0.0.1 port 1: Connection refused\"\n");
        QTest::newRow("other scheme") << "ftp://x"
                                      << "3" << 200 << QByteArray("\"ftp://x\"\n");
        QTest::newRow("empty target") << ""
                                      << "3" << 200 << QByteArray("\"\"\n");
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, target);
        QFETCH(QString, minAge);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QVERIFY(TestFiles::write(settingsFile(), "min_age_in_days: 5\ntarget: 'off'\n"));
        const auto r = saveConfig(target, minAge);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Content-Type"), status == 200 ? m_json : m_html);
        QCOMPARE(TestFiles::read(settingsFile()), QByteArray("min_age_in_days: 5\ntarget: 'off'\n"));
        QVERIFY(QFile::remove(settingsFile()));
    }

    void saveConfig()
    {
        const QString target = QStringLiteral("file://") + m_tmp.path();
        // Extra keys of the file stay; the credentials are written but never shown.
        QVERIFY(TestFiles::write(settingsFile(), "target: local\nnote: mine\n"));
        auto r =
            post(QStringLiteral("/system/backup/config"), {{QStringLiteral("target"), target},
                                                           {QStringLiteral("target_user"), QStringLiteral("key-id")},
                                                           {QStringLiteral("target_pass"), QStringLiteral("s3cret")},
                                                           {QStringLiteral("min_age"), QStringLiteral(" 7 ")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_json);
        QCOMPARE(r.body, QByteArray("\"OK\"\n"));
        QCOMPARE(TestFiles::read(settingsFile()), QByteArray("min_age_in_days: 7\ntarget: ") + target.toUtf8() +
                                                      "\nnote: mine\ntarget_user: key-id\ntarget_pass: s3cret\n");
        const QJsonObject config = object(get(QStringLiteral("/system/backup/config")));
        QCOMPARE(config.value(QStringLiteral("target")).toString(), target);
        QCOMPARE(config.value(QStringLiteral("min_age_in_days")).toInt(), 7);
        QCOMPARE(config.value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
        QVERIFY(!config.contains(QStringLiteral("target_user")));
        QVERIFY(!config.contains(QStringLiteral("target_pass")));

        // off: no status at all.
        QCOMPARE(saveConfig(QStringLiteral("off"), QStringLiteral("0")).body, QByteArray("\"OK\"\n"));
        r = get(QStringLiteral("/system/backup/status"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}\n"));
        QCOMPARE(object(get(QStringLiteral("/system/backup/config"))).value(QStringLiteral("target")).toString(),
                 QStringLiteral("off"));
    }

    void statusWithoutKey()
    {
        // Before the first backup there is no secret key: the status says so (200, as upstream's error answer).
        QCOMPARE(saveConfig(QStringLiteral("local")).body, QByteArray("\"OK\"\n"));
        const auto r = get(QStringLiteral("/system/backup/status"));
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value(QStringLiteral("error")).toString(),
                 QStringLiteral("Cannot read %1/secret_key.txt: No such file or directory").arg(backupRoot()));
    }

    void runOffIsSkipped()
    {
        QCOMPARE(object(get(QStringLiteral("/boxkeeper/backup/run"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("idle"));
        QCOMPARE(saveConfig(QStringLiteral("off")).body, QByteArray("\"OK\"\n"));
        const auto r = post(QStringLiteral("/boxkeeper/backup/run"));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("Content-Type"), m_json);
        const QJsonObject done = waitForRun();
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QCOMPARE(done.value(QStringLiteral("message")).toString(), QStringLiteral("Backups are turned off."));
        QVERIFY(!QFile::exists(backupRoot() + QStringLiteral("/secret_key.txt")));
    }

    void oneRunAtATime()
    {
        QCOMPARE(saveConfig(QStringLiteral("local")).body, QByteArray("\"OK\"\n"));
        const auto first = post(QStringLiteral("/boxkeeper/backup/run"));
        QCOMPARE(first.status, 202);
        QCOMPARE(object(first).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        // Held by the stop command: a second request is refused, progress is readable.
        QTRY_COMPARE_WITH_TIMEOUT(
            object(get(QStringLiteral("/boxkeeper/backup/run"))).value(QStringLiteral("step")).toString(),
            QStringLiteral("stopping the mail services"), 30000);
        const auto second = post(QStringLiteral("/boxkeeper/backup/run"));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.header("Content-Type"), m_html);
        QVERIFY2(second.body.startsWith("A backup is already running (started "), second.body.constData());
        // Reads are answered while it runs.
        QCOMPARE(get(QStringLiteral("/system/backup/config")).status, 200);
        QVERIFY(!QFile::exists(startedMarker()));

        QVERIFY(TestFiles::write(releaseMarker(), ""));
        const QJsonObject done = waitForRun();
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(done.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        QCOMPARE(done.value(QStringLiteral("full")).toBool(), true);
        QCOMPARE(TestFiles::read(startedMarker()), QByteArray("started\n")); // services started again, once

        // The secret key was made as setup makes it, readable by its owner only.
        const QString key = backupRoot() + QStringLiteral("/secret_key.txt");
        QCOMPARE(QFile::permissions(key) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(TestFiles::read(key).split('\n').first().size(), 64);
        const QJsonArray backups =
            object(get(QStringLiteral("/system/backup/status"))).value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QVERIFY(QDir(backupRoot() + QStringLiteral("/encrypted")).entryList(QDir::Files).size() >= 3);

        // full=1 forces a full backup where an incremental one would be made.
        QTest::qWait(1100); // duplicity names sets by the second
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run"), {{QStringLiteral("full"), QStringLiteral("1")}}).status,
                 202);
        const QJsonObject forced = waitForRun();
        QCOMPARE(forced.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        QCOMPARE(object(get(QStringLiteral("/system/backup/status"))).value(QStringLiteral("backups")).toArray().size(),
                 2);

        // A target duplicity cannot list: the status says what is wrong, a run stops before the services.
        QVERIFY(TestFiles::write(settingsFile(), "target: file:///proc/nonexistent/backups\n"));
        const QJsonObject broken = object(get(QStringLiteral("/system/backup/status")));
        QVERIFY2(broken.value(QStringLiteral("error"))
                     .toString()
                     .startsWith(QLatin1String("Something is wrong with the backup: ")),
                 QJsonDocument(broken).toJson().constData());
        QVERIFY(broken.value(QStringLiteral("error")).toString().contains(QLatin1String("No such file or directory")));
        QVERIFY(TestFiles::write(releaseMarker(), "")); // the stop command would let it through
        QVERIFY(QFile::remove(startedMarker()));
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        const QJsonObject unreadable = waitForRun();
        QCOMPARE(unreadable.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(unreadable.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("Something is wrong with the backup: ")));
        QVERIFY(!QFile::exists(startedMarker())); // nothing was stopped, so nothing started
        QVERIFY(TestFiles::write(settingsFile(), "target: local\n"));

        // A run that fails says why: a key whose first line is too short.
        QVERIFY(TestFiles::write(key, "short\n"));
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        const QJsonObject failed = waitForRun();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("message")).toString(),
                 QStringLiteral("secret_key.txt's first line is too short!"));
    }
};

QTEST_GUILESS_MAIN(TestBackupRoutes)
#include "tst_backup_routes.moc"
