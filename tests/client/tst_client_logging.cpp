// The desktop's log against a live agent: every request logged (method, path, status, time), never the password,
// the session key, a TOTP code or a query; the file rotates at its limit, owner-only; the diagnostics text.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "Diagnostics.h"
#include "Logging.h"
#include "TestAgent.h"
#include "TestLogin.h"
#include "TextJob.h"
#include "UsersJob.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestClientLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestsLoggedWithoutSecrets();
    void rotation();
    void diagnosticsText();

private:
    Session logIn(ApiClient* client, AuthService* auth);
    QString logText() const;

    TestAgent m_agent;
    QTemporaryDir m_dir;
    QString m_log;
};

void TestClientLogging::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_log = m_dir.filePath(QStringLiteral("logs/boxkeeper.log"));
    QVERIFY(Logging::install(m_log));
}

void TestClientLogging::cleanupTestCase()
{
    Logging::uninstall();
}

QString TestClientLogging::logText() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Session TestClientLogging::logIn(ApiClient*, AuthService* auth)
{
    return TestLogin::logIn(auth, m_agent.adminEmail(), m_agent.adminPassword());
}

void TestClientLogging::requestsLoggedWithoutSecrets()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    const Session session = logIn(&client, &auth);
    QVERIFY(session.isValid());
    UsersJob* users = client.fetchUsers(); // carries ?format=json
    QSignalSpy done(users, &UsersJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    // A refused password: logged as a status, the password nowhere.
    const QString wrong = QStringLiteral("Wr0ng-Pa55word-%1").arg(QDateTime::currentMSecsSinceEpoch());
    AuthService other(&client);
    QSignalSpy otherFailed(&other, &AuthService::loginFailed);
    other.logIn(m_agent.adminEmail(), wrong);
    QTRY_VERIFY_WITH_TIMEOUT(!otherFailed.isEmpty(), 20000);
    auth.logOut();
    QTest::qWait(200);

    const QString text = logText();
    QVERIFY2(!text.isEmpty(), qPrintable(m_log));
    const QRegularExpression loginLine(QStringLiteral("INFO boxkeeper\\.net: POST /admin/login 200 \\d+ ms"));
    QVERIFY2(loginLine.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("GET /admin/mail/users 200 \\d+ ms"))), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("POST /admin/logout \\d{3} \\d+ ms"))));
    QVERIFY(text.contains(QLatin1String("boxkeeper.auth: Logged in as ") + m_agent.adminEmail()));
    // The box's capabilities: asked once per login.
    QCOMPARE(text.count(QLatin1String("GET /admin/boxkeeper/capabilities ")), 1);
    // Never a secret, a query or a header.
    QVERIFY(!text.contains(m_agent.adminPassword()));
    QVERIFY(!text.contains(wrong));
    QVERIFY(!text.contains(session.apiKey));
    QVERIFY(!text.contains(QLatin1String("format=json")));
    QVERIFY(!text.contains(QLatin1String("Basic ")));
    QVERIFY(!text.contains(QString::fromLatin1(ApiClient::basicAuthorization(session.email, session.apiKey))));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(m_log) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
#endif
}

void TestClientLogging::rotation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boxkeeper.log"));
    QVERIFY(Logging::install(path, 4096, 3));
    const QString filler(200, QLatin1Char('x'));
    for (int i = 0; i < 200; ++i) {
        qCInfo(lcUi, "line %d %s", i, qPrintable(filler));
    }
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path + QStringLiteral(".3")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".4")));
    QVERIFY(QFileInfo(path).size() <= 4096);
    QFile last(path);
    QVERIFY(last.open(QIODevice::ReadOnly));
    QVERIFY(last.readAll().contains("line 199 "));
    QCOMPARE(Logging::recentLines(5).size(), 5);
    QVERIFY(Logging::recentLines(1).constFirst().contains(QLatin1String("line 199 ")));
    QVERIFY(Logging::install(m_log)); // back to the test's log
}

void TestClientLogging::diagnosticsText()
{
    qCInfo(lcNet, "a line for the diagnostics");
    QUrl url = m_agent.baseUrl();
    url.setUserName(QStringLiteral("someone"));
    url.setPassword(QStringLiteral("Secret-In-Url"));
    const QString text = Diagnostics::text(url, QStringLiteral("offscreen"));
    QVERIFY(text.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
    QVERIFY(text.contains(QLatin1String("Platform: offscreen")));
    QVERIFY(text.contains(QLatin1String("Box: https://127.0.0.1:")));
    QVERIFY(!text.contains(QLatin1String("Secret-In-Url")));
    QVERIFY(!text.contains(QLatin1String("someone")));
    QVERIFY(text.contains(QLatin1String("a line for the diagnostics")));
    QVERIFY(text.split(QLatin1Char('\n')).size() <= Logging::recentCapacity + 10);
}

QTEST_GUILESS_MAIN(TestClientLogging)
#include "tst_client_logging.moc"
