#include "Metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

int MetricsData::pointCount() const
{
    int count = 0;
    for (const MetricPoints& points : series)
        count += int(points.size());
    return count;
}

namespace Metrics {

qint64 seconds(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600;
    case Range::Day:
        return 86400;
    case Range::Week:
        return 7 * 86400;
    case Range::Month:
        return 30 * 86400;
    }
    return 86400;
}

QList<Range> ranges()
{
    return {Range::Hour, Range::Day, Range::Week, Range::Month};
}

QStringList seriesNames()
{
    return {QStringLiteral("load"),
            QStringLiteral("memory_used"),
            QStringLiteral("memory_available"),
            QStringLiteral("disk_used"),
            QStringLiteral("disk_available"),
            QStringLiteral("mail_queue"),
            QStringLiteral("messages_received"),
            QStringLiteral("messages_sent"),
            QStringLiteral("messages_rejected")};
}

bool parse(const QJsonDocument& document, MetricsData* data)
{
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    const QJsonValue series = o.value(QLatin1String("series"));
    if (!series.isObject() || !o.value(QLatin1String("from")).isDouble() || !o.value(QLatin1String("to")).isDouble())
        return false;
    MetricsData result;
    result.from = qint64(o.value(QLatin1String("from")).toDouble());
    result.to = qint64(o.value(QLatin1String("to")).toDouble());
    result.step = o.value(QLatin1String("step")).toInt();
    const QJsonObject all = series.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!it.value().isArray())
            return false;
        const QJsonArray array = it.value().toArray();
        MetricPoints points;
        points.reserve(array.size());
        for (const QJsonValue& p : array) {
            const QJsonArray pair = p.toArray();
            if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
                return false;
            points.append({qint64(pair.at(0).toDouble()), pair.at(1).toDouble()});
        }
        result.series.insert(it.key(), points);
    }
    *data = result;
    return true;
}

MetricPoints downsample(const MetricPoints& points, qint64 from, qint64 to, int buckets)
{
    buckets = std::max(buckets, 1);
    if (points.size() <= 2 * qsizetype(buckets))
        return points;
    if (from >= to) {
        from = points.first().time;
        to = points.last().time;
    }
    const double span = double(to - from) + 1.0;
    const auto bucketOf = [&](qint64 t) {
        const double b = std::floor(double(t - from) / span * double(buckets));
        return int(std::clamp(b, 0.0, double(buckets - 1)));
    };

    MetricPoints result;
    result.reserve(2 * buckets);
    qsizetype low = 0;
    qsizetype high = 0;
    int bucket = bucketOf(points.first().time);
    const auto flush = [&] {
        if (low == high) {
            result.append(points.at(low));
        } else {
            result.append(points.at(std::min(low, high)));
            result.append(points.at(std::max(low, high)));
        }
    };
    for (qsizetype i = 1; i < points.size(); ++i) {
        const int b = bucketOf(points.at(i).time);
        if (b != bucket) {
            flush();
            bucket = b;
            low = high = i;
            continue;
        }
        if (points.at(i).value < points.at(low).value)
            low = i;
        if (points.at(i).value > points.at(high).value)
            high = i;
    }
    flush();
    return result;
}

} // namespace Metrics
