// Dialogs on their own: the trust dialog's confirmation gate, the profiles dialog, the login dialog's inline
// checks, the main window's navigation for admins and non-admins. Screenshots are saved as artifacts.
#include "BoxProfile.h"
#include "MainWindow.h"
#include "dialogs/CertificateChangedDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "dialogs/TotpLoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private slots:
    void loginDialogChecksFields();
    void totpSubmitsOnSixthDigit();
    void certificateChangedNeedsConfirmation();
    void profilesDialog();
    void navigationForNonAdmins();
};

void TestGuiDialogs::loginDialogChecksFields()
{
    LoginDialog dialog;
    dialog.setProfiles({BoxProfile{QStringLiteral("Home"), QStringLiteral("https://box.example.com/admin"),
                                   QStringLiteral("me@example.com"), QString(), false}},
                       QStringLiteral("Home"));
    dialog.showProfile(BoxProfile{QStringLiteral("Home"), QStringLiteral("https://box.example.com/admin"),
                                  QStringLiteral("me@example.com"), QString(), false});
    dialog.show();
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    dialog.accept();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(dialog.message(), QStringLiteral("Enter a password."));
    dialog.setPassword(QStringLiteral("secret"));
    dialog.accept();
    QCOMPARE(requested.count(), 1);
    dialog.setBusy(true);
    dialog.accept();
    QCOMPARE(requested.count(), 1); // no second login while one runs
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->isEnabled());
    QVERIFY(dialog.grab().save(QStringLiteral("login-dialog.png")));
    // Cancel while busy stops the login and keeps the dialog open.
    QSignalSpy cancel(&dialog, &LoginDialog::cancelRequested);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.reject();
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
    dialog.setBusy(false);
    dialog.setRememberAvailable(false, QStringLiteral("no keychain"));
    QVERIFY(!dialog.remember());
}

void TestGuiDialogs::totpSubmitsOnSixthDigit()
{
    TotpLoginDialog dialog;
    dialog.show();
    QSignalSpy entered(&dialog, &TotpLoginDialog::codeEntered);
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
    QTest::keyClicks(code, QStringLiteral("12345"));
    QCOMPARE(entered.count(), 0);
    QTest::keyClicks(code, QStringLiteral("6"));
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().first().toString(), QStringLiteral("123456"));
    QTest::keyClicks(code, QStringLiteral("7")); // max six digits
    QCOMPARE(code->text(), QStringLiteral("123456"));
    dialog.showError(QStringLiteral("That code is wrong."));
    QVERIFY(code->text().isEmpty());
    QCOMPARE(dialog.errorText(), QStringLiteral("That code is wrong."));
}

void TestGuiDialogs::certificateChangedNeedsConfirmation()
{
    CertificateChangedDialog dialog;
    dialog.setFingerprints(QStringLiteral("box.example.com:443"), QStringLiteral("AA:AA"), QStringLiteral("BB:BB"));
    dialog.open();
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("repinCheckBox"))->setChecked(true);
    QVERIFY(ok->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.presentedFingerprint(), QStringLiteral("BB:BB"));
}

void TestGuiDialogs::profilesDialog()
{
    ProfilesDialog dialog;
    dialog.setProfiles({BoxProfile{QStringLiteral("Home"), QStringLiteral("https://box.example.com/admin"),
                                   QStringLiteral("me@example.com"), QString(), false}});
    dialog.open();
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("profilesListWidget"));
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlLineEdit"));
    name->setText(QStringLiteral("Work"));
    url->setText(QStringLiteral("http://insecure.example.org"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.count(), 0); // refused: not https
    QVERIFY(dialog.grab().save(QStringLiteral("profiles-dialog.png")));
    url->setText(QStringLiteral("mail.example.org"));
    dialog.accept();
    QCOMPARE(accepted.count(), 1);
    const QList<BoxProfile> profiles = dialog.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(1).name, QStringLiteral("Work"));
    QCOMPARE(profiles.at(1).url, QStringLiteral("https://mail.example.org/admin"));
}

void TestGuiDialogs::navigationForNonAdmins()
{
    MainWindow window;
    window.show();
    Session user;
    user.email = QStringLiteral("user@example.com");
    user.apiKey = QStringLiteral("key");
    window.setSession(QStringLiteral("Home"), nullptr, user);
    QVERIFY(window.windowTitle().contains(QLatin1String("Home")));
    QVERIFY(window.windowTitle().contains(QLatin1String("user@example.com")));
    QVERIFY(!window.isPageAvailable(QStringLiteral("users")));
    QVERIFY(!window.isPageAvailable(QStringLiteral("status")));
    QVERIFY(window.isPageAvailable(QStringLiteral("instructions")));
    QVERIFY(window.isPageAvailable(QStringLiteral("mfa")));
    QVERIFY(window.isPageAvailable(QStringLiteral("sync")));
    QCOMPARE(window.currentPage(), QStringLiteral("instructions"));
    Session admin = user;
    admin.email = QStringLiteral("admin@example.com");
    admin.privileges = QStringList{QStringLiteral("admin")};
    window.setSession(QStringLiteral("Home"), nullptr, admin);
    for (const QString& id : window.pageIds()) {
        QVERIFY2(window.isPageAvailable(id), qPrintable(id));
    }
    QCOMPARE(window.pageIds().size(), 16);
    QVERIFY(window.grab().save(QStringLiteral("main-window.png")));
}

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
