#include "StatusService.h"

#include "ApiClient.h"
#include "JsonJob.h"

StatusService::StatusService(QObject* parent)
    : QObject(parent)
{ }

StatusService::~StatusService()
{
    abort();
}

void StatusService::abort()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
}

void StatusService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool was = isRunning();
    abort();
    m_client = client;
    if (was)
        emit runningChanged(false);
}

bool StatusService::run()
{
    if (!m_client || isRunning())
        return false;
    m_timer.start();
    m_job = m_client->postFormJson(QStringLiteral("/system/status"), {}, ApiClient::Duration::Long);
    connect(m_job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        const qint64 duration = m_timer.elapsed();
        m_job = nullptr;
        emit runningChanged(false);
        StatusItemList items;
        if (!StatusItems::parse(document, &items)) {
            ApiError error;
            error.kind = ApiError::Kind::Parse;
            error.message = tr("The box's status checks could not be read.");
            emit failed(error);
            return;
        }
        emit finished(items, QDateTime::currentDateTime(), duration);
    });
    connect(m_job, &JsonJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        emit runningChanged(false);
        emit failed(error);
    });
    emit runningChanged(true);
    return true;
}

void StatusService::cancel()
{
    if (!isRunning())
        return;
    abort();
    emit runningChanged(false);
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("Stopped waiting for the status checks.");
    emit failed(error);
}
