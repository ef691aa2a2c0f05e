// The backup data of the client core, unit-level: the target URLs the configuration dialog composes (upstream's
// forms for S3, rsync and B2, "local" for the box's own folder) and reads back, and the box's answers parsed
// (status in its three shapes, the configuration answer as a JSON string, job states with the run history).
#include "BackupInfo.h"

#include <QtTest>

class TestClientBackupInfo : public QObject
{
    Q_OBJECT

private slots:
    void targets_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("target");
        const auto k = [](BackupDestination::Kind kind) { return int(kind); };
        QTest::newRow("off") << k(BackupDestination::Kind::Off) << QStringList() << "off";
        QTest::newRow("box folder") << k(BackupDestination::Kind::Local)
                                    << QStringList{"/home/user-data/backup/encrypted"} << "local";
        QTest::newRow("other folder") << k(BackupDestination::Kind::Local) << QStringList{"/mnt/backups"}
                                      << "file:///mnt/backups";
        QTest::newRow("s3") << k(BackupDestination::Kind::S3)
                            << QStringList{"s3.eu-central-1.amazonaws.com", "eu-central-1", "bucket", "box1"}
                            << "s3://eu-central-1@s3.eu-central-1.amazonaws.com/bucket/box1";
        QTest::newRow("s3 port, no region, no prefix")
            << k(BackupDestination::Kind::S3) << QStringList{"127.0.0.1:9000", "", "bucket", ""}
            << "s3://127.0.0.1:9000/bucket";
        QTest::newRow("rsync absolute") << k(BackupDestination::Kind::Rsync)
                                        << QStringList{"backup", "host.example.com:2222", "/srv/box"}
                                        << "rsync://backup@host.example.com:2222//srv/box";
        QTest::newRow("rsync relative") << k(BackupDestination::Kind::Rsync)
                                        << QStringList{"backup", "host.example.com", "box"}
                                        << "rsync://backup@host.example.com/box";
        QTest::newRow("b2") << k(BackupDestination::Kind::B2) << QStringList{"id", "k/y+", "bucket"}
                            << "b2://id:k%2Fy%2B@bucket";
    }

    void targets()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, fields);
        QFETCH(QString, target);
        const QString box = QStringLiteral("/home/user-data/backup/encrypted");
        BackupDestination d;
        d.kind = BackupDestination::Kind(kind);
        switch (d.kind) {
        case BackupDestination::Kind::Off:
            break;
        case BackupDestination::Kind::Local:
            d.directory = fields.at(0);
            break;
        case BackupDestination::Kind::S3:
            d.s3Endpoint = fields.at(0);
            d.s3Region = fields.at(1);
            d.s3Bucket = fields.at(2);
            d.s3Prefix = fields.at(3);
            break;
        case BackupDestination::Kind::Rsync:
            d.rsyncUser = fields.at(0);
            d.rsyncHost = fields.at(1);
            d.rsyncPath = fields.at(2);
            break;
        case BackupDestination::Kind::B2:
            d.b2KeyId = fields.at(0);
            d.b2Key = fields.at(1);
            d.b2Bucket = fields.at(2);
            break;
        }
        QCOMPARE(d.target(box), target);
        // Read back as the box shows it ("local" expanded), the same target again.
        const QString shown = target == QLatin1String("local") ? QStringLiteral("file://") + box : target;
        const BackupDestination back = BackupDestination::fromTarget(shown, box);
        QCOMPARE(int(back.kind), kind);
        QCOMPARE(back.target(box), target);
    }

    void status()
    {
        BackupStatusInfo s;
        QVERIFY(BackupInfo::parseStatus(QJsonDocument::fromJson("{}"), &s));
        QVERIFY(s.off);
        QVERIFY(BackupInfo::parseStatus(QJsonDocument::fromJson(R"({"error": "Something is wrong"})"), &s));
        QCOMPARE(s.error, QStringLiteral("Something is wrong"));
        QVERIFY(BackupInfo::parseStatus(
            QJsonDocument::fromJson(R"({"backups": [{"date": "20260418T010512Z", "date_delta": "2 days",
                "date_str": "2026-04-18 01:05:12 UTC", "deleted_in": "approx. 12 days", "full": false,
                "size": 1048576, "volumes": 1}, {"date": "20260417T010512Z", "date_delta": "3 days",
                "date_str": "2026-04-17 01:05:12 UTC", "full": true, "size": 5000000000, "volumes": 20}],
                "unmatched_file_size": 42})"),
            &s));
        QVERIFY(!s.off);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.backups.size(), 2);
        QCOMPARE(s.backups.at(0).when, QDateTime(QDate(2026, 4, 18), QTime(1, 5, 12), Qt::UTC));
        QCOMPARE(s.backups.at(0).deletedIn, QStringLiteral("approx. 12 days"));
        QVERIFY(s.backups.at(1).deletedIn.isEmpty());
        QCOMPARE(s.totalSize(), Q_INT64_C(5001048576));
        QCOMPARE(s.unmatchedSize, Q_INT64_C(42));
        QVERIFY(!BackupInfo::parseStatus(QJsonDocument::fromJson("[]"), &s));
    }

    void configAnswer()
    {
        QString text;
        QVERIFY(BackupInfo::parseConfigAnswer(QStringLiteral("\"OK\"\n"), &text));
        QCOMPARE(text, QStringLiteral("OK"));
        QVERIFY(BackupInfo::parseConfigAnswer(QStringLiteral("\"Enter an S3 bucket name.\"\n"), &text));
        QCOMPARE(text, QStringLiteral("Enter an S3 bucket name."));
        QVERIFY(!BackupInfo::parseConfigAnswer(QStringLiteral("Invalid min_age (x)."), &text));
        QCOMPARE(text, QStringLiteral("Invalid min_age (x)."));
    }

    void jobState()
    {
        BackupJobState state;
        QVERIFY(
            BackupInfo::parseJobState(QJsonDocument::fromJson(R"({"state": "failed", "message": "The backup failed: x",
                "started": "2026-04-18T01:05:12Z", "finished": "2026-04-18T01:06:12Z", "full": true,
                "last_success": {"state": "succeeded", "message": "Full backup made.",
                    "started": "2026-04-17T01:05:12Z", "finished": "2026-04-17T01:06:12Z"},
                "last_failure": {"state": "failed", "message": "The backup failed: x",
                    "started": "2026-04-18T01:05:12Z", "finished": "2026-04-18T01:06:12Z"}})"),
                                      &state));
        QCOMPARE(state.state, BackupJobState::State::Failed);
        QVERIFY(state.hasEnded());
        QCOMPARE(state.finished, QDateTime(QDate(2026, 4, 18), QTime(1, 6, 12), Qt::UTC));
        QCOMPARE(state.lastSuccess.size(), 1);
        QCOMPARE(state.lastSuccess.first().message, QStringLiteral("Full backup made."));
        QCOMPARE(state.lastFailure.size(), 1);
        QVERIFY(state.fields.value(QLatin1String("full")).toBool());
        QVERIFY(BackupInfo::parseJobState(QJsonDocument::fromJson(R"({"state": "idle"})"), &state));
        QCOMPARE(state.state, BackupJobState::State::Idle);
        QVERIFY(state.lastSuccess.isEmpty());
        QVERIFY(!BackupInfo::parseJobState(QJsonDocument::fromJson(R"({"state": "sleeping"})"), &state));
    }
};

QTEST_GUILESS_MAIN(TestClientBackupInfo)
#include "tst_client_backupinfo.moc"
