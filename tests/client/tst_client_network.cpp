// Typed errors without a box: a server that never answers (timeout), a closed port (unreachable),
// cancellation, and the status → message mapping.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "LoginJob.h"
#include "UsersJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestClientNetwork : public QObject
{
    Q_OBJECT

private slots:
    void timeout();
    void unreachable();
    void cancel();
    void statusMessages();

private:
    static QUrl urlFor(quint16 port) { return QUrl(QStringLiteral("https://127.0.0.1:%1/admin").arg(port)); }
};

void TestClientNetwork::timeout()
{
    // Accepts connections and never says a word: no TLS handshake, no answer.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection()) {
            held.append(s);
        }
    });
    CertTrustStore trust;
    ApiClient client(urlFor(silent.serverPort()), &trust);
    client.setTransferTimeout(700);
    AuthService auth(&client);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    QElapsedTimer timer;
    timer.start();
    auth.logIn(QStringLiteral("admin@example.com"), QStringLiteral("password"));
    QVERIFY(auth.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("did not answer")), qPrintable(error.message));
    QVERIFY(timer.elapsed() >= 600);
    QVERIFY(timer.elapsed() < 8000);
    QVERIFY(!auth.isBusy());
    QVERIFY(!held.isEmpty());
    qDeleteAll(held);
}

void TestClientNetwork::unreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    CertTrustStore trust;
    ApiClient client(urlFor(port), &trust);
    AuthService auth(&client);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(QStringLiteral("admin@example.com"), QStringLiteral("password"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(QLatin1String("cannot be reached")), qPrintable(error.message));
}

void TestClientNetwork::cancel()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    CertTrustStore trust;
    ApiClient client(urlFor(silent.serverPort()), &trust);
    client.setTransferTimeout(20000);
    QPointer<UsersJob> job = client.fetchUsers();
    QSignalSpy failed(job.data(), &UsersJob::failed);
    QVERIFY(job->isRunning());
    QTest::qWait(100);
    job->abort();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(job.isNull()); // jobs delete themselves
}

void TestClientNetwork::statusMessages()
{
    QVERIFY(ApiError::messageForStatus(504).contains(QLatin1String("may still be running")));
    QCOMPARE(ApiError::messageForStatus(400, QStringLiteral("Invalid quota.")), QStringLiteral("Invalid quota."));
    QVERIFY(ApiError::messageForStatus(500, QStringLiteral("<html>boom</html>")).contains(QLatin1String("500")));
    QVERIFY(ApiError::messageForStatus(404).contains(QLatin1String("404")));
    QCOMPARE(ApiError::messageForReason(QStringLiteral("Incorrect email address or password.")),
             QStringLiteral("Incorrect email address or password."));
    QVERIFY(ApiError::messageForReason(QStringLiteral("invalid-totp-token")).contains(QLatin1String("code")));
    QCOMPARE(ApiError::messageForReason(QStringLiteral("Something new.")), QStringLiteral("Something new."));
    QVERIFY(ApiError::messageForReason(QStringLiteral("'ascii' codec can't decode byte 0xc3 in position 9: ordinal "
                                                      "not in range(128)"))
                .contains(QLatin1String("non-ASCII")));
    QCOMPARE(ApiClient::formEncode({{QStringLiteral("email"), QStringLiteral("a+b@example.com")},
                                    {QStringLiteral("password"), QStringLiteral("p&ss w=rd")}}),
             QByteArray("email=a%2Bb%40example.com&password=p%26ss%20w%3Drd"));
    QCOMPARE(ApiClient::basicAuthorization(QStringLiteral("ä@x"), QStringLiteral("pw")),
             QByteArray("Basic ") + QByteArray("\xc3\xa4@x:pw").toBase64());
}

QTEST_GUILESS_MAIN(TestClientNetwork)
#include "tst_client_network.moc"
