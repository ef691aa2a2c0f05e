// The TOTP step through the widgets against a live agent with two-factor enabled: the code dialog opens after
// the password, a wrong code (submitted on the sixth digit) shows an error, the right code opens the Users page.
#include "AppController.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "TestHttp.h"
#include "TestTotp.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TotpLoginDialog.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestTotp::base32Decode;

class TestGuiTotp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totpStep();

private:
    TestAgent m_agent;
    QTemporaryDir m_dir;
    QByteArray m_key;
};

void TestGuiTotp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    TestHttp http(m_agent.certificate());
    const auto auth = TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword());
    const TestHttp::Reply status = http.postForm(m_agent.url(QStringLiteral("/mfa/status")), {}, {auth});
    QVERIFY2(status.status == 200, status.body.constData());
    const QString secret = QJsonDocument::fromJson(status.body)
                               .object()
                               .value(QLatin1String("new_mfa"))
                               .toObject()
                               .value(QLatin1String("totp"))
                               .toObject()
                               .value(QLatin1String("secret"))
                               .toString();
    m_key = base32Decode(secret);
    const TestHttp::Reply enabled = http.postForm(m_agent.url(QStringLiteral("/mfa/totp/enable")),
                                                  {{QStringLiteral("secret"), secret},
                                                   {QStringLiteral("token"), TestTotp::code(m_key)},
                                                   {QStringLiteral("label"), QStringLiteral("gui test")}},
                                                  {auth});
    QVERIFY2(enabled.status == 200, enabled.body.constData());
}

void TestGuiTotp::totpStep()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore credentials(QStringLiteral("BoxkeeperTest"), nullptr);
    AppController controller(&settings, &credentials);
    controller.start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    LoginDialog* login = controller.loginDialog();
    auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QTest::keyClicks(password, m_agent.adminPassword());
    QTest::keyClick(password, Qt::Key_Return);

    TotpLoginDialog* dialog = controller.totpDialog();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->isVisible(), qPrintable(login->message()), 20000);
    QVERIFY(login->isBusy());
    auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
    QVERIFY(code);
    // Only digits are accepted.
    QTest::keyClicks(code, QStringLiteral("ab"));
    QCOMPARE(code->text(), QString());
    QVERIFY(dialog->grab().save(QStringLiteral("totp-dialog.png")));

    // A wrong code, submitted by typing the sixth digit.
    QString wrong = TestTotp::code(m_key);
    wrong[0] = QChar('0' + (wrong.at(0).digitValue() + 5) % 10);
    QTest::keyClicks(code, wrong);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
    QVERIFY(dialog->errorText().contains(QLatin1String("code")));
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(code->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!code->isReadOnly(), 20000);
    QVERIFY(dialog->grab().save(QStringLiteral("totp-dialog-wrong-code.png")));
    // Return on the emptied field keeps the box's answer instead of replacing it with the length rule.
    const QString refused = dialog->errorText();
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(dialog->errorText(), refused);
    QVERIFY(dialog->isVisible());
    // A partial code still gets the length rule.
    QTest::keyClicks(code, QStringLiteral("12"));
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(dialog->errorText(), QStringLiteral("The code has six digits."));
    code->clear();

    // The right code (this step's, or the next one's if the enrolment used it up).
    for (int offset : {0, 1}) {
        QTRY_VERIFY_WITH_TIMEOUT(!code->isReadOnly(), 20000);
        code->clear();
        QTest::keyClicks(code, TestTotp::code(m_key, offset));
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.mainWindow()->isVisible() || (!code->isReadOnly() && code->text().isEmpty()), 20000);
        if (controller.mainWindow()->isVisible()) {
            break;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), 20000);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!login->isVisible());
}

QTEST_MAIN(TestGuiTotp)
#include "tst_gui_totp.moc"
