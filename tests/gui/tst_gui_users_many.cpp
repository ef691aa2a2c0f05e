// 10,000 users seeded straight into the demo box's users.sqlite (one transaction, agent stopped): the Users page
// loads them all, and filtering by a substring leaves exactly the matching rows, keystroke by keystroke.
#include "GuiSession.h"
#include "MailDatabaseSeed.h"
#include "UsersModel.h"
#include "pages/UsersPage.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

namespace {
constexpr int Seeded = 10000;

QString seededEmail(int i)
{
    return QStringLiteral("person%1@d%2.example.net").arg(i).arg(i % 25);
}

int leafRows(const QAbstractItemModel* model)
{
    int n = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        n += model->rowCount(model->index(g, 0));
    }
    return n;
}
} // namespace

class TestGuiUsersMany : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBySubstring_data();
    void filterBySubstring();
    void cleanupTestCase();

private:
    TestAgent m_agent;
    std::unique_ptr<GuiSession> m_session;
    UsersPage* m_page = nullptr;
};

void TestGuiUsersMany::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QList<SeedUser> users;
    for (int i = 0; i < Seeded; ++i) {
        users.append({seededEmail(i), QStringLiteral("")});
    }
    QVERIFY2(seedAgentMailDatabase(&m_agent, users, {}, &error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->usersPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->userCount() >= Seeded + 1, 60000);
    QCOMPARE(leafRows(m_page->proxy()), Seeded + 1);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("users-page-10000.png")));
}

void TestGuiUsersMany::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiUsersMany::filterBySubstring_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("digits") << QStringLiteral("son123");
    QTest::newRow("domain") << QStringLiteral("@d7.");
    QTest::newRow("case") << QStringLiteral("PERSON99");
    QTest::newRow("none") << QStringLiteral("nobody-here");
    QTest::newRow("admin") << QStringLiteral("admin@");
}

void TestGuiUsersMany::filterBySubstring()
{
    QFETCH(QString, filter);
    QSet<QString> expected;
    for (int i = 0; i < Seeded; ++i) {
        if (seededEmail(i).contains(filter, Qt::CaseInsensitive)) {
            expected.insert(seededEmail(i));
        }
    }
    if (m_agent.adminEmail().contains(filter, Qt::CaseInsensitive)) {
        expected.insert(m_agent.adminEmail());
    }
    // Typed key by key, as a user would.
    m_page->filterEdit()->clear();
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(m_page->filterEdit(), filter);
    const qint64 ms = timer.elapsed();
    QSet<QString> shown;
    const QAbstractItemModel* proxy = m_page->proxy();
    for (int g = 0; g < proxy->rowCount(); ++g) {
        const QModelIndex group = proxy->index(g, 0);
        for (int r = 0; r < proxy->rowCount(group); ++r) {
            shown.insert(proxy->index(r, 0, group).data(UsersModel::EmailRole).toString());
        }
    }
    QCOMPARE(shown, expected);
    qInfo("filter \"%s\": %d rows, %lld ms for %d keystrokes", qPrintable(filter), int(shown.size()), ms,
          int(filter.size()));
}

QTEST_MAIN(TestGuiUsersMany)
#include "tst_gui_users_many.moc"
