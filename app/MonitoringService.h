#pragma once

#include "ApiError.h"
#include "Metrics.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class ApiClient;
class TextJob;

// The box's time series for the desktop's Monitoring page: GET /admin/boxkeeper/metrics (our agent only, capability
// "metrics"; server-agent/monitoring/README.md) over the last hour, 24 hours, 7 or 30 days, every series at once,
// typed (MetricsData). One load at a time: asking for another range drops the running load. Everything running is
// aborted when the client changes or the service is destroyed.
class MonitoringService : public QObject
{
    Q_OBJECT

public:
    explicit MonitoringService(QObject* parent = nullptr);
    ~MonitoringService() override;

    void setClient(ApiClient* client); // aborts a running load
    bool isLoading() const { return !m_job.isNull(); }
    Metrics::Range loadingRange() const { return m_range; }

    // False (and nothing sent) without a client or while the same range loads; a load of another range is dropped.
    bool fetch(Metrics::Range range);

    // The query of `range` ending at `now` (Unix seconds): `from` only, so the box's own clock ends the period.
    static QUrlQuery query(Metrics::Range range, qint64 now);

signals:
    void loadingChanged(bool loading);
    void loaded(Metrics::Range range, const MetricsData& data);
    void loadFailed(Metrics::Range range, const ApiError& error);

private:
    void abort();

    QPointer<ApiClient> m_client;
    QPointer<TextJob> m_job;
    Metrics::Range m_range = Metrics::Range::Day;
};
