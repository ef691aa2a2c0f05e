#include "TestFiles.h"
#include "backup/BackupHistory.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/BackupStatus.h"
#include "backup/CollectionStatusCache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDateTime utc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString rel(const QString& from, const QString& to)
{
    return BackupStatus::relativeDate(utc(from), utc(to), QStringLiteral("the future?"), QTimeZone::utc());
}

BackupStatus::Backup set(const QString& date, bool full)
{
    BackupStatus::Backup b;
    b.date = date;
    b.full = full;
    b.volumes = 1;
    return b;
}

// The files of a set of `size` bytes in the target: a volume, a manifest and (for a full) signatures.
QList<BackupStatus::TargetFile> filesOf(const QString& base, const QString& date, bool full, qint64 size)
{
    if (full) {
        return {{QStringLiteral("duplicity-full.%1.vol1.difftar.gpg").arg(date), size - 300},
                {QStringLiteral("duplicity-full.%1.manifest.gpg").arg(date), 200},
                {QStringLiteral("duplicity-full-signatures.%1.sigtar.gpg").arg(date), 100}};
    }
    return {{QStringLiteral("duplicity-inc.%1.to.%2.vol1.difftar.gpg").arg(base, date), size - 40},
            {QStringLiteral("duplicity-inc.%1.to.%2.manifest.gpg").arg(base, date), 10},
            {QStringLiteral("duplicity-new-signatures.%1.to.%2.sigtar.gpg").arg(base, date), 30}};
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    // --- custom.yaml (domain.md §13.1)

    void settingsDefaults()
    {
        for (const QByteArray& text : {QByteArray(), QByteArray("- a\n- b\n"), QByteArray("target: [unclosed\n"),
                                       QByteArray("just a string\n")}) {
            const BackupSettings s = BackupSettings::parse(text);
            QCOMPARE(s.target(), QStringLiteral("local"));
            QCOMPARE(s.minAgeInDays(), 3);
            QCOMPARE(s.serialize(), QByteArray("min_age_in_days: 3\ntarget: local\n"));
        }
    }

    void settingsRoundTrip()
    {
        // Upstream's save: defaults, the file's keys merged over them, then the four values of the form.
        BackupSettings s = BackupSettings::parse("target: file:///mnt/backups\nmin_age_in_days: 5\nnote: kept as is\n"
                                                 "nested:\n  a: 1\n  b: [x, y]\n");
        QCOMPARE(s.target(), QStringLiteral("file:///mnt/backups"));
        QCOMPARE(s.minAgeInDays(), 5);
        s.setValue(QStringLiteral("target"), QStringLiteral("s3://eu-west-1@s3.example.com/bucket/box"));
        s.setValue(QStringLiteral("target_user"), QString());
        s.setValue(QStringLiteral("target_pass"), QStringLiteral("123"));
        s.setValue(QStringLiteral("min_age_in_days"), 7);
        const QByteArray text = s.serialize();
        QCOMPARE(text, QByteArray("min_age_in_days: 7\ntarget: s3://eu-west-1@s3.example.com/bucket/box\n"
                                  "note: kept as is\nnested:\n  a: 1\n  b:\n    - x\n    - y\n"
                                  "target_user: ''\ntarget_pass: '123'\n"));
        // What we write reads back the same.
        const BackupSettings again = BackupSettings::parse(text);
        QCOMPARE(again.serialize(), text);
        QCOMPARE(again.targetUser(), QString());
        QCOMPARE(again.targetPass(), QStringLiteral("123"));
        QCOMPARE(again.value(QStringLiteral("note")).toString(), QStringLiteral("kept as is"));
    }

    void settingsYamlTypes()
    {
        // PyYAML's reading: an unquoted off is a boolean (target "off" all the same), a quoted one a string.
        QCOMPARE(BackupSettings::parse("target: off\n").target(), QStringLiteral("off"));
        BackupSettings quoted = BackupSettings::parse("target: 'off'\nmin_age_in_days: '4'\n");
        QCOMPARE(quoted.target(), QStringLiteral("off"));
        QCOMPARE(quoted.minAgeInDays(), 4);
        QCOMPARE(quoted.serialize(), QByteArray("min_age_in_days: '4'\ntarget: 'off'\n"));
        QCOMPARE(BackupSettings::parse("min_age_in_days: many\n").minAgeInDays(), 3);
        QCOMPARE(BackupSettings::parse("min_age_in_days: 0\n").minAgeInDays(), 0);
        QCOMPARE(BackupSettings::parse("min_age_in_days: -2\n").minAgeInDays(), -2);
    }

    // --- status (domain.md §13.4)

    void collectionStatus()
    {
        const QString text =
            QString::fromUtf8(TestFiles::read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/backup/collection-status.txt")));
        QVERIFY(!text.isEmpty());
        const QList<BackupStatus::Backup> sets = BackupStatus::parseCollectionStatus(text);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0].date, QStringLiteral("20260410T010000Z"));
        QVERIFY(sets[0].full);
        QCOMPARE(sets[0].volumes, 1);
        QCOMPARE(sets[1].date, QStringLiteral("20260411T010000Z"));
        QVERIFY(!sets[1].full);
        // The human-readable lines ("Full  Mon Dec ...") are not read; a line without a timestamp is skipped.
        QCOMPARE(BackupStatus::parseCollectionStatus(QStringLiteral(" full nonsense 1\n inc 20260411T010000Z 3 enc\n"
                                                                    "                Full    Mon Dec  7 2026  1\n"))
                     .size(),
                 1);
    }

    void relativeDates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("minutes") << "2026-04-10T01:00:00"
                                 << "2026-04-10T01:01:30"
                                 << "0 hours, 1 minutes";
        QTest::newRow("hours") << "2026-04-10T01:00:00"
                               << "2026-04-10T23:59:00"
                               << "22 hours, 59 minutes";
        QTest::newRow("one day") << "2026-04-10T01:00:00"
                                 << "2026-04-11T02:00:00"
                                 << "1 day, 1 hours";
        QTest::newRow("days") << "2026-04-10T01:00:00"
                              << "2026-04-12T04:30:00"
                              << "2 days, 3 hours";
        QTest::newRow("a week") << "2026-04-10T01:00:00"
                                << "2026-04-17T05:00:00"
                                << "7 days";
        QTest::newRow("one month") << "2026-01-31T00:00:00"
                                   << "2026-03-02T00:00:00"
                                   << "1 month, 2 days";
        QTest::newRow("months") << "2026-01-15T00:00:00"
                                << "2026-03-15T00:00:00"
                                << "2 months, 0 days";
        QTest::newRow("not yet a month") << "2026-01-15T10:00:00"
                                         << "2026-02-15T09:00:00"
                                         << "30 days";
        QTest::newRow("one year") << "2025-02-01T00:00:00"
                                  << "2026-04-03T00:00:00"
                                  << "1 year, 2 months";
        QTest::newRow("years") << "2022-05-01T00:00:00"
                               << "2026-04-30T00:00:00"
                               << "3 years, 11 months";
        QTest::newRow("future") << "2026-04-10T01:00:01"
                                << "2026-04-10T01:00:00"
                                << "the future?";
    }

    void relativeDates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QCOMPARE(rel(from, to), expected);
    }

    void statusSizesAndDeletion()
    {
        // Two chains: 04-01 (full) + 04-02, and 04-10 (full) + 04-11 + 04-12; a signature file a second off.
        QList<BackupStatus::TargetFile> files;
        files += filesOf({}, QStringLiteral("20260401T010000Z"), true, 1000);
        files += filesOf(QStringLiteral("20260401T010000Z"), QStringLiteral("20260402T010000Z"), false, 100);
        files += filesOf({}, QStringLiteral("20260410T010000Z"), true, 1000);
        files += filesOf(QStringLiteral("20260410T010000Z"), QStringLiteral("20260411T010000Z"), false, 100);
        files += filesOf(QStringLiteral("20260411T010000Z"), QStringLiteral("20260412T010000Z"), false, 100);
        files.append({QStringLiteral("duplicity-full-signatures.20260410T005959Z.sigtar.gpg"), 55});
        files.append({QStringLiteral("README.txt"), 999});
        const QList<BackupStatus::Backup> sets = {
            set(QStringLiteral("20260401T010000Z"), true), set(QStringLiteral("20260402T010000Z"), false),
            set(QStringLiteral("20260410T010000Z"), true), set(QStringLiteral("20260411T010000Z"), false),
            set(QStringLiteral("20260412T010000Z"), false)};

        // Now 2 days before the estimate: (0.5 × 1000 − 200) / 100 = 3 days after 04-12 01:00 → 04-15 01:00;
        // 2.0 + 0.5 rounds half to even, as Python does: "approx. 2 days".
        const QDateTime now = utc(QStringLiteral("2026-04-13T01:00:00"));
        const QJsonObject status = BackupStatus::build(sets, files, now, 3, QTimeZone::utc());
        QCOMPARE(status.value(QStringLiteral("unmatched_file_size")).toInteger(), 55);
        const QJsonArray list = status.value(QStringLiteral("backups")).toArray();
        QCOMPARE(list.size(), 5);
        const QJsonObject newest = list[0].toObject();
        QCOMPARE(newest.value(QStringLiteral("date")).toString(), QStringLiteral("20260412T010000Z"));
        QCOMPARE(newest.value(QStringLiteral("date_str")).toString(), QStringLiteral("2026-04-12 01:00:00 UTC"));
        QCOMPARE(newest.value(QStringLiteral("date_delta")).toString(), QStringLiteral("1 day, 0 hours"));
        QCOMPARE(newest.value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(newest.value(QStringLiteral("size")).toInteger(), 100);
        QCOMPARE(newest.value(QStringLiteral("volumes")).toInt(), 1);
        QCOMPARE(list[2].toObject().value(QStringLiteral("size")).toInteger(), 1000);
        QStringList deletedIn;
        for (const QJsonValue& v : list)
            deletedIn.append(v.toObject().value(QStringLiteral("deleted_in")).toString(QStringLiteral("-")));
        QCOMPARE(deletedIn, QStringList({"approx. 2 days", "approx. 2 days", "approx. 2 days", "on next daily backup",
                                         "on next daily backup"}));

        // 30 days of retention: the newest chain waits for 04-12 + 30 days (29.0 + 0.5 → 30), the older one until
        // 04-02 + 30 days = 05-02, 19 days from now.
        const QJsonArray longer =
            BackupStatus::build(sets, files, now, 30, QTimeZone::utc()).value(QStringLiteral("backups")).toArray();
        deletedIn.clear();
        for (const QJsonValue& v : longer)
            deletedIn.append(v.toObject().value(QStringLiteral("deleted_in")).toString(QStringLiteral("-")));
        QCOMPARE(deletedIn,
                 QStringList({"approx. 30 days", "approx. 30 days", "approx. 30 days", "19 days", "19 days"}));
    }

    void statusWithoutEstimate()
    {
        // A chain that is a full backup alone gets no deleted_in; neither does a newest chain of empty increments.
        const QList<BackupStatus::Backup> sets = {set(QStringLiteral("20260401T010000Z"), true),
                                                  set(QStringLiteral("20260410T010000Z"), true),
                                                  set(QStringLiteral("20260411T010000Z"), false)};
        QList<BackupStatus::TargetFile> files = filesOf({}, QStringLiteral("20260410T010000Z"), true, 1000);
        const QJsonArray list =
            BackupStatus::build(sets, files, utc(QStringLiteral("2026-04-12T01:00:00")), 3, QTimeZone::utc())
                .value(QStringLiteral("backups"))
                .toArray();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue& v : list)
            QVERIFY2(!v.toObject().contains(QStringLiteral("deleted_in")),
                     qPrintable(v.toObject().value("date").toString()));
        QCOMPARE(list[1].toObject().value(QStringLiteral("size")).toInteger(), 1000);
        QCOMPARE(list[0].toObject().value(QStringLiteral("size")).toInteger(), 0);
    }

    void statusLocalTime()
    {
        // date_str in the local zone with the zone's abbreviation now; date stays UTC.
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("no time zone data for Europe/Berlin");
        const QJsonArray list = BackupStatus::build({set(QStringLiteral("20260412T010000Z"), true)}, {},
                                                    utc(QStringLiteral("2026-04-13T01:00:00")), 3, berlin)
                                    .value(QStringLiteral("backups"))
                                    .toArray();
        QCOMPARE(list[0].toObject().value(QStringLiteral("date_str")).toString(),
                 QStringLiteral("2026-04-12 03:00:00 ") +
                     berlin.abbreviation(utc(QStringLiteral("2026-04-13T01:00:00"))));
        QCOMPARE(list[0].toObject().value(QStringLiteral("date_delta")).toString(), QStringLiteral("1 day, 0 hours"));
    }

    // --- POST /system/backup/config checks (api.md §9.13)

    void pythonInt()
    {
        QCOMPARE(BackupService::parsePythonInt(QStringLiteral("3")), std::optional<int>(3));
        QCOMPARE(BackupService::parsePythonInt(QStringLiteral(" +14\n")), std::optional<int>(14));
        QCOMPARE(BackupService::parsePythonInt(QStringLiteral("-2")), std::optional<int>(-2));
        QCOMPARE(BackupService::parsePythonInt(QStringLiteral("1_0")), std::optional<int>(10));
        for (const char* bad : {"", " ", "3.5", "abc", "1__0", "_1", "1_", "3 days", "0x10", "99999999999"})
            QVERIFY2(!BackupService::parsePythonInt(QString::fromLatin1(bad)), bad);
    }

    void secretKey()
    {
        // setup's `openssl rand -base64 2048`: 2048 bytes in lines of 64 characters, the first line the passphrase.
        const QByteArray key = BackupService::newSecretKey();
        const QList<QByteArray> lines = key.trimmed().split('\n');
        QCOMPARE(lines.first().size(), 64);
        QCOMPARE(QByteArray::fromBase64(key.trimmed().replace('\n', "")).size(), 2048);
        QVERIFY(key.endsWith('\n'));
        QVERIFY(BackupService::newSecretKey() != key);
    }

    // The cached collection-status output is used only while the target's files are those it was read with.
    void statusCacheKey()
    {
        using File = CollectionStatusCache::TargetFile;
        const QDateTime t = utc(QStringLiteral("2026-04-18T01:05:12"));
        const QList<File> files{{QStringLiteral("duplicity-full.20260418T010512Z.vol1.difftar.gpg"), 1000, t},
                                {QStringLiteral("duplicity-full.20260418T010512Z.manifest.gpg"), 200, t}};
        const QString url = QStringLiteral("file:///backups");
        const QByteArray key = CollectionStatusCache::key(url, files);
        QCOMPARE(CollectionStatusCache::key(url, files), key);
        QList<File> changed = files;
        changed[0].size = 1001;
        QVERIFY(CollectionStatusCache::key(url, changed) != key);
        changed = files;
        changed[1].modified = t.addSecs(1);
        QVERIFY(CollectionStatusCache::key(url, changed) != key);
        changed = files;
        changed.append({QStringLiteral("duplicity-inc.20260418T010512Z.to.20260419T010512Z.manifest.gpg"), 100, t});
        QVERIFY(CollectionStatusCache::key(url, changed) != key);
        QVERIFY(CollectionStatusCache::key(QStringLiteral("file:///other"), files) != key);

        CollectionStatusCache cache;
        QVERIFY(!cache.find(key));
        cache.store(key, "collection-status output");
        QCOMPARE(cache.find(key).value_or(QByteArray()), QByteArray("collection-status output"));
        QVERIFY(!cache.find(CollectionStatusCache::key(url, changed)));
        cache.clear();
        QVERIFY(!cache.find(key));
    }

    // The runs' results: the last one, the last success and the last failure, kept in a file.
    void history()
    {
        QTemporaryDir dir;
        BackupHistory history(dir.path() + QStringLiteral("/backup/boxkeeper-runs.json"));
        QCOMPARE(history.read(), QJsonObject());
        const auto run = [](const QString& state, const QString& finished) {
            return QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("finished"), finished}};
        };
        QVERIFY(history.record(run(QStringLiteral("succeeded"), QStringLiteral("2026-04-18T01:05:12Z"))));
        QVERIFY(history.record(run(QStringLiteral("failed"), QStringLiteral("2026-04-19T01:05:12Z"))));
        QVERIFY(history.record(run(QStringLiteral("skipped"), QStringLiteral("2026-04-20T01:05:12Z"))));
        const QJsonObject read = BackupHistory(history.path()).read();
        QCOMPARE(read.value(QStringLiteral("last")).toObject(),
                 run(QStringLiteral("skipped"), QStringLiteral("2026-04-20T01:05:12Z")));
        QCOMPARE(read.value(QStringLiteral("last_success")).toObject(),
                 run(QStringLiteral("succeeded"), QStringLiteral("2026-04-18T01:05:12Z")));
        QCOMPARE(read.value(QStringLiteral("last_failure")).toObject(),
                 run(QStringLiteral("failed"), QStringLiteral("2026-04-19T01:05:12Z")));
        QCOMPARE(QFile::permissions(history.path()) & 0x0077, QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
