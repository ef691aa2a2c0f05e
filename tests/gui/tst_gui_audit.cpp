// The Audit Log page against a live agent: changes made through the API (users, an alias, a refused one) listed
// newest first with who, client, action, parameters (never a password) and result; filtered by what, who, result and
// days; "Load older" pages back to the first entry; "Export CSV…" through its file dialog writes what is loaded, read
// back. A box without the capability (the upstream-only stand-in) shows the sentence and nothing else. Screenshots
// (1280×900 and 900 px wide) land in the working directory.
#include "AuditModel.h"
#include "AuditService.h"
#include "Banner.h"
#include "CsvDocument.h"
#include "GuiSession.h"
#include "pages/AuditPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

class TestGuiAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheChanges();
    void filters();
    void loadOlder();
    void exportCsv();
    void upstreamOnlyShowsTheSentence();

private:
    template <typename T>
    T* child(const QString& name) const
    {
        return m_page->findChild<T*>(name);
    }
    // Runs `change` (which makes the page search) and waits for the page's answer.
    bool searched(const std::function<void()>& change);
    QStringList column(int column) const;

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    AuditPage* m_page = nullptr;
    QTemporaryDir m_files;
};

void TestGuiAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->auditPage();
    QVERIFY(m_page->isAvailable()); // the agent announces its audit log
    // Changes through the session of the logged-in admin (the page's own reads are not changes).
    const auto post = [this](const QString& path, const QList<QPair<QString, QString>>& fields) {
        TestHttp http(m_agent.certificate());
        return http
            .postForm(m_agent.url(path), fields, {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())})
            .status;
    };
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("ann@example.com")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-1")}}),
             200);
    QCOMPARE(
        post(QStringLiteral("/mail/aliases/add"), {{QStringLiteral("address"), QStringLiteral("team@example.com")},
                                                   {QStringLiteral("forwards_to"), QStringLiteral("ann@example.com")}}),
        200);
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-2")}}),
             200);
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("not-an-address")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-3")}}),
             400);
    QSignalSpy loaded(m_page, &AuditPage::loaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("audit")));
    QVERIFY(loaded.wait(20000));
}

void TestGuiAudit::cleanupTestCase()
{
    m_session.reset();
}

bool TestGuiAudit::searched(const std::function<void()>& change)
{
    QSignalSpy loaded(m_page, &AuditPage::loaded);
    QSignalSpy failed(m_page, &AuditPage::loadFailed);
    change();
    return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0 && !m_page->isBusy(); }, 20000) &&
           failed.isEmpty();
}

QStringList TestGuiAudit::column(int c) const
{
    // As the view shows them (newest first).
    QStringList out;
    QAbstractItemModel* model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, c).data().toString());
    return out;
}

void TestGuiAudit::listsTheChanges()
{
    const QStringList actions = column(AuditModel::ActionColumn);
    QVERIFY2(actions.size() >= 4, qPrintable(actions.join(QLatin1Char('|'))));
    QCOMPARE(actions.mid(0, 4),
             (QStringList{QStringLiteral("POST /mail/users/add"), QStringLiteral("POST /mail/users/add"),
                          QStringLiteral("POST /mail/aliases/add"), QStringLiteral("POST /mail/users/add")}));
    QCOMPARE(column(AuditModel::WhoColumn).at(1), m_agent.adminEmail());
    QCOMPARE(column(AuditModel::ClientColumn).at(1), QStringLiteral("127.0.0.1"));
    QVERIFY(column(AuditModel::ParamsColumn).at(1).contains(QLatin1String("email=bob@example.com")));
    QCOMPARE(column(AuditModel::ResultColumn).at(1), QStringLiteral("OK"));
    QVERIFY2(column(AuditModel::ResultColumn).at(0).startsWith(QLatin1String("Invalid input (400)")),
             qPrintable(column(AuditModel::ResultColumn).at(0)));
    // Local time, to the second.
    const AuditEntry newest = m_page->model()->entries().constFirst();
    QCOMPARE(column(AuditModel::TimeColumn).at(0),
             newest.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(qAbs(newest.time.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    for (const QString& params : column(AuditModel::ParamsColumn))
        QVERIFY2(!params.contains(QLatin1String("Secret-pass")), qPrintable(params));
    QVERIFY(m_page->statusText().contains(QLatin1String("entries")));
    QVERIFY(m_session->saveWindow(QStringLiteral("audit-page")));
}

void TestGuiAudit::filters()
{
    auto* what = child<QLineEdit>(QStringLiteral("whatLineEdit"));
    QVERIFY(searched([&] {
        what->setText(QStringLiteral("/mail/aliases"));
        QTest::keyClick(what, Qt::Key_Return);
    }));
    QCOMPARE(column(AuditModel::ActionColumn), QStringList{QStringLiteral("POST /mail/aliases/add")});
    QVERIFY(column(AuditModel::ParamsColumn).at(0).contains(QLatin1String("address=team@example.com")));
    QVERIFY(m_session->saveWindow(QStringLiteral("audit-page-filtered")));
    QVERIFY(searched([&] {
        what->clear();
        QTest::keyClick(what, Qt::Key_Return);
    }));
    QVERIFY(m_page->model()->entries().size() >= 4);

    auto* result = child<QComboBox>(QStringLiteral("resultComboBox"));
    QVERIFY(searched([&] { result->setCurrentIndex(result->findData(QStringLiteral("invalid"))); }));
    QCOMPARE(m_page->model()->entries().size(), 1);
    QVERIFY(column(AuditModel::ParamsColumn).at(0).contains(QLatin1String("not-an-address")));
    QVERIFY(searched([&] { result->setCurrentIndex(0); }));

    auto* who = child<QLineEdit>(QStringLiteral("whoLineEdit"));
    QVERIFY(searched([&] {
        who->setText(QStringLiteral("nobody-at-all"));
        child<QPushButton>(QStringLiteral("searchButton"))->click();
    }));
    QVERIFY(m_page->model()->entries().isEmpty());
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No entries match these filters."));
    QVERIFY(searched([&] {
        who->setText(m_agent.adminEmail().left(5).toUpper());
        child<QPushButton>(QStringLiteral("searchButton"))->click();
    }));
    QVERIFY(m_page->model()->entries().size() >= 4);

    // Days: up to the day before yesterday finds nothing; from today everything.
    auto* untilBox = child<QCheckBox>(QStringLiteral("untilCheckBox"));
    auto* until = child<QDateEdit>(QStringLiteral("untilDateEdit"));
    QVERIFY(searched([&] {
        until->setDate(QDate::currentDate().addDays(-2));
        untilBox->setChecked(true);
    }));
    QVERIFY(m_page->model()->entries().isEmpty());
    QVERIFY(searched([&] { untilBox->setChecked(false); }));
    auto* sinceBox = child<QCheckBox>(QStringLiteral("sinceCheckBox"));
    auto* since = child<QDateEdit>(QStringLiteral("sinceDateEdit"));
    QVERIFY(searched([&] {
        since->setDate(QDate::currentDate());
        sinceBox->setChecked(true);
    }));
    QVERIFY(m_page->model()->entries().size() >= 4);
    QVERIFY(searched([&] {
        sinceBox->setChecked(false);
        who->clear();
        child<QPushButton>(QStringLiteral("searchButton"))->click();
    }));
}

void TestGuiAudit::loadOlder()
{
    auto* older = child<QPushButton>(QStringLiteral("loadOlderButton"));
    const int all = int(m_page->model()->entries().size());
    QVERIFY(all >= 4);
    QVERIFY(!older->isEnabled()); // 100 a page: everything is there
    m_page->service()->setPageSize(2);
    QVERIFY(searched([this] { m_page->refresh(); }));
    QCOMPARE(m_page->model()->entries().size(), 2);
    QVERIFY(older->isEnabled());
    QVERIFY(m_page->statusText().contains(QLatin1String("older ones on the box")));
    int pages = 1;
    while (older->isEnabled()) {
        const int before = int(m_page->model()->entries().size());
        QVERIFY2(searched([&] { older->click(); }),
                 qPrintable(m_page->findChild<Banner*>(QStringLiteral("errorBanner"))->text()));
        QVERIFY(m_page->model()->entries().size() > before);
        QVERIFY(++pages < 20);
    }
    QCOMPARE(int(m_page->model()->entries().size()), all);
    // Newest first, no entry twice.
    const AuditEntryList entries = m_page->model()->entries();
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id > entries.at(i).id);
    QVERIFY(m_page->statusText().contains(QLatin1String("all that match")));
    m_page->service()->setPageSize(100);
}

void TestGuiAudit::exportCsv()
{
    const QString path = m_files.filePath(QStringLiteral("audit.csv"));
    child<QPushButton>(QStringLiteral("exportCsvButton"))->click();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog*>()) && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY(m_page->statusText().contains(QLatin1String("audit.csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<CsvDocument::Record> records;
    QString error;
    QVERIFY2(CsvDocument::parse(QString::fromUtf8(file.readAll()), &records, &error), qPrintable(error));
    const AuditEntryList entries = m_page->model()->entries();
    QCOMPARE(records.size(), entries.size() + 1);
    QCOMPARE(records.at(0).fields.at(0), QStringLiteral("id"));
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(records.at(i + 1).fields.at(0), QString::number(entries.at(i).id));
        QCOMPARE(records.at(i + 1).fields.at(7), entries.at(i).path);
        QCOMPARE(records.at(i + 1).fields.at(10), entries.at(i).result);
    }
    file.seek(0);
    QVERIFY(!file.readAll().contains("Secret-pass"));
}

void TestGuiAudit::upstreamOnlyShowsTheSentence()
{
    m_session.reset();
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->auditPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("audit")));
    QVERIFY(!m_page->isAvailable());
    auto* sentence = child<QLabel>(QStringLiteral("auditUnavailableLabel"));
    QVERIFY(sentence->isVisible());
    QCOMPARE(sentence->text(), AuditPage::unavailableText());
    QVERIFY(!child<QWidget>(QStringLiteral("auditContent"))->isVisible());
    QTest::qWait(300);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_session->saveWindow(QStringLiteral("audit-page-upstream")));
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
