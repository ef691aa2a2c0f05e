#pragma once

#include <QAtomicInteger>
#include <QDateTime>

// The agent's source of time, replaced in tests to move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual qint64 nowMSecs() const = 0;
    qint64 nowSecs() const { return nowMSecs() / 1000; }
};

// Wall-clock time.
class SystemClock : public Clock
{
public:
    qint64 nowMSecs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// Time that only moves when told to (tests).
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMSecs = 0)
        : m_now(startMSecs)
    { }
    qint64 nowMSecs() const override { return m_now.loadAcquire(); }
    void setMSecs(qint64 msecs) { m_now.storeRelease(msecs); }
    void advanceSecs(qint64 secs) { m_now.fetchAndAddOrdered(secs * 1000); }

private:
    QAtomicInteger<qint64> m_now;
};
