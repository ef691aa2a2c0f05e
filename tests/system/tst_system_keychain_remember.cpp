// "Remember me" end to end with a real Secret Service: the login dialog stores the password in the keychain (never
// in the settings file), and the next start fills it in from the keychain and logs in with it.
#include "AppController.h"
#include "AuthService.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "dialogs/LoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSystemKeychainRemember : public QObject
{
    Q_OBJECT

private slots:
    void rememberThenRestart();
};

void TestSystemKeychainRemember::rememberThenRestart()
{
    QStandardPaths::setTestModeEnabled(true);
    TestAgent agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    const QString key = CredentialStore::keyFor(agent.baseUrl(), agent.adminEmail(), QStringLiteral("password"));
    {
        SettingsStore settings(settingsPath);
        CredentialStore credentials(QStringLiteral("BoxkeeperTest"), nullptr);
        QSignalSpy written(&credentials, &CredentialStore::secretWritten);
        AppController controller(&settings, &credentials);
        controller.start({agent.baseUrl().toString(), agent.adminEmail(), agent.fingerprint(), QString()});
        LoginDialog* dialog = controller.loginDialog();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), agent.adminPassword());
        dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QCOMPARE(written.first().first().toString(), key);
    }
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(agent.adminPassword().toUtf8()));

    // Next start: the password comes from the keychain.
    SettingsStore settings(settingsPath);
    QVERIFY(settings.profiles().value(0).rememberPassword);
    CredentialStore credentials(QStringLiteral("BoxkeeperTest"), nullptr);
    QSignalSpy read(&credentials, &CredentialStore::secretRead);
    AppController controller(&settings, &credentials);
    controller.start({});
    LoginDialog* dialog = controller.loginDialog();
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    QCOMPARE(dialog->password(), agent.adminPassword());
    QVERIFY(dialog->remember());
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), 20000);

    // Clean up the keychain entry.
    QSignalSpy removed(&credentials, &CredentialStore::secretRemoved);
    credentials.remove(key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
}

QTEST_MAIN(TestSystemKeychainRemember)
#include "tst_system_keychain_remember.moc"
