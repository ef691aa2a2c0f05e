// The box's capabilities (GET /admin/boxkeeper/capabilities, admin auth), fetched once per login into the Session,
// and the box's hostname when the agent does not say it: the address's host when that is a name, not an IP address.
#include "ApiClient.h"
#include "AuthService.h"
#include "BoxCapabilities.h"
#include "CertTrustStore.h"
#include "TestAgent.h"
#include "TestLogin.h"

#include <QSignalSpy>
#include <QTest>

class TestClientCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostnameFallback();
    void capabilitiesFromAgent();

private:
    Session logIn(ApiClient* client, AuthService* auth);

    TestAgent m_agent;
};

void TestClientCapabilities::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
}

Session TestClientCapabilities::logIn(ApiClient*, AuthService* auth)
{
    return TestLogin::logIn(auth, m_agent.adminEmail(), m_agent.adminPassword());
}

void TestClientCapabilities::hostnameFallback()
{
    Session none;
    QCOMPARE(BoxCapabilities::hostname(none, QUrl(QStringLiteral("https://box.example.com/admin"))),
             QStringLiteral("box.example.com"));
    QCOMPARE(BoxCapabilities::hostname(none, QUrl(QStringLiteral("https://127.0.0.1:8443/admin"))), QString());
    QCOMPARE(BoxCapabilities::hostname(none, QUrl(QStringLiteral("https://[::1]:8443/admin"))), QString());
    Session known;
    QVERIFY(BoxCapabilities::apply(R"({"product":"boxkeeper-agent","version":"0.1.0","upstream_version":"v75",)"
                                   R"("primary_hostname":"box.example.com","features":["a"]})",
                                   &known));
    QCOMPARE(BoxCapabilities::hostname(known, QUrl(QStringLiteral("https://127.0.0.1:8443/admin"))),
             QStringLiteral("box.example.com"));
    QCOMPARE(known.features, QStringList{QStringLiteral("a")});
    Session other;
    QVERIFY(!BoxCapabilities::apply(R"({"product":"something-else"})", &other));
    QVERIFY(!other.hasCapabilities);
    QVERIFY(!BoxCapabilities::apply("<html>Not Found</html>", &other));
}

void TestClientCapabilities::capabilitiesFromAgent()
{
    // The demo agent's box is box.example.com; it says so at GET /admin/boxkeeper/capabilities, fetched once per
    // login into the Session.
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    ApiClient client(m_agent.baseUrl(), &trust);
    AuthService auth(&client);
    const Session session = logIn(&client, &auth);
    QVERIFY(session.isValid());
    QVERIFY(session.hasCapabilities);
    QCOMPARE(session.primaryHostname, QStringLiteral("box.example.com"));
    QCOMPARE(session.agentVersion, QStringLiteral("0.1.0"));
    QCOMPARE(auth.session().primaryHostname, QStringLiteral("box.example.com"));
}

QTEST_GUILESS_MAIN(TestClientCapabilities)
#include "tst_client_capabilities.moc"
