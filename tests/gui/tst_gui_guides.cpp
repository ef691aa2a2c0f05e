// The guide pages for a logged-in box: mail settings (host from the box URL, ports 993/995/465, SSL/TLS, whole
// address as user name, webmail) and Contacts/Calendar (CardDAV/CalDAV URLs); copy buttons put the value on the
// clipboard. Screenshots of each.
#include "AuthService.h"
#include "GuiSession.h"
#include "pages/GuideTable.h"
#include "pages/InstructionsPage.h"
#include "pages/SyncPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

class TestGuiGuides : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void instructions();
    void contactsCalendar();

private:
    TestAgent m_agent;
    std::unique_ptr<GuiSession> m_session;
};

void TestGuiGuides::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
}

void TestGuiGuides::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiGuides::instructions()
{
    QVERIFY(m_session->window()->showPage(QStringLiteral("instructions")));
    InstructionsPage* page = m_session->window()->instructionsPage();
    // The box's name as the agent reports it, else (an unmodified box, or before the capabilities route) the
    // address's host.
    const QString primary = m_session->controller()->auth()->session().primaryHostname;
    const QString host = primary.isEmpty() ? m_agent.baseUrl().host() : primary;
    GuideTable* table = page->table();
    QCOMPARE(table->value(QStringLiteral("server")), host);
    QCOMPARE(table->value(QStringLiteral("username")), m_agent.adminEmail());
    QVERIFY(table->value(QStringLiteral("imap")).contains(QLatin1String("993")));
    QVERIFY(table->value(QStringLiteral("pop")).contains(QLatin1String("995")));
    QVERIFY(table->value(QStringLiteral("smtp")).contains(QLatin1String("465")));
    QVERIFY(table->value(QStringLiteral("imap")).contains(QLatin1String("SSL/TLS")));
    QCOMPARE(page->webmailUrl(), QStringLiteral("https://%1/mail").arg(host));
    QCOMPARE(table->value(QStringLiteral("webmail")), page->webmailUrl());
    QString all;
    for (QLabel* l : page->findChildren<QLabel*>()) {
        all += l->text();
    }
    QVERIFY(all.contains(QLatin1String("Greylisting")));
    QVERIFY(all.contains(QLatin1String("+tags")));
    table->findChild<QPushButton*>(QStringLiteral("copyButton_server"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), host);
    QVERIFY(!table->findChild<QLabel*>(QStringLiteral("valueLabel_imapPort"))); // each port is listed once
    table->findChild<QPushButton*>(QStringLiteral("copyButton_mobileconfig"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://%1/mailinabox.mobileconfig").arg(host));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("instructions-page.png")));
}

void TestGuiGuides::contactsCalendar()
{
    QVERIFY(m_session->window()->showPage(QStringLiteral("sync")));
    SyncPage* page = m_session->window()->syncPage();
    const QString primary = m_session->controller()->auth()->session().primaryHostname;
    const QString host = primary.isEmpty() ? m_agent.baseUrl().host() : primary;
    QCOMPARE(page->urls()->value(QStringLiteral("carddav")),
             QStringLiteral("https://%1/cloud/remote.php/dav/addressbooks/users/%2/contacts/")
                 .arg(host, m_agent.adminEmail()));
    QCOMPARE(page->urls()->value(QStringLiteral("caldav")),
             QStringLiteral("https://%1/cloud/remote.php/dav/calendars/%2/personal/").arg(host, m_agent.adminEmail()));
    page->urls()->findChild<QPushButton*>(QStringLiteral("copyButton_caldav"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), page->calDavUrl());
    QVERIFY(page->findChild<GuideTable*>(QStringLiteral("appsTable"))
                ->value(QStringLiteral("android"))
                .contains(QLatin1String("DAVx")));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("contacts-calendar-page.png")));
}

QTEST_MAIN(TestGuiGuides)
#include "tst_gui_guides.moc"
