#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

// Login sessions (api.md §3.4): in memory only, 64-hex keys, 2 days of sliding idle expiry, at most
// `capacity` sessions (creating one more evicts the oldest created). Each session records the user's
// password-state token at creation; a session whose token no longer matches the current one is dead.
// Thread-safe.
class SessionStore
{
public:
    static constexpr qint64 IdleLifetimeSecs = 2 * 24 * 3600;
    static constexpr int DefaultCapacity = 64;

    explicit SessionStore(const Clock& clock, int capacity = DefaultCapacity);

    // Returns the new session key.
    QString create(const QString& email, const QByteArray& stateToken);

    enum class Use {
        Refresh, // a successful use resets the idle timer
        Remove, // logout: the session is deleted
    };
    // Computes the user's current password-state token; empty if the user no longer exists.
    using TokenSource = std::function<QByteArray(const QString& email)>;
    // True if `key` is a live session issued to `email` whose state token still matches. When the key is a live
    // session of `email` but that user no longer exists, answers false and sets *userGone (upstream then refuses
    // with "That's not a user (<email>)." instead of the password message).
    bool use(const QString& key, const QString& email, const TokenSource& currentToken, Use mode = Use::Refresh,
             bool* userGone = nullptr);

    int size() const;

private:
    struct Session
    {
        QString email;
        QByteArray stateToken;
        qint64 lastUsed = 0; // msecs
        quint64 serial = 0; // creation order
    };
    void dropExpiredLocked(qint64 now);

    const Clock& m_clock;
    const int m_capacity;
    mutable QMutex m_mutex;
    QHash<QString, Session> m_sessions;
    quint64 m_nextSerial = 1;
};
