#include "tst_auth_support.h"

#include "TestTool.h"
#include "auth/Totp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace AuthTestSupport;

// Login, logout, sessions, the system API key, refusals, routing and transport of a live agent.
class TestAuth : public QObject
{
    Q_OBJECT
private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    const QString m_user = QStringLiteral("user@example.com");
    const QString m_userPassword = QStringLiteral("user-password-1");
    const QString m_mfaAdmin = QStringLiteral("mfa-admin@example.com");
    const QString m_mfaPassword = QStringLiteral("mfa-admin-password");
    QByteArray m_mfaKey = "12345678901234567890";

    QString adminSession()
    {
        return login(*m_http, m_agent, m_agent.adminEmail(), m_agent.adminPassword())
            .value(QStringLiteral("api_key"))
            .toString();
    }
    // A code the MFA admin's device accepts: every accepted code uses up its time step and the ones before, and the
    // agent's clock is the real one here, so each call gives the device a secret of its own (nothing used yet).
    QByteArray nextCode()
    {
        m_mfaKey = QUuid::createUuid().toRfc4122() + "0123";
        if (!execSql(m_agent.databasePath(),
                     QStringLiteral("UPDATE mfa SET secret=?, mru_token=NULL "
                                    "WHERE user_id=(SELECT id FROM users WHERE email=?)"),
                     {Totp::base32Encode(m_mfaKey), m_mfaAdmin})) {
            return {};
        }
        return Totp::at(m_mfaKey, QDateTime::currentSecsSinceEpoch()).toLatin1();
    }
    static void avoidStepBoundary()
    {
        // Codes computed here must still be valid when the agent checks them.
        while (QDateTime::currentSecsSinceEpoch() % 30 >= 28) {
            QTest::qWait(250);
        }
    }
    TestHttp::Reply call(const QByteArray& method, const QString& path, const Headers& headers)
    {
        Headers all = headers;
        QByteArray body;
        if (method == "POST") {
            all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        }
        return m_http->request(method, m_agent.url(path), all, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error, {QStringLiteral("--max-failed-logins"), QStringLiteral("1000000")}),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QVERIFY(addUser(m_agent, m_user, m_userPassword, QString()));
        QVERIFY(addUser(m_agent, m_mfaAdmin, m_mfaPassword, QStringLiteral("admin")));
        QVERIFY(execSql(m_agent.databasePath(),
                        QStringLiteral("INSERT INTO mfa (user_id, type, secret, label) "
                                       "SELECT id, 'totp', ?, 'phone' FROM users WHERE email=?"),
                        {Totp::base32Encode(m_mfaKey), m_mfaAdmin}));
    }

    void loginOk()
    {
        const auto reply = m_http->request("POST", m_agent.url(QStringLiteral("/login")),
                                           {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QRegularExpression shape(QStringLiteral("^\\{\n  \"api_key\": \"([0-9a-f]{64})\",\n"
                                                      "  \"email\": \"admin@example.com\",\n"
                                                      "  \"privileges\": \\[\n    \"admin\"\n  \\],\n"
                                                      "  \"status\": \"ok\"\n\\}\n$"));
        QVERIFY2(shape.match(QString::fromUtf8(reply.body)).hasMatch(), reply.body.constData());
        // Two logins, two sessions.
        QVERIFY(adminSession() != adminSession());
    }

    void loginInvalid_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("reason");
        const auto basic = [](const QByteArray& credentials) { return "Basic " + credentials.toBase64(); };
        QTest::newRow("no header") << QByteArray() << QStringLiteral("Authorization header invalid.");
        QTest::newRow("not basic") << QByteArray("Bearer x") << QStringLiteral("Authorization header invalid.");
        QTest::newRow("no colon") << basic("admin@example.com") << QStringLiteral("Authorization header invalid.");
        QTest::newRow("empty user") << basic(":pw") << QStringLiteral("Authorization header invalid.");
        QTest::newRow("whitespace") << basic(" : ")
                                    << QStringLiteral("No email address, password, session key, or API key provided.");
        QTest::newRow("no password") << basic("admin@example.com:") << QStringLiteral("Enter a password.");
        QTest::newRow("wrong password") << basic("admin@example.com:wrong-password")
                                        << QStringLiteral("Incorrect email address or password.");
        QTest::newRow("unknown user") << basic("nobody@example.com:whatever")
                                      << QStringLiteral("Incorrect email address or password.");
        QTest::newRow("bad padding") << QByteArray("Basic YWJjZA") << QStringLiteral("Incorrect padding");
    }
    void loginInvalid()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, reason);
        Headers headers;
        if (!authorization.isEmpty()) {
            headers.append({"Authorization", authorization});
        }
        const auto reply = m_http->request("POST", m_agent.url(QStringLiteral("/login")), headers);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply.body, "{\n  \"reason\": \"" + reason.toUtf8() + "\",\n  \"status\": \"invalid\"\n}\n");
    }

    void loginWithSessionOrSystemKeyFails()
    {
        const QString key = adminSession();
        QCOMPARE(login(*m_http, m_agent, m_agent.adminEmail(), key).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Incorrect email address or password."));
        QCOMPARE(login(*m_http, m_agent, m_agent.systemApiKey(), QString()).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Enter a password."));
    }

    void nonAdminLogsIn()
    {
        const QJsonObject answer = login(*m_http, m_agent, m_user, m_userPassword);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(answer.value(QStringLiteral("privileges")).toArray().size(), 0);
        QCOMPARE(answer.value(QStringLiteral("email")).toString(), m_user);
    }

    void utf8Password()
    {
        const QString email = QStringLiteral("utf8@example.com");
        const QString password = QStringLiteral("pässwörd-ünïcødé-€");
        QVERIFY(addUser(m_agent, email, password, QStringLiteral("admin")));
        const QJsonObject answer = login(*m_http, m_agent, email, password);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const auto reply = call("POST", QStringLiteral("/mfa/status"), {TestHttp::basicAuth(email, password)});
        QCOMPARE(reply.status, 200);
    }

    void logout()
    {
        const QString key = adminSession();
        const Headers auth{TestHttp::basicAuth(m_agent.adminEmail(), key)};
        QCOMPARE(call("POST", QStringLiteral("/mfa/status"), auth).status, 200);
        auto reply = call("POST", QStringLiteral("/logout"), auth);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\n  \"status\": \"ok\"\n}\n"));
        reply = call("POST", QStringLiteral("/mfa/status"), auth);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("X-Reason"), QByteArray("Incorrect email address or password."));
        // Logout always answers ok.
        for (const Headers& h :
             {Headers{}, auth, Headers{TestHttp::basicAuth(QStringLiteral("x"), QStringLiteral("y"))}}) {
            reply = call("POST", QStringLiteral("/logout"), h);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("{\n  \"status\": \"ok\"\n}\n"));
        }
    }

    void sessionBoundToEmail()
    {
        const QString key = adminSession();
        const auto reply = call("POST", QStringLiteral("/mfa/status"), {TestHttp::basicAuth(m_user, key)});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("X-Reason"), QByteArray("Incorrect email address or password."));
    }

    // A live session of a user removed since: upstream's reason names the user (api.md §3.2 step 8).
    void sessionOfRemovedUser()
    {
        const QString email = QStringLiteral("leaving@example.com");
        QVERIFY(addUser(m_agent, email, QStringLiteral("leaving-password"), QStringLiteral("admin")));
        const QString key = login(*m_http, m_agent, email, QStringLiteral("leaving-password"))
                                .value(QStringLiteral("api_key"))
                                .toString();
        QVERIFY(!key.isEmpty());
        const Headers auth{TestHttp::basicAuth(email, key)};
        QCOMPARE(call("POST", QStringLiteral("/mfa/status"), auth).status, 200);
        QVERIFY(execSql(m_agent.databasePath(), QStringLiteral("DELETE FROM users WHERE email=?"), {email}));
        for (int i = 0; i < 2; ++i) {
            const auto reply = call("POST", QStringLiteral("/mfa/status"), auth);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.header("X-Reason"), QByteArray("That's not a user (leaving@example.com)."));
        }
        // Someone else's name with that key is still just a wrong password.
        QCOMPARE(call("POST", QStringLiteral("/mfa/status"), {TestHttp::basicAuth(m_user, key)}).header("X-Reason"),
                 QByteArray("Incorrect email address or password."));
    }

    void systemApiKey()
    {
        const QString path = m_agent.dir() + QStringLiteral("/system/var/lib/mailinabox/api.key");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray key = f.readAll();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-fA-F]{32}$")).match(QString::fromLatin1(key)).hasMatch(),
                 key.constData()); // no trailing newline
        // Upstream's mode (its start script's chmod 640).
        QCOMPARE(QFileInfo(path).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                    QFileDevice::ReadGroup);
        const Headers auth{TestHttp::basicAuth(QString::fromLatin1(key), QString())};
        auto reply = call("POST", QStringLiteral("/mfa/status"), auth);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, QByteArray("User does not exist."));
        reply = m_http->request("POST", m_agent.url(QStringLiteral("/mfa/status")),
                                {auth.first(), {"Content-Type", "application/x-www-form-urlencoded"}},
                                "user=admin%40example.com");
        QCOMPARE(reply.status, 200);
        const QJsonObject status = jsonObject(reply);
        QVERIFY(status.contains(QStringLiteral("enabled_mfa")));
        QVERIFY(!status.contains(QStringLiteral("new_mfa")));
        // Also without the /admin prefix, as local tools call it.
        QUrl direct = m_agent.baseUrl();
        direct.setPath(QStringLiteral("/mfa/status"));
        reply = m_http->request("POST", direct, {auth.first(), {"Content-Type", "application/x-www-form-urlencoded"}},
                                "user=admin%40example.com");
        QCOMPARE(reply.status, 200);
    }

    // The demo box (issue 2): upstream's users.sqlite schema, a first administrator with a SHA512-CRYPT hash and
    // its administrator@ alias, a self-signed RSA-2048 certificate for the box's name, at upstream's places.
    void demoBoxContents()
    {
        const QString name = QStringLiteral("demo-box-contents");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_agent.databasePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QList<QPair<QString, QStringList>> schema{
                {QStringLiteral("users"),
                 {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("extra"),
                  QStringLiteral("privileges"), QStringLiteral("quota")}},
                {QStringLiteral("aliases"),
                 {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("destination"),
                  QStringLiteral("permitted_senders")}},
                {QStringLiteral("mfa"),
                 {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("type"), QStringLiteral("secret"),
                  QStringLiteral("mru_token"), QStringLiteral("label")}},
                {QStringLiteral("auto_aliases"),
                 {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("destination"),
                  QStringLiteral("permitted_senders")}},
            };
            for (const auto& [table, columns] : schema) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
                QStringList got;
                while (q.next()) {
                    got.append(q.value(1).toString());
                }
                QCOMPARE(got, columns);
            }
            QVERIFY(q.exec(
                QStringLiteral("SELECT password, privileges, quota FROM users WHERE email='admin@example.com'")));
            QVERIFY(q.next());
            QVERIFY2(
                QRegularExpression(QStringLiteral("^\\{SHA512-CRYPT\\}\\$6\\$[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}$"))
                    .match(q.value(0).toString())
                    .hasMatch(),
                qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("0"));
            QVERIFY(
                q.exec(QStringLiteral("SELECT destination FROM aliases WHERE source='administrator@box.example.com'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("admin@example.com"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // With the required and automatic aliases of its two mail domains (domain.md §5.4), before any change.
        const auto aliases = m_http->get(m_agent.url(QStringLiteral("/mail/aliases")),
                                         {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
        QCOMPARE(QString::fromUtf8(aliases.body),
                 QStringLiteral("abuse@box.example.com\tadministrator@box.example.com\t\n"
                                "admin@box.example.com\tadministrator@box.example.com\t\n"
                                "administrator@box.example.com\tadmin@example.com\t\n"
                                "hostmaster@box.example.com\tadministrator@box.example.com\t\n"
                                "postmaster@box.example.com\tadministrator@box.example.com\t\n"
                                "abuse@example.com\tadministrator@box.example.com\t\n"
                                "admin@example.com\tadministrator@box.example.com\t\n"
                                "postmaster@example.com\tadministrator@box.example.com\t\n"));
        // The printed password is a strong one.
        QVERIFY(m_agent.adminPassword().size() >= 16);

        const QSslCertificate cert = m_agent.certificate();
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Rsa);
        QCOMPARE(cert.publicKey().length(), 2048);
        QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
        QVERIFY(cert.subjectInfo(QSslCertificate::CommonName).contains(QStringLiteral("box.example.com")));
        QVERIFY(cert.subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("box.example.com")));
        QFile pem(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(QSslCertificate::fromData(pem.readAll(), QSsl::Pem).value(0), cert);
        QVERIFY(QFile::exists(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem")));
    }

    // TLS 1.2 or later only (issue 2), checked with the openssl client.
    void tlsVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.0") << QStringLiteral("-tls1") << false;
        QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1") << false;
        QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << true;
        QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << true;
    }
    void tlsVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        if (TestTool::path(QStringLiteral("openssl")).isEmpty()) {
            QSKIP("no openssl binary");
        }
        // The client itself allows the old versions (security level 0, and no system openssl.cnf that could set a
        // minimum version: TestTool's private configuration), so only the agent can refuse them. A refusal is the
        // agent's "protocol version" alert, never any failure of the client.
        const TestTool::Result client = TestTool::run(
            QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(m_agent.port()),
             version, QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-brief")},
            {}, 20000);
        if (accepted) {
            QVERIFY2(client.ok() && client.err.contains("Protocol version"), client.message().constData());
        } else {
            QVERIFY2(client.exitCode == 1 && client.err.contains("alert protocol version"),
                     client.message().constData());
        }
    }

    void refusalFormats_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("ajax");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray text = "Incorrect email address or password.\n";
        const QByteArray json = "{\"status\": \"error\", \"reason\": \"Incorrect email address or password.\"}\n";
        QTest::newRow("no accept") << QByteArray() << false << 401 << QByteArray("text/plain; charset=utf-8") << text;
        QTest::newRow("*/*") << QByteArray("*/*") << false << 401 << QByteArray("text/plain; charset=utf-8") << text;
        QTest::newRow("json") << QByteArray("application/json") << false << 401 << QByteArray("application/json")
                              << json;
        QTest::newRow("json, */*") << QByteArray("application/json, */*") << false << 401
                                   << QByteArray("application/json") << json;
        QTest::newRow("ajax text") << QByteArray("*/*") << true << 403 << QByteArray("text/plain; charset=utf-8")
                                   << text;
        QTest::newRow("ajax json") << QByteArray("application/json") << true << 403 << QByteArray("application/json")
                                   << json;
    }
    void refusalFormats()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, ajax);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        Headers headers{TestHttp::basicAuth(m_agent.adminEmail(), QStringLiteral("wrong"))};
        if (!accept.isEmpty()) {
            headers.append({"Accept", accept});
        }
        if (ajax) {
            headers.append(qMakePair(QByteArray("X-Requested-With"), QByteArray("XMLHttpRequest")));
        }
        const auto reply = call("POST", QStringLiteral("/mfa/status"), headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), contentType);
        QCOMPARE(reply.body, body);
        if (ajax) {
            QVERIFY(reply.header("WWW-Authenticate").isEmpty());
            QVERIFY(reply.header("X-Reason").isEmpty());
        } else {
            QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Basic realm=\"Mail-in-a-Box Management Server\""));
            QCOMPARE(reply.header("X-Reason"), QByteArray("Incorrect email address or password."));
        }
    }

    void routing()
    {
        // Unknown routes: Flask's 404 page, no auth check.
        for (const QString& path : {QStringLiteral("/nope"), QStringLiteral("/mfa/status/"), QStringLiteral("/")}) {
            const auto reply = m_http->get(m_agent.url(path));
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
            QVERIFY(reply.body.contains("<title>404 Not Found</title>"));
        }
        // Wrong method: 405 + Allow, no auth check.
        auto reply = m_http->get(m_agent.url(QStringLiteral("/login")));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("OPTIONS, POST"));
        QVERIFY(reply.body.contains("<title>405 Method Not Allowed</title>"));
        reply = m_http->request("PUT", m_agent.url(QStringLiteral("/mfa/status")));
        QCOMPARE(reply.status, 405);
        // OPTIONS everywhere without auth.
        reply = m_http->request("OPTIONS", m_agent.url(QStringLiteral("/mfa/disable")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Allow"), QByteArray("OPTIONS, POST"));
        QVERIFY(reply.body.isEmpty());
        // nginx's headers on every answer.
        QCOMPARE(reply.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("Content-Security-Policy"), QByteArray("frame-ancestors 'none';"));
    }

    void bodyTooLarge()
    {
        const QByteArray big(1024 * 1024 + 1, 'a');
        const auto reply = m_http->request("POST", m_agent.url(QStringLiteral("/login")),
                                           {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}, big);
        QCOMPARE(reply.status, 413);
        const QByteArray fits(1024 * 1024, 'a');
        QCOMPARE(m_http
                     ->request("POST", m_agent.url(QStringLiteral("/login")),
                               {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}, fits)
                     .status,
                 200);
    }

    // Far too big: cut off while it arrives, the agent does not buffer it all.
    void hugeBodyCutOff()
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_agent.port());
        QVERIFY(socket.waitForEncrypted(10000));
        const qint64 size = 8 * 1024 * 1024;
        socket.write("POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(size) +
                     "\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'a');
        QByteArray answer;
        for (qint64 sent = 0; sent < size && socket.state() == QAbstractSocket::ConnectedState; sent += chunk.size()) {
            socket.write(chunk);
            socket.waitForBytesWritten(1000);
            answer += socket.readAll();
        }
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000)) {
            answer += socket.readAll();
        }
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        // Cut off while arriving (not buffered whole and refused afterwards).
        QTRY_VERIFY_WITH_TIMEOUT(m_agent.stderrOutput().contains("refused with 413 (body too large)"), 5000);
        // Still serving.
        QCOMPARE(login(*m_http, m_agent, m_agent.adminEmail(), m_agent.adminPassword()).value(QStringLiteral("status")),
                 QStringLiteral("ok"));
    }

    // Slow or idle clients do not hold connections: each request must arrive within the idle timeout.
    void connectionTimeouts()
    {
        TestAgent agent;
        QString error;
        QVERIFY2(agent.start(&error, {QStringLiteral("--idle-timeout"), QStringLiteral("1")}), qPrintable(error));
        const auto connect = [&agent](QSslSocket& socket) {
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), agent.port());
            return socket.waitForEncrypted(5000);
        };
        const QByteArray request = "POST /admin/logout HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        const auto answer = [](QSslSocket& socket) {
            QByteArray got;
            while (!got.contains("\r\n\r\n{\n  \"status\": \"ok\"\n}\n") && socket.waitForReadyRead(3000)) {
                got += socket.readAll();
            }
            return got.startsWith("HTTP/1.1 200 ");
        };

        // Keep-alive within the timeout works; an idle connection is then closed.
        QSslSocket idle;
        QVERIFY(connect(idle));
        idle.write(request);
        QVERIFY(answer(idle));
        QTest::qWait(500);
        idle.write(request);
        QVERIFY(answer(idle));
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(t.elapsed() >= 700);

        // A request trickling in byte by byte is cut off.
        QSslSocket slow;
        QVERIFY(connect(slow));
        t.restart();
        for (int i = 0; i < 40 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write(request.mid(i, 1));
            slow.waitForBytesWritten(500);
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(t.elapsed() < 3500, QByteArray::number(t.elapsed()).constData());

        // A TCP connection that never starts TLS is closed too (by QSslServer's own wait for a ClientHello).
        QTcpSocket silent;
        silent.connectToHost(QStringLiteral("127.0.0.1"), agent.port());
        QVERIFY(silent.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 15000);
        agent.stop();
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QList<QPair<QByteArray, QString>> routes{{"POST", QStringLiteral("/mfa/status")},
                                                       {"GET", QStringLiteral("/mail/users")},
                                                       {"GET", QStringLiteral("/mail/users?format=json")}};
        const QList<std::tuple<QString, int, QString>> roles{
            {QStringLiteral("anonymous"), 401, QStringLiteral("Authorization header invalid.")},
            {QStringLiteral("wrong password"), 401, QStringLiteral("Incorrect email address or password.")},
            {QStringLiteral("unknown user"), 401, QStringLiteral("Incorrect email address or password.")},
            {QStringLiteral("non-admin password"), 401, QStringLiteral("You are not an administrator.")},
            {QStringLiteral("non-admin session"), 401, QStringLiteral("You are not an administrator.")},
            {QStringLiteral("admin password"), 200, QString()},
            {QStringLiteral("admin session"), 200, QString()},
            {QStringLiteral("system key"), 200, QString()},
            {QStringLiteral("mfa admin without code"), 401, QStringLiteral("missing-totp-token")},
            {QStringLiteral("mfa admin wrong code"), 401, QStringLiteral("invalid-totp-token")},
            {QStringLiteral("mfa admin good code"), 200, QString()},
            {QStringLiteral("mfa admin replayed code"), 401, QStringLiteral("invalid-totp-token")},
            {QStringLiteral("mfa admin session"), 200, QString()},
            {QStringLiteral("logged-out session"), 401, QStringLiteral("Incorrect email address or password.")},
            {QStringLiteral("session after password change"), 401,
             QStringLiteral("Incorrect email address or password.")},
        };
        for (const auto& route : routes) {
            for (const auto& [role, status, reason] : roles) {
                int expected = status;
                if (route.second == QLatin1String("/mfa/status") && role == QLatin1String("system key")) {
                    expected = 400; // the system key has no user of its own
                }
                QTest::addRow("%s %s as %s", route.first.constData(), qPrintable(route.second), qPrintable(role))
                    << route.first << route.second << role << expected << reason;
            }
        }
    }
    void roleMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, role);
        QFETCH(int, status);
        QFETCH(QString, reason);
        avoidStepBoundary();
        Headers headers;
        const QString admin = m_agent.adminEmail();
        if (role == QLatin1String("wrong password")) {
            headers.append(TestHttp::basicAuth(admin, QStringLiteral("wrong")));
        } else if (role == QLatin1String("unknown user")) {
            headers.append(TestHttp::basicAuth(QStringLiteral("ghost@example.com"), m_agent.adminPassword()));
        } else if (role == QLatin1String("non-admin password")) {
            headers.append(TestHttp::basicAuth(m_user, m_userPassword));
        } else if (role == QLatin1String("non-admin session")) {
            const QString key =
                login(*m_http, m_agent, m_user, m_userPassword).value(QStringLiteral("api_key")).toString();
            headers.append(TestHttp::basicAuth(m_user, key));
        } else if (role == QLatin1String("admin password")) {
            headers.append(TestHttp::basicAuth(admin, m_agent.adminPassword()));
        } else if (role == QLatin1String("admin session")) {
            headers.append(TestHttp::basicAuth(admin, adminSession()));
        } else if (role == QLatin1String("system key")) {
            headers.append(TestHttp::basicAuth(m_agent.systemApiKey(), QString()));
        } else if (role == QLatin1String("mfa admin without code")) {
            headers.append(TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword));
        } else if (role == QLatin1String("mfa admin wrong code")) {
            headers.append(TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword));
            const QByteArray good = Totp::at(m_mfaKey, QDateTime::currentSecsSinceEpoch()).toLatin1();
            headers.append(qMakePair(QByteArray("X-Auth-Token"), QByteArray(good == "123456" ? "654321" : "123456")));
        } else if (role == QLatin1String("mfa admin good code")) {
            headers.append(TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword));
            headers.append({"X-Auth-Token", nextCode()});
        } else if (role == QLatin1String("mfa admin replayed code")) {
            headers.append(TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword));
            const QByteArray code = nextCode();
            headers.append({"X-Auth-Token", code});
            QCOMPARE(call(method, path, headers).status, 200);
        } else if (role == QLatin1String("mfa admin session")) {
            const QJsonObject answer = login(*m_http, m_agent, m_mfaAdmin, m_mfaPassword, nextCode());
            QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            headers.append(TestHttp::basicAuth(m_mfaAdmin, answer.value(QStringLiteral("api_key")).toString()));
        } else if (role == QLatin1String("logged-out session")) {
            const QString key = adminSession();
            headers.append(TestHttp::basicAuth(admin, key));
            QCOMPARE(call("POST", QStringLiteral("/logout"), headers).status, 200);
        } else if (role == QLatin1String("session after password change")) {
            const QString email = QStringLiteral("changer@example.com");
            execSql(m_agent.databasePath(), QStringLiteral("DELETE FROM users WHERE email=?"), {email});
            QVERIFY(addUser(m_agent, email, QStringLiteral("first-password"), QStringLiteral("admin")));
            const QString key = login(*m_http, m_agent, email, QStringLiteral("first-password"))
                                    .value(QStringLiteral("api_key"))
                                    .toString();
            headers.append(TestHttp::basicAuth(email, key));
            QCOMPARE(call(method, path, headers).status, 200);
            QVERIFY(setPassword(m_agent, email, QStringLiteral("second-password")));
        }
        const auto reply = call(method, path, headers);
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(QString::fromUtf8(reply.header("X-Reason")), reason);
            QCOMPARE(reply.body, reason.toUtf8() + '\n');
        }
    }

    void concurrentRequests()
    {
        const QString key = adminSession();
        const QByteArray auth = TestHttp::basicAuth(m_agent.adminEmail(), key).second;
        // Four client connection pools of 6 connections each: many requests really are in flight together.
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        for (int i = 0; i < 4; ++i) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
        }
        const QSslCertificate cert = m_agent.certificate();
        int answered = 0;
        int ok = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 32; ++i) {
            QNetworkRequest req(m_agent.url(QStringLiteral("/mfa/status")));
            req.setRawHeader("Authorization", auth);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            QNetworkReply* reply = nams[i % 4]->post(req, QByteArray());
            connect(reply, &QNetworkReply::sslErrors, reply, [reply, cert](const QList<QSslError>& errors) {
                QList<QSslError> expected;
                for (const QSslError& e : errors) {
                    if (e.certificate() == cert) {
                        expected.append(e);
                    }
                }
                reply->ignoreSslErrors(expected);
            });
            connect(reply, &QNetworkReply::finished, reply, [reply, &answered, &ok] {
                ++answered;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 &&
                    reply->readAll().contains("\"new_mfa\"")) {
                    ++ok;
                }
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 32, 60000);
        QCOMPARE(ok, 32);
        qInfo() << "32 concurrent requests answered in" << timer.elapsed() << "ms";
    }

    // Small answers on a kept-alive connection are not held back by delayed ACKs (TCP_NODELAY): ~40 ms otherwise.
    void keepAliveLatency()
    {
        const Headers auth{TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
        QList<qint64> times;
        for (int i = 0; i < 31; ++i) {
            QElapsedTimer t;
            t.start();
            QCOMPARE(m_http->request("POST", m_agent.url(QStringLiteral("/logout")), auth).status, 200);
            times.append(t.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        qInfo() << "keep-alive POST /logout median" << times.at(15) / 1000 << "us";
        QVERIFY(times.at(15) < 25 * 1000 * 1000);
    }

    void plainHttpOnlyOnLoopback()
    {
        QProcess agent;
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                    {QStringLiteral("--config"), m_agent.configPath(), QStringLiteral("--plain-http"),
                     QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitCode(), 1);
        QVERIFY(agent.readAllStandardError().contains("127.0.0.1"));
    }

    // Behind nginx: plain HTTP on loopback, the client address taken from X-Forwarded-For.
    void plainHttpBehindNginx()
    {
        QProcess agent;
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                    {QStringLiteral("--config"), m_agent.configPath(), QStringLiteral("--plain-http"),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(agent.waitForStarted(10000));
        QByteArray err;
        const QRegularExpression serving(QStringLiteral("serving http://127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += agent.readAllStandardError(), match = serving.match(QString::fromUtf8(err))).hasMatch(), 10000);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
        QNetworkAccessManager nam;
        const auto post = [&nam](const QUrl& url, const Headers& headers) {
            QNetworkRequest req(url);
            for (const auto& h : headers) {
                req.setRawHeader(h.first, h.second);
            }
            QNetworkReply* reply = nam.post(req, QByteArray());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        auto answer = post(
            QUrl(base + QStringLiteral("/login")),
            {TestHttp::basicAuth(m_agent.adminEmail(), QStringLiteral("wrong")), {"X-Forwarded-For", "203.0.113.50"}});
        QCOMPARE(answer.first, 200);
        QVERIFY(answer.second.contains("\"status\": \"invalid\""));
        QTRY_VERIFY_WITH_TIMEOUT((err += agent.readAllStandardError()).contains("from 203.0.113.50"), 5000);
        QVERIFY(err.contains("boxkeeper-agent: authentication failure for admin@example.com from 203.0.113.50\n"));
        // nginx writes one address; a list (not from nginx) is not taken, the peer is the client then.
        answer = post(QUrl(base + QStringLiteral("/login")),
                      {TestHttp::basicAuth(QStringLiteral("list@example.com"), QStringLiteral("wrong")),
                       {"X-Forwarded-For", "203.0.113.51, 198.51.100.52"}});
        QCOMPARE(answer.first, 200);
        QTRY_VERIFY_WITH_TIMEOUT((err += agent.readAllStandardError()).contains("for list@example.com from"), 5000);
        QVERIFY(err.contains("boxkeeper-agent: authentication failure for list@example.com from 127.0.0.1\n"));
        // Routes answer without the /admin prefix too (nginx strips it).
        answer = post(QUrl(base + QStringLiteral("/login")),
                      {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
        QCOMPARE(answer.first, 200);
        QVERIFY(answer.second.contains("\"status\": \"ok\""));
        agent.terminate();
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
    }

    void versionAndHelp()
    {
        QProcess agent;
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH), {QStringLiteral("--version")});
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitCode(), 0);
        QVERIFY(agent.readAllStandardOutput().startsWith("boxkeeper-agent "));
        QVERIFY(agent.readAllStandardError().isEmpty());
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH), {QStringLiteral("--help")});
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
        const QByteArray help = agent.readAllStandardOutput();
        for (const char* option : {"--config", "--listen", "--demo", "--plain-http", "--help", "--version"}) {
            QVERIFY2(help.contains(option), option);
        }
        // An unknown option: the parser's one-line error, non-zero.
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH), {QStringLiteral("--no-such-option")});
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QVERIFY(agent.exitCode() != 0);
        QVERIFY(agent.readAllStandardError().contains("no-such-option"));
    }

    // Bad command-line values: one clear line, exit status 1, and no demo box made for nothing.
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("listen garbage") << QStringList{QStringLiteral("--listen"), QStringLiteral("nonsense")}
                                        << QByteArray("--listen wants ADDR:PORT");
        QTest::newRow("listen port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
                                     << QByteArray("--listen wants ADDR:PORT");
        QTest::newRow("demo not on loopback") << QStringList{QStringLiteral("--demo"), QStringLiteral("@DIR@/box"),
                                                             QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
                                              << QByteArray("127.0.0.1");
        QTest::newRow("failed logins") << QStringList{QStringLiteral("--max-failed-logins"), QStringLiteral("0")}
                                       << QByteArray("--max-failed-logins");
        QTest::newRow("idle timeout") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
                                      << QByteArray("--idle-timeout");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        args.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
        QProcess agent;
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                    QStringList{QStringLiteral("--config"), m_agent.configPath()} + args);
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 1);
        const QByteArray err = agent.readAllStandardError();
        QVERIFY2(err.startsWith("boxkeeper-agent: ") && err.count('\n') == 1 && err.contains(says), err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("box"))));
    }

    // A config file the agent cannot use: one clear line on stderr, exit status 1, no crash or trace, no key file.
    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("text"); // null = no file at all
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no file") << QByteArray() << QByteArray("does-not-exist.conf");
        QTest::newRow("empty") << QByteArray("") << QByteArray("STORAGE_ROOT");
        QTest::newRow("no storage root") << QByteArray("PRIMARY_HOSTNAME=box.example.com\n")
                                         << QByteArray("STORAGE_ROOT");
        QTest::newRow("no hostname") << QByteArray("STORAGE_ROOT=/nonexistent\n") << QByteArray("PRIMARY_HOSTNAME");
        QTest::newRow("garbage") << QByteArray("this is not a config file\n\x01\x02\xff\n") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << QByteArray();
        QTest::newRow("terminal escapes") << QByteArray("\x1b]0;owned\x07\x1b[2J=1\n") << QByteArray("\\x1b]0;owned");
        QTest::newRow("no database") << QByteArray("STORAGE_ROOT=@DIR@/storage\nPRIMARY_HOSTNAME=box.example.com\n"
                                                   "SYSTEM_ROOT=@DIR@/system\n")
                                     << QByteArray("users.sqlite");
    }
    void badConfig()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("does-not-exist.conf"));
        if (!text.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(text).replace("@DIR@", dir.path().toUtf8()));
        }
        QProcess agent;
        agent.start(QStringLiteral(BOXKEEPER_AGENT_PATH),
                    {QStringLiteral("--config"), path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(agent.waitForFinished(10000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 1);
        const QByteArray err = agent.readAllStandardError();
        QVERIFY2(err.startsWith("boxkeeper-agent: ") && err.endsWith('\n') && err.count('\n') == 1, err.constData());
        QVERIFY2(err.contains(says), err.constData());
        for (const char c : err.chopped(1)) { // printable: nothing of a garbage file reaches the terminal raw
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, err.toHex().constData());
        }
        QVERIFY(agent.readAllStandardOutput().isEmpty());
        if (says != "users.sqlite") { // a config it cannot read: nothing written anywhere
            QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                     text.isNull() ? QStringList() : QStringList{QStringLiteral("does-not-exist.conf")});
        }
    }

    void demoReuse()
    {
        // A second start on the same box keeps the password and the certificate.
        const QString password = m_agent.adminPassword();
        const QString fingerprint = m_agent.fingerprint();
        const QString dir = m_agent.dir();
        const QString oldKey = m_agent.systemApiKey();
        TestAgent again;
        m_agent.stop();
        QString error;
        QVERIFY2(again.start(&error, {}, dir), qPrintable(error));
        QCOMPARE(again.adminPassword(), password);
        // A new system API key at each start: the old one is refused, the new one works.
        const QString newKey = again.systemApiKey();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-fA-F]{32}$")).match(newKey).hasMatch());
        QVERIFY(newKey != oldKey);
        {
            TestHttp http(again.certificate());
            auto reply = http.get(again.url(QStringLiteral("/mail/domains")), {TestHttp::basicAuth(oldKey, QString())});
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.header("X-Reason"), QByteArray("Enter a password."));
            reply = http.get(again.url(QStringLiteral("/mail/domains")), {TestHttp::basicAuth(newKey, QString())});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("box.example.com\nexample.com\n"));
        }
        QCOMPARE(again.fingerprint(), fingerprint);
        QCOMPARE(again.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(), fingerprint.toLatin1());
        TestHttp http(again.certificate());
        QCOMPARE(login(http, again, again.adminEmail(), password).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        const QFileInfo env(dir + QStringLiteral("/demo.env"));
        QCOMPARE(env.permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        const QFileInfo key(again.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
        QCOMPARE(key.permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        again.stop();

        // Without its credentials file the box gets a new password, and the printed one works.
        QVERIFY(QFile::remove(dir + QStringLiteral("/demo-credentials")));
        TestAgent third;
        QVERIFY2(third.start(&error, {}, dir), qPrintable(error));
        QVERIFY(third.adminPassword() != password);
        TestHttp http3(third.certificate());
        QCOMPARE(
            login(http3, third, third.adminEmail(), third.adminPassword()).value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));
        QCOMPARE(login(http3, third, third.adminEmail(), password).value(QStringLiteral("status")).toString(),
                 QStringLiteral("invalid"));
        third.stop();
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
