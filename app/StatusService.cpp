#include "StatusService.h"

#include "ApiClient.h"
#include "JsonJob.h"

#include <QJsonArray>
#include <QJsonObject>

StatusService::StatusService(QObject* parent)
    : QObject(parent)
{ }

StatusService::~StatusService()
{
    abort();
    abortChanges();
}

void StatusService::abort()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
}

void StatusService::abortChanges()
{
    if (m_changesJob) {
        m_changesJob->disconnect(this);
        m_changesJob->abort();
    }
    m_changesJob = nullptr;
}

void StatusService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool was = isRunning();
    abort();
    abortChanges();
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
            emit failed(ApiError::unreadable(tr("The box's status checks could not be read.")));
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

bool StatusService::fetchChanges()
{
    if (!m_client || m_changesJob)
        return false;
    m_changesJob = m_client->getJson(QStringLiteral("/boxkeeper/status/changes"));
    connect(m_changesJob, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        m_changesJob = nullptr;
        const QJsonObject o = document.object();
        StatusChanges changes;
        if (!document.isObject() || (!o.isEmpty() && (!o.value(QLatin1String("time")).isString() ||
                                                      !o.value(QLatin1String("sections")).isArray()))) {
            emit changesFailed(ApiError::unreadable(tr("The box's report of last night's changes could not be read.")));
            return;
        }
        changes.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODate);
        changes.text = o.value(QLatin1String("text")).toString();
        changes.sections = int(o.value(QLatin1String("sections")).toArray().size());
        emit changesLoaded(changes);
    });
    connect(m_changesJob, &JsonJob::failed, this, [this](const ApiError& error) {
        m_changesJob = nullptr;
        emit changesFailed(error);
    });
    return true;
}
