// The desktop in German on a 1920×1080 screen: Qt's own buttons translated ("Abbrechen"), the page toolbars fit the
// default window (no "»" overflow), no navigation entry elided.
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
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

class TestGuiGerman : public QObject
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

void TestGuiGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr);
    m_controller = std::make_unique<AppController>(m_settings.get(), m_credentials.get());
    m_controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
}

void TestGuiGerman::cleanupTestCase()
{
    m_controller.reset();
}

void TestGuiGerman::qtButtonsTranslated()
{
    LoginDialog* login = m_controller->loginDialog();
    auto* buttons = login->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QVERIFY(login->grab().save(QStringLiteral("login-dialog-de.png")));
}

void TestGuiGerman::toolbarsFit()
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
        for (const QString& id : {QStringLiteral("users"), QStringLiteral("aliases")}) {
            QVERIFY(window->showPage(id));
            QTest::qWait(50);
            // The screenshot first, so that a failure leaves it to look at.
            QVERIFY(window->grab().save(QStringLiteral("main-window-de-%1-%2.png").arg(id).arg(width)));
            const auto toolBars = window->page(id)->findChildren<QToolBar*>();
            QVERIFY(!toolBars.isEmpty());
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

void TestGuiGerman::navigationNotElided()
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
        sawTwoFactor = sawTwoFactor || (*it)->text(0).startsWith(QLatin1String("Zwei-Faktor"));
    }
    QVERIFY(sawTwoFactor);
    QVERIFY(nav->grab().save(QStringLiteral("navigation-de.png")));
}

int main(int argc, char** argv)
{
    QTemporaryDir config;
    if (!useOffscreenScreen(config.path(), 1920, 1080)) {
        return 1;
    }
    QApplication app(argc, argv);
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QTranslator qt;
    if (!AppTranslation::loadQt(&qt, german)) {
        qCritical("qtbase_de.qm is missing (Debian package qt6-translations-l10n)");
        return 1;
    }
    QCoreApplication::installTranslator(&qt);
    QTranslator own;
    if (!AppTranslation::load(&own, german, QStringLiteral(BOXKEEPER_QM_DIR))) {
        return 1;
    }
    QCoreApplication::installTranslator(&own);
    TestGuiGerman test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_german.moc"
