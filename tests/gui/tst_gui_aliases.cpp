// The Aliases page against a live agent: add with two forward targets and a permitted sender, a server refusal
// shown at the permitted-senders field, edit (update_if_exists), catch-all with its explanation, remove after the
// confirmation; automatic (required) aliases cannot be edited or removed. Each change checked through the API.
#include "AliasesModel.h"
#include "AuthService.h"
#include "GuiSession.h"
#include "dialogs/AliasDialog.h"
#include "pages/AliasesPage.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

class TestGuiAliases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void automaticAliasesReadOnly();
    void addWithTwoTargetsAndSender();
    void serverErrorAtField();
    void edit();
    void catchAll();
    void remove();
    void emptyFilterState();
    void apiTab();

private:
    void clickOk() const;
    QAction* action(const QString& name) const { return m_page->findChild<QAction*>(name); }
    void fill(const QString& address, const QString& targets, const QString& senders) const;

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    AliasesPage* m_page = nullptr;
};

void TestGuiAliases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QCOMPARE(m_api->addUser(QStringLiteral("carol@example.com"), QStringLiteral("carol-pass-1")), 200);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->aliasesPage();
    QSignalSpy loaded(m_page, &AliasesPage::aliasesLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("aliases")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
}

void TestGuiAliases::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiAliases::clickOk() const
{
    m_page->dialog()->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

void TestGuiAliases::fill(const QString& address, const QString& targets, const QString& senders) const
{
    AliasDialog* dialog = m_page->dialog();
    auto* addressEdit = dialog->findChild<QLineEdit*>(QStringLiteral("addressLineEdit"));
    if (!addressEdit->isReadOnly()) {
        addressEdit->setText(address);
    }
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("forwardsPlainTextEdit"))->setPlainText(targets);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("sendersPlainTextEdit"))->setPlainText(senders);
}

void TestGuiAliases::automaticAliasesReadOnly()
{
    // The box makes required aliases (postmaster@, abuse@ …) itself.
    QString automatic;
    for (const MailAlias& a : m_page->model()->aliases()) {
        if (a.automatic) {
            automatic = a.address;
            break;
        }
    }
    QVERIFY2(!automatic.isEmpty(), "the demo box has no automatic alias");
    QVERIFY(m_page->selectAlias(automatic));
    QVERIFY(!m_page->isCurrentEditable());
    QVERIFY(!action(QStringLiteral("editAliasAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("removeAliasAction"))->isEnabled());
    m_page->editAlias();
    QVERIFY(!m_page->dialog()->isVisible());
    QVERIFY(m_page->statusText().contains(QLatin1String("cannot be edited")));
    const QModelIndex current = m_page->view()->currentIndex();
    QCOMPARE(current.siblingAtColumn(AliasesModel::TypeColumn).data().toString(),
             QStringLiteral("automatic (required)"));
}

void TestGuiAliases::addWithTwoTargetsAndSender()
{
    action(QStringLiteral("addAliasAction"))->trigger();
    QVERIFY(m_page->dialog()->isVisible());
    // Checked before sending: a bad target stays here.
    fill(QStringLiteral("team@example.com"), QStringLiteral("admin@example.com\nnot an address"), QString());
    clickOk();
    QVERIFY(!m_page->dialog()->fieldError(MailValidation::Field::ForwardsTo).isEmpty());
    fill(QStringLiteral("team@example.com"), QStringLiteral("admin@example.com\nfriend@elsewhere.example"),
         QStringLiteral("carol@example.com"));
    QVERIFY(m_page->dialog()->grab().save(QStringLiteral("alias-dialog.png")));
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->dialog()->isVisible(), 20000);
    const QJsonObject alias = m_api->alias(QStringLiteral("team@example.com"));
    QCOMPARE(alias.value(QLatin1String("forwards_to")).toArray().toVariantList(),
             QVariantList({QStringLiteral("admin@example.com"), QStringLiteral("friend@elsewhere.example")}));
    QCOMPARE(alias.value(QLatin1String("permitted_senders")).toArray().toVariantList(),
             QVariantList({QStringLiteral("carol@example.com")}));
    QVERIFY(m_page->model()->indexOfAlias(QStringLiteral("team@example.com")).isValid());
}

void TestGuiAliases::serverErrorAtField()
{
    action(QStringLiteral("addAliasAction"))->trigger();
    fill(QStringLiteral("sales@example.com"), QStringLiteral("admin@example.com"),
         QStringLiteral("nobody@example.com"));
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->dialog()->fieldError(MailValidation::Field::PermittedSenders).isEmpty(), 20000);
    QVERIFY(m_page->dialog()
                ->fieldError(MailValidation::Field::PermittedSenders)
                .contains(QLatin1String("is not a user on this system")));
    QVERIFY(m_page->dialog()->fieldError(MailValidation::Field::Address).isEmpty());
    QVERIFY(m_page->dialog()->grab().save(QStringLiteral("alias-dialog-server-error.png")));
    m_page->dialog()->reject();
    QVERIFY(m_api->alias(QStringLiteral("sales@example.com")).isEmpty());
}

void TestGuiAliases::edit()
{
    QVERIFY(m_page->selectAlias(QStringLiteral("team@example.com")));
    action(QStringLiteral("editAliasAction"))->trigger();
    AliasDialog* dialog = m_page->dialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isEditing());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("addressLineEdit"))->isReadOnly());
    QCOMPARE(dialog->forwardsTo().size(), 2);
    fill(QString(), QStringLiteral("carol@example.com, other@elsewhere.example"), QString());
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    const QJsonObject alias = m_api->alias(QStringLiteral("team@example.com"));
    QCOMPARE(alias.value(QLatin1String("forwards_to")).toArray().toVariantList(),
             QVariantList({QStringLiteral("carol@example.com"), QStringLiteral("other@elsewhere.example")}));
    QVERIFY(alias.value(QLatin1String("permitted_senders")).isNull());
    const QModelIndex row = m_page->model()->indexOfAlias(QStringLiteral("team@example.com"));
    QCOMPARE(row.siblingAtColumn(AliasesModel::ForwardsToColumn).data().toString(),
             QStringLiteral("carol@example.com, other@elsewhere.example"));
}

void TestGuiAliases::catchAll()
{
    action(QStringLiteral("addAliasAction"))->trigger();
    fill(QStringLiteral("@example.com"), QStringLiteral("admin@example.com"), QString());
    // The kind is explained while typing.
    auto* kind = m_page->dialog()->findChild<QLabel*>(QStringLiteral("kindLabel"));
    QVERIFY(kind->text().contains(QLatin1String("Catch-all")));
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->dialog()->isVisible(), 20000);
    QCOMPARE(
        m_api->alias(QStringLiteral("@example.com")).value(QLatin1String("forwards_to")).toArray().first().toString(),
        QStringLiteral("admin@example.com"));
    const QModelIndex row = m_page->model()->indexOfAlias(QStringLiteral("@example.com"));
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(AliasesModel::TypeColumn).data().toString(), QStringLiteral("catch-all"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("any address at example.com")));
    m_page->view()->expandAll();
    QVERIFY(m_session->window()->grab().save(QStringLiteral("aliases-page.png")));
}

void TestGuiAliases::remove()
{
    QVERIFY(m_page->selectAlias(QStringLiteral("team@example.com")));
    action(QStringLiteral("removeAliasAction"))->trigger();
    QMessageBox* box = m_page->confirmation();
    QTRY_VERIFY(box && box->isVisible());
    // The button says what it does.
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Remove"));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->indexOfAlias(QStringLiteral("team@example.com")).isValid(), 20000);
    QVERIFY(m_api->alias(QStringLiteral("team@example.com")).isEmpty());
}

void TestGuiAliases::emptyFilterState()
{
    auto* filter = m_page->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isHidden());
    filter->setText(QStringLiteral("no-such-alias"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(!empty->isHidden());
    QCOMPARE(empty->text(), QStringLiteral("No aliases match “no-such-alias”."));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("aliases-page-no-match.png")));
    filter->clear();
    QVERIFY(m_page->proxy()->rowCount() > 0);
    QVERIFY(empty->isHidden());
}

void TestGuiAliases::apiTab()
{
    auto* api = m_page->findChild<QWidget*>(QStringLiteral("aliasesApiPage"));
    QVERIFY(api);
    auto* add = api->findChild<QLabel*>(QStringLiteral("valueLabel_addAlias"));
    QVERIFY(add);
    // The box's PRIMARY_HOSTNAME as its agent reports it (else the host the app connects to) …
    const QString primary = m_session->controller()->auth()->session().primaryHostname;
    QVERIFY(!primary.isEmpty());
    const QString host = primary;
    QCOMPARE(add->text(), QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"address=new_alias@mydomain.com\" "
                                         "-d \"forwards_to=my_email@mydomain.com\" https://%1/admin/mail/aliases/add")
                              .arg(host));
    // … and whatever name it is told later.
    m_page->setBoxHostname(QStringLiteral("box.example.com"));
    add = api->findChild<QLabel*>(QStringLiteral("valueLabel_removeAlias"));
    QVERIFY(add->text().endsWith(QLatin1String("https://box.example.com/admin/mail/aliases/remove")));
    api->findChild<QPushButton*>(QStringLiteral("copyButton_removeAlias"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), add->text());
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("aliasesTabs"));
    tabs->setCurrentWidget(api);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("aliases-page-api.png")));
    tabs->setCurrentIndex(0);
}

QTEST_MAIN(TestGuiAliases)
#include "tst_gui_aliases.moc"
