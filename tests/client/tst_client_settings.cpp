// SettingsStore: keys and defaults from one table, box profiles round trip, no secret anywhere in the file.
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "SettingsStore.h"
#include "TestAgent.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestClientSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void profilesRoundTrip();
    void lastProfileReadBackFromFile();
    void fingerprintNormalization();
    void noSecretAfterLogin();

private:
    QTemporaryDir m_dir;
};

void TestClientSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestClientSettings::defaults()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.transferTimeoutMs(), 30000);
    QVERIFY(settings.longTransferTimeoutMs() > 630000); // longer than the box's own worker timeout
    QCOMPARE(settings.lastProfile(), QString());
    QVERIFY(settings.profiles().isEmpty());
    settings.setValue(SettingsStore::Key::TransferTimeoutMs, 5000);
    QCOMPARE(settings.transferTimeoutMs(), 5000);
    QCOMPARE(SettingsStore::keyName(SettingsStore::Key::LastProfile), QStringLiteral("session/lastProfile"));
}

void TestClientSettings::lastProfileReadBackFromFile()
{
    // What a restart reads: the file parsed afresh (a new path, so not QSettings' in-process cache of the file).
    const QString first = m_dir.filePath(QStringLiteral("last-1.ini"));
    {
        SettingsStore settings(first);
        settings.setLastProfile(QStringLiteral("Home"));
        settings.sync();
    }
    const QString second = m_dir.filePath(QStringLiteral("last-2.ini"));
    QVERIFY(QFile::copy(first, second));
    QCOMPARE(SettingsStore(second).lastProfile(), QStringLiteral("Home"));

    // A file written by an earlier version ([%General] lastProfile=…) still names the last box.
    const QString legacy = m_dir.filePath(QStringLiteral("last-legacy.ini"));
    QFile file(legacy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[%General]\nlastProfile=Work\n");
    file.close();
    SettingsStore old(legacy);
    QCOMPARE(old.lastProfile(), QStringLiteral("Work"));
    old.setLastProfile(QStringLiteral("Home"));
    QCOMPARE(old.lastProfile(), QStringLiteral("Home"));
}

void TestClientSettings::profilesRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
    {
        SettingsStore settings(path);
        BoxProfile a{QStringLiteral("Home"), QStringLiteral("https://box.example.com/admin"),
                     QStringLiteral("me@example.com"), QString(), true};
        BoxProfile b{QStringLiteral("Work"), QStringLiteral("https://mail.example.org/admin"),
                     QStringLiteral("admin@example.org"), QStringLiteral("AA:BB"), false};
        settings.saveProfile(a);
        settings.saveProfile(b);
        b.email = QStringLiteral("boss@example.org");
        settings.saveProfile(b); // replaces by name
        settings.setLastProfile(QStringLiteral("Work"));
        settings.sync();
    }
    SettingsStore settings(path);
    QCOMPARE(settings.profiles().size(), 2);
    QCOMPARE(settings.profile(QStringLiteral("Work")).email, QStringLiteral("boss@example.org"));
    QVERIFY(settings.profile(QStringLiteral("Home")).rememberPassword);
    QCOMPARE(settings.lastProfile(), QStringLiteral("Work"));
    settings.removeProfile(QStringLiteral("Home"));
    QCOMPARE(settings.profiles().size(), 1);
    QVERIFY(!settings.profile(QStringLiteral("Home")).isValid());
}

void TestClientSettings::fingerprintNormalization()
{
    const QString fp = QStringLiteral("aa bb cc dd ee ff 00 11 22 33 44 55 66 77 88 99 "
                                      "aa bb cc dd ee ff 00 11 22 33 44 55 66 77 88 99");
    QCOMPARE(CertTrustStore::normalizeFingerprint(fp),
             QStringLiteral(
                 "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99"));
    QVERIFY(CertTrustStore::normalizeFingerprint(QStringLiteral("AA:BB")).isEmpty());
    QVERIFY(CertTrustStore::normalizeFingerprint(QStringLiteral("zz")).isEmpty());
    CertTrustStore store;
    QSignalSpy changed(&store, &CertTrustStore::pinChanged);
    store.setPin(QStringLiteral("Box.Example.com:443"), fp);
    QVERIFY(store.hasPin(QStringLiteral("box.example.com:443")));
    store.setPin(QStringLiteral("box.example.com:443"), fp);
    QCOMPARE(changed.count(), 1);
    store.removePin(QStringLiteral("box.example.com:443"));
    QVERIFY(!store.hasPin(QStringLiteral("box.example.com:443")));
}

void TestClientSettings::noSecretAfterLogin()
{
    TestAgent agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("login.ini"));
    SettingsStore settings(path);
    CertTrustStore trust;
    trust.setPin(ApiClient::hostKey(agent.baseUrl()), agent.fingerprint());
    ApiClient client(agent.baseUrl(), &trust);
    client.setTransferTimeout(settings.transferTimeoutMs());
    AuthService auth(&client);
    QSignalSpy ok(&auth, &AuthService::loggedIn);
    auth.logIn(agent.adminEmail(), agent.adminPassword());
    QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 20000);
    const Session session = ok.first().first().value<Session>();
    BoxProfile profile{QStringLiteral("Demo"), agent.baseUrl().toString(), session.email, agent.fingerprint(), true};
    settings.saveProfile(profile);
    settings.setLastProfile(profile.name);
    settings.sync();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(agent.fingerprint().toLatin1()));
    QVERIFY(!content.contains(agent.adminPassword().toUtf8()));
    QVERIFY(!content.contains(session.apiKey.toLatin1()));
    for (const QByteArray& line : content.split('\n')) {
        const QByteArray key = line.split('=').first().split('\\').last().split('/').last().toLower();
        QVERIFY2(key != "password" && key != "apikey" && key != "api_key" && key != "secret" && key != "sessionkey",
                 line.constData());
    }
}

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_client_settings.moc"
