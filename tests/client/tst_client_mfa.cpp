// Login with two-factor authentication against a live agent: the test enrols TOTP through the API and computes
// the codes itself (RFC 6238), then checks: the code is asked for, a wrong code is refused, the right code logs in,
// and a replayed code is refused.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "TestAgent.h"
#include "TestHttp.h"
#include "TestTotp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using TestTotp::base32Decode;

namespace {
quint64 currentStep(int offset = 0)
{
    return TotpCode::currentStep() + quint64(qint64(offset));
}
} // namespace

class TestClientMfa : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totpVectors();
    void enrolThroughApi();
    void loginAsksForCode();
    void wrongCodeThenRightCode();
    void replayedCodeRefused();
    void cancelDuringTotpStep();

private:
    void startLogin(AuthService& auth);

    TestAgent m_agent;
    CertTrustStore m_trust;
    QByteArray m_key;
    QString m_usedCode;
};

void TestClientMfa::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
}

void TestClientMfa::totpVectors()
{
    // RFC 6238 appendix B, SHA-1 seed.
    const QByteArray seed("12345678901234567890");
    QCOMPARE(TotpCode::forStep(seed, 59 / 30, 8), QStringLiteral("94287082"));
    QCOMPARE(TotpCode::forStep(seed, 1111111109 / 30, 8), QStringLiteral("07081804"));
    QCOMPARE(TotpCode::forStep(seed, 20000000000ULL / 30, 8), QStringLiteral("65353130"));
    QCOMPARE(base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")), seed);
}

void TestClientMfa::enrolThroughApi()
{
    TestHttp http(m_agent.certificate());
    const auto auth = TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword());
    const TestHttp::Reply status = http.postForm(m_agent.url(QStringLiteral("/mfa/status")), {}, {auth});
    QVERIFY2(status.status == 200, status.body.constData());
    const QJsonObject root = QJsonDocument::fromJson(status.body).object();
    const QString secret = root.value(QLatin1String("new_mfa"))
                               .toObject()
                               .value(QLatin1String("totp"))
                               .toObject()
                               .value(QLatin1String("secret"))
                               .toString();
    QCOMPARE(secret.size(), 32);
    m_key = base32Decode(secret);
    const TestHttp::Reply enabled = http.postForm(m_agent.url(QStringLiteral("/mfa/totp/enable")),
                                                  {{QStringLiteral("secret"), secret},
                                                   {QStringLiteral("token"), TotpCode::forStep(m_key, currentStep())},
                                                   {QStringLiteral("label"), QStringLiteral("client test")}},
                                                  {auth});
    QVERIFY2(enabled.status == 200, enabled.body.constData());
    QCOMPARE(enabled.body, QByteArray("OK"));
}

void TestClientMfa::startLogin(AuthService& auth)
{
    QSignalSpy requested(&auth, &AuthService::totpRequested);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), m_agent.adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(requested.count() + failed.count() > 0, 20000);
    if (!failed.isEmpty()) {
        QFAIL(qPrintable(failed.first().first().value<ApiError>().message));
    }
    QVERIFY(auth.isWaitingForTotp());
    QVERIFY(!auth.isLoggedIn());
}

void TestClientMfa::loginAsksForCode()
{
    QVERIFY(!m_key.isEmpty());
    ApiClient client(m_agent.baseUrl(), &m_trust);
    AuthService auth(&client);
    startLogin(auth);
}

void TestClientMfa::wrongCodeThenRightCode()
{
    ApiClient client(m_agent.baseUrl(), &m_trust);
    AuthService auth(&client);
    startLogin(auth);

    QString wrong = TotpCode::forStep(m_key, currentStep());
    wrong[0] = QChar('0' + (wrong.at(0).digitValue() + 5) % 10);
    QSignalSpy rejected(&auth, &AuthService::totpRejected);
    QSignalSpy ok(&auth, &AuthService::loggedIn);
    auth.submitTotp(wrong);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
    QVERIFY2(rejected.first().first().toString().contains(QLatin1String("code")),
             qPrintable(rejected.first().first().toString()));
    QVERIFY(auth.isWaitingForTotp());

    // The current code may have been spent by the enrolment: the next step's code is inside the window too.
    for (int offset : {0, 1}) {
        const QString code = TotpCode::forStep(m_key, currentStep(offset));
        const int before = int(rejected.count());
        auth.submitTotp(code);
        QTRY_VERIFY_WITH_TIMEOUT(ok.count() == 1 || rejected.count() > before, 20000);
        if (ok.count() == 1) {
            m_usedCode = code;
            break;
        }
    }
    QCOMPARE(ok.count(), 1);
    const Session session = ok.first().first().value<Session>();
    QVERIFY(session.isValid());
    QVERIFY(session.isAdmin());
    QVERIFY(!auth.isWaitingForTotp());
}

void TestClientMfa::replayedCodeRefused()
{
    QVERIFY(!m_usedCode.isEmpty());
    ApiClient client(m_agent.baseUrl(), &m_trust);
    AuthService auth(&client);
    startLogin(auth);
    QSignalSpy rejected(&auth, &AuthService::totpRejected);
    QSignalSpy ok(&auth, &AuthService::loggedIn);
    auth.submitTotp(m_usedCode);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
    QCOMPARE(ok.count(), 0);
    QVERIFY(!auth.isLoggedIn());
}

void TestClientMfa::cancelDuringTotpStep()
{
    ApiClient client(m_agent.baseUrl(), &m_trust);
    AuthService auth(&client);
    startLogin(auth);
    auth.cancel();
    QVERIFY(!auth.isWaitingForTotp());
    QVERIFY(!auth.isBusy());
    auth.submitTotp(QStringLiteral("123456")); // ignored: no step waits
    QVERIFY(!auth.isBusy());
}

QTEST_GUILESS_MAIN(TestClientMfa)
#include "tst_client_mfa.moc"
