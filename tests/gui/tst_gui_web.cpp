// The Web page against a live agent: the sites table equals GET /web/domains (site, folder, static or not), the
// upload guidance names the box and its default folder, "Update web configuration" shows the box's answer (and
// "Nothing changed." for an empty one); a site given its own folder moves to it after the update. Screenshots.
#include "Banner.h"
#include "GuiSession.h"
#include "pages/WebPage.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

class TestGuiWeb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableEqualsTheBoxAnswer();
    void guidance();
    void updateShowsTheResult();
    void ownFolder();

private:
    QJsonArray domains() { return QJsonDocument::fromJson(m_api->get(QStringLiteral("/web/domains")).body).array(); }
    bool load()
    {
        QSignalSpy loaded(m_page, &WebPage::domainsLoaded);
        m_page->refresh();
        return loaded.wait(20000) && loaded.first().first().toInt() >= 0;
    }
    QTreeWidgetItem* row(const QString& domain) const
    {
        const QList<QTreeWidgetItem*> found =
            m_page->table()->findItems(QStringLiteral("https://") + domain, Qt::MatchExactly, WebPage::SiteColumn);
        return found.isEmpty() ? nullptr : found.first();
    }

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    WebPage* m_page = nullptr;
};

void TestGuiWeb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    // A second mail domain: more sites (its www. name is a redirect, not a static site).
    QCOMPARE(m_api->addUser(QStringLiteral("someone@example.org"), QStringLiteral("a-long-password-1")), 200);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->webPage();
    QSignalSpy loaded(m_page, &WebPage::domainsLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("web")));
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().first().toInt() > 0);
}

void TestGuiWeb::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiWeb::tableEqualsTheBoxAnswer()
{
    const QJsonArray answer = domains();
    QVERIFY(answer.size() >= 3);
    QTreeWidget* table = m_page->table();
    QCOMPARE(table->topLevelItemCount(), int(answer.size()));
    bool sawStatic = false;
    bool sawNotStatic = false;
    for (int i = 0; i < answer.size(); ++i) {
        const QJsonObject d = answer.at(i).toObject();
        QTreeWidgetItem* item = table->topLevelItem(i); // in the box's order
        QCOMPARE(item->text(WebPage::SiteColumn),
                 QStringLiteral("https://") + d.value(QLatin1String("domain")).toString());
        const bool isStatic = d.value(QLatin1String("static_enabled")).toBool();
        QCOMPARE(item->text(WebPage::StaticColumn), isStatic ? QStringLiteral("Yes") : QStringLiteral("No"));
        QCOMPARE(item->text(WebPage::DirectoryColumn),
                 isStatic ? d.value(QLatin1String("root")).toString() : QString());
        sawStatic = sawStatic || isStatic;
        sawNotStatic = sawNotStatic || !isStatic;
    }
    QVERIFY(sawStatic && sawNotStatic);
    QVERIFY(row(QStringLiteral("example.org")));
    QCOMPARE(row(QStringLiteral("www.example.org"))->text(WebPage::StaticColumn), QStringLiteral("No"));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("web-page.png")));
}

void TestGuiWeb::guidance()
{
    const QString text = m_page->guidanceLabel()->text();
    QVERIFY2(text.contains(QLatin1String("https://box.example.com")), qPrintable(text));
    QVERIFY2(text.contains(QDir::cleanPath(m_agent.storageRoot()) + QStringLiteral("/www/default")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("SSH")), qPrintable(text));
}

void TestGuiWeb::updateShowsTheResult()
{
    // The first update on this box writes the configuration; the next finds nothing to change.
    QSignalSpy finished(m_page, &WebPage::updateFinished);
    QTest::mouseClick(m_page->updateButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    const QString first = m_page->resultView()->toPlainText();
    QVERIFY2(first == QLatin1String("web updated") || first == QLatin1String("Nothing changed."), qPrintable(first));
    QVERIFY(m_page->resultView()->isVisible());
    QVERIFY(m_session->window()->grab().save(QStringLiteral("web-page-updated.png")));

    finished.clear();
    m_page->updateButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_page->resultView()->toPlainText(), QStringLiteral("Nothing changed."));
    QCOMPARE(m_api->post(QStringLiteral("/web/update"), {}).body, QByteArray()); // as the box says
}

void TestGuiWeb::ownFolder()
{
    // example.org shares the default folder; the page names the folder to create for it.
    QVERIFY(load());
    QTreeWidgetItem* item = row(QStringLiteral("example.org"));
    QVERIFY(item);
    m_page->table()->setCurrentItem(item);
    const QString own = m_agent.storageRoot() + QStringLiteral("/www/example.org");
    QVERIFY2(m_page->hintLabel()->text().contains(QStringLiteral("create ") + QDir::cleanPath(own)),
             qPrintable(m_page->hintLabel()->text()));
    QVERIFY(item->text(WebPage::DirectoryColumn).endsWith(QLatin1String("/www/default")));

    // Created: the update changes the configuration, the box says so, and the site's row names its folder.
    QVERIFY(QDir().mkpath(own));
    QSignalSpy finished(m_page, &WebPage::updateFinished);
    QSignalSpy loaded(m_page, &WebPage::domainsLoaded);
    m_page->updateButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_page->resultView()->toPlainText(), QStringLiteral("web updated"));
    QVERIFY(loaded.count() > 0 || loaded.wait(20000)); // the table is loaded again after an update
    item = row(QStringLiteral("example.org"));
    QVERIFY(item);
    QCOMPARE(QDir::cleanPath(item->text(WebPage::DirectoryColumn)), QDir::cleanPath(own));
    m_page->table()->setCurrentItem(item);
    QVERIFY2(m_page->hintLabel()->text().contains(QLatin1String("folder of its own")),
             qPrintable(m_page->hintLabel()->text()));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("web-page-own-folder.png")));
}

QTEST_MAIN(TestGuiWeb)
#include "tst_gui_web.moc"
