// The whole login path through the widgets, offscreen, against a live agent: login dialog → Users page,
// certificate trust on first use, changed certificate, wrong password, session revoked, log out.
#include "AppController.h"
#include "AuthService.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "TestHttp.h"
#include "UsersModel.h"
#include "dialogs/CertificateChangedDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "dialogs/SslTrustDialog.h"
#include "pages/TwoFactorPage.h"
#include "pages/UsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestGuiLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginShowsUsers();
    void wrongPasswordShownInline();
    void trustOnFirstUse();
    void changedCertificateRefused();
    void sessionRevokedBackToLogin();
    void nonAdminSeesUserPages();
    void switchBox();
    void manageBoxes();
    void unreachableTimeoutAndCancel();

private:
    void typePasswordAndLogIn(const QString& password);
    static void save(QWidget* widget, const QString& name);

    TestAgent m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AppController> m_controller;
    int m_run = 0;
};

void TestGuiLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestGuiLogin::init()
{
    m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_run)));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr);
    m_controller = std::make_unique<AppController>(m_settings.get(), m_credentials.get());
}

void TestGuiLogin::cleanup()
{
    m_controller.reset();
    m_credentials.reset();
    m_settings.reset();
}

void TestGuiLogin::save(QWidget* widget, const QString& name)
{
    QVERIFY(widget->grab().save(name + QStringLiteral(".png")));
}

void TestGuiLogin::typePasswordAndLogIn(const QString& password)
{
    LoginDialog* dialog = m_controller->loginDialog();
    auto* passwordEdit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QVERIFY(passwordEdit);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestGuiLogin::loginShowsUsers()
{
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    LoginDialog* dialog = m_controller->loginDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->url(), m_agent.baseUrl().toString());
    QCOMPARE(dialog->email(), m_agent.adminEmail());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("certificateLabel"))->text().contains(m_agent.fingerprint()));
    typePasswordAndLogIn(m_agent.adminPassword());
    save(dialog, QStringLiteral("login-dialog-busy"));

    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QVERIFY(!dialog->isVisible());
    QVERIFY(window->windowTitle().contains(m_agent.adminEmail()));
    QCOMPARE(window->currentPage(), QStringLiteral("users"));
    UsersPage* page = window->usersPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->userCount() > 0, 20000);
    QTreeView* view = page->findChild<QTreeView*>(QStringLiteral("usersTreeView"));
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    const QModelIndex group = view->model()->index(0, 0);
    QVERIFY(view->model()->rowCount(group) > 0);
    bool found = false;
    for (int r = 0; r < view->model()->rowCount(group); ++r) {
        found = found || view->model()->index(r, 0, group).data().toString() == m_agent.adminEmail();
    }
    QVERIFY(found);
    QVERIFY(view->isExpanded(group));

    // The filter narrows the rows; groups without a match disappear.
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("no-such-user"));
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
    QVERIFY(view->model()->rowCount() > 0);
    save(window, QStringLiteral("main-window-users"));

    // Every page of the panel's menu exists, and the System, API Tokens and Audit Log pages beside them.
    QStringList ids = window->pageIds();
    ids.sort();
    QCOMPARE(ids, QStringList({"aliases", "audit", "backup", "boxes", "custom-dns", "external-dns", "instructions",
                               "mfa", "monitoring", "status", "sync", "system", "tls", "tokens", "users", "web"}));
    QVERIFY(window->showPage(QStringLiteral("users")));

    // Nothing secret in the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(m_agent.fingerprint().toLatin1()));
    QVERIFY(!content.contains(m_agent.adminPassword().toUtf8()));
    QVERIFY(!content.contains(m_controller->auth()->session().apiKey.toLatin1()));

    // Log out: back to the login dialog.
    QAction* logOut = window->findChild<QAction*>(QStringLiteral("logOutAction"));
    QVERIFY(logOut);
    logOut->trigger();
    QVERIFY(!window->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_controller->auth()->isLoggedIn());
}

void TestGuiLogin::wrongPasswordShownInline()
{
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    LoginDialog* dialog = m_controller->loginDialog();
    typePasswordAndLogIn(QStringLiteral("wrong password"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->message(), QStringLiteral("Incorrect email address or password."), 20000);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_controller->mainWindow()->isVisible());
    save(dialog, QStringLiteral("login-dialog-wrong-password"));
}

void TestGuiLogin::trustOnFirstUse()
{
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), QString(), QString()});
    typePasswordAndLogIn(m_agent.adminPassword());
    SslTrustDialog* trust = m_controller->trustDialog();
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 20000);
    QCOMPARE(trust->fingerprint(), m_agent.fingerprint());
    auto* fingerprintLabel = trust->findChild<QLabel*>(QStringLiteral("fingerprintValueLabel"));
    QCOMPARE(fingerprintLabel->text(), m_agent.fingerprint());
    auto* buttons = trust->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    save(trust, QStringLiteral("ssl-trust-dialog"));
    auto* confirm = trust->findChild<QCheckBox*>(QStringLiteral("trustCheckBox"));
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(5, confirm->height() / 2));
    QVERIFY(confirm->isChecked());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow()->isVisible(), 20000);
    // The pin is part of the box's profile now.
    const BoxProfile profile = m_settings->profile(m_controller->currentProfileName());
    QCOMPARE(profile.fingerprint, m_agent.fingerprint());
}

void TestGuiLogin::changedCertificateRefused()
{
    const QString wrong = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                         "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), wrong, QString()});
    typePasswordAndLogIn(m_agent.adminPassword());
    CertificateChangedDialog* warning = m_controller->certificateChangedDialog();
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 20000);
    QCOMPARE(warning->findChild<QLabel*>(QStringLiteral("pinnedValueLabel"))->text(), wrong);
    QCOMPARE(warning->findChild<QLabel*>(QStringLiteral("presentedValueLabel"))->text(), m_agent.fingerprint());
    auto* buttons = warning->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    LoginDialog* dialog = m_controller->loginDialog();
    QTRY_VERIFY(dialog->message().contains(wrong));
    QVERIFY(dialog->message().contains(m_agent.fingerprint()));
    save(warning, QStringLiteral("certificate-changed-dialog"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!warning->isVisible());
    QVERIFY(!m_controller->mainWindow()->isVisible());
    // Still pinned to the old fingerprint: never replaced silently.
    QCOMPARE(m_settings->profile(m_controller->currentProfileName()).fingerprint, wrong);

    // The user knows the certificate was replaced: re-pin explicitly, and the login goes through.
    typePasswordAndLogIn(m_agent.adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 20000);
    warning->findChild<QCheckBox*>(QStringLiteral("repinCheckBox"))->setChecked(true);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow()->isVisible(), 20000);
    QCOMPARE(m_settings->profile(m_controller->currentProfileName()).fingerprint, m_agent.fingerprint());
}

void TestGuiLogin::sessionRevokedBackToLogin()
{
    TestHttp http(m_agent.certificate());
    const QString domain = m_agent.adminEmail().section(QLatin1Char('@'), 1);
    const QString email = QStringLiteral("gui-revoked@") + domain;
    const auto adminAuth = TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword());
    const TestHttp::Reply added = http.postForm(m_agent.url(QStringLiteral("/mail/users/add")),
                                                {{QStringLiteral("email"), email},
                                                 {QStringLiteral("password"), QStringLiteral("first-password-1")},
                                                 {QStringLiteral("privileges"), QStringLiteral("admin")}},
                                                {adminAuth});
    QVERIFY2(added.status == 200, added.body.constData());

    m_controller->start({m_agent.baseUrl().toString(), email, m_agent.fingerprint(), QString()});
    typePasswordAndLogIn(QStringLiteral("first-password-1"));
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersPage()->model()->userCount() > 0, 20000);

    const TestHttp::Reply changed = http.postForm(
        m_agent.url(QStringLiteral("/mail/users/password")),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("second-password-2")}},
        {adminAuth});
    QVERIFY2(changed.status == 200, changed.body.constData());

    window->usersPage()->refresh();
    LoginDialog* dialog = m_controller->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 20000);
    QVERIFY(dialog->message().contains(QLatin1String("session")));
    QCOMPARE(window->currentPage(), QStringLiteral("users")); // the page is kept
    save(dialog, QStringLiteral("login-dialog-session-ended"));

    typePasswordAndLogIn(QStringLiteral("second-password-2"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentPage(), QStringLiteral("users"));
    QTRY_VERIFY_WITH_TIMEOUT(window->usersPage()->model()->userCount() > 0, 20000);
}

void TestGuiLogin::nonAdminSeesUserPages()
{
    TestHttp http(m_agent.certificate());
    const QString email = QStringLiteral("plain@") + m_agent.adminEmail().section(QLatin1Char('@'), 1);
    const TestHttp::Reply added = http.postForm(
        m_agent.url(QStringLiteral("/mail/users/add")),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("plain-password-1")}},
        {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
    QVERIFY2(added.status == 200, added.body.constData());

    m_controller->start({m_agent.baseUrl().toString(), email, m_agent.fingerprint(), QString()});
    typePasswordAndLogIn(QStringLiteral("plain-password-1"));
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QVERIFY(!m_controller->auth()->session().isAdmin());
    QCOMPARE(window->currentPage(), QStringLiteral("instructions"));
    for (const QString& id : window->pageIds()) {
        const bool forUsers = id == QLatin1String("instructions") || id == QLatin1String("mfa") ||
                              id == QLatin1String("sync") || id == QLatin1String("boxes");
        QCOMPARE(window->isPageAvailable(id), forUsers);
    }
    QVERIFY(!window->showPage(QStringLiteral("users")));
    QCOMPARE(window->usersPage()->model()->userCount(), 0); // never fetched: the box would refuse it
    // Two-factor is managed through admin-only calls on the box: the page says so instead of failing.
    QVERIFY(window->showPage(QStringLiteral("mfa")));
    QVERIFY(window->twoFactorPage()->statusText().contains(QLatin1String("administrator")));
    QVERIFY(!window->twoFactorPage()->isBusy());
    QVERIFY(window->isVisible());
    save(window, QStringLiteral("main-window-non-admin"));
}

void TestGuiLogin::switchBox()
{
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    typePasswordAndLogIn(m_agent.adminPassword());
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    const QString profileName = m_controller->currentProfileName();
    QCOMPARE(m_settings->lastProfile(), profileName);

    window->findChild<QAction*>(QStringLiteral("switchBoxAction"))->trigger();
    LoginDialog* dialog = m_controller->loginDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(!window->isVisible());
    QVERIFY(!m_controller->auth()->isLoggedIn());
    QCOMPARE(dialog->profileName(), profileName);
    QCOMPARE(dialog->url(), m_agent.baseUrl().toString());

    // A second start on the same settings opens the last box.
    AppController second(m_settings.get(), m_credentials.get());
    second.start({});
    QCOMPARE(second.loginDialog()->profileName(), profileName);
    QCOMPARE(second.loginDialog()->email(), m_agent.adminEmail());
}

void TestGuiLogin::manageBoxes()
{
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    LoginDialog* dialog = m_controller->loginDialog();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("manageProfilesButton")), Qt::LeftButton);
    ProfilesDialog* profiles = m_controller->profilesDialog();
    QVERIFY(profiles->isVisible());
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* name = profiles->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    name->setText(QStringLiteral("Office"));
    profiles->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->setText(QStringLiteral("mail.example.org"));
    profiles->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("me@example.org"));
    QTest::mouseClick(
        profiles->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QVERIFY(!profiles->isVisible());
    const BoxProfile office = m_settings->profile(QStringLiteral("Office"));
    QVERIFY(office.isValid());
    QCOMPARE(office.url, QStringLiteral("https://mail.example.org/admin"));
    QCOMPARE(m_settings->profiles().size(), 2);
    // The new box can be chosen in the login dialog.
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    const int index = combo->findData(QStringLiteral("Office"));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(dialog->url(), QStringLiteral("https://mail.example.org/admin"));
    QCOMPARE(dialog->email(), QStringLiteral("me@example.org"));
}

void TestGuiLogin::unreachableTimeoutAndCancel()
{
    m_settings->setValue(SettingsStore::Key::TransferTimeoutMs, 700);
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString closedUrl = QStringLiteral("https://127.0.0.1:%1/admin").arg(closedPort);
    m_controller->start({closedUrl, m_agent.adminEmail(), QString(), QString()});
    LoginDialog* dialog = m_controller->loginDialog();
    typePasswordAndLogIn(QStringLiteral("whatever"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QLatin1String("cannot be reached")), 10000);
    QVERIFY(!dialog->isBusy());
    save(dialog, QStringLiteral("login-dialog-unreachable"));

    // A box that accepts the connection and never answers: a timeout, the window stays responsive.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    dialog->setProfiles({}, QString());
    dialog->setUrl(QStringLiteral("https://127.0.0.1:%1/admin").arg(silent.serverPort()));
    typePasswordAndLogIn(QStringLiteral("whatever"));
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(QLatin1String("did not answer")), 10000);
    QVERIFY(!dialog->isBusy());
    save(dialog, QStringLiteral("login-dialog-timeout"));

    // Cancel while waiting: the login stops, the dialog stays.
    m_settings->setValue(SettingsStore::Key::TransferTimeoutMs, 30000);
    typePasswordAndLogIn(QStringLiteral("whatever"));
    QVERIFY(dialog->isBusy());
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_controller->auth()->isBusy());
    QCOMPARE(dialog->message(), QStringLiteral("Login cancelled."));
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
