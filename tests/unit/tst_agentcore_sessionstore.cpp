#include "auth/SessionStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSessionStore : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QByteArray> m_tokens; // the "database": email -> current token
    SessionStore::TokenSource source()
    {
        return [this](const QString& email) { return m_tokens.value(email); };
    }

private Q_SLOTS:
    void init()
    {
        m_tokens.clear();
        m_tokens.insert(QStringLiteral("a@example.com"), "token-a");
        m_tokens.insert(QStringLiteral("b@example.com"), "token-b");
    }

    void keys()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString key = store.create(QStringLiteral("a@example.com"), "token-a");
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch());
            QVERIFY(!seen.contains(key));
            seen.insert(key);
        }
    }

    void useAndEmail()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString key = store.create(QStringLiteral("a@example.com"), "token-a");
        QVERIFY(store.use(key, QStringLiteral("a@example.com"), source()));
        QVERIFY(!store.use(key, QStringLiteral("b@example.com"), source())); // another user's name
        QVERIFY(!store.use(key, QStringLiteral("A@example.com"), source())); // case-sensitive
        QVERIFY(!store.use(key.toUpper(), QStringLiteral("a@example.com"), source()));
        QVERIFY(!store.use(QString(), QStringLiteral("a@example.com"), source()));
        QVERIFY(store.use(key, QStringLiteral("a@example.com"), source()));
    }

    void userGone()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString key = store.create(QStringLiteral("a@example.com"), "token-a");
        bool gone = true;
        QVERIFY(store.use(key, QStringLiteral("a@example.com"), source(), SessionStore::Use::Refresh, &gone));
        QVERIFY(!gone);
        m_tokens.remove(QStringLiteral("a@example.com")); // the user was removed
        QVERIFY(!store.use(key, QStringLiteral("b@example.com"), source(), SessionStore::Use::Refresh, &gone));
        QVERIFY(!gone); // not that user's session
        QVERIFY(!store.use(key, QStringLiteral("a@example.com"), source(), SessionStore::Use::Refresh, &gone));
        QVERIFY(gone);
        m_tokens.insert(QStringLiteral("a@example.com"), "token-new"); // a new user of that name: another token
        QVERIFY(!store.use(key, QStringLiteral("a@example.com"), source(), SessionStore::Use::Refresh, &gone));
        QVERIFY(!gone);
    }

    void slidingExpiry()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString key = store.create(QStringLiteral("a@example.com"), "token-a");
        // Used every 47 hours: stays alive well past two days.
        for (int i = 0; i < 5; ++i) {
            clock.advanceSecs(47 * 3600);
            QVERIFY(store.use(key, QStringLiteral("a@example.com"), source()));
        }
        // Two days and a second of idleness: gone.
        clock.advanceSecs(SessionStore::IdleLifetimeSecs + 1);
        QVERIFY(!store.use(key, QStringLiteral("a@example.com"), source()));
        QCOMPARE(store.size(), 0);
    }

    void exactlyTwoDays()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString key = store.create(QStringLiteral("a@example.com"), "token-a");
        clock.advanceSecs(SessionStore::IdleLifetimeSecs);
        QVERIFY(store.use(key, QStringLiteral("a@example.com"), source()));
    }

    void capEvictsOldest()
    {
        ManualClock clock(1000);
        SessionStore store(clock, 64);
        QStringList keys;
        for (int i = 0; i < 64; ++i) {
            keys.append(store.create(QStringLiteral("a@example.com"), "token-a"));
            clock.advanceSecs(1);
        }
        QCOMPARE(store.size(), 64);
        // Using the oldest does not save it: eviction follows creation order.
        QVERIFY(store.use(keys.first(), QStringLiteral("a@example.com"), source()));
        const QString extra = store.create(QStringLiteral("a@example.com"), "token-a");
        QCOMPARE(store.size(), 64);
        QVERIFY(!store.use(keys.first(), QStringLiteral("a@example.com"), source()));
        QVERIFY(store.use(keys.at(1), QStringLiteral("a@example.com"), source()));
        QVERIFY(store.use(extra, QStringLiteral("a@example.com"), source()));
    }

    void tokenInvalidation()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString a = store.create(QStringLiteral("a@example.com"), "token-a");
        const QString b = store.create(QStringLiteral("b@example.com"), "token-b");
        m_tokens.insert(QStringLiteral("a@example.com"), "token-a2"); // password or MFA change
        QVERIFY(!store.use(a, QStringLiteral("a@example.com"), source()));
        QVERIFY(store.use(b, QStringLiteral("b@example.com"), source()));
        m_tokens.remove(QStringLiteral("b@example.com")); // user deleted
        QVERIFY(!store.use(b, QStringLiteral("b@example.com"), source()));
        // Back to the old state (e.g. MFA enabled and disabled again): the old token matches again, as upstream.
        m_tokens.insert(QStringLiteral("a@example.com"), "token-a");
        QVERIFY(store.use(a, QStringLiteral("a@example.com"), source()));
    }

    void logoutRemoves()
    {
        ManualClock clock(1000);
        SessionStore store(clock);
        const QString a = store.create(QStringLiteral("a@example.com"), "token-a");
        QVERIFY(store.use(a, QStringLiteral("a@example.com"), source(), SessionStore::Use::Remove));
        QVERIFY(!store.use(a, QStringLiteral("a@example.com"), source()));
        QCOMPARE(store.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_agentcore_sessionstore.moc"
