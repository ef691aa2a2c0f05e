#pragma once

#include "Clock.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

// Per client address brake on password guessing: after `maxFailures` logged failures within `windowSecs`,
// the address is refused (429) for `blockSecs`. Thread-safe.
class LoginThrottle
{
public:
    static constexpr int DefaultMaxFailures = 10;

    explicit LoginThrottle(const Clock& clock, int maxFailures = DefaultMaxFailures, int windowSecs = 60,
                           int blockSecs = 60);

    bool isBlocked(const QString& address) const;
    // Records one failure; returns true if the address is now blocked.
    bool recordFailure(const QString& address);

    // The refusal's text.
    static QString message() { return QStringLiteral("Too many failed logins. Try again in a minute."); }

private:
    struct Entry
    {
        QList<qint64> failures; // msecs, oldest first, within the window
        qint64 blockedUntil = 0;
    };
    void pruneLocked(qint64 now);

    const Clock& m_clock;
    const int m_maxFailures;
    const qint64 m_windowMs;
    const qint64 m_blockMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_lastPrune = 0;
};
