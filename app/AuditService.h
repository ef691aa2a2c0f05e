#pragma once

#include "ApiError.h"
#include "AuditLog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class JsonJob;

// The box's audit log for the desktop's Audit page (our agent only, capability "audit"): a search with filters
// loads the newest page; loadOlder() the page before the oldest entry loaded, with the same filters, until the box
// says there is none. One load at a time: a new search replaces a load under way (the newest filter wins; the older
// answer is dropped when it comes); loadOlder() waits its turn. Refusals come as ApiError with the box's sentence
// ("Invalid date: since."). Everything running is aborted when the client changes or the service is destroyed.
class AuditService : public QObject
{
    Q_OBJECT

public:
    explicit AuditService(QObject* parent = nullptr);
    ~AuditService() override;

    void setClient(ApiClient* client); // aborts a load and forgets the search
    void setPageSize(int entries) { m_pageSize = qBound(1, entries, 1000); }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return !m_job.isNull(); }
    bool hasOlder() const { return m_next.has_value(); }
    AuditFilter filter() const { return m_filter; }

    // False without a client.
    bool search(const AuditFilter& filter);
    // False without a client, while a load runs, or when the last page said there is nothing older.
    bool loadOlder();

signals:
    void loadingChanged(bool loading);
    // `older`: the entries go below the ones loaded (loadOlder()); else they replace them. `hasOlder`: a further
    // loadOlder() would find more.
    void pageLoaded(const AuditEntryList& entries, bool older, bool hasOlder);
    void loadFailed(const ApiError& error);

private:
    bool load(bool older, bool wasLoading);
    void abort();

    QPointer<ApiClient> m_client;
    QPointer<JsonJob> m_job;
    AuditFilter m_filter;
    std::optional<qint64> m_next;
    int m_pageSize = 100;
};
