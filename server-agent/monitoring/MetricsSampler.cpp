#include "MetricsSampler.h"

#include "HostReadings.h"
#include "MailQueue.h"
#include "MetricsRing.h"
#include "auth/Clock.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSampler, "boxkeeper.agent.monitoring.sampler", QtInfoMsg)

MetricsSampler::MetricsSampler(MetricsRing& ring, const Sources& sources, int intervalMs, const Clock& clock)
    : m_ring(ring)
    , m_sources(sources)
    , m_intervalMs(qMax(1, intervalMs))
    , m_clock(clock)
    , m_mailLog(sources.mailLog)
{ }

MetricsSampler::~MetricsSampler()
{
    stop();
}

void MetricsSampler::start()
{
    if (m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = false;
    }
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(QStringLiteral("metrics sampler"));
    m_thread->start(QThread::LowPriority);
}

void MetricsSampler::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
}

void MetricsSampler::loop()
{
    QElapsedTimer since;
    since.start();
    qint64 next = 0; // ms after `since` when the next sample is due
    for (;;) {
        sampleOnce();
        next += m_intervalMs;
        const qint64 now = since.elapsed();
        if (next <= now)
            next = now + m_intervalMs - (now - next) % m_intervalMs; // skip the intervals missed
        QMutexLocker lock(&m_mutex);
        while (!m_stopping) {
            const qint64 left = next - since.elapsed();
            if (left <= 0)
                break;
            m_wake.wait(&m_mutex, QDeadlineTimer(left));
        }
        if (m_stopping)
            return;
    }
}

MetricSample MetricsSampler::collect()
{
    namespace S = MetricSeries;
    MetricSample s;
    s.time = m_clock.nowSecs();
    s.values[S::Load] = HostReadings::parseLoadAverage(HostReadings::readSmallFile(m_sources.loadAverage));
    if (const auto memory = HostReadings::parseMemInfo(HostReadings::readSmallFile(m_sources.memInfo))) {
        s.values[S::MemoryUsed] = double(memory->usedBytes());
        s.values[S::MemoryAvailable] = double(memory->availableBytes);
    }
    if (const auto disk = HostReadings::diskUsage(m_sources.storageRoot)) {
        s.values[S::DiskUsed] = double(disk->usedBytes);
        s.values[S::DiskAvailable] = double(disk->availableBytes);
    }
    if (!m_sources.postqueue.isEmpty()) {
        if (const auto queued = MailQueue::length(m_sources.postqueue))
            s.values[S::MailQueue] = *queued;
    }
    if (!m_sources.mailLog.isEmpty()) {
        if (m_first) {
            m_mailLog.start();
        } else if (const auto counts = m_mailLog.poll()) {
            s.values[S::MessagesReceived] = double(counts->received);
            s.values[S::MessagesSent] = double(counts->sent);
            s.values[S::MessagesRejected] = double(counts->rejected);
        }
    }
    m_first = false;
    return s;
}

bool MetricsSampler::sampleOnce()
{
    QString error;
    if (!m_ring.insert(collect(), &error)) {
        qCWarning(lcSampler) << "cannot store a sample in" << m_ring.path() << error;
        return false;
    }
    return true;
}
