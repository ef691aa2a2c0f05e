#include "Metrics.h"

#include "JsonScanner.h"

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

namespace {

// A reader of the route's own form of answer (an object of numbers and the series object of [time, value] pairs)
// that goes through the bytes once: a month of every series is 9 MB, which QJsonDocument takes several times
// longer to build and walk. Anything else (another key, another value type) is left to QJsonDocument.
class FastReader
{
public:
    explicit FastReader(const QByteArray& json)
        : m_json(json.constData(), json.constData() + json.size())
    { }

    bool read(MetricsData* data)
    {
        bool from = false;
        bool to = false;
        bool series = false;
        if (!m_json.take('{'))
            return false;
        do {
            QString key;
            if (!m_json.string(&key) || !m_json.take(':'))
                return false;
            double value = 0;
            if (key == QLatin1String("series")) {
                if (!readSeries(data))
                    return false;
                series = true;
            } else if (key == QLatin1String("from") && m_json.number(&value)) {
                data->from = qint64(value);
                from = true;
            } else if (key == QLatin1String("to") && m_json.number(&value)) {
                data->to = qint64(value);
                to = true;
            } else if (key == QLatin1String("step") && m_json.number(&value)) {
                data->step = int(value);
            } else {
                return false;
            }
        } while (m_json.take(','));
        return m_json.take('}') && m_json.atEnd() && from && to && series;
    }

private:
    bool readSeries(MetricsData* data)
    {
        if (!m_json.take('{'))
            return false;
        if (m_json.take('}'))
            return true;
        do {
            QString name;
            if (!m_json.string(&name) || !m_json.take(':') || !m_json.take('['))
                return false;
            MetricPoints points;
            if (!m_json.take(']')) {
                // "[t, v], " is at least 8 bytes: enough room for the rest of the answer without regrowing.
                points.reserve(m_json.left() / 24);
                do {
                    double t = 0;
                    double v = 0;
                    if (!m_json.take('[') || !m_json.number(&t) || !m_json.take(',') || !m_json.number(&v) ||
                        !m_json.take(']'))
                        return false;
                    points.append({qint64(t), v});
                } while (m_json.take(','));
                if (!m_json.take(']'))
                    return false;
                points.squeeze();
            }
            data->series.insert(name, points);
        } while (m_json.take(','));
        return m_json.take('}');
    }

    JsonScanner<char> m_json;
};

} // namespace

bool parse(const QByteArray& json, MetricsData* data)
{
    MetricsData result;
    if (FastReader(json).read(&result)) {
        *data = result;
        return true;
    }
    return parse(QJsonDocument::fromJson(json), data);
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
