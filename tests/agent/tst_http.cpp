#include "TestAgent.h"
#include "TestDatabase.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

// The HTTP front of a live agent over HTTPS, with raw requests where the framing itself is under test.
class TestHttpFront : public QObject
{
    Q_OBJECT
private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    const QByteArray m_secondary = "{\n  \"hostnames\": [\n    \"xfr:192.0.2.7\"\n  ]\n}\n";

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    QByteArray adminAuthLine() const { return "Authorization: " + admin().constFirst().second + "\r\n"; }

    // Sends `bytes` as they are on a new TLS connection; what came back until the agent closed (or 10 s).
    QByteArray raw(const QByteArray& bytes, const QByteArray& afterFirstAnswer = {})
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_agent.port());
        if (!socket.waitForEncrypted(10000)) {
            return "no TLS: " + socket.errorString().toUtf8();
        }
        socket.write(bytes);
        QByteArray answer;
        if (!afterFirstAnswer.isEmpty()) {
            while (socket.waitForReadyRead(2000)) {
                answer += socket.readAll();
            }
            socket.write(afterFirstAnswer);
        }
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(200);
            answer += socket.readAll();
            if (answer.contains("Connection: close\r\n") && answer.contains("</html>\r\n")) {
                break;
            }
        }
        return answer + socket.readAll();
    }
    static int statusOf(const QByteArray& answer)
    {
        const QRegularExpression line(QStringLiteral("^HTTP/1\\.1 (\\d{3}) "));
        const auto m = line.match(QString::fromLatin1(answer.left(64)));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    QByteArray secondary() { return m_http->get(m_agent.url("/dns/secondary-nameserver"), admin()).body; }
    // The request that wiped the secondary nameservers, with the framing headers given.
    QByteArray clearSecondary(const QByteArray& framing, const QByteArray& protocol = "HTTP/1.1")
    {
        return "POST /admin/dns/secondary-nameserver " + protocol + "\r\nHost: 127.0.0.1\r\n" + adminAuthLine() +
               "Content-Type: application/x-www-form-urlencoded\r\n" + framing + "\r\nhostnames=";
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        // A raw, well-framed request works (so the refusals below are about framing only).
        const QByteArray set = "hostnames=xfr:192.0.2.7";
        const QByteArray answer =
            raw("POST /admin/dns/secondary-nameserver HTTP/1.1\r\nHost: 127.0.0.1\r\n" + adminAuthLine() +
                "Content-Type: application/x-www-form-urlencoded\r\n" +
                "Content-Length: " + QByteArray::number(set.size()) + "\r\nConnection: close\r\n\r\n" + set);
        QCOMPARE(statusOf(answer), 200);
        QCOMPARE(secondary(), m_secondary);
    }

    void malformedFraming_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("negative Content-Length") << clearSecondary("Content-Length: -1\r\n") << 400;
        QTest::newRow("non-numeric Content-Length") << clearSecondary("Content-Length: ten\r\n") << 400;
        QTest::newRow("Content-Length with a sign") << clearSecondary("Content-Length: +10\r\n") << 400;
        QTest::newRow("Content-Length list") << clearSecondary("Content-Length: 10, 10\r\n") << 400;
        QTest::newRow("differing Content-Lengths")
            << clearSecondary("Content-Length: 10\r\nContent-Length: 11\r\n") << 400;
        QTest::newRow("Content-Length and Transfer-Encoding")
            << clearSecondary("Content-Length: 10\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("unknown transfer coding") << clearSecondary("Transfer-Encoding: gzip\r\n") << 400;
        QTest::newRow("chunked then gzip") << clearSecondary("Transfer-Encoding: chunked, gzip\r\n") << 400;
        QTest::newRow("identity coding") << clearSecondary("Transfer-Encoding: identity\r\n") << 400;
        QTest::newRow("HTTP/2.0") << clearSecondary("Content-Length: 10\r\n", "HTTP/2.0") << 400;
        QTest::newRow("HTTP/1.2") << clearSecondary("Content-Length: 10\r\n", "HTTP/1.2") << 400;
        QTest::newRow("HTTPS/1.1") << clearSecondary("Content-Length: 10\r\n", "HTTPX1.1") << 400;
        QTest::newRow("folded header") << clearSecondary("Content-Length: 10\r\nX-A: a\r\n  b\r\n") << 400;
        QTest::newRow("space before colon") << clearSecondary("Content-Length : 10\r\n") << 400;
        QByteArray many;
        for (int i = 0; i < 100; ++i) {
            many += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        }
        QTest::newRow("101 header lines") << clearSecondary("Content-Length: 10\r\n" + many) << 431;
        QTest::newRow("over-long header line")
            << clearSecondary("Content-Length: 10\r\nX-Long: " + QByteArray(9000, 'a') + "\r\n") << 431;
        QTest::newRow("body over 1 MiB announced") << clearSecondary("Content-Length: 2000000\r\n") << 413;
        // A sound request and a malformed one in one go: neither is run.
        QTest::newRow("pipelined") << QByteArray("GET /admin/dns/secondary-nameserver HTTP/1.1\r\nHost: x\r\n" +
                                                 adminAuthLine() + "\r\n" + clearSecondary("Content-Length: -1\r\n"))
                                   << 400;
    }

    void malformedFraming()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QString before = TestDatabase::dump(m_agent.databasePath());
        const QByteArray answer = raw(request);
        QCOMPARE(statusOf(answer), status);
        QVERIFY(answer.contains("Connection: close\r\n"));
        // Nothing ran: the list the request would have emptied is intact, the database unchanged.
        QCOMPARE(secondary(), m_secondary);
        QCOMPARE(TestDatabase::dump(m_agent.databasePath()), before);
    }

    void malformedAfterSoundRequest()
    {
        // On a kept-alive connection: the first request is answered, the malformed second is refused.
        const QString before = TestDatabase::dump(m_agent.databasePath());
        QByteArray answer =
            raw("GET /admin/dns/secondary-nameserver HTTP/1.1\r\nHost: x\r\n" + adminAuthLine() + "\r\n",
                clearSecondary("Content-Length: -1\r\n"));
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains(m_secondary));
        answer = answer.mid(answer.indexOf("HTTP/1.1 ", 10));
        QCOMPARE(statusOf(answer), 400);
        QCOMPARE(secondary(), m_secondary);
        QCOMPARE(TestDatabase::dump(m_agent.databasePath()), before);
    }

    void soundFraming()
    {
        // What the refusals must not catch: HTTP/1.0, chunked bodies, 100 header lines, repeated equal lengths.
        QByteArray hundred;
        for (int i = 0; i < 97; ++i) {
            hundred += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        }
        const QByteArray get = "GET /admin/dns/secondary-nameserver ";
        QCOMPARE(statusOf(raw(get + "HTTP/1.0\r\n" + adminAuthLine() + "\r\n")), 200);
        QCOMPARE(
            statusOf(raw(get + "HTTP/1.1\r\nHost: x\r\n" + adminAuthLine() + hundred + "Connection: close\r\n\r\n")),
            200);
        const QByteArray set = "hostnames=xfr:192.0.2.7";
        const QByteArray post = "POST /admin/dns/secondary-nameserver HTTP/1.1\r\nHost: x\r\n" + adminAuthLine() +
                                "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n";
        const QByteArray length = "Content-Length: " + QByteArray::number(set.size()) + "\r\n";
        QCOMPARE(statusOf(raw(post + length + length + "\r\n" + set)), 200);
        QCOMPARE(statusOf(raw(post +
                              "Transfer-Encoding: chunked\r\n\r\n9\r\nhostnames\r\ne\r\n=xfr:192.0.2.7\r\n0\r\n\r\n")),
                 200);
        QCOMPARE(secondary(), m_secondary);
    }

    void tlsSuites_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("offered");
        // Mozilla "intermediate" for an RSA certificate (the ECDSA suites need an ECDSA certificate).
        for (const char* c :
             {"ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305",
              "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384"}) {
            QTest::newRow(c) << QString::fromLatin1(c) << true;
        }
        // What OpenSSL's defaults add: without forward secrecy, CBC, SHA-1.
        for (const char* c :
             {"AES128-SHA", "AES256-SHA", "AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-SHA256", "AES256-SHA256",
              "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA384",
              "DHE-RSA-AES128-SHA256", "DHE-RSA-AES256-SHA256", "DHE-RSA-CHACHA20-POLY1305", "DHE-RSA-AES256-SHA"}) {
            QTest::newRow(c) << QString::fromLatin1(c) << false;
        }
    }

    void tlsSuites()
    {
        QFETCH(QString, cipher);
        QFETCH(bool, offered);
        // s_client exits 1 when the handshake fails (a suite not offered): only a tool that did not run fails here.
        const TestTool::Result openssl = TestTool::run(
            QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(m_agent.port()),
             QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), cipher + QStringLiteral(":@SECLEVEL=0")},
            {}, 20000);
        QVERIFY2(openssl.error.isEmpty(), openssl.message().constData());
        const QByteArray& out = openssl.out;
        const bool negotiated = out.contains("Cipher is " + cipher.toLatin1() + "\n");
        QVERIFY2(negotiated == offered, out.constData());
    }

    void tlsVersions()
    {
        const auto handshake = [this](const QString& option) {
            const TestTool::Result openssl = TestTool::run(QStringLiteral("openssl"),
                                                           {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                            QStringLiteral("127.0.0.1:%1").arg(m_agent.port()), option},
                                                           {}, 20000);
            return openssl.out;
        };
        QVERIFY(handshake(QStringLiteral("-tls1_3")).contains("New, TLSv1.3, Cipher is TLS_"));
        QVERIFY(handshake(QStringLiteral("-tls1_2")).contains("New, TLSv1.2, Cipher is ECDHE-RSA-AES"));
    }

    void hsts()
    {
        // nginx sends HSTS on the primary hostname, except in its /admin/ location (which sets headers of its own).
        auto r = m_http->get(m_agent.url("/boxkeeper/capabilities"), admin());
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Strict-Transport-Security").isEmpty());
        QUrl bare = m_agent.baseUrl();
        bare.setPath(QStringLiteral("/boxkeeper/capabilities"));
        r = m_http->get(bare, admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Strict-Transport-Security"), QByteArray("max-age=15768000"));
        bare.setPath(QStringLiteral("/no-such-page"));
        QCOMPARE(m_http->get(bare).header("Strict-Transport-Security"), QByteArray("max-age=15768000"));
    }

    void listenBacklog()
    {
        QFile somaxconn(QStringLiteral("/proc/sys/net/core/somaxconn"));
        QVERIFY(somaxconn.open(QIODevice::ReadOnly));
        const QByteArray max = somaxconn.readAll().trimmed();
        // ss (iproute2) asks the kernel (sock_diag) for the listening socket.
        const TestTool::Result ss = TestTool::run(
            QStringLiteral("ss"), {QStringLiteral("-Hltn"), QStringLiteral("sport = :%1").arg(m_agent.port())});
        QVERIFY2(ss.ok(), ss.message().constData());
        // State Recv-Q Send-Q Local Peer; for a listening socket Send-Q is the backlog.
        const QList<QByteArray> fields = ss.out.simplified().split(' ');
        QVERIFY(fields.size() >= 4);
        QCOMPARE(fields.at(0), QByteArray("LISTEN"));
        QCOMPARE(fields.at(2), max);
    }

    void errorTextsDoNotEchoHugeInput()
    {
        const QString huge = QString(900 * 1024, QLatin1Char('x'));
        const auto r = m_http->postForm(m_agent.url("/mail/aliases/add"),
                                        {{QStringLiteral("address"), huge + QStringLiteral("@example.com")},
                                         {QStringLiteral("forwards_to"), QStringLiteral("admin@example.com")}},
                                        admin());
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.size() < 1200, QByteArray::number(r.body.size()).constData());
        QVERIFY2(r.body.contains("xxx\xe2\x80\xa6xxx"), r.body.left(300).constData()); // "…"
        // A secondary nameserver text: the same cap.
        const auto s = m_http->postForm(m_agent.url("/dns/secondary-nameserver"),
                                        {{QStringLiteral("hostnames"), QStringLiteral("xfr:") + huge}}, admin());
        QCOMPARE(s.status, 400);
        QVERIFY2(s.body.size() < 1200, QByteArray::number(s.body.size()).constData());
        QCOMPARE(secondary(), m_secondary);
    }

    void clientAddressOverTls()
    {
        // Over TLS the peer is the client, whatever X-Forwarded-For says.
        auto headers = QList<QPair<QByteArray, QByteArray>>{
            TestHttp::basicAuth(QStringLiteral("nobody@example.com"), QStringLiteral("wrong")),
            {"X-Forwarded-For", "1.2.3.4"}};
        const auto r = m_http->request("POST", m_agent.url("/login"), headers);
        QCOMPARE(r.status, 200);
        QTRY_VERIFY(m_agent.stderrOutput().contains("authentication failure for nobody@example.com from 127.0.0.1\n"));
        QVERIFY(!m_agent.stderrOutput().contains("1.2.3.4"));
    }

    void capabilities()
    {
        const auto r = m_http->get(m_agent.url("/boxkeeper/capabilities"), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body,
                 QByteArray("{\n  \"features\": [\n    \"audit\",\n    \"backup-files\",\n    \"backup-history\",\n    "
                            "\"backup-restore\",\n"
                            "    \"backup-run\",\n    \"backup-secret-key\",\n    \"backup-verify\",\n    "
                            "\"dns-preview\",\n    \"metrics\",\n    \"status-changes\",\n    \"tokens\"\n  ],\n  "
                            "\"primary_hostname\": \"box.example.com\",\n"
                            "  \"product\": \"boxkeeper-agent\",\n  \"upstream_version\": \"v75\",\n"
                            "  \"version\": \"" BOXKEEPER_VERSION "\"\n}\n"));
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/capabilities")).status, 401);
        QCOMPARE(m_http->request("POST", m_agent.url("/boxkeeper/capabilities"), admin()).status, 405);
    }

    // The stand-in for an unmodified box: the routes beyond upstream are unknown paths, upstream's still answer.
    void upstreamOnlyStandIn()
    {
        QString error;
        QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/capabilities"), admin()).status, 404);
        QCOMPARE(m_http->request("POST", m_agent.url("/boxkeeper/dns/preview"), admin()).status, 404);
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/metrics"), admin()).status, 404);
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/backup/restore"), admin()).status, 404);
        QCOMPARE(m_http->get(m_agent.url("/system/version"), admin()).status, 200);
        QCOMPARE(m_http->get(m_agent.url("/dns/custom"), admin()).status, 200);
        QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "0", &error), qPrintable(error));
        QCOMPARE(m_http->get(m_agent.url("/boxkeeper/capabilities"), admin()).status, 200);
    }

    // A client that gives up on a call (the desktop aborts a load a newer one replaces) and sends the next at once:
    // the next one is answered, whatever stage the abandoned call had reached.
    void nextCallAfterAnAbortedOne()
    {
        QNetworkAccessManager nam;
        const auto send = [&](const QString& path) {
            QNetworkRequest request(m_agent.url(path));
            const auto auth = admin().first();
            request.setRawHeader(auth.first, auth.second);
            QNetworkReply* reply = nam.get(request);
            connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
            return reply;
        };
        QStringList failures;
        for (int i = 0; i < 30; ++i) {
            QNetworkReply* first = send(QStringLiteral("/dns/custom"));
            if (i % 3 == 0)
                QCoreApplication::processEvents();
            else if (i % 3 == 1)
                QTest::qWait(i % 10);
            else
                QSignalSpy(first, &QNetworkReply::encrypted).wait(200);
            first->abort();
            first->deleteLater();
            QNetworkReply* second = send(QStringLiteral("/system/version"));
            QSignalSpy done(second, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            const int status = second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                failures.append(QStringLiteral("round %1: %2 %3").arg(i).arg(status).arg(second->errorString()));
            second->deleteLater();
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_http.moc"
