#include "AuditService.h"

#include "ApiClient.h"
#include "JsonJob.h"

AuditService::AuditService(QObject* parent)
    : QObject(parent)
{ }

AuditService::~AuditService()
{
    abort();
}

void AuditService::abort()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
}

void AuditService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool was = isLoading();
    abort();
    m_client = client;
    m_filter = {};
    m_next.reset();
    if (was)
        emit loadingChanged(false);
}

bool AuditService::search(const AuditFilter& filter)
{
    if (!m_client)
        return false;
    const bool was = isLoading();
    // The answer to an older search is dropped, not aborted: it is on its way and costs the box nothing more.
    if (m_job)
        m_job->disconnect(this);
    m_job = nullptr;
    m_filter = filter;
    m_next.reset();
    return load(false, was);
}

bool AuditService::loadOlder()
{
    if (!m_client || isLoading() || !m_next)
        return false;
    return load(true, false);
}

bool AuditService::load(bool older, bool wasLoading)
{
    const std::optional<qint64> before = older ? m_next : std::nullopt;
    JsonJob* job = m_client->getJson(AuditLog::path(), AuditLog::query(m_filter, before, m_pageSize));
    m_job = job;
    if (!wasLoading)
        emit loadingChanged(true);
    connect(job, &JsonJob::finished, this, [this, older](const QJsonDocument& document) {
        m_job = nullptr;
        AuditLogPage page;
        if (!AuditLog::parsePage(document, &page)) {
            emit loadingChanged(false);
            emit loadFailed(ApiError::unreadable(tr("The box's audit log could not be read.")));
            return;
        }
        m_next = page.next;
        emit loadingChanged(false);
        emit pageLoaded(page.entries, older, m_next.has_value());
    });
    connect(job, &JsonJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        emit loadingChanged(false);
        emit loadFailed(error);
    });
    return true;
}
