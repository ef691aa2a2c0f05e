#include "monitoring/MetricsRing.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {

using Point = MetricsRing::Point;
namespace S = MetricSeries;

// A sample at `t` whose load is `load`, with one message of each kind and a queue of 7.
MetricSample sample(qint64 t, double load)
{
    MetricSample s;
    s.time = t;
    s.values[S::Load] = load;
    s.values[S::MemoryUsed] = 1000.0;
    s.values[S::MailQueue] = 7.0;
    s.values[S::MessagesReceived] = 1.0;
    s.values[S::MessagesSent] = 1.0;
    s.values[S::MessagesRejected] = 1.0;
    return s;
}

// 2026-01-01 00:00:00 UTC, a multiple of 15 minutes.
constexpr qint64 T0 = 1767225600;

} // namespace

// The metrics ring on a file of the test, fed with samples at made-up times: bounded (raw samples 2 days, 15-minute
// averages 30 days, measured from the newest sample), correct averages, merged samples within a second, range
// queries, and the data still there when the file is opened again.
class TestMonitoringRing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // One value read from the file by a connection of the test's own, as another process would.
    QVariant scalar(const QString& path, const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
                else
                    qWarning() << "query failed:" << sql;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
    }

private slots:
    void bounded()
    {
        const QString path = m_tmp.path() + QStringLiteral("/bounded/boxkeeper/metrics.sqlite");
        MetricsRing ring(path);
        QString error;
        QVERIFY2(ring.open(&error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        // Three days of minute samples, then an hour's samples for 35 more days.
        qint64 t = T0;
        for (; t < T0 + 3 * 86400; t += 60)
            QVERIFY2(ring.insert(sample(t, double(t - T0)), &error), qPrintable(error));
        const qint64 threeDays = t - 60;
        QCOMPARE(scalar(path, QStringLiteral("SELECT min(t) FROM samples")).toLongLong(),
                 threeDays - MetricsRing::RawKeepSecs);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM samples")).toLongLong(), 2 * 1440 + 1);
        // Every completed bucket of the three days averaged: 3 * 96 buckets, the last one not complete yet.
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM samples_15m")).toLongLong(), 3 * 96 - 1);
        QCOMPARE(scalar(path, QStringLiteral("SELECT min(t) FROM samples_15m")).toLongLong(), T0);
        // A bucket's average: the samples at T0 + 900 + 60 * k (k = 0..14) have load 900 + 60 * k.
        QCOMPARE(scalar(path, QStringLiteral("SELECT load FROM samples_15m WHERE t = %1").arg(T0 + 900)).toDouble(),
                 900.0 + 60 * 7);
        QCOMPARE(
            scalar(path, QStringLiteral("SELECT messages_sent FROM samples_15m WHERE t = %1").arg(T0 + 900)).toDouble(),
            1.0);
        QCOMPARE(
            scalar(path, QStringLiteral("SELECT mail_queue FROM samples_15m WHERE t = %1").arg(T0 + 900)).toDouble(),
            7.0);
        // No value in any sample: none in the average either.
        QVERIFY(scalar(path, QStringLiteral("SELECT disk_used FROM samples_15m WHERE t = %1").arg(T0 + 900)).isNull());

        for (; t < T0 + 38 * 86400; t += 3600)
            QVERIFY2(ring.insert(sample(t, 1.0), &error), qPrintable(error));
        const qint64 last = t - 3600;
        QCOMPARE(
            scalar(path,
                   QStringLiteral("SELECT count(*) FROM samples WHERE t < %1").arg(last - MetricsRing::RawKeepSecs))
                .toLongLong(),
            0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM samples")).toLongLong(), 49);
        QCOMPARE(scalar(path, QStringLiteral("SELECT min(t) FROM samples_15m")).toLongLong(),
                 last - MetricsRing::KeepSecs);
        // Over 30 days an hourly sample fills one bucket an hour.
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM samples_15m")).toLongLong(), 30 * 24);
        // The file stays small: about 2,900 raw rows and 2,900 averages at most with minute samples.
        QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);
    }

    void sameSecond()
    {
        MetricsRing ring(m_tmp.path() + QStringLiteral("/merge/metrics.sqlite"));
        QVERIFY(ring.open());
        MetricSample a = sample(T0, 1.0);
        MetricSample b = sample(T0, 2.0);
        b.values[S::MessagesSent] = 3.0;
        b.values[S::MailQueue] = std::nullopt; // postqueue failed this time: the earlier reading stays
        QVERIFY(ring.insert(a));
        QVERIFY(ring.insert(b));
        const auto r = ring.query({S::Load, S::MessagesSent, S::MailQueue}, T0 - 10, T0 + 10, T0, 60);
        QVERIFY(r);
        QCOMPARE(r->series.at(0), QList<Point>{(Point{T0, 2.0})});
        QCOMPARE(r->series.at(1), QList<Point>{(Point{T0, 4.0})});
        QCOMPARE(r->series.at(2), QList<Point>{(Point{T0, 7.0})});
    }

    void queries()
    {
        const QString path = m_tmp.path() + QStringLiteral("/query/metrics.sqlite");
        {
            MetricsRing ring(path);
            QVERIFY(ring.open());
            // Four days of minute samples; a gap (agent stopped) of two hours on day 3; no queue readings at all on
            // the last day.
            for (qint64 t = T0; t < T0 + 4 * 86400; t += 60) {
                if (t >= T0 + 2 * 86400 + 3600 && t < T0 + 2 * 86400 + 3 * 3600)
                    continue;
                MetricSample s = sample(t, double(t - T0));
                if (t >= T0 + 3 * 86400)
                    s.values[S::MailQueue] = std::nullopt;
                QVERIFY(ring.insert(s));
            }
        }
        // Opened again (an agent restart): everything is still there.
        MetricsRing ring(path);
        QVERIFY(ring.open());
        const qint64 now = T0 + 4 * 86400;

        // Within the last two days: the samples as taken, exactly the range asked.
        const qint64 from = now - 3600 - 30;
        const qint64 to = now - 1800;
        auto r = ring.query({S::Load, S::MailQueue}, from, to, now, 60);
        QVERIFY(r);
        QCOMPARE(r->step, 60);
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series.at(0).size(), 31); // a sample a minute from now - 3600 to now - 1800, both included
        QCOMPARE(r->series.at(0).first(), (Point{now - 3600, double(now - 3600 - T0)}));
        QCOMPARE(r->series.at(0).last(), (Point{to, double(to - T0)}));
        QVERIFY(r->series.at(1).isEmpty()); // no queue reading in that range
        for (const Point& p : r->series.at(0))
            QVERIFY(p.time >= from && p.time <= to);

        // Further back: 15-minute averages, buckets that start in the range.
        const qint64 from2 = T0 + 2 * 86400 - 100; // the bucket at T0 + 2 days - 900 starts before: not answered
        const qint64 to2 = T0 + 2 * 86400 + 4 * 3600;
        r = ring.query({S::MailQueue, S::Load}, from2, to2, now, 60);
        QVERIFY(r);
        QCOMPARE(r->step, MetricsRing::BucketSecs);
        const QList<Point>& load = r->series.at(1);
        // 4 hours = 16 buckets + the one at to2, less the 8 buckets of the gap.
        QCOMPARE(load.size(), 17 - 8);
        QCOMPARE(load.first().time, T0 + 2 * 86400);
        QCOMPARE(load.first().value, double(2 * 86400 + 7 * 60));
        QCOMPARE(load.last().time, to2);
        for (const Point& p : load) {
            QVERIFY(p.time % 900 == 0 && p.time >= from2 && p.time <= to2);
            QVERIFY(p.time < T0 + 2 * 86400 + 3600 || p.time >= T0 + 2 * 86400 + 3 * 3600);
        }
        QCOMPARE(r->series.at(0).size(), load.size());

        // A range up to now: the buckets averaged so far, and the current bucket averaged from its samples.
        r = ring.query({S::Load}, now - 3 * 86400, now, now, 60);
        QVERIFY(r);
        QCOMPARE(r->step, MetricsRing::BucketSecs);
        QCOMPARE(r->series.at(0).last().time, now - 900);
        QCOMPARE(r->series.at(0).last().value, double(4 * 86400 - 900 + 7 * 60));

        // Nothing asked, nothing there, from after to.
        QCOMPARE(ring.query({S::Load}, T0 - 10 * 86400, T0 - 9 * 86400, now, 60)->series.at(0).size(), 0);
        QCOMPARE(ring.query({S::Load}, now, now - 1, now, 60)->series.at(0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringRing)
#include "tst_monitoring_ring.moc"
