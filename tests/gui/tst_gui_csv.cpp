// CSV import and export through the pages against a live agent: a users file with good and bad rows shows the
// bad rows (with reasons) before anything is sent; applying creates exactly the good ones, row by row with
// progress, and the summary counts every row. Export then import round-trips (aliases through the box; users
// back into the same rows). Cancelling leaves the remaining rows marked "not applied".
#include "AliasesModel.h"
#include "GuiSession.h"
#include "ImportPlanModel.h"
#include "UsersModel.h"
#include "dialogs/ImportDialog.h"
#include "pages/AliasesPage.h"
#include "pages/UsersPage.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

namespace {
void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QStringList rowsInState(const ImportPlanModel* model, ImportPlan::State state)
{
    QStringList keys;
    for (const ImportPlan::Row& r : model->plan().rows()) {
        if (r.state == state) {
            keys.append(r.key);
        }
    }
    return keys;
}
} // namespace

class TestGuiCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usersImportShowsBadRowsFirst();
    void usersExportRoundTrip();
    void aliasesExportImportRoundTrip();
    void cancelMarksRest();

private:
    TestAgent m_agent;
    QTemporaryDir m_files;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
};

void TestGuiCsv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    QVERIFY(m_session->window()->showPage(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window()->usersPage()->model()->userCount() >= 1, 20000);
}

void TestGuiCsv::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiCsv::usersImportShowsBadRowsFirst()
{
    UsersPage* page = m_session->window()->usersPage();
    const QString path = m_files.filePath(QStringLiteral("users.csv"));
    writeFile(path, "email,password,admin,quota\r\n"
                    "anna@example.com,anna-password,no,1G\r\n"
                    "\"bert@example.com\",\"pass, with \"\"comma\"\"\",yes,\r\n"
                    "Upper@Example.com,long-enough-pw,no,0\r\n"
                    "short@example.com,short,no,0\r\n"
                    "cleo@example.com,cleo-password,maybe,0\r\n"
                    "dora@example.com,dora-password,no,1.5G\r\n"
                    "anna@example.com,again-password,no,0\r\n"
                    "emil@example.com,emil-password\r\n");
    page->importCsv(path);
    ImportDialog* dialog = page->importDialog();
    QVERIFY(dialog->isVisible());
    const ImportPlanModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(rowsInState(model, ImportPlan::State::Pending),
             QStringList({QStringLiteral("anna@example.com"), QStringLiteral("bert@example.com"),
                          QStringLiteral("emil@example.com")}));
    QCOMPARE(rowsInState(model, ImportPlan::State::Invalid).size(), 5);
    for (const ImportPlan::Row& r : model->plan().rows()) {
        QVERIFY2(r.state != ImportPlan::State::Invalid || !r.message.isEmpty(), qPrintable(r.key));
    }
    QVERIFY2(dialog->summaryText().contains(QRegularExpression(QStringLiteral("5 rows?(\\(s\\))? have problems"))),
             qPrintable(dialog->summaryText()));
    // Nothing was sent yet.
    QVERIFY(m_api->user(QStringLiteral("anna@example.com")).isEmpty());
    QVERIFY(dialog->grab().save(QStringLiteral("import-preview.png")));

    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(finished.first().first().toInt(), 3);
    QCOMPARE(dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"))->value(), 3);
    QVERIFY2(dialog->resultText().contains(QRegularExpression(QStringLiteral("3 rows?(\\(s\\))? applied"))),
             qPrintable(dialog->resultText()));
    QVERIFY(dialog->resultText().contains(QLatin1String("5 invalid and not sent")));
    QVERIFY(dialog->grab().save(QStringLiteral("import-done.png")));
    // Exactly the good ones exist.
    QCOMPARE(m_api->user(QStringLiteral("anna@example.com")).value(QLatin1String("quota")).toString(),
             QStringLiteral("1G"));
    QCOMPARE(m_api->user(QStringLiteral("bert@example.com")).value(QLatin1String("privileges")).toArray().size(), 1);
    QVERIFY(m_api->passwordWorks(QStringLiteral("bert@example.com"), QStringLiteral("pass, with \"comma\"")));
    QVERIFY(!m_api->user(QStringLiteral("emil@example.com")).isEmpty());
    for (const char* absent : {"short@example.com", "cleo@example.com", "dora@example.com"}) {
        QVERIFY2(m_api->user(QLatin1String(absent)).isEmpty(), absent);
    }
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->indexOfUser(QStringLiteral("emil@example.com")).isValid(), 20000);
}

void TestGuiCsv::usersExportRoundTrip()
{
    UsersPage* page = m_session->window()->usersPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    const QString path = m_files.filePath(QStringLiteral("export-users.csv"));
    QVERIFY(page->exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ImportPlan plan = ImportPlan::fromCsv(ImportPlan::Kind::Users, QString::fromUtf8(f.readAll()));
    QStringList exported;
    for (const ImportPlan::Row& r : plan.rows()) {
        exported.append(r.key + QLatin1Char(' ') + r.details);
        // No passwords leave the box: every row asks for one before it could be imported.
        QCOMPARE(r.state, ImportPlan::State::Invalid);
    }
    QStringList expected;
    for (const MailUser& u : page->model()->users()) {
        if (u.active) {
            expected.append(
                u.email + QLatin1Char(' ') + (u.isAdmin() ? QStringLiteral("administrator") : QStringLiteral("user")) +
                QStringLiteral(" · ") + (u.quota == QLatin1String("0") ? QStringLiteral("unlimited") : u.quota));
        }
    }
    QCOMPARE(exported, expected);
}

void TestGuiCsv::aliasesExportImportRoundTrip()
{
    AliasesPage* page = m_session->window()->aliasesPage();
    // Some aliases made through the API, one with quoting needs (two targets in one field).
    for (const auto& a : QList<QStringList>{
             {QStringLiteral("one@example.com"), QStringLiteral("admin@example.com,x@elsewhere.example"), QString()},
             {QStringLiteral("two@example.com"), QStringLiteral("y@elsewhere.example"),
              QStringLiteral("admin@example.com")},
             {QStringLiteral("@example.com"), QStringLiteral("admin@example.com"), QString()}}) {
        QCOMPARE(m_api
                     ->post(QStringLiteral("/mail/aliases/add"), {{QStringLiteral("address"), a.at(0)},
                                                                  {QStringLiteral("forwards_to"), a.at(1)},
                                                                  {QStringLiteral("permitted_senders"), a.at(2)}})
                     .status,
                 200);
    }
    QSignalSpy loaded(page, &AliasesPage::aliasesLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("aliases")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    const QByteArray before = m_api->get(QStringLiteral("/mail/aliases?format=json")).body;
    const QString path = m_files.filePath(QStringLiteral("aliases.csv"));
    QVERIFY(page->exportCsv(path));
    // Remove every user-defined alias, then import the file.
    QStringList userDefined;
    for (const MailAlias& a : page->model()->aliases()) {
        if (!a.automatic) {
            userDefined.append(a.address);
        }
    }
    QVERIFY(userDefined.size() >= 3);
    for (const QString& address : userDefined) {
        QCOMPARE(m_api->post(QStringLiteral("/mail/aliases/remove"), {{QStringLiteral("address"), address}}).status,
                 200);
    }
    page->importCsv(path);
    ImportDialog* dialog = page->importDialog();
    QCOMPARE(dialog->model()->plan().validCount(), userDefined.size());
    QCOMPARE(dialog->model()->plan().count(ImportPlan::State::Invalid), 0);
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->apply();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(finished.first().first().toInt(), userDefined.size());
    QCOMPARE(m_api->get(QStringLiteral("/mail/aliases?format=json")).body, before);
    dialog->reject();
}

void TestGuiCsv::cancelMarksRest()
{
    UsersPage* page = m_session->window()->usersPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("users")));
    QByteArray csv("email,password\n");
    for (int i = 0; i < 30; ++i) {
        csv += QStringLiteral("bulk%1@example.com,bulk-password-%1\n").arg(i).toUtf8();
    }
    const QString path = m_files.filePath(QStringLiteral("bulk.csv"));
    writeFile(path, csv);
    page->importCsv(path);
    ImportDialog* dialog = page->importDialog();
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->apply();
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(rowsInState(dialog->model(), ImportPlan::State::Done).size() >= 1, 30000);
    dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    const int done = int(rowsInState(dialog->model(), ImportPlan::State::Done).size());
    const int notApplied = int(rowsInState(dialog->model(), ImportPlan::State::NotApplied).size());
    const int failed = int(rowsInState(dialog->model(), ImportPlan::State::Failed).size());
    QVERIFY(notApplied > 0);
    QVERIFY(failed <= 1); // the row in flight when cancelled, if any
    QCOMPARE(done + failed + notApplied, 30);
    QVERIFY(dialog->resultText().contains(QLatin1String("cancelled")));
    dialog->reject();
}

QTEST_MAIN(TestGuiCsv)
#include "tst_gui_csv.moc"
