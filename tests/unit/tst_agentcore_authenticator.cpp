#include "auth/Authenticator.h"
#include "auth/Clock.h"
#include "auth/LoginThrottle.h"
#include "auth/MfaStore.h"
#include "auth/PasswordHash.h"
#include "auth/SessionStore.h"
#include "auth/Totp.h"
#include "box/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

class TestAuthenticator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<MfaStore> m_mfa;
    std::unique_ptr<Authenticator> m_auth;
    const QString m_key = QStringLiteral("0123456789abcdef0123456789ABCDEF");
    const QByteArray m_secretKey = "12345678901234567890";

    static HttpRequest withAuth(const QString& user, const QString& password, const QByteArray& totp = {})
    {
        HttpRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/x");
        r.peer = QHostAddress(QStringLiteral("192.0.2.10"));
        r.headers.append({"Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()});
        if (!totp.isNull()) {
            r.headers.append({"X-Auth-Token", totp});
        }
        return r;
    }
    void addUser(const QString& email, const QString& password, const QString& privileges)
    {
        QVERIFY(m_db->write([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO users (email, password, privileges) VALUES (?, ?, ?)"));
            q.addBindValue(email);
            q.addBindValue(PasswordHash::hash(password));
            q.addBindValue(privileges.isNull() ? QStringLiteral("") : privileges);
            return q.exec();
        }));
    }
    void setPassword(const QString& email, const QString& password)
    {
        QVERIFY(m_db->write([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE users SET password=? WHERE email=?"));
            q.addBindValue(PasswordHash::hash(password));
            q.addBindValue(email);
            return q.exec();
        }));
    }

    bool execSql(const QString& sql)
    {
        return m_db->write([&](QSqlDatabase& db) { return QSqlQuery(db).exec(sql); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path() + QStringLiteral("/users.sqlite"));
        QVERIFY(m_db->ensureSchema());
        m_clock = std::make_unique<ManualClock>(qint64(1700000010) * 1000);
        m_sessions = std::make_unique<SessionStore>(*m_clock);
        m_throttle = std::make_unique<LoginThrottle>(*m_clock);
        m_mfa = std::make_unique<MfaStore>(*m_db);
        m_auth = std::make_unique<Authenticator>(*m_db, *m_mfa, *m_sessions, *m_throttle, *m_clock, m_key,
                                                 Authenticator::Options{});
        addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin-password"), QStringLiteral("admin"));
        addUser(QStringLiteral("user@example.com"), QStringLiteral("user-password"), QString());
        addUser(QStringLiteral("mfa@example.com"), QStringLiteral("mfa-password"), QStringLiteral("admin\n"));
        addUser(QStringLiteral("utf8@example.com"), QStringLiteral("pässwörd€"), QStringLiteral("admin"));
        QVERIFY(m_mfa->addTotp(QStringLiteral("mfa@example.com"), Totp::base32Encode(m_secretKey), QVariant()));
    }

    void base64LikePython_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QByteArray("YTpi") << QByteArray("a:b") << QString();
        QTest::newRow("padded") << QByteArray("YTpiYw==") << QByteArray("a:bc") << QString();
        QTest::newRow("junk skipped") << QByteArray("YT!p*iYw==") << QByteArray("a:bc") << QString();
        QTest::newRow("data after padding") << QByteArray("YTpiYw==YWJj") << QByteArray("a:bc") << QString();
        QTest::newRow("missing padding") << QByteArray("YTpiYw") << QByteArray() << QStringLiteral("Incorrect padding");
        QTest::newRow("one extra") << QByteArray("YTpiY") << QByteArray()
                                   << QStringLiteral("Invalid base64-encoded string: number of data characters (5) "
                                                     "cannot be 1 more than a multiple of 4");
    }
    void base64LikePython()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        QFETCH(QString, error);
        QString why;
        const auto decoded = Authenticator::pythonBase64Decode(input, &why);
        QCOMPARE(why, error);
        if (error.isEmpty()) {
            QCOMPARE(*decoded, output);
        }
    }

    void parseHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("reason");
        QTest::newRow("absent") << QByteArray() << QStringLiteral("Authorization header invalid.");
        QTest::newRow("no space") << QByteArray("Basic") << QStringLiteral("Authorization header invalid.");
        QTest::newRow("bearer") << QByteArray("Bearer abc") << QStringLiteral("Authorization header invalid.");
        QTest::newRow("lower-case scheme")
            << "basic " + QByteArray("a:b").toBase64() << QStringLiteral("Authorization header invalid.");
        QTest::newRow("no colon") << "Basic " + QByteArray("abc").toBase64()
                                  << QStringLiteral("Authorization header invalid.");
        QTest::newRow("empty user") << "Basic " + QByteArray(":pw").toBase64()
                                    << QStringLiteral("Authorization header invalid.");
        QTest::newRow("bad padding") << QByteArray("Basic YTpiYw") << QStringLiteral("Incorrect padding");
        QTest::newRow("nothing after Basic")
            << QByteArray("Basic ") << QStringLiteral("not enough values to unpack (expected 2, got 1)");
        QTest::newRow("whitespace only") << "Basic " + QByteArray(" : ").toBase64()
                                         << QStringLiteral(
                                                "No email address, password, session key, or API key provided.");
        QTest::newRow("no password") << "Basic " + QByteArray("admin@example.com:").toBase64()
                                     << QStringLiteral("Enter a password.");
        QTest::newRow("blank password") << "Basic " + QByteArray("admin@example.com:  ").toBase64()
                                        << QStringLiteral("Enter a password.");
        QTest::newRow("wrong password") << "Basic " + QByteArray("admin@example.com:nope").toBase64()
                                        << QStringLiteral("Incorrect email address or password.");
        QTest::newRow("unknown user") << "Basic " + QByteArray("who@example.com:admin-password").toBase64()
                                      << QStringLiteral("Incorrect email address or password.");
        QTest::newRow("case matters") << "Basic " + QByteArray("Admin@example.com:admin-password").toBase64()
                                      << QStringLiteral("Incorrect email address or password.");
    }
    void parseHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, reason);
        HttpRequest r;
        if (!header.isNull()) {
            r.headers.append({"Authorization", header});
        }
        const auto outcome = m_auth->authenticate(r, Authenticator::Mode::Api);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.reason, reason);
    }

    void passwords()
    {
        auto o = m_auth->authenticate(withAuth(QStringLiteral("admin@example.com"), QStringLiteral("admin-password")),
                                      Authenticator::Mode::Api);
        QVERIFY(o.ok);
        QCOMPARE(o.caller.email, QStringLiteral("admin@example.com"));
        QCOMPARE(o.caller.privileges, QStringList{QStringLiteral("admin")});
        o = m_auth->authenticate(withAuth(QStringLiteral("user@example.com"), QStringLiteral("user-password")),
                                 Authenticator::Mode::Login);
        QVERIFY(o.ok);
        QVERIFY(o.caller.privileges.isEmpty());
        // UTF-8 passwords work (upstream: ASCII only).
        o = m_auth->authenticate(withAuth(QStringLiteral("utf8@example.com"), QStringLiteral("pässwörd€")),
                                 Authenticator::Mode::Login);
        QVERIFY2(o.ok, qPrintable(o.reason));
        // Latin-1 bytes that are not UTF-8 are read as Latin-1.
        HttpRequest latin1;
        latin1.headers.append({"Authorization", "Basic " + QByteArray("admin@example.com:caf\xe9").toBase64()});
        QCOMPARE(m_auth->authenticate(latin1, Authenticator::Mode::Login).reason,
                 QStringLiteral("Incorrect email address or password."));
    }

    void verificationCacheFollowsHash()
    {
        const QString email = QStringLiteral("user@example.com");
        QVERIFY(m_auth->authenticate(withAuth(email, QStringLiteral("user-password")), Authenticator::Mode::Login).ok);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i) {
            QVERIFY(
                m_auth->authenticate(withAuth(email, QStringLiteral("user-password")), Authenticator::Mode::Login).ok);
        }
        qInfo() << "cached password check:" << t.nsecsElapsed() / 100 / 1000 << "us per request";
        QVERIFY(!m_auth->authenticate(withAuth(email, QStringLiteral("user-passworD")), Authenticator::Mode::Login).ok);
        setPassword(email, QStringLiteral("new-password"));
        QVERIFY(!m_auth->authenticate(withAuth(email, QStringLiteral("user-password")), Authenticator::Mode::Login).ok);
        QVERIFY(m_auth->authenticate(withAuth(email, QStringLiteral("new-password")), Authenticator::Mode::Login).ok);
        setPassword(email, QStringLiteral("user-password"));
    }

    // Unknown user, wrong password of a known user (even one in the verification cache): the same work.
    void failuresTakeTheSameTime()
    {
        QVERIFY(m_auth
                    ->authenticate(withAuth(QStringLiteral("admin@example.com"), QStringLiteral("admin-password")),
                                   Authenticator::Mode::Login)
                    .ok); // now cached
        // Interleaved, and the fastest of each kind, so that load on the machine affects both alike.
        qint64 unknown = std::numeric_limits<qint64>::max();
        qint64 wrong = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(
                !m_auth
                     ->authenticate(withAuth(QStringLiteral("nobody@example.com"), QStringLiteral("admin-password")),
                                    Authenticator::Mode::Login)
                     .ok);
            unknown = qMin(unknown, t.nsecsElapsed());
            t.restart();
            QVERIFY(!m_auth
                         ->authenticate(withAuth(QStringLiteral("admin@example.com"), QStringLiteral("admin-passwore")),
                                        Authenticator::Mode::Login)
                         .ok);
            wrong = qMin(wrong, t.nsecsElapsed());
        }
        qInfo() << "failure: unknown user" << unknown / 1000 << "us, wrong password" << wrong / 1000 << "us";
        QVERIFY(unknown > wrong / 3);
        QVERIFY(wrong > unknown / 3);
    }

    void systemKey()
    {
        auto o = m_auth->authenticate(withAuth(m_key, QString()), Authenticator::Mode::Api);
        QVERIFY(o.ok);
        QVERIFY(o.caller.systemKey);
        QVERIFY(o.caller.email.isEmpty());
        QVERIFY(o.caller.isAdmin());
        // Not for /login; and the key must match exactly.
        QCOMPARE(m_auth->authenticate(withAuth(m_key, QStringLiteral("x")), Authenticator::Mode::Login).reason,
                 QStringLiteral("Incorrect email address or password."));
        QCOMPARE(m_auth->authenticate(withAuth(m_key.toLower(), QString()), Authenticator::Mode::Api).reason,
                 QStringLiteral("Enter a password."));
    }

    void totp()
    {
        const QString email = QStringLiteral("mfa@example.com");
        const QString pw = QStringLiteral("mfa-password");
        const qint64 now = m_clock->nowSecs();
        QCOMPARE(m_auth->authenticate(withAuth(email, pw), Authenticator::Mode::Login).reason,
                 QStringLiteral("missing-totp-token"));
        QCOMPARE(m_auth->authenticate(withAuth(email, pw, ""), Authenticator::Mode::Login).reason,
                 QStringLiteral("missing-totp-token"));
        QCOMPARE(m_auth->authenticate(withAuth(email, pw, "000000"), Authenticator::Mode::Login).reason,
                 QStringLiteral("invalid-totp-token"));
        // Wrong password comes first.
        QCOMPARE(m_auth
                     ->authenticate(withAuth(email, QStringLiteral("x"), Totp::at(m_secretKey, now).toLatin1()),
                                    Authenticator::Mode::Login)
                     .reason,
                 QStringLiteral("Incorrect email address or password."));
        const QByteArray code = Totp::at(m_secretKey, now).toLatin1();
        QVERIFY(m_auth->authenticate(withAuth(email, pw, code), Authenticator::Mode::Api).ok);
        // Replayed: refused, even though it is still valid in time.
        QCOMPARE(m_auth->authenticate(withAuth(email, pw, code), Authenticator::Mode::Api).reason,
                 QStringLiteral("invalid-totp-token"));
        // The next step's code is accepted now (window +1), the one after is not.
        QVERIFY(m_auth
                    ->authenticate(withAuth(email, pw, Totp::at(m_secretKey, now + 30).toLatin1()),
                                   Authenticator::Mode::Api)
                    .ok);
        QCOMPARE(m_auth
                     ->authenticate(withAuth(email, pw, Totp::at(m_secretKey, now + 60).toLatin1()),
                                    Authenticator::Mode::Api)
                     .reason,
                 QStringLiteral("invalid-totp-token"));
        // Two minutes later the old codes are out of the window.
        m_clock->advanceSecs(120);
        QCOMPARE(m_auth
                     ->authenticate(withAuth(email, pw, Totp::at(m_secretKey, now - 30).toLatin1()),
                                    Authenticator::Mode::Api)
                     .reason,
                 QStringLiteral("invalid-totp-token"));
        QVERIFY(m_auth
                    ->authenticate(withAuth(email, pw, Totp::at(m_secretKey, m_clock->nowSecs()).toLatin1()),
                                   Authenticator::Mode::Login)
                    .ok);
    }

    // Every code at or before the last accepted time step is refused, and enabling counts as acceptance: no two
    // codes of the window used alternately, no second use of the enabling code (the clock moved by hand).
    void totpStepsOnlyForward()
    {
        const QString email = QStringLiteral("steps@example.com");
        const QString pw = QStringLiteral("steps-password");
        addUser(email, pw, QStringLiteral("admin"));
        const QByteArray key = "abcdefghijklmnopqrst";
        const qint64 start = m_clock->nowSecs();
        const auto code = [&](qint64 stepOffset) { return Totp::at(key, start + stepOffset * Totp::Step).toLatin1(); };
        const auto accepted = [&](const QByteArray& c) {
            return m_auth->authenticate(withAuth(email, pw, c), Authenticator::Mode::Api).ok;
        };
        // Enabled with this step's code, as /mfa/totp/enable does it.
        QVERIFY(m_mfa->addTotp(email, Totp::base32Encode(key), QVariant(), nullptr, QString::fromLatin1(code(0))));
        QVERIFY(!accepted(code(0))); // the enabling code
        QVERIFY(!accepted(code(-1))); // an earlier one
        QVERIFY(accepted(code(1))); // the next step's
        QVERIFY(!accepted(code(0))); // the two valid codes alternately: no
        QVERIFY(!accepted(code(1)));
        QVERIFY(!accepted(code(-1)));
        // Half a minute later the step accepted in advance is the current one: still used up.
        m_clock->advanceSecs(Totp::Step);
        QVERIFY(!accepted(code(1)));
        QVERIFY(!accepted(code(0)));
        QVERIFY(accepted(code(2)));
        QVERIFY(!accepted(code(2)));
        m_clock->advanceSecs(3 * Totp::Step);
        QVERIFY(!accepted(code(2))); // out of the window anyway
        QVERIFY(accepted(code(3))); // the oldest of the window, later than the last accepted
        QVERIFY(!accepted(code(3)));
        QVERIFY(accepted(code(5)));
        QVERIFY(!accepted(code(4)));
        // A device never used: any code of the window, then only later ones.
        const std::optional<qint64> id = m_mfa->userId(email);
        QVERIFY(id);
        QVERIFY(execSql(QStringLiteral("UPDATE mfa SET mru_token=NULL WHERE user_id=%1").arg(*id)));
        const qint64 now = m_clock->nowSecs();
        QCOMPARE(m_mfa->checkTotp(*id, Totp::at(key, now - Totp::Step), now), QStringList());
        QCOMPARE(m_mfa->checkTotp(*id, Totp::at(key, now - Totp::Step), now),
                 QStringList{QStringLiteral("invalid-totp-token")});
        QCOMPARE(m_mfa->checkTotp(*id, Totp::at(key, now), now), QStringList());
        QCOMPARE(m_mfa->checkTotp(*id, Totp::at(key, now - Totp::Step), now),
                 QStringList{QStringLiteral("invalid-totp-token")});
    }

    void sessions()
    {
        const QString email = QStringLiteral("admin@example.com");
        const QString key = m_auth->createSession(email);
        QVERIFY(m_auth->authenticate(withAuth(email, key), Authenticator::Mode::Api).ok);
        // Session keys are not passwords for /login.
        QCOMPARE(m_auth->authenticate(withAuth(email, key), Authenticator::Mode::Login).reason,
                 QStringLiteral("Incorrect email address or password."));
        // A password change kills the session.
        const QByteArray before = m_auth->passwordStateToken(email);
        setPassword(email, QStringLiteral("admin-password"));
        QVERIFY(m_auth->passwordStateToken(email) != before);
        QCOMPARE(m_auth->authenticate(withAuth(email, key), Authenticator::Mode::Api).reason,
                 QStringLiteral("Incorrect email address or password."));
        // MFA changes too.
        const QString key2 = m_auth->createSession(email);
        QVERIFY(m_auth->authenticate(withAuth(email, key2), Authenticator::Mode::Api).ok);
        QVERIFY(m_mfa->addTotp(email, Totp::randomSecret(), QStringLiteral("phone")));
        QVERIFY(!m_auth->authenticate(withAuth(email, key2), Authenticator::Mode::Api).ok);
        const QString key3 = m_auth->createSession(email);
        QCOMPARE(m_mfa->remove(email, QString()), std::optional<int>(1));
        QVERIFY(!m_auth->authenticate(withAuth(email, key3), Authenticator::Mode::Api).ok);
        // Logout removes a live session.
        const QString key4 = m_auth->createSession(email);
        QVERIFY(m_auth->authenticate(withAuth(email, key4), Authenticator::Mode::Logout).ok);
        QVERIFY(!m_auth->authenticate(withAuth(email, key4), Authenticator::Mode::Api).ok);
        QVERIFY(m_auth->passwordStateToken(QStringLiteral("nobody@example.com")).isEmpty());
    }

    void refusals()
    {
        HttpRequest r;
        HttpResponse x = Authenticator::refusal(r, QStringLiteral("Enter a password."));
        QCOMPARE(x.status, 401);
        QCOMPARE(x.headerValue("WWW-Authenticate"), QByteArray("Basic realm=\"Mail-in-a-Box Management Server\""));
        QCOMPARE(x.headerValue("X-Reason"), QByteArray("Enter a password."));
        QCOMPARE(x.contentType, QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(x.body, QByteArray("Enter a password.\n"));
        r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("*/*")));
        QCOMPARE(Authenticator::refusal(r, QStringLiteral("a")).body, QByteArray("a\n"));
        r.headers = {{"Accept", "application/json"}};
        x = Authenticator::refusal(r, QStringLiteral("You are not an administrator."));
        QCOMPARE(x.contentType, QByteArray("application/json"));
        QCOMPARE(x.body, QByteArray("{\"status\": \"error\", \"reason\": \"You are not an administrator.\"}\n"));
        r.headers = {{"Accept", "application/json, */*"}, {"X-Requested-With", "XMLHttpRequest"}};
        x = Authenticator::refusal(r, QStringLiteral("That's not a user (é@example.com)."));
        QCOMPARE(x.status, 403);
        QVERIFY(x.headerValue("WWW-Authenticate").isEmpty());
        QVERIFY(x.headerValue("X-Reason").isEmpty());
        QCOMPARE(x.body,
                 QByteArray("{\"status\": \"error\", \"reason\": \"That's not a user (\\u00e9@example.com).\"}\n"));
    }

    void throttleAndAddress()
    {
        ManualClock clock(0);
        SessionStore sessions(clock);
        LoginThrottle throttle(clock, 3);
        Authenticator behindNginx(*m_db, *m_mfa, sessions, throttle, clock, m_key, Authenticator::Options{});
        HttpRequest r = withAuth(QStringLiteral("admin@example.com"), QStringLiteral("wrong"));
        r.peer = QHostAddress(QStringLiteral("::ffff:127.0.0.1"));
        r.viaProxy = true;
        QCOMPARE(behindNginx.clientAddress(r), QStringLiteral("127.0.0.1"));
        r.headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray("203.0.113.9")));
        QCOMPARE(behindNginx.clientAddress(r), QStringLiteral("203.0.113.9"));
        HttpRequest direct = r;
        direct.viaProxy = false;
        QCOMPARE(m_auth->clientAddress(direct), QStringLiteral("127.0.0.1")); // not trusted when serving directly
        for (int i = 0; i < 2; ++i) {
            const auto v = behindNginx.authorize(r, true);
            QCOMPARE(std::get<HttpResponse>(v).status, 401);
        }
        QCOMPARE(std::get<HttpResponse>(behindNginx.authorize(r, true)).status, 401); // the 3rd failure blocks
        const HttpResponse blocked = std::get<HttpResponse>(behindNginx.authorize(r, true));
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.body, QByteArray("Too many failed logins. Try again in a minute."));
        // The system API key still works from a blocked address (local tools).
        HttpRequest tool = withAuth(m_key, QString());
        tool.peer = r.peer;
        tool.viaProxy = true;
        tool.headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray("203.0.113.9")));
        QVERIFY(std::holds_alternative<AuthContext>(behindNginx.authorize(tool, true)));
        // No Authorization header: not logged, not counted.
        HttpRequest anonymous;
        anonymous.peer = QHostAddress(QStringLiteral("198.51.100.5"));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(std::get<HttpResponse>(behindNginx.authorize(anonymous, true)).status, 401);
        }
        // A non-admin: refused, not counted.
        const HttpRequest user = withAuth(QStringLiteral("user@example.com"), QStringLiteral("user-password"));
        const HttpResponse notAdmin = std::get<HttpResponse>(behindNginx.authorize(user, true));
        QCOMPARE(notAdmin.headerValue("X-Reason"), QByteArray("You are not an administrator."));
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_agentcore_authenticator.moc"
