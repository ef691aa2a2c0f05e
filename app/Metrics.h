#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QByteArray;
class QJsonDocument;

// One reading of a series: a Unix time in seconds and the value then.
struct MetricPoint
{
    qint64 time = 0;
    double value = 0;

    bool operator==(const MetricPoint& other) const { return time == other.time && value == other.value; }
};

using MetricPoints = QList<MetricPoint>;

// The answer of GET /admin/boxkeeper/metrics (our agent, capability "metrics"; server-agent/monitoring/README.md):
// every series' points oldest first over [from, to], `step` seconds apart at most (the sampling interval, or 900
// for 15-minute averages). A series has no point where the box had no value (a gap).
struct MetricsData
{
    qint64 from = 0;
    qint64 to = 0;
    int step = 0;
    QHash<QString, MetricPoints> series;

    MetricPoints points(const QString& name) const { return series.value(name); }
    int pointCount() const;
};

Q_DECLARE_METATYPE(MetricsData)

namespace Metrics {

// The periods the desktop shows, each ending now.
enum class Range { Hour, Day, Week, Month };

qint64 seconds(Range range);
QList<Range> ranges();

// The series the agent records: load, memory_used, memory_available, disk_used, disk_available, mail_queue,
// messages_received, messages_sent, messages_rejected.
QStringList seriesNames();

// Reads the route's answer; false (data untouched) when it is not one. Points that are not [time, value] pairs of
// numbers are refused.
bool parse(const QJsonDocument& document, MetricsData* data);
// The same from the answer's bytes, read in one pass when it has the route's form (the desktop's way: a month of
// every series at one-minute samples is 9 MB); false for anything that is not such an answer.
bool parse(const QByteArray& json, MetricsData* data);

// The points of a series reduced for a chart `buckets` pixels wide: [from, to] is cut into `buckets` equal spans
// of time and each span keeps only its lowest and its highest point (in their order), so peaks and dips survive
// at any width. At most 2 × buckets points; the points themselves are returned when there are no more than that.
// Points are taken as sorted by time; from >= to uses the points' own first and last times.
MetricPoints downsample(const MetricPoints& points, qint64 from, qint64 to, int buckets);

} // namespace Metrics

Q_DECLARE_METATYPE(Metrics::Range)
