#pragma once

#include "MetricSeries.h"
#include "box/Database.h"

#include <QList>
#include <QString>

// The bounded store of the samples: an SQLite file of its own (STORAGE_ROOT/boxkeeper/metrics.sqlite, never the
// users database), so the series survive restarts. Two tables with a column per series (MetricSeries order):
// - samples: every sample as taken, kept RawKeepSecs (2 days);
// - samples_15m: 15-minute averages (a bucket's time is its start, a multiple of 900), kept KeepSecs (30 days).
// Each insert is one transaction: the sample, the averages of every 15-minute bucket it completes, and the
// deletion of rows past their retention, measured from the sample's own time (so the store stays bounded however
// time is fed to it). Averages of a counter series (messages per sample) are messages per sample too.
//
// Written by one thread (the sampler), read by any (each thread has its own connection through box/Database; the
// file is in WAL mode, so reads never wait for the writer). Commits do not wait for the disk (synchronous=NORMAL):
// a power cut may lose the last samples, never the file.
class MetricsRing
{
public:
    static constexpr qint64 RawKeepSecs = 2 * 24 * 3600;
    static constexpr qint64 BucketSecs = 15 * 60;
    static constexpr qint64 KeepSecs = 30 * 24 * 3600;

    struct Point
    {
        qint64 time = 0;
        double value = 0;
        bool operator==(const Point& o) const { return time == o.time && value == o.value; }
    };

    struct Range
    {
        qint64 step = 0; // seconds between points: the sampling interval, or BucketSecs
        QList<QList<Point>> series; // one list per asked series, in the order asked, oldest point first
    };

    explicit MetricsRing(const QString& path);

    QString path() const { return m_db.path(); }

    // Creates the folder, the file and the tables if absent.
    bool open(QString* error = nullptr);
    // Stores a sample (see above). A second sample within the same second is merged into the first: gauges take
    // the newer reading, counters add up.
    bool insert(const MetricSample& sample, QString* error = nullptr);

    // The points of `series` (MetricSeries indexes) with time in [from, to]: the samples as taken (step
    // `rawStep`) when the whole range lies within the raw retention before `now`, else 15-minute averages (from
    // samples_15m, and for buckets not averaged yet, from the samples). Samples without a value of a series give
    // no point of it. Nothing (and *error) when the file cannot be read.
    std::optional<Range> query(const QList<int>& series, qint64 from, qint64 to, qint64 now, qint64 rawStep,
                               QString* error = nullptr) const;

private:
    Database m_db;
};
