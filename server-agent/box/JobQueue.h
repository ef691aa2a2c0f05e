#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

// One job of a JobQueue: its state and progress can be read from any thread while it runs, and callers
// wait for its end without holding anything else. The typed result is in JobOf<R>.
class Job
{
public:
    enum class State {
        Queued,
        Running,
        Finished,
        Cancelled, // the queue was stopped before the job ran
    };

    struct Progress
    {
        int done = 0;
        int total = 0; // 0 = unknown
        QString step; // what it is doing now, e.g. "signing zones"
    };

    explicit Job(const QString& name);
    virtual ~Job() = default;
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;

    QString name() const { return m_name; }
    State state() const;
    Progress progress() const;
    // Called by the job's own function.
    void setProgress(int done, int total, const QString& step = QString());
    void setStep(const QString& step);

    // Blocks until the job finished or was cancelled; false on timeout (ms, -1 = no limit).
    bool wait(int timeoutMs = -1) const;
    bool isDone() const;

protected:
    void finish(State state);

private:
    friend class JobQueue;
    const QString m_name;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_done;
    State m_state = State::Queued;
    Progress m_progress;
};

template <typename R>
class JobOf : public Job
{
public:
    using Job::Job;
    // The function's result once finished; a default R when the job was cancelled.
    R result() const
    {
        wait();
        return m_result;
    }

private:
    friend class JobQueue;
    R m_result{};
};

// A single thread that runs long jobs one after the other (DESIGN.md "Shared pieces": DNS signing, ACME,
// backups, ...), never on the request pool. A job is a function of its Job (to report progress) that
// returns a result of any copyable type:
//
//     auto job = queue.submit<Result>(QStringLiteral("dns update"), [this](Job& j) { return update(j); });
//     return job->result(); // the caller waits, holding no lock that readers need
//
// Jobs submitted with the same non-empty `mergeKey` while one such job is still queued (not yet running)
// share it: a burst of identical requests runs once.
class JobQueue
{
public:
    explicit JobQueue(const QString& name);
    // Runs the job in progress to its end; queued jobs are cancelled.
    ~JobQueue();
    JobQueue(const JobQueue&) = delete;
    JobQueue& operator=(const JobQueue&) = delete;

    template <typename R>
    std::shared_ptr<JobOf<R>> submit(const QString& name, std::function<R(Job&)> fn, const QString& mergeKey = {})
    {
        QMutexLocker lock(&m_mutex);
        if (!mergeKey.isEmpty()) {
            for (const Entry& e : m_queue) {
                if (e.mergeKey == mergeKey) {
                    if (auto same = std::dynamic_pointer_cast<JobOf<R>>(e.job))
                        return same;
                }
            }
        }
        auto job = std::make_shared<JobOf<R>>(name);
        JobOf<R>* raw = job.get();
        enqueueLocked({job, [raw, fn = std::move(fn)] { raw->m_result = fn(*raw); }, mergeKey});
        return job;
    }

    // The job running now (null when idle), for a route that shows progress.
    std::shared_ptr<Job> current() const;
    // Jobs waiting to run, oldest first.
    int queuedCount() const;

private:
    struct Entry
    {
        std::shared_ptr<Job> job;
        std::function<void()> run;
        QString mergeKey;
    };
    void enqueueLocked(Entry entry);
    void loop();

    const QString m_name;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Entry> m_queue;
    std::shared_ptr<Job> m_current;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
