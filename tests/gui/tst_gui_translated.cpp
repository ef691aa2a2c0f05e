// The desktop in a translated language (BOXKEEPER_UI_LOCALE: German, French) on a 1920×1080 screen: Qt's own buttons
// translated ("Abbrechen", "Annuler"), every page's toolbars fit the default window (no "»" overflow), no navigation
// entry elided; a screenshot of every page to look at.
#include "AppController.h"
#include "AppTranslation.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "OffscreenScreen.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "dialogs/LoginDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

namespace {
// What the tests expect in each language they run in.
struct Expected
{
    QString cancel; // Qt's own "Cancel" (qtbase_<lang>.qm)
    QString twoFactor; // how the Two-Factor Authentication navigation entry starts
};

Expected expected()
{
    if (QLocale().language() == QLocale::French) {
        return {QStringLiteral("Annuler"), QStringLiteral("Authentification à deux facteurs")};
    }
    return {QStringLiteral("Abbrechen"), QStringLiteral("Zwei-Faktor")};
}

// The screenshots' language suffix: "de", "fr".
QString lang()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}
} // namespace

class TestGuiTranslated : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void qtButtonsTranslated();
    void toolbarsFit();
    void navigationNotElided();

private:
    TestAgent m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiTranslated::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr);
    m_controller = std::make_unique<AppController>(m_settings.get(), m_credentials.get());
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
}

void TestGuiTranslated::cleanupTestCase()
{
    m_controller.reset();
}

void TestGuiTranslated::qtButtonsTranslated()
{
    LoginDialog* login = m_controller->loginDialog();
    auto* buttons = login->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), expected().cancel);
    QVERIFY(login->grab().save(QStringLiteral("login-dialog-%1.png").arg(lang())));
}

void TestGuiTranslated::toolbarsFit()
{
    LoginDialog* login = m_controller->loginDialog();
    auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    password->setText(m_agent.adminPassword());
    QTest::keyClick(password, Qt::Key_Return);
    MainWindow* window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    // At the default size and on a narrow window: no button behind the "»" menu. Buttons that do not fit with
    // their text show their icon alone (the text as tooltip), from the right; the first keeps its text.
    const int fullWidth = window->width();
    for (const int width : {fullWidth, 900}) {
        window->resize(width, window->height());
        for (const QString& id :
             {QStringLiteral("status"), QStringLiteral("tls"), QStringLiteral("backup"), QStringLiteral("custom-dns"),
              QStringLiteral("external-dns"), QStringLiteral("monitoring"), QStringLiteral("system"),
              QStringLiteral("instructions"), QStringLiteral("users"), QStringLiteral("aliases"), QStringLiteral("mfa"),
              QStringLiteral("sync"), QStringLiteral("web")}) {
            QVERIFY(window->showPage(id));
            QTest::qWait(300);
            // The screenshot first, so that a failure leaves it to look at.
            QVERIFY(window->grab().save(QStringLiteral("main-window-%1-%2-%3.png").arg(lang(), id).arg(width)));
            const auto toolBars = window->page(id)->findChildren<QToolBar*>();
            for (QToolBar* bar : toolBars) {
                if (!bar->isVisible()) {
                    continue;
                }
                const QString where = QStringLiteral("%1 at %2 px").arg(id).arg(window->width());
                auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
                QVERIFY2(!more || !more->isVisible(), qPrintable(where + QStringLiteral(": the toolbar overflows")));
                QList<QToolButton*> buttons;
                for (QAction* action : bar->actions()) {
                    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action))) {
                        QVERIFY2(button->isVisible() && bar->rect().contains(button->geometry()),
                                 qPrintable(where + QStringLiteral(": ") + action->text()));
                        QVERIFY(!action->toolTip().isEmpty());
                        buttons.append(button);
                    }
                }
                QVERIFY(!buttons.isEmpty());
                QCOMPARE(buttons.constFirst()->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            }
        }
    }
    window->resize(fullWidth, window->height());
}

void TestGuiTranslated::navigationNotElided()
{
    MainWindow* window = m_controller->mainWindow();
    QTreeWidget* nav = window->navigation();
    bool sawTwoFactor = false;
    for (QTreeWidgetItemIterator it(nav); *it; ++it) {
        if ((*it)->isHidden()) {
            continue;
        }
        const QRect rect = nav->visualItemRect(*it);
        const int icon = (*it)->icon(0).isNull() ? 0 : nav->iconSize().width();
        const int textWidth = QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0));
        QVERIFY2(rect.x() + icon + textWidth <= nav->viewport()->width(),
                 qPrintable(QStringLiteral("“%1” needs %2 px, has %3")
                                .arg((*it)->text(0))
                                .arg(rect.x() + icon + textWidth)
                                .arg(nav->viewport()->width())));
        sawTwoFactor = sawTwoFactor || (*it)->text(0).startsWith(expected().twoFactor);
    }
    QVERIFY(sawTwoFactor);
    QVERIFY(nav->grab().save(QStringLiteral("navigation-%1.png").arg(lang())));
}

int main(int argc, char** argv)
{
    QTemporaryDir config;
    if (!useOffscreenScreen(config.path(), 1920, 1080)) {
        return 1;
    }
    QApplication app(argc, argv);
    const QLocale locale(QStringLiteral(BOXKEEPER_UI_LOCALE));
    QLocale::setDefault(locale);
    QTranslator qt;
    if (!AppTranslation::loadQt(&qt, locale)) {
        qCritical("qtbase_%s.qm is missing (Debian package qt6-translations-l10n)", qPrintable(lang()));
        return 1;
    }
    QCoreApplication::installTranslator(&qt);
    QTranslator own;
    if (!AppTranslation::load(&own, locale, QStringLiteral(BOXKEEPER_QM_DIR)) ||
        own.language().section(QLatin1Char('_'), 0, 0) != lang()) {
        qCritical("boxkeeper_%s.qm is missing", qPrintable(lang()));
        return 1;
    }
    QCoreApplication::installTranslator(&own);
    TestGuiTranslated test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_translated.moc"
