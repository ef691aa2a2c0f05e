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
    QByteArray m_key; // the box's secret key, once a backup made it

    QString backupRoot() const { return m_agent.storageRoot() + QStringLiteral("/backup"); }
    QString settingsFile() const { return backupRoot() + QStringLiteral("/custom.yaml"); }
    QString releaseMarker() const { return m_tmp.path() + QStringLiteral("/release"); }
    QString startedMarker() const { return m_tmp.path() + QStringLiteral("/started"); }

    QByteArray stopCommand() const
    {
        return "/bin/sh -c \"while [ ! -e " + releaseMarker().toUtf8() + " ]; do sleep 0.05; done\"";
    }
    QByteArray startCommand() const { return "/bin/sh -c \"echo started >> " + startedMarker().toUtf8() + "\""; }

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
    QJsonObject waitForRun(int seconds = 120) { return waitFor(QStringLiteral("/boxkeeper/backup/run"), seconds); }
    // A backup job's state (GET `path`) once it is no longer running.
    QJsonObject waitFor(const QString& path, int seconds = 120)
    {
        QJsonObject state;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < seconds * 1000) {
            state = object(get(path));
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
        QVERIFY2(m_agent.restartWith({{"BACKUP_STOP_COMMAND", stopCommand()}, {"BACKUP_START_COMMAND", startCommand()}},
                                     &error),
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
                                               {"POST", QStringLiteral("/boxkeeper/backup/run")},
                                               {"GET", QStringLiteral("/boxkeeper/backup/verify")},
                                               {"POST", QStringLiteral("/boxkeeper/backup/verify")},
                                               {"GET", QStringLiteral("/boxkeeper/backup/restore")},
                                               {"POST", QStringLiteral("/boxkeeper/backup/restore")},
                                               {"POST", QStringLiteral("/boxkeeper/backup/secret-key")}}) {
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
        // The demo box has its secret key as a box's setup leaves it (the owner's only); a box without one gets the
        // reason in its status (200, as upstream's error answer).
        const QString key = backupRoot() + QStringLiteral("/secret_key.txt");
        QVERIFY(QFile::exists(key));
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(key) & others, QFileDevice::Permissions());
        QVERIFY(QFile::remove(key));
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
        m_key = TestFiles::read(key);
        QVERIFY(TestFiles::write(key, "short\n"));
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        const QJsonObject failed = waitForRun();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("message")).toString(),
                 QStringLiteral("secret_key.txt's first line is too short!"));
    }

    // The last run's result, the last good and the last failed one survive a restart of the agent.
    void historyAcrossRestart()
    {
        QString error;
        QVERIFY2(m_agent.restartWith({{"BACKUP_STOP_COMMAND", stopCommand()}, {"BACKUP_START_COMMAND", startCommand()}},
                                     &error),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        const QJsonObject state = object(get(QStringLiteral("/boxkeeper/backup/run")));
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(state.value(QStringLiteral("message")).toString(),
                 QStringLiteral("secret_key.txt's first line is too short!"));
        const QJsonObject failure = state.value(QStringLiteral("last_failure")).toObject();
        QCOMPARE(failure.value(QStringLiteral("message")).toString(),
                 QStringLiteral("secret_key.txt's first line is too short!"));
        QVERIFY(QDateTime::fromString(failure.value(QStringLiteral("finished")).toString(), Qt::ISODate).isValid());
        const QJsonObject success = state.value(QStringLiteral("last_success")).toObject();
        QCOMPARE(success.value(QStringLiteral("message")).toString(), QStringLiteral("Full backup made."));
        QCOMPARE(success.value(QStringLiteral("full")).toBool(), true);
        QVERIFY(success.value(QStringLiteral("finished")).toString() <=
                failure.value(QStringLiteral("started")).toString());
        QVERIFY(QFile::exists(backupRoot() + QStringLiteral("/boxkeeper-runs.json")));
        QVERIFY(TestFiles::write(backupRoot() + QStringLiteral("/secret_key.txt"), m_key));
    }

    // Upstream's hooks: before-backup and after-backup get the target as their argument; a failing one fails the run.
    void hooks()
    {
        const QString before = backupRoot() + QStringLiteral("/before-backup");
        const QString after = backupRoot() + QStringLiteral("/after-backup");
        const QString log = m_tmp.path() + QStringLiteral("/hooks");
        QVERIFY(TestFiles::write(before, "#!/bin/sh\necho \"before $1 $STORAGE_ROOT\" >> " + log.toUtf8() + "\n"));
        QVERIFY(TestFiles::write(after, "#!/bin/sh\necho \"after $1\" >> " + log.toUtf8() + "\n"));
        for (const QString& script : {before, after})
            QVERIFY(QFile::setPermissions(script, QFile::permissions(script) | QFileDevice::ExeOwner));
        QTest::qWait(1100); // duplicity names sets by the second
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        QJsonObject done = waitForRun();
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        const QByteArray target = "file://" + backupRoot().toUtf8() + "/encrypted";
        QCOMPARE(TestFiles::read(log),
                 "before " + target + ' ' + m_agent.storageRoot().toUtf8() + "\nafter " + target + '\n');

        QVERIFY(TestFiles::write(before, "#!/bin/sh\necho 'no space left' >&2\nexit 3\n"));
        QVERIFY(QFile::remove(startedMarker()));
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        done = waitForRun();
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(done.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The before-backup script failed: %1 failed: no space left").arg(before));
        QCOMPARE(TestFiles::read(startedMarker()), QByteArray("started\n")); // the services started again
        QCOMPARE(done.value(QStringLiteral("last_failure")).toObject().value(QStringLiteral("message")),
                 done.value(QStringLiteral("message")));
        QVERIFY(QFile::remove(before));
        QVERIFY(QFile::remove(after));
    }

    void restoreBadInput_data()
    {
        QTest::addColumn<QString>("fields"); // name=value&... with %ROOT% (STORAGE_ROOT), %BOX% and %NEW%
        QTest::addColumn<QString>("message");
        QTest::newRow("nowhere") << "path=mail/users.sqlite"
                                 << "Give the new directory to restore into (into), or into_storage_root=1 to "
                                    "restore over the live data.";
        QTest::newRow("relative") << "into=restored"
                                  << "The restore directory must be an absolute path (restored).";
        QTest::newRow("inside STORAGE_ROOT")
            << "into=%ROOT%/mail/restored"
            << "The restore directory %ROOT%/mail/restored is inside STORAGE_ROOT (%ROOT%): give a new directory "
               "elsewhere, or into_storage_root=1 to restore over the live data.";
        QTest::newRow("inside STORAGE_ROOT/backup")
            << "into=%ROOT%/backup/x/../restored"
            << "The restore directory %ROOT%/backup/x/../restored is inside STORAGE_ROOT (%ROOT%): give a new "
               "directory elsewhere, or into_storage_root=1 to restore over the live data.";
        QTest::newRow("above STORAGE_ROOT") << "into=%BOX%"
                                            << "The restore directory %BOX% holds STORAGE_ROOT (%ROOT%): give a new "
                                               "directory.";
        QTest::newRow("not empty") << "into=%BOX%/system"
                                   << "The restore directory %BOX%/system is not empty.";
        QTest::newRow("a file") << "into=%BOX%/mailinabox.conf"
                                << "The restore directory %BOX%/mailinabox.conf exists and is not a directory.";
        QTest::newRow("both places") << "into=%NEW%&into_storage_root=1"
                                     << "Give either a directory to restore into or into_storage_root=1, not both.";
        QTest::newRow("path and mailbox") << "into=%NEW%&path=mail&mailbox=admin@example.com"
                                          << "Give either a path or a mailbox to restore, not both.";
        const QString relative = QStringLiteral("Give the path relative to STORAGE_ROOT, as the backup's file list "
                                                "shows it (e.g. mail/users.sqlite).");
        QTest::newRow("absolute path") << "into=%NEW%&path=/etc/passwd" << relative;
        QTest::newRow("path up") << "into=%NEW%&path=mail/../../etc" << relative;
        QTest::newRow("path dot") << "into=%NEW%&path=." << relative;
        QTest::newRow("backup folder") << "into=%NEW%&path=backup/secret_key.txt"
                                       << "STORAGE_ROOT/backup is not in the backups.";
        QTest::newRow("bad mailbox") << "into=%NEW%&mailbox=../admin"
                                     << "Invalid mailbox (../admin): give it as user@domain.";
        QTest::newRow("bad time") << "into=%NEW%&time=yesterday"
                                  << "Give the time as a backup's date (e.g. 20260418T010512Z) or in seconds since "
                                     "1970.";
    }

    void restoreBadInput()
    {
        QFETCH(QString, fields);
        QFETCH(QString, message);
        const QString fresh = m_tmp.path() + QStringLiteral("/new/restored");
        const auto expand = [&](QString text) {
            return text.replace(QLatin1String("%ROOT%"), m_agent.storageRoot())
                .replace(QLatin1String("%BOX%"), m_agent.dir())
                .replace(QLatin1String("%NEW%"), fresh);
        };
        QList<QPair<QString, QString>> form;
        for (const QString& field : expand(fields).split(QLatin1Char('&')))
            form.append({field.section(QLatin1Char('='), 0, 0), field.section(QLatin1Char('='), 1)});
        const auto r = post(QStringLiteral("/boxkeeper/backup/restore"), form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(QString::fromUtf8(r.body), expand(message));
        QVERIFY(!QFileInfo::exists(m_tmp.path() + QStringLiteral("/new")));
        QCOMPARE(object(get(QStringLiteral("/boxkeeper/backup/restore"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("idle"));
    }

    void restoreIntoNewDirectory()
    {
        // One file, into a directory made for it (private: it holds mail).
        const QString into = m_tmp.path() + QStringLiteral("/restored-file");
        auto r = post(QStringLiteral("/boxkeeper/backup/restore"),
                      {{QStringLiteral("path"), QStringLiteral("mail/users.sqlite")}, {QStringLiteral("into"), into}});
        QCOMPARE(r.status, 202);
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QJsonObject done = waitFor(QStringLiteral("/boxkeeper/backup/restore"));
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(done.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Restored mail/users.sqlite from the latest backup into %1.").arg(into));
        QCOMPARE(done.value(QStringLiteral("path")).toString(), QStringLiteral("mail/users.sqlite"));
        QCOMPARE(done.value(QStringLiteral("into")).toString(), into);
        QVERIFY(TestFiles::read(into + QStringLiteral("/mail/users.sqlite")).startsWith("SQLite format 3"));
        QCOMPARE(QFile::permissions(into) & 0x0077, QFileDevice::Permissions());

        // What the backup does not hold: the job fails with duplicity's reason, and the directory is gone again.
        const QString none = m_tmp.path() + QStringLiteral("/restored-none");
        r = post(QStringLiteral("/boxkeeper/backup/restore"),
                 {{QStringLiteral("mailbox"), QStringLiteral("nobody@example.com")}, {QStringLiteral("into"), none}});
        QCOMPARE(r.status, 202);
        done = waitFor(QStringLiteral("/boxkeeper/backup/restore"));
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(done.value(QStringLiteral("message")).toString().startsWith(QLatin1String("The restore failed: ")),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(done.value(QStringLiteral("path")).toString(), QStringLiteral("mail/mailboxes/example.com/nobody"));
        QVERIFY(!QFileInfo::exists(none));
    }

    // Over the live data: the services stopped around it (held here by the stop command), one job at a time, logged.
    void restoreIntoStorageRoot()
    {
        const QString note = m_agent.storageRoot() + QStringLiteral("/www/default/note.txt");
        QVERIFY(TestFiles::write(note, "as backed up\n"));
        QTest::qWait(1100); // duplicity names sets by the second
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/run")).status, 202);
        QCOMPARE(waitForRun().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(TestFiles::write(note, "changed since\n"));

        QVERIFY(QFile::remove(releaseMarker()));
        QVERIFY(QFile::remove(startedMarker()));
        const auto r = post(QStringLiteral("/boxkeeper/backup/restore"),
                            {{QStringLiteral("path"), QStringLiteral("www/default/note.txt")},
                             {QStringLiteral("into_storage_root"), QStringLiteral("1")}});
        QCOMPARE(r.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            object(get(QStringLiteral("/boxkeeper/backup/restore"))).value(QStringLiteral("step")).toString(),
            QStringLiteral("stopping the mail services"), 60000);
        QCOMPARE(TestFiles::read(note), QByteArray("changed since\n")); // nothing moved while the services run
        // One job at a time, whatever its kind.
        auto busy = post(QStringLiteral("/boxkeeper/backup/run"));
        QCOMPARE(busy.status, 409);
        QVERIFY2(busy.body.startsWith("A restore is already running (started "), busy.body.constData());
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/verify")).status, 409);
        busy = post(QStringLiteral("/boxkeeper/backup/restore"),
                    {{QStringLiteral("into"), m_tmp.path() + QStringLiteral("/restored-busy")}});
        QCOMPARE(busy.status, 409);
        QCOMPARE(object(get(QStringLiteral("/boxkeeper/backup/run"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded")); // the last backup run, not the restore

        QVERIFY(TestFiles::write(releaseMarker(), ""));
        const QJsonObject done = waitFor(QStringLiteral("/boxkeeper/backup/restore"));
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(TestFiles::read(note), QByteArray("as backed up\n"));
        QCOMPARE(TestFiles::read(startedMarker()), QByteArray("started\n"));
        const QStringList replaced = QDir(backupRoot()).entryList({QStringLiteral("replaced-*")}, QDir::Dirs);
        QCOMPARE(replaced.size(), 1);
        const QString kept = backupRoot() + QLatin1Char('/') + replaced.first();
        QCOMPARE(TestFiles::read(kept + QStringLiteral("/www/default/note.txt")), QByteArray("changed since\n"));
        QCOMPARE(done.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Restored www/default/note.txt from the latest backup over %1. What it replaced is in "
                                "%2.")
                     .arg(m_agent.storageRoot(), kept));
        QVERIFY(QDir(backupRoot()).entryList({QStringLiteral("restoring-*")}, QDir::Dirs).isEmpty());
        QTRY_VERIFY(m_agent.stderrOutput().contains(
            "restoring www/default/note.txt from the latest backup over STORAGE_ROOT " +
            m_agent.storageRoot().toUtf8() + " (asked by " + m_agent.adminEmail().toUtf8() + ")"));
    }

    void verify()
    {
        QCOMPARE(object(get(QStringLiteral("/boxkeeper/backup/verify"))).value(QStringLiteral("state")).toString(),
                 QStringLiteral("idle"));
        QVERIFY(TestFiles::write(m_agent.storageRoot() + QStringLiteral("/www/default/unsaved.txt"), "new\n"));
        const auto r = post(QStringLiteral("/boxkeeper/backup/verify"));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("Content-Type"), m_json);
        const QJsonObject done = waitFor(QStringLiteral("/boxkeeper/backup/verify"));
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        QVERIFY(done.value(QStringLiteral("compared")).toInt() > 10);
        QVERIFY(done.value(QStringLiteral("differences")).toInt() >= 1);
        QVERIFY2(done.value(QStringLiteral("details"))
                     .toArray()
                     .contains(QStringLiteral("New file www/default/unsaved.txt")),
                 QJsonDocument(done).toJson().constData());
        QVERIFY(done.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("The latest backup differs from the live data: ")));
        QVERIFY(QFile::remove(m_agent.storageRoot() + QStringLiteral("/www/default/unsaved.txt")));

        // Backups off: nothing to verify or restore.
        QVERIFY(TestFiles::write(settingsFile(), "target: 'off'\n"));
        const auto off = post(QStringLiteral("/boxkeeper/backup/verify"));
        QCOMPARE(off.status, 400);
        QCOMPARE(off.body, QByteArray("Backups are turned off."));
        QCOMPARE(post(QStringLiteral("/boxkeeper/backup/restore"),
                      {{QStringLiteral("into"), m_tmp.path() + QStringLiteral("/restored-off")}})
                     .body,
                 QByteArray("Backups are turned off."));
        QVERIFY(TestFiles::write(settingsFile(), "target: local\n"));
    }

    // The key to an administrator who re-enters their password; a wrong one counts as a failed login.
    void secretKey()
    {
        const QString path = QStringLiteral("/boxkeeper/backup/secret-key");
        auto r = post(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Re-enter your password to export the backup key."));
        r = m_http->postForm(m_agent.url(path), {{QStringLiteral("password"), m_agent.adminPassword()}},
                             {TestHttp::basicAuth(m_agent.systemApiKey(), QString())});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray("The backup key is given to an administrator who re-enters their password, not "
                                    "to the system API key."));
        r = post(path, {{QStringLiteral("password"), QStringLiteral("not the password")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray("Incorrect password."));
        QTRY_VERIFY(m_agent.stderrOutput().contains("authentication failure for " + m_agent.adminEmail().toUtf8() +
                                                    " from 127.0.0.1\n"));
        r = post(path, {{QStringLiteral("password"), m_agent.adminPassword()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(r.body, TestFiles::read(backupRoot() + QStringLiteral("/secret_key.txt")));
        QCOMPARE(r.body, m_key);

        // Wrong passwords count against the address like failed logins: the tenth one closes it for a minute (last
        // in this test: every request from here is refused).
        for (int i = 1; i < 10; ++i)
            QCOMPARE(post(path, {{QStringLiteral("password"), QStringLiteral("guess %1").arg(i)}}).status, 403);
        QCOMPARE(post(path, {{QStringLiteral("password"), m_agent.adminPassword()}}).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestBackupRoutes)
#include "tst_backup_routes.moc"
