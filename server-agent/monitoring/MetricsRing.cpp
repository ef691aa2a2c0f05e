#include "MetricsRing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace {

constexpr int SchemaVersion = 1;

QString column(int series)
{
    return QLatin1String(MetricSeries::All[series].name);
}

QString allColumns()
{
    QStringList names;
    for (int i = 0; i < MetricSeries::SeriesCount; ++i)
        names << column(i);
    return names.join(QStringLiteral(", "));
}

QString tableDefinition(const QString& table)
{
    QStringList columns{QStringLiteral("t INTEGER PRIMARY KEY")};
    for (int i = 0; i < MetricSeries::SeriesCount; ++i)
        columns << column(i) + QStringLiteral(" REAL");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, columns.join(QStringLiteral(", ")));
}

// INSERT of one sample; a second one in the same second merges (gauges: the newer reading, counters: the sum).
QString insertStatement()
{
    QStringList placeholders;
    QStringList updates;
    for (int i = 0; i < MetricSeries::SeriesCount; ++i) {
        const QString c = column(i);
        placeholders << QStringLiteral("?");
        if (MetricSeries::All[i].kind == MetricSeries::Kind::Counter) {
            updates << QStringLiteral(
                           "%1 = CASE WHEN excluded.%1 IS NULL THEN %1 ELSE coalesce(%1, 0) + excluded.%1 END")
                           .arg(c);
        } else {
            updates << QStringLiteral("%1 = coalesce(excluded.%1, %1)").arg(c);
        }
    }
    return QStringLiteral("INSERT INTO samples (t, %1) VALUES (?, %2) ON CONFLICT(t) DO UPDATE SET %3")
        .arg(allColumns(), placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

// The averages of the buckets in [:from, :to) of the samples table, one row per bucket.
QString averagesSelect(const QList<int>& series)
{
    QStringList averages;
    for (int s : series)
        averages << QStringLiteral("avg(%1)").arg(column(s));
    return QStringLiteral("SELECT (t / %1) * %1 AS bucket, %2 FROM samples WHERE t >= ? AND t < ? GROUP BY bucket")
        .arg(MetricsRing::BucketSecs)
        .arg(averages.join(QStringLiteral(", ")));
}

qint64 bucketStart(qint64 t)
{
    return t - (((t % MetricsRing::BucketSecs) + MetricsRing::BucketSecs) % MetricsRing::BucketSecs);
}

bool fail(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

MetricsRing::MetricsRing(const QString& path)
    : m_db(path)
{ }

bool MetricsRing::open(QString* error)
{
    if (!m_db.openOwnFile(Database::Journal::Wal, error))
        return false;
    return m_db.write(
        [error](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return fail(q, error);
            const int version = q.value(0).toInt();
            if (version > SchemaVersion) { // made by a newer agent: left alone
                if (error)
                    *error = QStringLiteral("its schema version %1 is newer than this agent's").arg(version);
                return false;
            }
            return q.exec(tableDefinition(QStringLiteral("samples"))) &&
                   q.exec(tableDefinition(QStringLiteral("samples_15m"))) &&
                   q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
        },
        error);
}

bool MetricsRing::insert(const MetricSample& sample, QString* error)
{
    {
        // The writer's connection: commits without waiting for the disk; the write-ahead log copied into the file
        // every 128 pages and kept under 1 MiB.
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 128"));
        q.exec(QStringLiteral("PRAGMA journal_size_limit = 1048576"));
    }
    return m_db.write(
        [&sample, error](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (!q.prepare(insertStatement()))
                return fail(q, error);
            q.addBindValue(sample.time);
            for (const std::optional<double>& v : sample.values)
                q.addBindValue(v ? QVariant(*v) : QVariant(QMetaType::fromType<double>()));
            if (!q.exec())
                return fail(q, error);

            // Average the buckets this sample completes: those after the last averaged one, before its own.
            if (!q.exec(QStringLiteral("SELECT max(t) FROM samples_15m")) || !q.next())
                return fail(q, error);
            const qint64 from =
                q.value(0).isNull() ? std::numeric_limits<qint64>::min() : q.value(0).toLongLong() + BucketSecs;
            const qint64 to = bucketStart(sample.time);
            if (from < to) {
                QList<int> every;
                for (int i = 0; i < MetricSeries::SeriesCount; ++i)
                    every << i;
                if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO samples_15m (t, %1) %2")
                                   .arg(allColumns(), averagesSelect(every))))
                    return fail(q, error);
                q.addBindValue(from);
                q.addBindValue(to);
                if (!q.exec())
                    return fail(q, error);
            }

            if (!q.prepare(QStringLiteral("DELETE FROM samples WHERE t < ?")))
                return fail(q, error);
            q.addBindValue(sample.time - RawKeepSecs);
            if (!q.exec())
                return fail(q, error);
            if (!q.prepare(QStringLiteral("DELETE FROM samples_15m WHERE t < ?")))
                return fail(q, error);
            q.addBindValue(sample.time - KeepSecs);
            if (!q.exec())
                return fail(q, error);
            return true;
        },
        error);
}

std::optional<MetricsRing::Range> MetricsRing::query(const QList<int>& series, qint64 from, qint64 to, qint64 now,
                                                     qint64 rawStep, QString* error) const
{
    Range range;
    range.series.resize(series.size());
    if (series.isEmpty() || from > to)
        return range;
    QStringList columns;
    for (int s : series)
        columns << column(s);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool raw = from >= now - RawKeepSecs;
    if (raw) {
        range.step = rawStep;
        if (!q.prepare(QStringLiteral("SELECT t, %1 FROM samples WHERE t >= ? AND t <= ? ORDER BY t")
                           .arg(columns.join(QStringLiteral(", "))))) {
            fail(q, error);
            return std::nullopt;
        }
        q.addBindValue(from);
        q.addBindValue(to);
    } else {
        range.step = BucketSecs;
        // Buckets that start in [from, to]; those not averaged yet (the current one, or after a stop) are
        // averaged from the samples here.
        const qint64 firstBucket = bucketStart(from) == from ? from : bucketStart(from) + BucketSecs;
        const qint64 afterLastBucket = bucketStart(to) + BucketSecs;
        if (!q.prepare(QStringLiteral("SELECT t, %1 FROM samples_15m WHERE t >= ? AND t < ? "
                                      "UNION ALL SELECT * FROM (%2) WHERE bucket >= "
                                      "(SELECT coalesce(max(t) + %3, 0) FROM samples_15m) ORDER BY 1")
                           .arg(columns.join(QStringLiteral(", ")), averagesSelect(series))
                           .arg(BucketSecs))) {
            fail(q, error);
            return std::nullopt;
        }
        q.addBindValue(firstBucket);
        q.addBindValue(afterLastBucket);
        q.addBindValue(firstBucket);
        q.addBindValue(afterLastBucket);
    }
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        for (int i = 0; i < series.size(); ++i) {
            const QVariant v = q.value(i + 1);
            if (!v.isNull())
                range.series[i].append(Point{t, v.toDouble()});
        }
    }
    return range;
}
