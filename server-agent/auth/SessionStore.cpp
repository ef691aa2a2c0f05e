#include "SessionStore.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

SessionStore::SessionStore(const Clock& clock, int capacity)
    : m_clock(clock)
    , m_capacity(capacity)
{ }

QString SessionStore::create(const QString& email, const QByteArray& stateToken)
{
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1) {
        qFatal("no random bytes available for a session key");
    }
    const QString key = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
    const qint64 now = m_clock.nowMSecs();
    QMutexLocker lock(&m_mutex);
    dropExpiredLocked(now);
    while (!m_sessions.isEmpty() && m_sessions.size() >= m_capacity) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->serial < oldest->serial) {
                oldest = it;
            }
        }
        m_sessions.erase(oldest);
    }
    m_sessions.insert(key, Session{email, stateToken, now, m_nextSerial++});
    return key;
}

bool SessionStore::use(const QString& key, const QString& email, const TokenSource& currentToken, Use mode,
                       bool* userGone)
{
    if (userGone) {
        *userGone = false;
    }
    Session session;
    const qint64 now = m_clock.nowMSecs();
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_sessions.find(key);
        if (it == m_sessions.end()) {
            return false;
        }
        if (now - it->lastUsed > IdleLifetimeSecs * 1000) {
            m_sessions.erase(it);
            return false;
        }
        session = *it;
    }
    if (session.email != email) {
        return false;
    }
    // The token comes from the database: computed outside the lock.
    const QByteArray token = currentToken ? currentToken(session.email) : QByteArray();
    if (token.isEmpty() && userGone) {
        *userGone = true;
    }
    if (token.isEmpty() || token.size() != session.stateToken.size() ||
        CRYPTO_memcmp(token.constData(), session.stateToken.constData(), static_cast<size_t>(token.size())) != 0) {
        return false;
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(key);
    if (it == m_sessions.end()) {
        return false; // removed meanwhile (logout from another request)
    }
    if (mode == Use::Remove) {
        m_sessions.erase(it);
    } else {
        it->lastUsed = now;
    }
    return true;
}

int SessionStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_sessions.size());
}

void SessionStore::dropExpiredLocked(qint64 now)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->lastUsed > IdleLifetimeSecs * 1000) {
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}
