#include "JobQueue.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

Job::Job(const QString& name)
    : m_name(name)
{ }

Job::State Job::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

Job::Progress Job::progress() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress;
}

void Job::setProgress(int done, int total, const QString& step)
{
    QMutexLocker lock(&m_mutex);
    m_progress.done = done;
    m_progress.total = total;
    if (!step.isNull())
        m_progress.step = step;
}

void Job::setStep(const QString& step)
{
    QMutexLocker lock(&m_mutex);
    m_progress.step = step;
}

bool Job::isDone() const
{
    QMutexLocker lock(&m_mutex);
    return m_state == State::Finished || m_state == State::Cancelled;
}

bool Job::wait(int timeoutMs) const
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
    while (m_state != State::Finished && m_state != State::Cancelled) {
        if (!m_done.wait(&m_mutex, deadline))
            return m_state == State::Finished || m_state == State::Cancelled;
    }
    return true;
}

void Job::finish(State state)
{
    QMutexLocker lock(&m_mutex);
    m_state = state;
    m_done.wakeAll();
}

JobQueue::JobQueue(const QString& name)
    : m_name(name)
{ }

JobQueue::~JobQueue()
{
    std::deque<Entry> cancelled;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        cancelled.swap(m_queue);
        m_wake.wakeAll();
    }
    for (const Entry& e : cancelled)
        e.job->finish(Job::State::Cancelled);
    if (m_thread)
        m_thread->wait();
}

void JobQueue::enqueueLocked(Entry entry)
{
    if (m_stopping) {
        entry.job->finish(Job::State::Cancelled);
        return;
    }
    m_queue.push_back(std::move(entry));
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->setObjectName(m_name);
        m_thread->start();
    }
    m_wake.wakeOne();
}

std::shared_ptr<Job> JobQueue::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

int JobQueue::queuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

void JobQueue::loop()
{
    for (;;) {
        Entry entry;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty())
                return;
            entry = std::move(m_queue.front());
            m_queue.pop_front();
            m_current = entry.job;
        }
        {
            QMutexLocker lock(&entry.job->m_mutex);
            entry.job->m_state = Job::State::Running;
        }
        entry.run();
        entry.job->finish(Job::State::Finished);
        QMutexLocker lock(&m_mutex);
        m_current.reset();
    }
}
