// The Two-Factor Authentication page against a live agent: off at first with a QR code and the secret in groups of
// four; a wrong code is shown at the code field; enabling with a code computed here renews the session (no login
// dialog, further calls work); log out, log in again through the TOTP step; disable after the confirmation, again
// without a surprise logout.
#include "GuiSession.h"
#include "UsersModel.h"
#include "pages/TwoFactorPage.h"
#include "pages/UsersPage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

class TestGuiMfa : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsSetup();
    void wrongCodeAtField();
    void enable();
    void logOutAndInWithTotp();
    void disable();

private:
    QLineEdit* edit(const QString& name) const { return m_page->findChild<QLineEdit*>(name); }
    void checkStillLoggedIn();

    TestAgent m_agent;
    std::unique_ptr<GuiSession> m_session;
    TwoFactorPage* m_page = nullptr;
    QByteArray m_key;
};

void TestGuiMfa::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->twoFactorPage();
    QSignalSpy loaded(m_page, &TwoFactorPage::statusLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("mfa")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
}

void TestGuiMfa::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiMfa::checkStillLoggedIn()
{
    // No login dialog, and the session works: the Users page loads.
    QVERIFY(!m_session->controller()->loginDialog()->isVisible());
    QVERIFY(m_session->window()->isVisible());
    UsersPage* users = m_session->window()->usersPage();
    QSignalSpy usersLoaded(users, &UsersPage::usersLoaded);
    users->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(usersLoaded.count() == 1, 20000);
    QVERIFY(!m_session->controller()->loginDialog()->isVisible());
    QVERIFY(m_session->window()->showPage(QStringLiteral("mfa")));
}

void TestGuiMfa::showsSetup()
{
    QVERIFY(!m_page->isEnabledOnBox());
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("setupGroupBox"))->isVisible());
    QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("disableGroupBox"))->isVisible());
    QCOMPARE(m_page->secret().size(), 32);
    QString grouped = m_page->findChild<QLabel*>(QStringLiteral("secretLabel"))->text();
    QCOMPARE(grouped.split(QLatin1Char(' ')).size(), 8);
    QCOMPARE(grouped.remove(QLatin1Char(' ')), m_page->secret());
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("qrCodeLabel"))->pixmap().isNull());
    QVERIFY(m_page->statusText().contains(QLatin1String("off")));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("two-factor-setup.png")));
}

void TestGuiMfa::wrongCodeAtField()
{
    // No password: said at the password field, nothing sent.
    edit(QStringLiteral("codeLineEdit"))->setText(QStringLiteral("123456"));
    m_page->findChild<QPushButton*>(QStringLiteral("enableButton"))->click();
    QVERIFY(!m_page->fieldError(MailValidation::Field::Password).isEmpty());
    // A wrong code: the box's "Invalid token." at the code field.
    const QByteArray key = TestTotp::base32Decode(m_page->secret());
    QString wrong = TestTotp::code(key);
    wrong[0] = QChar('0' + (wrong.at(0).digitValue() + 5) % 10);
    edit(QStringLiteral("codeLineEdit"))->setText(wrong);
    edit(QStringLiteral("setupPasswordLineEdit"))->setText(m_agent.adminPassword());
    m_page->findChild<QPushButton*>(QStringLiteral("enableButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->fieldError(MailValidation::Field::Code).isEmpty(), 20000);
    QCOMPARE(m_page->fieldError(MailValidation::Field::Code), QStringLiteral("Invalid token."));
    QVERIFY(!m_page->isEnabledOnBox());
}

void TestGuiMfa::enable()
{
    m_key = TestTotp::base32Decode(m_page->secret());
    QSignalSpy changed(m_page, &TwoFactorPage::changed);
    QSignalSpy loaded(m_page, &TwoFactorPage::statusLoaded);
    edit(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("test phone"));
    edit(QStringLiteral("codeLineEdit"))->setText(TestTotp::code(m_key));
    edit(QStringLiteral("setupPasswordLineEdit"))->setText(m_agent.adminPassword());
    m_page->findChild<QPushButton*>(QStringLiteral("enableButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 20000);
    QCOMPARE(changed.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && m_page->isEnabledOnBox(), 20000);
    QVERIFY(edit(QStringLiteral("setupPasswordLineEdit"))->text().isEmpty()); // not kept
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("devicesLabel"))->text().contains(QLatin1String("test phone")));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("two-factor-on.png")));
    checkStillLoggedIn();
}

void TestGuiMfa::logOutAndInWithTotp()
{
    m_session->window()->findChild<QAction*>(QStringLiteral("logOutAction"))->trigger();
    QTRY_VERIFY(m_session->controller()->loginDialog()->isVisible());
    QVERIFY(m_session->logIn(m_agent.adminPassword(), m_key));
    QSignalSpy loaded(m_page, &TwoFactorPage::statusLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("mfa")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->hasStatus() && m_page->isEnabledOnBox(), 20000);
}

void TestGuiMfa::disable()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QSignalSpy changed(m_page, &TwoFactorPage::changed);
    edit(QStringLiteral("disablePasswordLineEdit"))->setText(m_agent.adminPassword());
    m_page->findChild<QPushButton*>(QStringLiteral("disableButton"))->click();
    QMessageBox* box = m_page->confirmation();
    QTRY_VERIFY(box && box->isVisible());
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("&Disable")); // the verb, not "Yes"
    QVERIFY(box->grab().save(QStringLiteral("two-factor-disable-confirmation.png")));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 20000);
    QCOMPARE(changed.first().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->hasStatus() && !m_page->isEnabledOnBox() && !m_page->isBusy(), 20000);
    checkStillLoggedIn();
    // A password-only login works again.
    ApiProbe api(&m_agent);
    TestHttp http(m_agent.certificate());
    const TestHttp::Reply r = http.postForm(m_agent.url(QStringLiteral("/login")), {},
                                            {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

QTEST_MAIN(TestGuiMfa)
#include "tst_gui_mfa.moc"
