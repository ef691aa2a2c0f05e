// The Users page against a live agent: add (with the password policy shown and a server refusal placed at the
// address field), set password, make and remove administrator, set quota, archive after the confirmation; each
// change checked through the API afterwards and in the rows (updated in place, no reset). Copy address,
// shortcuts, the context menu's actions. Screenshots in the working directory.
#include "AuthService.h"
#include "GuiSession.h"
#include "UsersModel.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/UserValueDialog.h"
#include "pages/UsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

class TestGuiUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageShowsUsers();
    void addUserPolicyAndServerError();
    void addUser();
    void setPassword();
    void toggleAdmin();
    void setQuota();
    void ownRowProtected();
    void archive();
    void archivedSectionSaysWhatIsKept();
    void copyAndShortcuts();
    void emptyFilterState();
    void apiTab();
    void ownPasswordKeepsSession();

private:
    void clickOk(QDialog* dialog);
    QAction* action(const QString& name) const;

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    UsersPage* m_page = nullptr;
};

void TestGuiUsers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QCOMPARE(m_api->addUser(QStringLiteral("carol@example.com"), QStringLiteral("carol-pass-1")), 200);
    // A mailbox folder without a user, as a removed user who had mail leaves behind.
    QVERIFY(QDir().mkpath(m_agent.storageRoot() + QStringLiteral("/mail/mailboxes/example.com/erin")));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->usersPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->userCount() >= 2, 20000);
}

void TestGuiUsers::cleanupTestCase()
{
    m_session.reset();
}

QAction* TestGuiUsers::action(const QString& name) const
{
    return m_page->findChild<QAction*>(name);
}

void TestGuiUsers::clickOk(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

void TestGuiUsers::pageShowsUsers()
{
    QVERIFY(m_page->model()->indexOfUser(m_agent.adminEmail()).isValid());
    QVERIFY(m_page->model()->indexOfUser(QStringLiteral("carol@example.com")).isValid());
    const QModelIndex admin = m_page->model()->indexOfUser(m_agent.adminEmail());
    QCOMPARE(admin.siblingAtColumn(UsersModel::PrivilegesColumn).data().toString(), QStringLiteral("Administrator"));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page.png")));
}

void TestGuiUsers::addUserPolicyAndServerError()
{
    action(QStringLiteral("addUserAction"))->trigger();
    AddUserDialog* dialog = m_page->addDialog();
    QVERIFY(dialog->isVisible());
    // The policy is on screen before submitting.
    auto* policy = dialog->findChild<QLabel*>(QStringLiteral("policyLabel"));
    QVERIFY(policy->text().contains(QLatin1String("eight")));
    // Client-side checks first: nothing is sent.
    dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("Bad@Example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("short"));
    clickOk(dialog);
    QVERIFY(!dialog->fieldError(MailValidation::Field::Email).isEmpty());
    QVERIFY(!dialog->fieldError(MailValidation::Field::Password).isEmpty());
    QVERIFY(!m_page->isChanging());
    QVERIFY(dialog->grab().save(QStringLiteral("add-user-dialog-errors.png")));
    // A refusal only the box can make ("User already exists.") lands at the address field.
    dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("carol@example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("long enough pw"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(MailValidation::Field::Email).isEmpty(), 20000);
    QCOMPARE(dialog->fieldError(MailValidation::Field::Email), QStringLiteral("User already exists."));
    QVERIFY(dialog->fieldError(MailValidation::Field::Password).isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->grab().save(QStringLiteral("add-user-dialog-server-error.png")));
    dialog->reject();
}

void TestGuiUsers::addUser()
{
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    action(QStringLiteral("addUserAction"))->trigger();
    AddUserDialog* dialog = m_page->addDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("dave@example.org"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("dave-password"));
    dialog->findChild<QCheckBox*>(QStringLiteral("adminCheckBox"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("quotaLineEdit"))->setText(QStringLiteral("2G"));
    QVERIFY(dialog->grab().save(QStringLiteral("add-user-dialog.png")));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    const QJsonObject user = m_api->user(QStringLiteral("dave@example.org"));
    QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(user.value(QLatin1String("quota")).toString(), QStringLiteral("2G"));
    QCOMPARE(user.value(QLatin1String("privileges")).toArray().first().toString(), QStringLiteral("admin"));
    QVERIFY(m_api->passwordWorks(QStringLiteral("dave@example.org"), QStringLiteral("dave-password")));
    // The row was inserted in place under a new domain group, and is current.
    QVERIFY(m_page->model()->indexOfUser(QStringLiteral("dave@example.org")).isValid());
    QCOMPARE(m_page->currentEmail(), QStringLiteral("dave@example.org"));
    QCOMPARE(resets.count(), 0);
}

void TestGuiUsers::setPassword()
{
    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    action(QStringLiteral("setPasswordAction"))->trigger();
    UserValueDialog* dialog = m_page->valueDialog();
    QVERIFY(dialog->isVisible());
    auto* value = dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    value->setText(QStringLiteral("1234567")); // seven: refused before sending
    clickOk(dialog);
    QVERIFY(!dialog->errorText().isEmpty());
    value->setText(QStringLiteral("carol-new-password"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QVERIFY(m_api->passwordWorks(QStringLiteral("carol@example.com"), QStringLiteral("carol-new-password")));
    QVERIFY(!m_api->passwordWorks(QStringLiteral("carol@example.com"), QStringLiteral("carol-pass-1")));
}

void TestGuiUsers::toggleAdmin()
{
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    QAction* toggle = action(QStringLiteral("toggleAdminAction"));
    QVERIFY(toggle->text().contains(QLatin1String("Make")));
    toggle->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChanging(), 20000);
    QCOMPARE(m_api->get(QStringLiteral("/mail/users/privileges?email=carol@example.com")).body, QByteArray("admin"));
    QVERIFY(m_page->model()->indexOfUser(QStringLiteral("carol@example.com")).data(UsersModel::IsAdminRole).toBool());
    QVERIFY(toggle->text().contains(QLatin1String("Remove")));
    // Removing the privilege is asked first, with the verb on the button; Cancel changes nothing.
    toggle->trigger();
    QMessageBox* box = m_page->findChild<QMessageBox*>(QStringLiteral("removeAdminConfirmation"));
    QTRY_VERIFY(box && box->isVisible());
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Remove privilege"));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_page->isChanging());
    QCOMPARE(m_api->get(QStringLiteral("/mail/users/privileges?email=carol@example.com")).body, QByteArray("admin"));
    toggle->trigger();
    box = m_page->findChild<QMessageBox*>(QStringLiteral("removeAdminConfirmation"));
    QTRY_VERIFY(box && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChanging(), 20000);
    QCOMPARE(m_api->get(QStringLiteral("/mail/users/privileges?email=carol@example.com")).body, QByteArray());
    QVERIFY(!m_page->model()->indexOfUser(QStringLiteral("carol@example.com")).data(UsersModel::IsAdminRole).toBool());
    QCOMPARE(resets.count(), 0);
}

void TestGuiUsers::setQuota()
{
    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    action(QStringLiteral("setQuotaAction"))->trigger();
    UserValueDialog* dialog = m_page->valueDialog();
    auto* value = dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    QCOMPARE(value->text(), QStringLiteral("0"));
    value->setText(QStringLiteral("1.5G"));
    clickOk(dialog);
    QVERIFY(!dialog->errorText().isEmpty()); // decimal point: refused here
    value->setText(QStringLiteral("750m"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    QCOMPARE(m_api->get(QStringLiteral("/mail/users/quota?email=carol@example.com&text=1")).body, QByteArray("750M"));
    const QModelIndex row = m_page->model()->indexOfUser(QStringLiteral("carol@example.com"));
    QCOMPARE(row.siblingAtColumn(UsersModel::QuotaColumn).data().toString(), QStringLiteral("750M"));
}

void TestGuiUsers::ownRowProtected()
{
    // As the box's control panel: the logged-in administrator cannot archive their own account or remove their own
    // admin privilege; the actions are disabled on their row and say why.
    QVERIFY(m_page->selectUser(m_agent.adminEmail()));
    QAction* archive = action(QStringLiteral("archiveUserAction"));
    QAction* toggle = action(QStringLiteral("toggleAdminAction"));
    QVERIFY(!archive->isEnabled());
    QCOMPARE(archive->toolTip(), QStringLiteral("You cannot archive your own account."));
    QVERIFY(!toggle->isEnabled());
    QCOMPARE(toggle->toolTip(), QStringLiteral("You cannot remove the admin privilege from yourself."));
    archive->trigger();
    toggle->trigger();
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(!m_page->confirmation());
    QVERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("removeAdminConfirmation")));
    QVERIFY(!m_page->isChanging());
    QCOMPARE(m_api->get(QStringLiteral("/mail/users/privileges?email=%1").arg(m_agent.adminEmail())).body,
             QByteArray("admin"));
    // Another user's row: both are offered again.
    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    QVERIFY(archive->isEnabled());
    QVERIFY(toggle->isEnabled());
    QVERIFY(archive->toolTip() != QLatin1String("You cannot archive your own account."));
}

void TestGuiUsers::archive()
{
    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    action(QStringLiteral("archiveUserAction"))->trigger();
    QMessageBox* box = m_page->confirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    // The question says what archiving does and what the box keeps, and the button says the verb.
    QVERIFY(box->informativeText().contains(QLatin1String("account is deleted")));
    QVERIFY(box->informativeText().contains(QLatin1String("mailbox folder stays")));
    QVERIFY(box->informativeText().contains(QLatin1String("never had mail nothing is kept")));
    QVERIFY(box->informativeText().contains(UsersModel::archivedTitle()));
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Archive"));
    QVERIFY(box->grab().save(QStringLiteral("archive-confirmation.png")));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_page->isChanging());
    QCOMPARE(m_api->user(QStringLiteral("carol@example.com")).value(QLatin1String("status")).toString(),
             QStringLiteral("active"));

    action(QStringLiteral("archiveUserAction"))->trigger();
    box = m_page->confirmation();
    QTRY_VERIFY(box && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(QLatin1String("archived")), 20000);
    // No longer an account.
    QVERIFY(!m_api->get(QStringLiteral("/mail/users")).body.contains("carol@example.com"));
    QVERIFY(!m_page->model()->indexOfUser(QStringLiteral("carol@example.com")).isValid());
    // The selection stays nearby: the next user, not the administrator's own row above it.
    QCOMPARE(m_page->currentEmail(), QStringLiteral("dave@example.org"));
    // The archived section shows what the box keeps, before and after a refresh: the address is listed only if the
    // box lists a mailbox folder for it (carol never had mail).
    const auto shownArchived = [this] {
        const int last = m_page->model()->rowCount() - 1;
        const QModelIndex archived = m_page->model()->index(last, 0);
        if (last < 0 || !archived.data(UsersModel::IsArchivedRole).toBool()) {
            return false;
        }
        for (int r = 0; r < m_page->model()->rowCount(archived); ++r) {
            if (m_page->model()->index(r, 0, archived).data(UsersModel::EmailRole).toString() ==
                QLatin1String("carol@example.com")) {
                return true;
            }
        }
        return false;
    };
    const bool kept = m_api->user(QStringLiteral("carol@example.com")).value(QLatin1String("status")).toString() ==
                      QLatin1String("inactive");
    QCOMPARE(shownArchived(), kept);
    QSignalSpy loaded(m_page, &UsersPage::usersLoaded);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 20000);
    QCOMPARE(shownArchived(), kept);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page-archived.png")));
}

void TestGuiUsers::archivedSectionSaysWhatIsKept()
{
    // The mailbox folder left behind by erin (made in initTestCase): the box lists it, the section explains it.
    const QModelIndex archived = m_page->model()->index(m_page->model()->rowCount() - 1, 0);
    QVERIFY(archived.data(UsersModel::IsArchivedRole).toBool());
    QCOMPARE(archived.data().toString(), QStringLiteral("Archived mailboxes"));
    const QString tip = archived.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QLatin1String("mailbox folder")));
    QVERIFY(tip.contains(QLatin1String("never had either has no folder")));
}

void TestGuiUsers::copyAndShortcuts()
{
    QVERIFY(m_page->selectUser(QStringLiteral("dave@example.org")));
    action(QStringLiteral("copyAddressAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("dave@example.org"));
    QCOMPARE(action(QStringLiteral("addUserAction"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action(QStringLiteral("setPasswordAction"))->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(action(QStringLiteral("archiveUserAction"))->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(QStringLiteral("findAction"))->shortcut(), QKeySequence(QKeySequence::Find));
    // The context menu offers the row's actions.
    const QRect rect = m_page->view()->visualRect(m_page->view()->currentIndex());
    emit m_page->view()->customContextMenuRequested(rect.center());
    QMenu* menu = m_page->findChild<QMenu*>(QStringLiteral("usersContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(menu->actions().contains(action(QStringLiteral("copyAddressAction"))));
    QVERIFY(menu->actions().contains(action(QStringLiteral("archiveUserAction"))));
    QVERIFY(menu->grab().save(QStringLiteral("users-context-menu.png")));
    menu->close();
    // The keys themselves, pressed in the list.
    m_session->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_session->window()));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    QTRY_VERIFY(m_page->valueDialog()->isVisible());
    QCOMPARE(m_page->valueDialog()->email(), QStringLiteral("dave@example.org"));
    m_page->valueDialog()->reject();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QTRY_VERIFY(m_page->confirmation() && m_page->confirmation()->isVisible());
    m_page->confirmation()->button(QMessageBox::Cancel)->click();
    QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_page->addDialog()->isVisible());
    m_page->addDialog()->reject();
    // The filter narrows the rows at once.
    m_page->filterEdit()->setText(QStringLiteral("dave"));
    int leaves = 0;
    QSortFilterProxyModel* proxy = m_page->proxy();
    for (int g = 0; g < proxy->rowCount(); ++g) {
        leaves += proxy->rowCount(proxy->index(g, 0));
    }
    QCOMPARE(leaves, 1);
    m_page->filterEdit()->clear();
}

void TestGuiUsers::emptyFilterState()
{
    auto* filter = m_page->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isHidden());
    filter->setText(QStringLiteral("nobody-like-this"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(!empty->isHidden());
    QCOMPARE(empty->text(), QStringLiteral("No users match “nobody-like-this”."));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page-no-match.png")));
    // Narrowing to a match hides it again.
    filter->setText(QStringLiteral("dave"));
    QVERIFY(empty->isHidden());
    filter->clear();
    QVERIFY(empty->isHidden());
}

void TestGuiUsers::apiTab()
{
    auto* api = m_page->findChild<QWidget*>(QStringLiteral("usersApiPage"));
    QVERIFY(api);
    // The box's PRIMARY_HOSTNAME as its agent reports it, then whatever name the page is told.
    const QString host = m_session->controller()->auth()->session().primaryHostname;
    QVERIFY(!host.isEmpty());
    auto* list = api->findChild<QLabel*>(QStringLiteral("valueLabel_listUsers"));
    QVERIFY(list);
    QCOMPARE(list->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)); // commands in the fixed-pitch font
    QCOMPARE(list->text(),
             QStringLiteral("curl -X GET --user ADMIN:PASSWORD https://%1/admin/mail/users?format=json").arg(host));
    m_page->setBoxHostname(QStringLiteral("box.example.com"));
    auto* add = api->findChild<QLabel*>(QStringLiteral("valueLabel_addUser"));
    QCOMPARE(add->text(),
             QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" "
                            "-d \"password=s3curE_pa5Sw0rD\" https://box.example.com/admin/mail/users/add"));
    for (const char* key :
         {"removeUser", "setPassword", "addAdmin", "removeAdmin", "privileges", "getQuota", "setQuota"}) {
        auto* label = api->findChild<QLabel*>(QStringLiteral("valueLabel_%1").arg(QLatin1String(key)));
        QVERIFY2(label && label->text().contains(QLatin1String("https://box.example.com/admin/mail/users")), key);
    }
    api->findChild<QPushButton*>(QStringLiteral("copyButton_addUser"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), add->text());
    QVERIFY(m_page->statusText().contains(QLatin1String("Copied")));
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("usersTabs"));
    tabs->setCurrentWidget(api);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page-api.png")));
    tabs->setCurrentIndex(0);
}

void TestGuiUsers::ownPasswordKeepsSession()
{
    // The box ends our session when our own password changes; the page opens a new one with the new password.
    QSignalSpy renewed(m_session->controller()->auth(), &AuthService::sessionRenewed);
    QVERIFY(m_page->selectUser(m_agent.adminEmail()));
    action(QStringLiteral("setPasswordAction"))->trigger();
    UserValueDialog* dialog = m_page->valueDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("admin-new-password"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(renewed.count() == 1, 20000);
    QVERIFY(m_api->passwordWorks(m_agent.adminEmail(), QStringLiteral("admin-new-password")));
    QSignalSpy loaded(m_page, &UsersPage::usersLoaded);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 20000);
    QVERIFY(!m_session->controller()->loginDialog()->isVisible());
    QVERIFY(m_session->window()->isVisible());
}

QTEST_MAIN(TestGuiUsers)
#include "tst_gui_users.moc"
