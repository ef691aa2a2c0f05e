#include "MonitoringService.h"

#include "ApiClient.h"
#include "TextJob.h"

#include <QDateTime>

MonitoringService::MonitoringService(QObject* parent)
    : QObject(parent)
{ }

MonitoringService::~MonitoringService()
{
    abort();
}

void MonitoringService::abort()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
}

void MonitoringService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool wasLoading = isLoading();
    abort();
    m_client = client;
    if (wasLoading)
        emit loadingChanged(false);
}

QUrlQuery MonitoringService::query(Metrics::Range range, qint64 now)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), QString::number(now - Metrics::seconds(range)));
    return q;
}

bool MonitoringService::fetch(Metrics::Range range)
{
    if (!m_client || (isLoading() && m_range == range))
        return false;
    const bool wasLoading = isLoading();
    abort();
    m_range = range;
    // As text, read by Metrics::parse in one pass (a month of every series at one-minute samples is 9 MB).
    TextJob* job =
        m_client->getText(QStringLiteral("/boxkeeper/metrics"), query(range, QDateTime::currentSecsSinceEpoch()));
    m_job = job;
    connect(job, &TextJob::finished, this, [this, range](const QString& text) {
        m_job = nullptr;
        emit loadingChanged(false);
        MetricsData data;
        if (!Metrics::parse(text.toUtf8(), &data)) {
            emit loadFailed(range, ApiError::unreadable(tr("The box's monitoring data could not be read.")));
            return;
        }
        emit loaded(range, data);
    });
    connect(job, &TextJob::failed, this, [this, range](const ApiError& failure) {
        m_job = nullptr;
        emit loadingChanged(false);
        ApiError error = failure;
        // The agent's own sentence when it has no metrics database ("No metrics on this box: <reason>.").
        if (error.httpStatus == 503 && error.serverText.startsWith(QLatin1String("No metrics")))
            error.message = error.serverText.trimmed();
        emit loadFailed(range, error);
    });
    if (!wasLoading)
        emit loadingChanged(true);
    return true;
}
