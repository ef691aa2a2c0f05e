// MailService against a live agent over HTTPS: every call of the Users and Aliases pages with its typed result
// (users and aliases lists, the added user, the saved alias …), typed refusals (the box's text, the field it
// concerns), one change at a time, and the logged-in administrator's own account protected as in the control
// panel (no archiving, no removal of the admin privilege; nothing is sent).
#include "ApiClient.h"
#include "CertTrustStore.h"
#include "MailService.h"
#include "TestAgent.h"
#include "TestHttp.h"

#include <QSignalSpy>
#include <QTest>

class TestClientMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndUserChanges();
    void refusalsAreTyped();
    void ownAccountProtected();
    void aliases();

private:
    QByteArray get(const QString& path);

    TestAgent m_agent;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MailService> m_service;
};

void TestClientMail::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword()); // email:password works too
    m_service = std::make_unique<MailService>();
    m_service->setClient(m_client.get());
}

QByteArray TestClientMail::get(const QString& path)
{
    TestHttp http(m_agent.certificate());
    return http.get(m_agent.url(path), {TestHttp::basicAuth(m_agent.systemApiKey(), QString())}).body;
}

void TestClientMail::listsAndUserChanges()
{
    QSignalSpy loaded(m_service.get(), &MailService::usersLoaded);
    QVERIFY(m_service->fetchUsers());
    QVERIFY(m_service->isLoading());
    QVERIFY(!m_service->fetchUsers()); // one list call at a time
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 20000);
    QVERIFY(!m_service->isLoading());
    const MailUserList users = loaded.first().first().value<MailUserList>();
    QVERIFY(!users.isEmpty());
    QCOMPARE(users.first().users.first().email, m_agent.adminEmail());

    QSignalSpy added(m_service.get(), &MailService::userAdded);
    MailUser user;
    user.email = QStringLiteral("erin@example.com");
    user.quota = QStringLiteral("2g");
    QVERIFY(m_service->addUser(user, QStringLiteral("erin-password")));
    QVERIFY(m_service->isChanging());
    QVERIFY(!m_service->setQuota(user.email, QStringLiteral("1G"))); // one change at a time
    QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1, 20000);
    const MailUser stored = added.first().first().value<MailUser>();
    QCOMPARE(stored.email, user.email);
    QCOMPARE(stored.quota, QStringLiteral("2G"));
    QVERIFY(stored.active);

    QSignalSpy quota(m_service.get(), &MailService::quotaChanged);
    QVERIFY(m_service->setQuota(user.email, QStringLiteral("750m")));
    QTRY_VERIFY_WITH_TIMEOUT(quota.count() == 1, 20000);
    QCOMPARE(quota.first().at(1).toString(), QStringLiteral("750M"));
    QCOMPARE(get(QStringLiteral("/mail/users/quota?email=erin@example.com&text=1")), QByteArray("750M"));

    QSignalSpy admin(m_service.get(), &MailService::adminChanged);
    QVERIFY(m_service->setAdmin(user.email, true));
    QTRY_VERIFY_WITH_TIMEOUT(admin.count() == 1, 20000);
    QCOMPARE(get(QStringLiteral("/mail/users/privileges?email=erin@example.com")), QByteArray("admin"));

    QSignalSpy password(m_service.get(), &MailService::passwordChanged);
    QVERIFY(m_service->setPassword(user.email, QStringLiteral("erin-new-password")));
    QTRY_VERIFY_WITH_TIMEOUT(password.count() == 1, 20000);

    QSignalSpy archived(m_service.get(), &MailService::userArchived);
    QVERIFY(m_service->archiveUser(user.email));
    QTRY_VERIFY_WITH_TIMEOUT(archived.count() == 1, 20000);
    QCOMPARE(archived.first().first().toString(), user.email);
    QVERIFY(!get(QStringLiteral("/mail/users")).contains("erin@example.com"));
}

void TestClientMail::refusalsAreTyped()
{
    QSignalSpy added(m_service.get(), &MailService::userAdded);
    QSignalSpy failed(m_service.get(), &MailService::changeFailed);
    MailUser user;
    user.email = QStringLiteral("frank@example.com");
    QVERIFY(m_service->addUser(user, QStringLiteral("long enough pw")));
    QTRY_VERIFY_WITH_TIMEOUT(added.count() == 1, 20000);
    QVERIFY(m_service->addUser(user, QStringLiteral("long enough pw")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(failed.first().at(0).value<MailService::Change>(), MailService::Change::AddUser);
    QCOMPARE(failed.first().at(1).toString(), user.email);
    const ApiError error = failed.first().at(2).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverText, QStringLiteral("User already exists."));
    QCOMPARE(failed.first().at(3).value<MailValidation::Field>(), MailValidation::Field::Email);
    QVERIFY(!m_service->isChanging());
}

void TestClientMail::ownAccountProtected()
{
    QVERIFY(m_service->isOwnAccount(m_agent.adminEmail()));
    QVERIFY(!m_service->isOwnAccount(QStringLiteral("someone@example.com")));
    QSignalSpy failed(m_service.get(), &MailService::changeFailed);
    QVERIFY(!m_service->archiveUser(m_agent.adminEmail()));
    QVERIFY(!m_service->setAdmin(m_agent.adminEmail(), false));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(2).value<ApiError>().message, QStringLiteral("You cannot archive your own account."));
    QCOMPARE(failed.at(1).at(2).value<ApiError>().message,
             QStringLiteral("You cannot remove the admin privilege from yourself."));
    QVERIFY(!m_service->isChanging());
    QCOMPARE(get(QStringLiteral("/mail/users/privileges?email=%1").arg(m_agent.adminEmail())), QByteArray("admin"));
    QVERIFY(get(QStringLiteral("/mail/users")).contains(m_agent.adminEmail().toUtf8()));
}

void TestClientMail::aliases()
{
    QSignalSpy saved(m_service.get(), &MailService::aliasSaved);
    MailAlias alias;
    alias.address = QStringLiteral("Team@example.com");
    alias.forwardsTo = QStringList{m_agent.adminEmail()};
    QVERIFY(m_service->saveAlias(alias, false));
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
    QCOMPARE(saved.first().first().value<MailAlias>().address, QStringLiteral("team@example.com")); // as stored
    QCOMPARE(saved.first().at(1).toBool(), false);

    QSignalSpy loaded(m_service.get(), &MailService::aliasesLoaded);
    QVERIFY(m_service->fetchAliases());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 20000);
    bool found = false;
    for (const MailDomainAliases& domain : loaded.first().first().value<MailAliasList>()) {
        for (const MailAlias& a : domain.aliases) {
            found = found || a.address == QLatin1String("team@example.com");
        }
    }
    QVERIFY(found);

    QSignalSpy removed(m_service.get(), &MailService::aliasRemoved);
    QVERIFY(m_service->removeAlias(QStringLiteral("team@example.com")));
    QTRY_VERIFY_WITH_TIMEOUT(removed.count() == 1, 20000);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("team@example.com"));
}

QTEST_GUILESS_MAIN(TestClientMail)
#include "tst_client_mail.moc"
