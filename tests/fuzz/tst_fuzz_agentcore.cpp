#include "TestAgent.h"
#include "TestHttp.h"
#include "auth/Authenticator.h"
#include "auth/Totp.h"
#include "box/BoxConfig.h"
#include "http/HttpRequest.h"
#include "http/PyJson.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTest>

// Parsers must never crash, hang or answer inconsistently, whatever they are given.
class TestFuzzAgentCore : public QObject
{
    Q_OBJECT
private:
    QRandomGenerator m_random{20261124};

    QByteArray randomBytes(int maxLength, const QByteArray& alphabet = {})
    {
        const int n = static_cast<int>(m_random.bounded(maxLength + 1));
        QByteArray out(n, '\0');
        for (int i = 0; i < n; ++i) {
            out[i] = alphabet.isEmpty() ? static_cast<char>(m_random.bounded(256))
                                        : alphabet.at(static_cast<int>(m_random.bounded(alphabet.size())));
        }
        return out;
    }

private Q_SLOTS:
    void base64AndBasic()
    {
        for (int i = 0; i < 20000; ++i) {
            const QByteArray data = randomBytes(64);
            QString error;
            const auto decoded = Authenticator::pythonBase64Decode(data.toBase64(), &error);
            QVERIFY(decoded);
            QCOMPARE(*decoded, data);
            const QByteArray junk = randomBytes(80, "ABCabc0129+/=  -_:!\xc3\xa9");
            error.clear();
            const auto maybe = Authenticator::pythonBase64Decode(junk, &error);
            QVERIFY(maybe.has_value() == error.isEmpty());
            Authenticator::parseBasic("Basic " + junk, &error);
            Authenticator::parseBasic(randomBytes(100), &error);
        }
    }

    void base32()
    {
        for (int i = 0; i < 20000; ++i) {
            const QByteArray data = randomBytes(40);
            QCOMPARE(*Totp::base32Decode(Totp::base32Encode(data) +
                                         QString((8 - Totp::base32Encode(data).size() % 8) % 8, QLatin1Char('='))),
                     data);
            Totp::base32Decode(QString::fromLatin1(randomBytes(40, "ABCXYZ234567=abc01 ")));
        }
    }

    void forms()
    {
        for (int i = 0; i < 5000; ++i) {
            HttpRequest r;
            r.body = randomBytes(300, "ab=&%+2F\r\n-\"name=;boundary");
            r.headers.append(
                qMakePair(QByteArray("Content-Type"), i % 2 ? QByteArray("multipart/form-data; boundary=--b")
                                                            : QByteArray("application/x-www-form-urlencoded")));
            r.formValue(QStringLiteral("a"));
            r.hasFormValue(QStringLiteral("name"));
        }
    }

    void configAndJson()
    {
        for (int i = 0; i < 5000; ++i) {
            BoxConfig::parse(randomBytes(200, "STORAGE_ROOT=PRIMARY_HOSTNAME\n#x/ \xff"));
            const QByteArray json = randomBytes(60, "{}[]\":,0123 abc\\u00e9tnulfrs");
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            if (!doc.isNull()) {
                const QByteArray out =
                    PyJson::indented(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
                QCOMPARE(QJsonDocument::fromJson(out), doc); // what we write reads back the same
            }
        }
    }

    void routerPaths()
    {
        Router router;
        router.setAuthorizer([](const HttpRequest&, bool) -> std::variant<AuthContext, HttpResponse> {
            return HttpResponse::plain(QStringLiteral("no\n"), 401);
        });
        const auto ok = [](const HttpRequest&, const AuthContext&) { return HttpResponse::text(QStringLiteral("OK")); };
        router.addRoute("GET", QStringLiteral("/dns/custom/<qname>/<rtype>"), Router::Access::Admin, ok);
        router.addRoute("GET", QStringLiteral("/munin/<path:rest>"), Router::Access::Anonymous, ok);
        router.addRoute("POST", QStringLiteral("/login"), Router::Access::Anonymous, ok);
        for (int i = 0; i < 20000; ++i) {
            HttpRequest r;
            r.method = QList<QByteArray>{"GET", "POST", "HEAD", "OPTIONS", "PUT", "X"}.at(int(m_random.bounded(6)));
            r.path = QString::fromLatin1(randomBytes(40, "/dnscustommuninlogi<>:.."));
            const int status = router.dispatch(r).status;
            QVERIFY(status == 200 || status == 401 || status == 404 || status == 405);
        }
    }

    // Garbage on the wire: the agent drops the connection and keeps serving everyone else.
    void liveAgent()
    {
        TestAgent agent;
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        const QList<QByteArray> payloads{
            "GARBAGE\r\n\r\n",
            "GET / HTTP/9.9\r\n\r\n",
            "POST /admin/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /admin/login HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc",
            "GET /admin/" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /admin/login HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \xff\xfe\r\n\r\n",
            "POST /admin/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        };
        for (int round = 0; round < 30; ++round) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), agent.port());
            if (!socket.waitForEncrypted(5000)) {
                continue;
            }
            socket.write(round < payloads.size() ? payloads.at(round) : randomBytes(2000));
            socket.waitForBytesWritten(2000);
            socket.waitForReadyRead(200);
            socket.abort();
        }
        // Raw TCP garbage instead of a TLS handshake.
        QTcpSocket plain;
        plain.connectToHost(QStringLiteral("127.0.0.1"), agent.port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write(randomBytes(5000));
        plain.waitForBytesWritten(2000);
        plain.abort();

        QVERIFY(agent.isRunning());
        TestHttp http(agent.certificate());
        const auto reply = http.request("POST", agent.url(QStringLiteral("/login")),
                                        {TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("\"status\": \"ok\""));
        agent.stop();
    }
};

QTEST_GUILESS_MAIN(TestFuzzAgentCore)
#include "tst_fuzz_agentcore.moc"
