#include "auth/LoginThrottle.h"

#include <QTest>

class TestLoginThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksAfterTenInAMinute()
    {
        ManualClock clock(1000000);
        LoginThrottle throttle(clock);
        const QString ip = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 9; ++i) {
            QVERIFY(!throttle.recordFailure(ip));
            QVERIFY(!throttle.isBlocked(ip));
            clock.advanceSecs(5);
        }
        QVERIFY(throttle.recordFailure(ip)); // the 10th within 60 s
        QVERIFY(throttle.isBlocked(ip));
        QVERIFY(!throttle.isBlocked(QStringLiteral("192.0.2.8"))); // per address
        clock.advanceSecs(59);
        QVERIFY(throttle.isBlocked(ip));
        clock.advanceSecs(1);
        QVERIFY(!throttle.isBlocked(ip)); // a minute later
        QVERIFY(!throttle.recordFailure(ip)); // and counting starts afresh
    }

    void slowFailuresNeverBlock()
    {
        ManualClock clock(1000000);
        LoginThrottle throttle(clock);
        const QString ip = QStringLiteral("2001:db8::1");
        for (int i = 0; i < 100; ++i) {
            QVERIFY(!throttle.recordFailure(ip));
            clock.advanceSecs(7); // 9 per 63 s at most
        }
        QVERIFY(!throttle.isBlocked(ip));
    }

    void configurable()
    {
        ManualClock clock(0);
        LoginThrottle throttle(clock, 3, 10, 5);
        const QString ip = QStringLiteral("198.51.100.1");
        throttle.recordFailure(ip);
        throttle.recordFailure(ip);
        QVERIFY(!throttle.isBlocked(ip));
        QVERIFY(throttle.recordFailure(ip));
        clock.advanceSecs(5);
        QVERIFY(!throttle.isBlocked(ip));
        QCOMPARE(LoginThrottle::message(), QStringLiteral("Too many failed logins. Try again in a minute."));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_agentcore_loginthrottle.moc"
