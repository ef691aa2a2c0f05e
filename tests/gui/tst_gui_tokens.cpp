// The API Tokens page against a live agent: a token made through the dialog (name, a dns:<zone> scope picked from
// the box's zones, a last day), its secret shown once with a working Copy button and a curl example that works as
// shown (run with the real curl), the dialog empty once closed; the token listed with its scopes, last use and
// expiry, refused outside its scope; a name taken shows the box's sentence in the dialog; revoked after the
// confirmation, then refused. A box without the capability (the upstream-only stand-in) shows the sentence and no
// action. Screenshots of the page (1280×900 and 900 px wide) and the dialogs land in the working directory.
#include "GuiSession.h"
#include "TestCurl.h"
#include "TokenListModel.h"
#include "dialogs/TokenDialog.h"
#include "dialogs/TokenSecretDialog.h"
#include "pages/TokensPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

class TestGuiTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createThroughTheDialog();
    void nameTakenShowsTheBoxSentence();
    void revokeThenRefused();
    void upstreamOnlyHidesTheActions();

private:
    QAction* action(const QString& name) const { return m_page->findChild<QAction*>(name); }
    bool showPage();
    // The token's HTTP status for one GET (TestHttp with `token` and the secret as Basic auth).
    int getAs(const QString& secret, const QString& path)
    {
        TestHttp http(m_agent.certificate());
        return http.get(m_agent.url(path), {TestHttp::basicAuth(QStringLiteral("token"), secret)}).status;
    }

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    TokensPage* m_page = nullptr;
    QString m_secret;
};

void TestGuiTokens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QCOMPARE(m_api->post(QStringLiteral("/dns/update"), {}).status, 200);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->tokensPage();
    QVERIFY(showPage());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->emptyStateText().contains(QLatin1String("no API tokens")), 20000);
    QVERIFY(m_page->isAvailable());
    QVERIFY(action(QStringLiteral("newTokenAction"))->isVisible());
}

void TestGuiTokens::cleanupTestCase()
{
    m_session.reset();
}

bool TestGuiTokens::showPage()
{
    QSignalSpy loaded(m_page, &TokensPage::tokensLoaded);
    if (!m_session->window()->showPage(QStringLiteral("tokens")))
        return false;
    return m_page->isAvailable() ? loaded.wait(20000) : true;
}

void TestGuiTokens::createThroughTheDialog()
{
    action(QStringLiteral("newTokenAction"))->trigger();
    TokenDialog* dialog = m_page->dialog();
    QTRY_VERIFY(dialog->isVisible());
    // The box's zones are offered for dns:<zone>.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->zonesList()->count() > 0, 20000);
    QVERIFY(dialog->nameEdit()->text().isEmpty());
    QVERIFY(!dialog->expiryEdit()->isEnabled());
    // Nothing chosen: said in the dialog, nothing sent.
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->error().contains(QLatin1String("name")));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("home-router"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->error().contains(QLatin1String("scope")));
    QVERIFY(dialog->isVisible());
    // admin covers the rest: the narrower ones grey out while it is ticked.
    dialog->scopeBox(QStringLiteral("admin"))->setChecked(true);
    QVERIFY(!dialog->scopeBox(QStringLiteral("mail:read"))->isEnabled());
    QVERIFY(!dialog->zonesList()->isEnabled());
    dialog->scopeBox(QStringLiteral("admin"))->setChecked(false);
    QVERIFY(dialog->zonesList()->isEnabled());
    QVERIFY(dialog->checkZone(QStringLiteral("example.com")));
    dialog->expiresBox()->setChecked(true);
    QVERIFY(dialog->expiryEdit()->isEnabled());
    const QDate lastDay = QDate::currentDate().addDays(30);
    dialog->expiryEdit()->setDate(lastDay);
    QCOMPARE(dialog->token().scopes, QStringList{QStringLiteral("dns:example.com")});
    QVERIFY(dialog->grab().save(QStringLiteral("token-dialog.png")));

    QSignalSpy finished(m_page, &TokensPage::changeFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY(!dialog->isVisible());

    // The secret, once, with a Copy button, the curl example and the warning.
    TokenSecretDialog* shown = m_page->secretDialog();
    QTRY_VERIFY(shown->isVisible());
    m_secret = shown->secret();
    // Behind it, the token listed and selected at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 20000);
    QCOMPARE(m_page->view()->currentIndex().data().toString(), QStringLiteral("home-router"));
    QCOMPARE(m_page->statusText(), QStringLiteral("Created the token home-router."));
    QVERIFY(m_secret.size() >= 32);
    auto* warning = shown->findChild<QLabel*>(QStringLiteral("warningLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("will not be shown again")));
    shown->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), m_secret);
    QCOMPARE(m_page->statusText(), QStringLiteral("Copied the secret."));
    const QString example = shown->curlExample();
    QVERIFY2(example.contains(QStringLiteral("--user token:") + m_secret), qPrintable(example));
    shown->copyExampleButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), example);
    QVERIFY(shown->grab().save(QStringLiteral("token-secret-dialog.png")));

    // The example works as shown: the real curl, with the box's name resolved to the test agent.
    TestCurl curl(m_agent);
    if (curl.isAvailable()) {
        QStringList args = example.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(args.takeFirst(), QStringLiteral("curl"));
        const QString url = args.takeLast();
        const int admin = url.indexOf(QLatin1String("/admin/"));
        QVERIFY2(admin > 0, qPrintable(url));
        const TestCurl::Result r = curl.run(args, url.mid(admin + 6));
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(QJsonDocument::fromJson(m_api->get(QStringLiteral("/dns/custom/home.example.com/A")).body)
                    .toJson()
                    .contains("192.0.2.10"));
    } else {
        QCOMPARE(getAs(m_secret, QStringLiteral("/dns/custom/home.example.com/A")), 200);
    }
    // Outside its scope: refused.
    QCOMPARE(getAs(m_secret, QStringLiteral("/mail/users?format=json")), 403);

    // Closed, the dialog keeps nothing of it.
    shown->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!shown->isVisible());
    QVERIFY(shown->secret().isEmpty());
    QVERIFY(shown->curlExample().isEmpty());

    // Reloaded: its last use (the call above).
    TokenListModel* model = m_page->model();
    QSignalSpy reloaded(m_page, &TokensPage::tokensLoaded);
    m_page->refresh();
    QVERIFY(reloaded.wait(20000));
    QVERIFY(m_page->statusText().startsWith(QLatin1String("1 API token")));
    const QModelIndex row = model->indexOf(QStringLiteral("home-router"));
    QVERIFY(row.isValid());
    const auto cell = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
    QCOMPARE(cell(TokenListModel::ScopesColumn), QStringLiteral("dns:example.com"));
    QCOMPARE(cell(TokenListModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(cell(TokenListModel::ExpiresColumn),
             TokenListModel::formatTime(QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC)));
    QVERIFY(cell(TokenListModel::LastUsedColumn) != QLatin1String("never"));
    QVERIFY(!cell(TokenListModel::CreatedColumn).isEmpty());
    // The secret is on no page.
    for (QWidget* w : m_session->window()->findChildren<QWidget*>()) {
        if (auto* label = qobject_cast<QLabel*>(w))
            QVERIFY(!label->text().contains(m_secret));
    }
    QVERIFY(m_session->saveWindow(QStringLiteral("tokens-page")));
}

void TestGuiTokens::nameTakenShowsTheBoxSentence()
{
    m_page->newToken();
    TokenDialog* dialog = m_page->dialog();
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("home-router"));
    dialog->scopeBox(QStringLiteral("status:read"))->setChecked(true);
    QSignalSpy finished(m_page, &TokensPage::changeFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().first().toBool());
    QCOMPARE(dialog->error(), QStringLiteral("A token named home-router already exists."));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_page->secretDialog()->isVisible());
    QVERIFY(dialog->grab().save(QStringLiteral("token-dialog-refused.png")));
    dialog->reject();
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestGuiTokens::revokeThenRefused()
{
    QVERIFY(m_page->selectToken(QStringLiteral("home-router")));
    QVERIFY(action(QStringLiteral("revokeTokenAction"))->isEnabled());
    action(QStringLiteral("revokeTokenAction"))->trigger();
    QTRY_VERIFY(m_page->confirmation() && m_page->confirmation()->isVisible());
    QMessageBox* question = m_page->confirmation();
    QCOMPARE(question->objectName(), QStringLiteral("revokeTokenConfirmation"));
    QVERIFY(question->text().contains(QLatin1String("home-router")));
    QVERIFY(question->grab().save(QStringLiteral("token-revoke-confirmation.png")));
    // Cancel first: nothing happens.
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(getAs(m_secret, QStringLiteral("/dns/custom/home.example.com/A")), 200);
    action(QStringLiteral("revokeTokenAction"))->trigger();
    QTRY_VERIFY(m_page->confirmation() && m_page->confirmation()->isVisible());
    QSignalSpy finished(m_page, &TokensPage::changeFinished);
    m_page->confirmation()->button(QMessageBox::Yes)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->statusText().contains(QLatin1String("Revoked")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->emptyStateText().contains(QLatin1String("no API tokens")), 20000);
    QCOMPARE(getAs(m_secret, QStringLiteral("/dns/custom/home.example.com/A")), 401);
    QVERIFY(QJsonDocument::fromJson(m_api->get(QStringLiteral("/boxkeeper/tokens")).body).array().isEmpty());
}

void TestGuiTokens::upstreamOnlyHidesTheActions()
{
    m_session.reset();
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->tokensPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("tokens")));
    QVERIFY(!m_page->isAvailable());
    for (const char* name : {"newTokenAction", "revokeTokenAction", "copyTokenNameAction"})
        QVERIFY2(!action(QLatin1String(name))->isVisible(), name);
    auto* sentence = m_page->findChild<QLabel*>(QStringLiteral("explanationLabel"));
    QVERIFY(sentence->isVisible());
    QCOMPARE(sentence->text(), TokensPage::unavailableText());
    QVERIFY(sentence->text().startsWith(QLatin1String("API tokens come with the Boxkeeper agent")));
    QVERIFY(m_page->emptyStateText().isEmpty());
    // The shortcut does nothing either, and nothing was asked of the box.
    m_page->newToken();
    QVERIFY(!m_page->dialog()->isVisible());
    QTest::qWait(300);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_session->saveWindow(QStringLiteral("tokens-page-upstream")));
}

QTEST_MAIN(TestGuiTokens)
#include "tst_gui_tokens.moc"
