#include "MetricsChartView.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
constexpr int MinimumBuckets = 64;

// The point of `points` (sorted by time) nearest to `time`; null without points.
const MetricPoint* nearest(const MetricPoints& points, qint64 time)
{
    if (points.isEmpty())
        return nullptr;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), time,
                                        [](const MetricPoint& p, qint64 t) { return p.time < t; });
    if (after == points.cbegin())
        return &*after;
    if (after == points.cend())
        return &points.last();
    const auto before = after - 1;
    return time - before->time <= after->time - time ? &*before : &*after;
}
} // namespace

MetricsChartView::MetricsChartView(const QString& title, Unit unit, const QList<Line>& lines, QWidget* parent)
    : QChartView(parent)
    , m_unit(unit)
    , m_lines(lines)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(7);
    m_valueAxis->setMin(0);
    m_valueAxis->setLabelFormat(unit == Unit::Plain ? QStringLiteral("%.2f") : QStringLiteral("%g"));
    for (const Line& line : lines) {
        auto* series = new QLineSeries;
        series->setObjectName(line.name);
        series->setName(line.label);
        if (line.color.isValid()) {
            QPen pen(line.color);
            pen.setWidthF(1.5);
            series->setPen(pen);
        }
        series->setMarkerSize(5);
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_series.append(series);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false); // thousands of segments: crisp and fast
    setMouseTracking(true);
    viewport()->setMouseTracking(true); // hover values without a button pressed
    setMinimumHeight(200);
    clearData();
}

MetricsChartView::~MetricsChartView() = default;

QLineSeries* MetricsChartView::line(const QString& name) const
{
    for (QLineSeries* series : m_series) {
        if (series->objectName() == name)
            return series;
    }
    return nullptr;
}

int MetricsChartView::bucketCount() const
{
    return std::max(MinimumBuckets, viewport()->width());
}

bool MetricsChartView::hasPoints() const
{
    for (const Line& line : m_lines) {
        if (!m_data.series.value(line.name).isEmpty())
            return true;
    }
    return false;
}

void MetricsChartView::clearData()
{
    m_data = MetricsData();
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-3600), now);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setTitleText(QString());
    for (QLineSeries* series : m_series)
        series->clear();
    m_renderedBuckets = 0;
    setHoverText(QString());
}

void MetricsChartView::setData(const MetricsData& data)
{
    m_data.from = data.from;
    m_data.to = data.to;
    m_data.step = data.step;
    m_data.series.clear();
    for (const Line& line : m_lines)
        m_data.series.insert(line.name, data.series.value(line.name));
    render();
    setHoverText(QString());
}

void MetricsChartView::render()
{
    const int buckets = bucketCount();
    m_renderedBuckets = buckets;
    double highest = 0;
    for (const Line& line : m_lines) {
        for (const MetricPoint& p : m_data.series.value(line.name))
            highest = std::max(highest, p.value);
    }
    m_scale = 1;
    if (m_unit == Unit::Bytes) {
        static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int k = 0;
        while (k < 5 && highest / m_scale >= 1024) {
            m_scale *= 1024;
            ++k;
        }
        m_valueAxis->setTitleText(QString::fromLatin1(units[k]));
    }
    QList<QList<QPointF>> lines;
    for (const Line& line : std::as_const(m_lines)) {
        const MetricPoints reduced =
            Metrics::downsample(m_data.series.value(line.name), m_data.from, m_data.to, buckets);
        QList<QPointF> points;
        points.reserve(reduced.size());
        for (const MetricPoint& p : reduced)
            points.append(QPointF(double(p.time) * 1000.0, p.value / m_scale));
        lines.append(points);
    }
    // Every change of a line or an axis has the chart lay out its lines again: the lines are emptied first, the axes
    // set, and each line then laid out once with its new points.
    for (QLineSeries* series : std::as_const(m_series))
        series->clear();
    const qint64 span = m_data.to - m_data.from;
    m_timeAxis->setFormat(span > 2 * 86400 ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromSecsSinceEpoch(m_data.from), QDateTime::fromSecsSinceEpoch(m_data.to));
    const double top = highest / m_scale;
    m_valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_valueAxis->applyNiceNumbers();
    for (int i = 0; i < m_series.size(); ++i) {
        // A few samples (a fresh box, gaps): marked, since a line needs two points to show anything.
        m_series.at(i)->setPointsVisible(lines.at(i).size() <= 120);
        m_series.at(i)->replace(lines.at(i));
    }
}

void MetricsChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (m_renderedBuckets != 0 && bucketCount() != m_renderedBuckets)
        render();
}

QString MetricsChartView::formatValue(double value) const
{
    const QLocale locale;
    switch (m_unit) {
    case Unit::Bytes:
        return locale.formattedDataSize(qint64(std::llround(value)), 1, QLocale::DataSizeTraditionalFormat);
    case Unit::Count:
        return value == std::floor(value) ? locale.toString(qint64(value)) : locale.toString(value, 'f', 1);
    case Unit::Plain:
        break;
    }
    return locale.toString(value, 'f', 2);
}

QString MetricsChartView::valuesAt(qint64 time) const
{
    QStringList parts;
    qint64 shown = 0;
    for (const Line& line : m_lines) {
        const MetricPoint* p = nearest(m_data.series.value(line.name), time);
        if (!p)
            continue;
        if (shown == 0)
            shown = p->time;
        parts << tr("%1: %2").arg(line.label, formatValue(p->value));
    }
    if (parts.isEmpty())
        return QString();
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(shown), QLocale::ShortFormat);
    return tr("%1 — %2").arg(when, parts.join(QStringLiteral(", ")));
}

QString MetricsChartView::idleText() const
{
    return hasPoints() ? tr("Point at the chart to read its values.") : tr("No samples in this period.");
}

void MetricsChartView::setHoverText(const QString& text)
{
    const QString shown = text.isEmpty() ? idleText() : text;
    if (shown == m_hoverText)
        return;
    m_hoverText = shown;
    emit hoverTextChanged(shown);
}

void MetricsChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos) || m_series.isEmpty()) {
        setHoverText(QString());
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(chartPos, m_series.first());
    const QString text = valuesAt(qint64(std::llround(value.x() / 1000.0)));
    setHoverText(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void MetricsChartView::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    setHoverText(QString());
}
