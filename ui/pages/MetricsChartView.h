#pragma once

#include "Metrics.h"

#include <QChartView>
#include <QColor>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// One chart of the Monitoring page: a few of the box's series over the period shown, reduced to the view's width in
// pixels (Metrics::downsample: the lowest and highest point of every pixel column, so peaks survive) and redrawn at
// that resolution when the view is resized. Pointing at the chart gives the time and the values nearest to it, in a
// tooltip and through hoverTextChanged() (the page shows it below the chart).
class MetricsChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Unit {
        Plain, // a load average
        Count, // messages
        Bytes, // memory, disk: the axis in the largest binary unit that fits, values as sizes
    };

    struct Line
    {
        QString name; // the agent's series name, e.g. "memory_used"; also the QLineSeries' object name
        QString label; // for people, e.g. "Used"
        QColor color; // invalid: the theme's
    };

    MetricsChartView(const QString& title, Unit unit, const QList<Line>& lines, QWidget* parent = nullptr);
    ~MetricsChartView() override;

    // The period's points of this chart's series (the others are ignored); the axis spans [data.from, data.to].
    void setData(const MetricsData& data);
    void clearData();
    bool hasPoints() const;
    // How many time buckets the points are reduced to: the view's width in pixels (at least 64).
    int bucketCount() const;
    // The line of series `name` as drawn.
    QLineSeries* line(const QString& name) const;
    // The factor drawn values are divided by (1 but for Bytes: 1024^k of the unit on the axis).
    double scale() const { return m_scale; }
    // What the hover shows at `time` (Unix seconds): the time and each series' value nearest to it; empty without
    // points.
    QString valuesAt(qint64 time) const;
    QString hoverText() const { return m_hoverText; }
    // The sentence under the chart when nothing is pointed at.
    QString idleText() const;

signals:
    void hoverTextChanged(const QString& text);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void setHoverText(const QString& text);
    QString formatValue(double value) const;

    Unit m_unit;
    QList<Line> m_lines;
    QList<QLineSeries*> m_series;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    MetricsData m_data;
    double m_scale = 1;
    int m_renderedBuckets = 0;
    QString m_hoverText;
};
