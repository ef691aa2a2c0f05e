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
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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
    void archive();
    void copyAndShortcuts();
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
    toggle->trigger();
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

void TestGuiUsers::archive()
{
    // Not the account we are logged in with.
    QVERIFY(m_page->selectUser(m_agent.adminEmail()));
    action(QStringLiteral("archiveUserAction"))->trigger();
    QVERIFY(!m_page->confirmation());
    QVERIFY(m_page->statusText().contains(QLatin1String("cannot archive")));

    QVERIFY(m_page->selectUser(QStringLiteral("carol@example.com")));
    action(QStringLiteral("archiveUserAction"))->trigger();
    QMessageBox* box = m_page->confirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("mailbox stays")));
    QVERIFY(box->informativeText().contains(QLatin1String("Archived accounts")));
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
    // No longer an account; listed as inactive if the box has a mailbox directory for it.
    QVERIFY(!m_api->get(QStringLiteral("/mail/users")).body.contains("carol@example.com"));
    QVERIFY(m_api->user(QStringLiteral("carol@example.com")).value(QLatin1String("status")).toString() !=
            QLatin1String("active"));
    QVERIFY(!m_page->model()->indexOfUser(QStringLiteral("carol@example.com")).isValid());
    // It sits in the archived section now.
    const int last = m_page->model()->rowCount() - 1;
    const QModelIndex archived = m_page->model()->index(last, 0);
    QVERIFY(archived.data(UsersModel::IsArchivedRole).toBool());
    bool found = false;
    for (int r = 0; r < m_page->model()->rowCount(archived); ++r) {
        found = found || m_page->model()->index(r, 0, archived).data(UsersModel::EmailRole).toString() ==
                             QLatin1String("carol@example.com");
    }
    QVERIFY(found);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page-archived.png")));
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
