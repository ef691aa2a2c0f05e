#include "tst_auth_support.h"

#include <QTest>

using namespace AuthTestSupport;

// Failed logins: the fixed log line and the per-address brake (10 in a minute -> 429 for a minute).
class TestAuthThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throttle()
    {
        TestAgent agent;
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        TestHttp http(agent.certificate());
        const QUrl loginUrl = agent.url(QStringLiteral("/login"));
        const QUrl statusUrl = agent.url(QStringLiteral("/mfa/status"));

        // Not counted: no credentials on a protected route, and a successful login.
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(http.request("POST", statusUrl).status, 401);
        }
        QCOMPARE(
            login(http, agent, agent.adminEmail(), agent.adminPassword()).value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));

        // Nine failures: still answered normally.
        for (int i = 0; i < 9; ++i) {
            const QJsonObject answer = login(http, agent, agent.adminEmail(), QStringLiteral("wrong-%1").arg(i));
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        }
        // The tenth (on a protected route) still gets its 401, then the address is refused.
        auto reply = http.request("POST", statusUrl, {TestHttp::basicAuth(agent.adminEmail(), QStringLiteral("bad"))});
        QCOMPARE(reply.status, 401);
        reply = http.request("POST", loginUrl, {TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())});
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.body, QByteArray("Too many failed logins. Try again in a minute."));
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        reply = http.request("POST", statusUrl, {TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())});
        QCOMPARE(reply.status, 429);
        // Routes without authentication are unaffected.
        QCOMPARE(http.request("POST", agent.url(QStringLiteral("/logout"))).status, 200);
        QCOMPARE(http.get(agent.url(QStringLiteral("/nope"))).status, 404);

        // Exactly ten lines in the fixed format went to the log.
        QTRY_VERIFY_WITH_TIMEOUT(agent.stderrOutput().count("authentication failure for") >= 10, 5000);
        const QByteArray log = agent.stderrOutput();
        QCOMPARE(log.count("boxkeeper-agent: authentication failure for admin@example.com from 127.0.0.1\n"), 10);
        agent.stop();
    }

    // The user field goes into the failed-login line only when it looks like an email address: a mistyped API
    // key (or a password typed into the wrong field) never lands in the log.
    void userFieldInLog()
    {
        TestAgent agent;
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        TestHttp http(agent.certificate());
        const QUrl statusUrl = agent.url(QStringLiteral("/mfa/status"));
        const QString mistypedKey = agent.systemApiKey().chopped(1) + QLatin1Char('x');
        const QStringList notEmails{mistypedKey, QStringLiteral("secret@password"), QStringLiteral("a b@example.com"),
                                    QStringLiteral("@example.com"), QStringLiteral("me@example.")};
        for (const QString& user : notEmails) {
            QCOMPARE(http.request("POST", statusUrl, {TestHttp::basicAuth(user, QStringLiteral("pw"))}).status, 401);
        }
        QCOMPARE(login(http, agent, QStringLiteral("S3cr3t-passw0rd"), QStringLiteral("x"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("invalid"));
        QCOMPARE(login(http, agent, QStringLiteral("some.one+tag@example.com"), QStringLiteral("x"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("invalid"));
        QTRY_VERIFY_WITH_TIMEOUT(agent.stderrOutput().count("authentication failure for") >= 7, 5000);
        const QByteArray log = agent.stderrOutput();
        QCOMPARE(log.count("boxkeeper-agent: authentication failure for (not-an-email-address) from 127.0.0.1\n"), 6);
        QCOMPARE(log.count("boxkeeper-agent: authentication failure for some.one+tag@example.com from 127.0.0.1\n"), 1);
        QVERIFY(!log.contains(mistypedKey.toLatin1()));
        QVERIFY(!log.contains("S3cr3t"));
        QVERIFY(!log.contains("secret@password"));
        agent.stop();
    }
};

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auth_throttle.moc"
