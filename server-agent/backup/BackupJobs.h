#pragma once

#include "box/JobQueue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Clock;

// The one job state of the backup module: a backup run, a verification or a restore runs on the module's own job
// queue, one at a time (they share duplicity's archive dir and its lock). Each kind keeps the state of its job in
// progress or of its last one, in one shape:
//   {"state": "running", "step": "<what it does now>", "started": "<ISO time>"}
//   {"state": "succeeded"|"failed"|"skipped", "message": ..., "started": ..., "finished": ..., <the kind's fields>}
//   {"state": "idle"} before any.
class BackupJobs
{
public:
    enum class Kind { Run, Verify, Restore };

    // How a job ended: its state ("succeeded", "failed" or "skipped") and message, and fields of its kind (e.g.
    // "full", "differences").
    struct Outcome
    {
        QString state;
        QString message;
        QJsonObject fields;
    };
    using Work = std::function<Outcome(Job&)>;
    // Called on the queue's thread when a job ended, with the kind and its final state (before the state is
    // readable as finished, so a reader never sees an outcome the callback has not recorded yet).
    using Finished = std::function<void(Kind, const QJsonObject&)>;

    explicit BackupJobs(const Clock& clock);
    ~BackupJobs();
    BackupJobs(const BackupJobs&) = delete;
    BackupJobs& operator=(const BackupJobs&) = delete;

    void setFinished(Finished finished) { m_finished = std::move(finished); }

    // Starts `work` unless a job of any kind runs: the running state (answered with 202), or nullopt with *busy
    // = "A backup is already running (started <ISO time>)." (or "A verification", "A restore").
    std::optional<QJsonObject> start(Kind kind, Work work, QString* busy);
    // The job of `kind` in progress, else its last state in this process ({"state": "idle"} before any).
    QJsonObject state(Kind kind) const;
    // Whether a job of `kind` runs now.
    bool isRunning(Kind kind) const;
    // Blocks until the job started last has ended.
    void waitForLast() const;

private:
    static QString noun(Kind kind);

    const Clock& m_clock;
    Finished m_finished;
    mutable QMutex m_mutex; // guards everything below
    std::optional<Kind> m_running;
    QDateTime m_started;
    std::shared_ptr<Job> m_job;
    QJsonObject m_last[3];
    JobQueue m_queue; // last: its destructor waits for the job in progress, which uses the members above
};
