// The client core's HTTP rules against a scripted HTTPS server on loopback (the demo box's certificate, pinned):
// redirects never leave HTTPS or the box, 504 is "may still be running", 401 on a session call ends the session
// (only if it was made with the key still in use),
// error texts and unparsable answers become the right typed errors, and the request headers are right.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "JsonJob.h"
#include "LoginJob.h"
#include "TestAgent.h"
#include "TextJob.h"
#include "UsersJob.h"

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

namespace {
// Answers each request by path with a canned raw HTTP response; records the request heads.
class ScriptedServer : public QObject
{
public:
    QSslServer server;
    QHash<QByteArray, QByteArray> answers; // path → raw response
    QList<QByteArray> requests;
    QSet<QByteArray> held; // paths whose answer waits for releaseHeld()

    int heldCount() const { return int(m_held.size()); }
    void releaseHeld()
    {
        for (const auto& [socket, answer] : std::as_const(m_held)) {
            if (socket) {
                socket->write(answer);
            }
        }
        m_held.clear();
    }

    bool start(const QString& certPath, const QString& keyPath)
    {
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        server.setSslConfiguration(config);
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }

    static QByteArray response(const QByteArray& statusLine, const QByteArray& headers, const QByteArray& body)
    {
        return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        requests.append(head);
        QByteArray path = head.split(' ').value(1);
        path = path.split('?').first();
        const QByteArray answer = answers.value(path, response("404 NOT FOUND", {}, "not here"));
        if (held.contains(path)) {
            m_held.append({QPointer<QTcpSocket>(socket), answer});
        } else {
            socket->write(answer);
        }
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held;
};
} // namespace

class TestClientHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestHeaders();
    void redirectToHttpRefused();
    void redirectToOtherHostRefused();
    void redirectWithinBoxFollowed();
    void gatewayTimeout();
    void validationError();
    void sessionExpiredOn401();
    void adminRefusalKeepsSession();
    void stale401KeepsRenewedSession();
    void unparsableAnswers();

private:
    template <typename Job>
    ApiError waitFailed(Job* job);

    TestAgent m_agent;
    std::unique_ptr<ScriptedServer> m_server;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    QUrl m_base;
};

void TestClientHttp::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error)); // for its certificate and key
}

void TestClientHttp::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->start(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"),
                            m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem")));
    m_base = QUrl(QStringLiteral("https://127.0.0.1:%1/admin").arg(m_server->server.serverPort()));
    m_trust.setPin(ApiClient::hostKey(m_base), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_base, &m_trust);
    m_client->setTransferTimeout(10000);
}

void TestClientHttp::cleanup()
{
    m_client.reset();
    m_server.reset();
}

template <typename Job>
ApiError TestClientHttp::waitFailed(Job* job)
{
    QSignalSpy failed(job, &Job::failed);
    QSignalSpy done(job, &Job::finished);
    if (!QTest::qWaitFor([&] { return failed.count() + done.count() > 0; }, 15000) || failed.isEmpty()) {
        return {};
    }
    return failed.first().first().template value<ApiError>();
}

void TestClientHttp::requestHeaders()
{
    m_server->answers.insert("/admin/mail/users",
                             ScriptedServer::response("200 OK", "Content-Type: application/json\r\n", "[]\n"));
    m_client->setSessionCredentials(QStringLiteral("me@example.com"), QStringLiteral("k"));
    UsersJob* job = m_client->fetchUsers();
    QSignalSpy done(job, &UsersJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    const QByteArray head = m_server->requests.value(0);
    QVERIFY(head.startsWith("GET /admin/mail/users?format=json HTTP/1.1"));
    QVERIFY(head.contains("Accept: application/json"));
    QVERIFY(head.contains("Authorization: Basic " + QByteArray("me@example.com:k").toBase64()));
    QVERIFY(!head.toLower().contains("x-requested-with"));
}

void TestClientHttp::redirectToHttpRefused()
{
    m_server->answers.insert(
        "/admin/mail/users",
        ScriptedServer::response("302 FOUND", "Location: http://127.0.0.1:1/admin/mail/users\r\n", {}));
    const ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(error.message.contains(QLatin1String("not a secure address")), qPrintable(error.message));
}

void TestClientHttp::redirectToOtherHostRefused()
{
    m_server->answers.insert(
        "/admin/mail/users",
        ScriptedServer::response("302 FOUND", "Location: https://elsewhere.example.com/admin/mail/users\r\n", {}));
    const ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(error.message.contains(QLatin1String("elsewhere.example.com")));
}

void TestClientHttp::redirectWithinBoxFollowed()
{
    m_server->answers.insert("/admin/old", ScriptedServer::response("302 FOUND", "Location: /admin/new\r\n", {}));
    m_server->answers.insert("/admin/new", ScriptedServer::response("200 OK", {}, "OK"));
    TextJob* job = m_client->getText(QStringLiteral("/old"));
    QSignalSpy done(job, &TextJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    QCOMPARE(done.first().first().toString(), QStringLiteral("OK"));
}

void TestClientHttp::gatewayTimeout()
{
    m_server->answers.insert(
        "/admin/system/status",
        ScriptedServer::response("504 Gateway Time-out", "Content-Type: text/html\r\n", "<html>504</html>"));
    JsonJob* job = m_client->postFormJson(QStringLiteral("/system/status"), {}, ApiClient::Duration::Long);
    QCOMPARE(job->timeoutMs(), m_client->longTransferTimeout());
    const ApiError error = waitFailed(job);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 504);
    QVERIFY(error.message.contains(QLatin1String("may still be running")));
}

void TestClientHttp::validationError()
{
    m_server->answers.insert(
        "/admin/mail/users/add",
        ScriptedServer::response("400 BAD REQUEST", "Content-Type: text/html; charset=utf-8\r\n", "Invalid quota."));
    const ApiError error = waitFailed(m_client->postForm(
        QStringLiteral("/mail/users/add"),
        {{QStringLiteral("email"), QStringLiteral("a@example.com")}, {QStringLiteral("quota"), QStringLiteral("x")}}));
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverText, QStringLiteral("Invalid quota."));
    QCOMPARE(error.message, QStringLiteral("Invalid quota."));
    QVERIFY(m_server->requests.value(0).contains("Content-Type: application/x-www-form-urlencoded"));
}

void TestClientHttp::sessionExpiredOn401()
{
    m_server->answers.insert(
        "/admin/mail/users",
        ScriptedServer::response("401 UNAUTHORIZED",
                                 "Content-Type: application/json\r\nX-Reason: Incorrect email address or password.\r\n"
                                 "WWW-Authenticate: Basic realm=\"Mail-in-a-Box Management Server\"\r\n",
                                 "{\"status\": \"error\", \"reason\": \"Incorrect email address or password.\"}\n"));
    QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
    // Without a session the 401 is only an error.
    ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(expired.count(), 0);
    m_client->setSessionCredentials(QStringLiteral("me@example.com"), QStringLiteral("key"));
    error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.reason, QStringLiteral("Incorrect email address or password."));
    QCOMPARE(expired.count(), 1);
    QVERIFY(!m_client->hasSession());
}

void TestClientHttp::adminRefusalKeepsSession()
{
    // A non-admin's session is valid; the box only refuses the admin call. That is no reason to log out.
    m_server->answers.insert(
        "/admin/mail/users",
        ScriptedServer::response("401 UNAUTHORIZED",
                                 "Content-Type: application/json\r\nX-Reason: You are not an administrator.\r\n",
                                 "{\"status\": \"error\", \"reason\": \"You are not an administrator.\"}\n"));
    QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
    m_client->setSessionCredentials(QStringLiteral("me@example.com"), QStringLiteral("key"));
    const ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.reason, QStringLiteral("You are not an administrator."));
    QCOMPARE(expired.count(), 0);
    QVERIFY(m_client->hasSession());
}

void TestClientHttp::stale401KeepsRenewedSession()
{
    const auto loginAnswer = [](const QByteArray& key) {
        return ScriptedServer::response("200 OK", "Content-Type: application/json\r\n",
                                        "{\"status\": \"ok\", \"email\": \"me@example.com\", \"privileges\": "
                                        "[\"admin\"], \"api_key\": \"" +
                                            key + "\"}\n");
    };
    m_server->answers.insert("/admin/login", loginAnswer("old-key"));
    m_server->answers.insert(
        "/admin/mail/users",
        ScriptedServer::response("401 UNAUTHORIZED",
                                 "Content-Type: application/json\r\nX-Reason: Invalid session key.\r\n",
                                 "{\"status\": \"error\", \"reason\": \"Invalid session key.\"}\n"));
    AuthService auth(m_client.get());
    QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
    QSignalSpy expired(&auth, &AuthService::sessionExpired);
    QSignalSpy renewed(&auth, &AuthService::sessionRenewed);
    auth.logIn(QStringLiteral("me@example.com"), QStringLiteral("pw"));
    QTRY_COMPARE(loggedIn.count(), 1);

    // A call with the old key is on its way when a renewal installs a new key; the old key's 401 comes after.
    m_server->held.insert("/admin/mail/users");
    UsersJob* staleJob = m_client->fetchUsers();
    QSignalSpy staleFailed(staleJob, &UsersJob::failed);
    QTRY_COMPARE(m_server->heldCount(), 1);
    QVERIFY(m_server->requests.last().contains(
        ApiClient::basicAuthorization(QStringLiteral("me@example.com"), QStringLiteral("old-key"))));
    m_server->answers.insert("/admin/login", loginAnswer("new-key"));
    auth.renewSession(QStringLiteral("pw"));
    QTRY_COMPARE(renewed.count(), 1);
    m_server->releaseHeld();
    QTRY_COMPARE(staleFailed.count(), 1);
    QCOMPARE(staleFailed.first().first().value<ApiError>().httpStatus, 401);
    QCOMPARE(expired.count(), 0);
    QVERIFY(m_client->hasSession());
    QVERIFY(auth.isLoggedIn());
    QCOMPARE(auth.session().apiKey, QStringLiteral("new-key"));

    // A 401 for the key in use still ends the session.
    m_server->held.clear();
    const ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(m_server->requests.last().contains(
        ApiClient::basicAuthorization(QStringLiteral("me@example.com"), QStringLiteral("new-key"))));
    QCOMPARE(expired.count(), 1);
    QVERIFY(!m_client->hasSession());
    QVERIFY(!auth.isLoggedIn());
}

void TestClientHttp::unparsableAnswers()
{
    m_server->answers.insert("/admin/mail/users", ScriptedServer::response("200 OK", {}, "<html>login page</html>"));
    m_server->answers.insert("/admin/login", ScriptedServer::response("200 OK", {}, "<html>not a box</html>"));
    ApiError error = waitFailed(m_client->fetchUsers());
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    error = waitFailed(m_client->login(QStringLiteral("me@example.com"), QStringLiteral("pw")));
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    QVERIFY(error.message.contains(QLatin1String("https://HOST/admin")));
}

QTEST_GUILESS_MAIN(TestClientHttp)
#include "tst_client_http.moc"
