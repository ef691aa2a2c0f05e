// The client core logs into a live agent over TLS: pinned certificate, trust on first use, changed certificate,
// wrong password, users into the model, session revoked.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "CertificateTrust.h"
#include "TestAgent.h"
#include "TestHttp.h"
#include "TextJob.h"
#include "UsersJob.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

class TestClientLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginWithPinnedFingerprint();
    void wrongFingerprintRefused();
    void untrustedThenPinnedThenAccepted();
    void wrongPassword();
    void emptyPassword();
    void usersIntoModel();
    void sessionRevokedByPasswordChange();
    void logoutForgetsSession();
    void normalizeBaseUrl();
    void caValidAcceptedWithoutPin();

private:
    Session logIn(ApiClient& client, AuthService& auth, const QString& password);

    TestAgent m_agent;
};

void TestClientLogin::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY(!m_agent.fingerprint().isEmpty());
}

Session TestClientLogin::logIn(ApiClient&, AuthService& auth, const QString& password)
{
    QSignalSpy ok(&auth, &AuthService::loggedIn);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), password);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.count() + failed.count() > 0, 20000); }();
    if (!failed.isEmpty()) {
        qWarning() << "login failed:" << failed.first().first().value<ApiError>().message;
        return {};
    }
    return ok.first().first().value<Session>();
}

void TestClientLogin::loginWithPinnedFingerprint()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy trustSpy(&client, &ApiClient::trustRequired);
    const Session session = logIn(client, auth, m_agent.adminPassword());
    QVERIFY(session.isValid());
    QCOMPARE(session.email, m_agent.adminEmail());
    QVERIFY(session.isAdmin());
    QCOMPARE(session.apiKey.size(), 64);
    QVERIFY(auth.isLoggedIn());
    QVERIFY(client.hasSession());
    QCOMPARE(trustSpy.count(), 0);
}

void TestClientLogin::wrongFingerprintRefused()
{
    const QString wrong = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                         "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), wrong);
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy changed(&client, &ApiClient::certificateChanged);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), m_agent.adminPassword());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.tlsProblem, ApiError::TlsProblem::Changed);
    QCOMPARE(error.pinnedFingerprint, wrong);
    QCOMPARE(error.presentedFingerprint, m_agent.fingerprint());
    QVERIFY2(error.message.contains(wrong) && error.message.contains(m_agent.fingerprint()), qPrintable(error.message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), wrong);
    QCOMPARE(changed.first().at(2).toString(), m_agent.fingerprint());
    QVERIFY(!auth.isLoggedIn());
    // The pin was not silently replaced.
    QCOMPARE(trust.pin(ApiClient::hostKey(m_agent.baseUrl())), wrong);
}

void TestClientLogin::untrustedThenPinnedThenAccepted()
{
    CertTrustStore trust;
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy required(&client, &ApiClient::trustRequired);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), m_agent.adminPassword());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.tlsProblem, ApiError::TlsProblem::Untrusted);
    QCOMPARE(required.count(), 1);
    const QString host = required.first().at(0).toString();
    const auto chain = required.first().at(1).value<QList<QSslCertificate>>();
    const auto errors = required.first().at(2).value<QList<QSslError>>();
    QCOMPARE(host, ApiClient::hostKey(m_agent.baseUrl()));
    QVERIFY(!chain.isEmpty());
    QVERIFY(!errors.isEmpty());
    QCOMPARE(CertificateTrust::fingerprint(chain.first()), m_agent.fingerprint());

    // The user trusts it: pin and retry.
    trust.setPin(host, CertificateTrust::fingerprint(chain.first()));
    const Session session = logIn(client, auth, m_agent.adminPassword());
    QVERIFY(session.isValid());
    QCOMPARE(required.count(), 1);
}

void TestClientLogin::wrongPassword()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), QStringLiteral("not the password"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.reason, QStringLiteral("Incorrect email address or password."));
    QCOMPARE(error.message, QStringLiteral("Incorrect email address or password."));
    QVERIFY(!auth.isLoggedIn());
}

void TestClientLogin::emptyPassword()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy failed(&auth, &AuthService::loginFailed);
    auth.logIn(m_agent.adminEmail(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.reason, QStringLiteral("Enter a password."));
}

void TestClientLogin::usersIntoModel()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QVERIFY(logIn(client, auth, m_agent.adminPassword()).isValid());

    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UsersJob* job = client.fetchUsers();
    QSignalSpy done(job, &UsersJob::finished);
    QSignalSpy failed(job, &UsersJob::failed);
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 20000);
    if (!failed.isEmpty()) {
        QFAIL(qPrintable(failed.first().first().value<ApiError>().message));
    }
    const MailUserList domains = done.first().first().value<MailUserList>();
    QVERIFY(!domains.isEmpty());
    model.setUsers(domains);
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.userCount() >= 1);
    const QString domain = m_agent.adminEmail().section(QLatin1Char('@'), 1);
    QModelIndex group;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, UsersModel::AddressColumn).data().toString() == domain) {
            group = model.index(r, 0);
        }
    }
    QVERIFY2(group.isValid(), "the admin's domain is a group");
    QVERIFY(group.data(UsersModel::IsGroupRole).toBool());
    bool found = false;
    for (int r = 0; r < model.rowCount(group); ++r) {
        const QModelIndex user = model.index(r, UsersModel::AddressColumn, group);
        if (user.data().toString() == m_agent.adminEmail()) {
            found = true;
            QVERIFY(user.data(UsersModel::IsAdminRole).toBool());
            QCOMPARE(model.index(r, UsersModel::StatusColumn, group).data().toString(), QStringLiteral("active"));
            QCOMPARE(model.index(r, UsersModel::PrivilegesColumn, group).data().toString(),
                     QStringLiteral("Administrator"));
        }
    }
    QVERIFY(found);
    QCOMPARE(model.headerData(UsersModel::AddressColumn, Qt::Horizontal).toString(), QStringLiteral("Email address"));
    // Filled again: still a valid model.
    model.setUsers(domains);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestClientLogin::sessionRevokedByPasswordChange()
{
    // A second user, so the admin's password (used by the other tests) stays.
    TestHttp http(m_agent.certificate());
    const auto adminAuth = TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword());
    const QString domain = m_agent.adminEmail().section(QLatin1Char('@'), 1);
    const QString email = QStringLiteral("revoked@") + domain;
    TestHttp::Reply added = http.postForm(m_agent.url(QStringLiteral("/mail/users/add")),
                                          {{QStringLiteral("email"), email},
                                           {QStringLiteral("password"), QStringLiteral("first-password-1")},
                                           {QStringLiteral("privileges"), QStringLiteral("admin")}},
                                          {adminAuth});
    QVERIFY2(added.status == 200, added.body.constData());

    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy ok(&auth, &AuthService::loggedIn);
    auth.logIn(email, QStringLiteral("first-password-1"));
    QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 20000);

    TestHttp::Reply changed = http.postForm(
        m_agent.url(QStringLiteral("/mail/users/password")),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("second-password-2")}},
        {adminAuth});
    QVERIFY2(changed.status == 200, changed.body.constData());

    QSignalSpy expired(&auth, &AuthService::sessionExpired);
    QSignalSpy clientExpired(&client, &ApiClient::sessionExpired);
    UsersJob* job = client.fetchUsers();
    QSignalSpy failed(job, &UsersJob::failed);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(clientExpired.count(), 1);
    QVERIFY(!auth.isLoggedIn());
    QVERIFY(!client.hasSession());

    // Back to login: the new password works.
    QSignalSpy again(&auth, &AuthService::loggedIn);
    auth.logIn(email, QStringLiteral("second-password-2"));
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 20000);
}

void TestClientLogin::logoutForgetsSession()
{
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    const Session session = logIn(client, auth, m_agent.adminPassword());
    QVERIFY(session.isValid());
    QSignalSpy out(&auth, &AuthService::loggedOut);
    auth.logOut();
    QCOMPARE(out.count(), 1);
    QVERIFY(!auth.isLoggedIn());
    QVERIFY(!client.hasSession());

    // The box deleted the key: using it now is refused.
    TestHttp http(m_agent.certificate());
    QTRY_VERIFY_WITH_TIMEOUT(
        http.get(m_agent.url(QStringLiteral("/mail/users")), {TestHttp::basicAuth(session.email, session.apiKey)})
                .status == 401,
        10000);
}

void TestClientLogin::normalizeBaseUrl()
{
    QCOMPARE(ApiClient::normalizeBaseUrl(QStringLiteral("box.example.com")),
             QUrl(QStringLiteral("https://box.example.com/admin")));
    QCOMPARE(ApiClient::normalizeBaseUrl(QStringLiteral("https://box.example.com/admin/")),
             QUrl(QStringLiteral("https://box.example.com/admin")));
    QCOMPARE(ApiClient::normalizeBaseUrl(QStringLiteral("https://127.0.0.1:8443/admin")),
             QUrl(QStringLiteral("https://127.0.0.1:8443/admin")));
    QVERIFY(ApiClient::normalizeBaseUrl(QStringLiteral("http://box.example.com/admin")).isEmpty());
    QVERIFY(ApiClient::normalizeBaseUrl(QString()).isEmpty());
    QCOMPARE(ApiClient::hostKey(QUrl(QStringLiteral("https://Box.Example.com/admin"))),
             QStringLiteral("box.example.com:443"));
}

void TestClientLogin::caValidAcceptedWithoutPin()
{
    // Trust the box's certificate as an authority (as if a CA had signed it): no pin, no prompt, no ignored error.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration config = saved;
    config.addCaCertificate(m_agent.certificate());
    QSslConfiguration::setDefaultConfiguration(config);
    CertTrustStore trust;
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    QSignalSpy required(&client, &ApiClient::trustRequired);
    const Session session = logIn(client, auth, m_agent.adminPassword());
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY(session.isValid());
    QCOMPARE(required.count(), 0);
    QVERIFY(!trust.hasPin(ApiClient::hostKey(m_agent.baseUrl())));
}

QTEST_GUILESS_MAIN(TestClientLogin)
#include "tst_client_login.moc"
