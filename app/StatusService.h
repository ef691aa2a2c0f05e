#pragma once

#include "ApiError.h"
#include "StatusItems.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class ApiClient;
class JsonJob;

// The last nightly change report of the status checks (our agent: GET /boxkeeper/status/changes, capability
// "status-changes"): the checks that changed between the last two nights, as the nightly mail prints them.
struct StatusChanges
{
    QDateTime time; // when the report was made; invalid before the second night (no report yet)
    QString text; // the printed report; empty when nothing changed
    int sections = 0; // the report's sections (a category's previous or current state, or one added or removed)

    bool exists() const { return time.isValid(); }
};

// The box's status checks (spec/api.md §9.3) for the Status Checks page: POST /system/status runs every check on
// the box (upstream: tens of seconds; our agent: seconds) and answers the flat list StatusItems parses. One run at a
// time; cancel() stops waiting for it (the box finishes its run regardless). Aborted when the client changes.
class StatusService : public QObject
{
    Q_OBJECT

public:
    explicit StatusService(QObject* parent = nullptr);
    ~StatusService() override;

    void setClient(ApiClient* client); // aborts a running run
    bool isRunning() const { return !m_job.isNull(); }
    // Milliseconds since the running run started (0 when none runs).
    qint64 elapsedMs() const { return isRunning() ? m_timer.elapsed() : 0; }

    // False (and nothing sent) without a client or while a run is under way.
    bool run();
    void cancel();
    // The last nightly change report (only on a box with the capability "status-changes"); false while one loads.
    bool fetchChanges();
    bool isLoadingChanges() const { return !m_changesJob.isNull(); }

signals:
    void runningChanged(bool running);
    // `finishedAt`: when the answer arrived; `durationMs`: from sending to the answer.
    void finished(const StatusItemList& items, const QDateTime& finishedAt, qint64 durationMs);
    void failed(const ApiError& error);
    void changesLoaded(const StatusChanges& changes);
    void changesFailed(const ApiError& error);

private:
    void abort();
    void abortChanges();

    QPointer<ApiClient> m_client;
    QPointer<JsonJob> m_job;
    QPointer<JsonJob> m_changesJob;
    QElapsedTimer m_timer;
};
