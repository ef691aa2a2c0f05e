// With no keychain service (no D-Bus session bus): "remember me" cannot store the password; the app says so once,
// turns the option off, and the login goes on. Nothing secret lands in the settings file instead.
#include "AppController.h"
#include "Banner.h"
#include "CredentialStore.h"
#include "Logging.h"
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
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestGuiNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void rememberWithoutKeychain();
};

void TestGuiNoKeychain::rememberWithoutKeychain()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir logDir;
    QVERIFY(Logging::install(logDir.filePath(QStringLiteral("boxkeeper.log"))));
    TestAgent agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error));
    QTemporaryDir dir;
    SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore credentials(QStringLiteral("BoxkeeperTest"), nullptr);
    QSignalSpy unavailable(&credentials, &CredentialStore::backendUnavailable);
    AppController controller(&settings, &credentials);
    controller.start({agent.baseUrl().toString(), agent.adminEmail(), agent.fingerprint(), QString()});
    LoginDialog* dialog = controller.loginDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), agent.adminPassword());
    auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    remember->setChecked(true);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    MainWindow* window = controller.mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 30000);
    QVERIFY(credentials.isBackendMissing());
    // Said once, in plain translated words, in a notice the user can close (and that goes by itself); the
    // keychain's raw D-Bus text only in the log.
    Banner* notice = window->noticeBanner();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("asked each time")));
    for (const char* raw : {"D-Bus", "DBus", "org.freedesktop", "/nonexistent"}) {
        QVERIFY2(!notice->text().contains(QLatin1String(raw)), qPrintable(notice->text()));
    }
    QVERIFY(!window->statusBar()->currentMessage().contains(QLatin1String("keychain")));
    QVERIFY(!remember->isEnabled());
    QVERIFY(window->grab().save(QStringLiteral("main-window-no-keychain.png")));
    QVERIFY(notice->closeButton()->isVisible());
    notice->closeButton()->click();
    QVERIFY(!notice->isVisible());
    QVERIFY(
        Logging::recentLines().join(QLatin1Char('\n')).contains(QLatin1String("boxkeeper.keychain: Keychain call")));
    QCOMPARE(unavailable.count(), 1);

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(agent.adminPassword().toUtf8()));
    Logging::uninstall();
}

QTEST_MAIN(TestGuiNoKeychain)
#include "tst_gui_nokeychain.moc"
