#pragma once

#include "MailLogFollower.h"
#include "MetricSeries.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class Clock;
class MetricsRing;
class QThread;

// Takes a sample of every source each interval (a minute in the agent) on a thread of its own and stores it in the
// ring, so requests never wait for it. Each sample reads:
// - /proc/loadavg and /proc/meminfo (the kernel's, whatever the box's SYSTEM_ROOT: the box runs on this kernel);
// - statvfs of STORAGE_ROOT;
// - `<postqueue> -j` through box/ProcessRunner, when a postqueue program is configured;
// - the lines the mail log gained since the previous sample (MailLogFollower).
// A source that cannot be read gives no value for its series in that sample (not zero). The first sample, taken at
// start, has no message counts: there is no previous sample to count from.
class MetricsSampler
{
public:
    struct Sources
    {
        QString loadAverage = QStringLiteral("/proc/loadavg");
        QString memInfo = QStringLiteral("/proc/meminfo");
        QString storageRoot; // its file system's use
        QString postqueue; // the program; empty: no mail queue series
        QString mailLog; // empty: no message counts
    };

    MetricsSampler(MetricsRing& ring, const Sources& sources, int intervalMs, const Clock& clock);
    // Stops the thread (waits for a sample in progress).
    ~MetricsSampler();
    MetricsSampler(const MetricsSampler&) = delete;
    MetricsSampler& operator=(const MetricsSampler&) = delete;

    int intervalMs() const { return m_intervalMs; }

    // Starts the thread: a sample at once, then one per interval (an interval missed by a slow sample is skipped).
    void start();
    void stop();

    // Takes one sample now and stores it; false (logged) when the ring refused it. The thread's loop calls it;
    // so does the benchmark.
    bool sampleOnce();

private:
    MetricSample collect();
    void loop();

    MetricsRing& m_ring;
    const Sources m_sources;
    const int m_intervalMs;
    const Clock& m_clock;
    MailLogFollower m_mailLog;
    bool m_first = true;

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
