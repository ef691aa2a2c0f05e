#pragma once

#include "ApiError.h"
#include "Metrics.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class ApiClient;
class Banner;
class MetricsChartView;
class MonitoringService;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// System → Monitoring: charts of the box's load, memory, disk, mail queue and mail traffic over the last hour, 24
// hours, 7 or 30 days, as our agent records them (capability "metrics"). Pointing at a chart gives the time and
// values under the cursor; while the page is shown it refreshes itself every minute. A box without the capability
// (an unmodified Mail-in-a-Box) keeps its charts in Munin: the page says so and opens the box's Munin pages in the
// browser. Talks to the box only through MonitoringService.
class MonitoringPage : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringPage(QWidget* parent = nullptr);
    ~MonitoringPage() override;

    void setClient(ApiClient* client);
    // Whether the box records metrics (the capability); without, the sentence and the Munin button instead.
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }
    void refresh();
    bool isBusy() const;

    Metrics::Range range() const { return m_range; }
    void setRange(Metrics::Range range); // and loads it
    // https://<box>/admin/munin/ of the box the page talks to; empty without a client.
    QUrl muninUrl() const;
    QList<MetricsChartView*> charts() const { return m_charts; }
    // Shows `data` as the charts of `range` (what a load does when the box answers).
    void showMetrics(Metrics::Range range, const MetricsData& data);

signals:
    void loaded(Metrics::Range range, int points);
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void addChart(MetricsChartView* chart);
    void updateTimer();
    void showError(const ApiError& error);
    void setBusy(bool busy);
    void openMunin();

    MonitoringService* m_service;
    QPointer<ApiClient> m_client;
    bool m_available = true;
    Metrics::Range m_range = Metrics::Range::Day;
    QWidget* m_content;
    QWidget* m_unavailable;
    QButtonGroup* m_rangeGroup;
    QPushButton* m_refreshButton;
    QProgressBar* m_busyBar;
    QLabel* m_statusLabel;
    Banner* m_errorBanner;
    QList<MetricsChartView*> m_charts;
    QTimer* m_refreshTimer;
    QPushButton* m_muninButton;
};
