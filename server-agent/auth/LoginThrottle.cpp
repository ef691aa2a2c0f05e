#include "LoginThrottle.h"

LoginThrottle::LoginThrottle(const Clock& clock, int maxFailures, int windowSecs, int blockSecs)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_windowMs(qint64(windowSecs) * 1000)
    , m_blockMs(qint64(blockSecs) * 1000)
{ }

bool LoginThrottle::isBlocked(const QString& address) const
{
    const qint64 now = m_clock.nowMSecs();
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.constFind(address);
    return it != m_entries.constEnd() && it->blockedUntil > now;
}

bool LoginThrottle::recordFailure(const QString& address)
{
    const qint64 now = m_clock.nowMSecs();
    QMutexLocker lock(&m_mutex);
    if (now - m_lastPrune > m_windowMs || m_entries.size() > 100000) {
        pruneLocked(now);
    }
    Entry& e = m_entries[address];
    while (!e.failures.isEmpty() && now - e.failures.constFirst() >= m_windowMs) {
        e.failures.removeFirst();
    }
    e.failures.append(now);
    if (e.failures.size() >= m_maxFailures) {
        e.blockedUntil = now + m_blockMs;
        e.failures.clear();
    }
    return e.blockedUntil > now;
}

void LoginThrottle::pruneLocked(qint64 now)
{
    m_lastPrune = now;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool stale =
            it->blockedUntil <= now && (it->failures.isEmpty() || now - it->failures.constLast() >= m_windowMs);
        it = stale ? m_entries.erase(it) : std::next(it);
    }
}
