// The desktop shell around the pages, offscreen against a live agent, on a small screen at 175% scaling
// (1366×768 physical): the last box preselected on the next start, login focus and tab order, the lost-connection
// banner and an ended session, Copy diagnostics, About, navigation icons and widths, the window fitted to the
// screen, the Instructions page's box name, iOS/macOS profile and contacts pointer.
#include "ApiClient.h"
#include "AppController.h"
#include "AuthService.h"
#include "Banner.h"
#include "CredentialStore.h"
#include "Logging.h"
#include "MainWindow.h"
#include "OffscreenScreen.h"
#include "QrCode.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "delegates/AdminBadgeDelegate.h"
#include "dialogs/LoginDialog.h"
#include "pages/GuideTable.h"
#include "pages/InstructionsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

class TestGuiShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lastBoxPreselected();
    void loginFocusAndTabOrder();
    void windowFitsScreen();
    void navigationIconsAndWidths();
    void copyDiagnosticsAndAbout();
    void instructionsPage();
    void connectionLostAndSessionEnded();
    void adminBadgeFits();

private:
    std::unique_ptr<AppController> newController(SettingsStore* settings);
    bool logIn(AppController* controller);

    TestAgent m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestGuiShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY(Logging::install(m_dir.filePath(QStringLiteral("boxkeeper.log"))));
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr);
}

void TestGuiShell::cleanupTestCase()
{
    Logging::uninstall();
}

std::unique_ptr<AppController> TestGuiShell::newController(SettingsStore* settings)
{
    return std::make_unique<AppController>(settings, m_credentials.get());
}

bool TestGuiShell::logIn(AppController* controller)
{
    LoginDialog* login = controller->loginDialog();
    if (!QTest::qWaitFor([login] { return login->isVisible() && !login->isBusy(); }, 20000)) {
        return false;
    }
    auto* edit = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    edit->setText(m_agent.adminPassword());
    QTest::keyClick(edit, Qt::Key_Return);
    return QTest::qWaitFor([controller] { return controller->mainWindow()->isVisible(); }, 20000);
}

void TestGuiShell::lastBoxPreselected()
{
    const QString file = m_dir.filePath(QStringLiteral("restart.ini"));
    QString boxName;
    {
        // First start: the box given on the command line, logged in, then the app quits.
        SettingsStore settings(file);
        auto controller = newController(&settings);
        controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
        QVERIFY(logIn(controller.get()));
        boxName = controller->currentProfileName();
        QVERIFY(!boxName.isEmpty());
    }
    // A new process reads the file afresh; within this process QSettings would answer from its cache of the file, so
    // the second start reads a copy.
    const QString copy = m_dir.filePath(QStringLiteral("restart-2.ini"));
    QVERIFY(QFile::copy(file, copy));
    {
        // Second start, as from the desktop menu: no options.
        SettingsStore settings(copy);
        auto controller = newController(&settings);
        controller->start({});
        LoginDialog* login = controller->loginDialog();
        QVERIFY(login->isVisible());
        QCOMPARE(login->profileName(), boxName);
        QCOMPARE(login->findChild<QComboBox*>(QStringLiteral("profileComboBox"))->currentText(), boxName);
        QCOMPARE(login->url(), m_agent.baseUrl().toString());
        QCOMPARE(login->email(), m_agent.adminEmail());
        // Everything but the password is there: the password field has the focus.
        QCOMPARE(login->focusWidget(), login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")));
        QVERIFY(login->grab().save(QStringLiteral("login-dialog-restart.png")));
        QVERIFY(logIn(controller.get()));
    }
}

void TestGuiShell::loginFocusAndTabOrder()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("fresh.ini")));
    auto controller = newController(&settings);
    controller->start({});
    LoginDialog* login = controller->loginDialog();
    QVERIFY(login->isVisible());
    auto* url = login->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"));
    auto* email = login->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"));
    auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QCOMPARE(login->focusWidget(), url); // a new box: start with its address
    url->setText(m_agent.baseUrl().toString());
    login->focusFirstEmptyField();
    QCOMPARE(login->focusWidget(), email);
    email->setText(m_agent.adminEmail());
    login->focusFirstEmptyField();
    QCOMPARE(login->focusWidget(), password);

    // Tab goes down the form in reading order: box, Manage…, address, email, password, remember, the buttons.
    const QStringList expected{QStringLiteral("profileComboBox"),  QStringLiteral("manageProfilesButton"),
                               QStringLiteral("urlLineEdit"),      QStringLiteral("emailLineEdit"),
                               QStringLiteral("passwordLineEdit"), QStringLiteral("rememberCheckBox")};
    QStringList chain;
    QWidget* w = login->findChild<QWidget*>(expected.first());
    for (int i = 0; i < 40 && chain.size() < expected.size(); ++i) {
        if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty() && expected.contains(w->objectName())) {
            chain.append(w->objectName());
        }
        w = w->nextInFocusChain();
    }
    QCOMPARE(chain, expected);
    // After the remember box come the dialog's buttons, then back to the top.
    w = login->findChild<QWidget*>(QStringLiteral("rememberCheckBox"))->nextInFocusChain();
    while (!(w->focusPolicy() & Qt::TabFocus)) {
        w = w->nextInFocusChain();
    }
    QVERIFY2(qobject_cast<QPushButton*>(w) && w->parentWidget()->objectName() == QLatin1String("buttonBox"),
             qPrintable(w->objectName()));
}

void TestGuiShell::windowFitsScreen()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("fit.ini")));
    auto controller = newController(&settings);
    controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    QVERIFY(logIn(controller.get()));
    MainWindow* window = controller->mainWindow();
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(window->devicePixelRatioF() > 1.7, "the test runs at 175% scaling");
    QVERIFY2(window->width() <= available.width() * 9 / 10 + 1 && window->height() <= available.height() * 9 / 10 + 1,
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(available.width())
                            .arg(available.height())));
    QVERIFY(available.contains(window->geometry()));
    // Centred.
    QVERIFY(qAbs(window->geometry().center().x() - available.center().x()) <= 2);
    QVERIFY(window->grab().save(QStringLiteral("main-window-175-percent.png")));

    // A stable page area: switching pages moves neither the window nor the area the pages are shown in (a page that
    // needs more room than this small screen has scrolls inside it).
    auto* area = window->findChild<QScrollArea*>(QStringLiteral("pageScrollArea"));
    QVERIFY(area);
    const QRect areaGeometry = area->geometry();
    const QSize size = window->size();
    for (const QString& id : window->pageIds()) {
        QVERIFY(window->showPage(id));
        QCoreApplication::processEvents();
        QCOMPARE(window->size(), size);
        QVERIFY2(area->geometry() == areaGeometry, qPrintable(id));
        QCOMPARE(area->widget()->pos(), QPoint(0, 0));
    }

    // A geometry saved on a bigger screen is pulled back onto this one.
    window->setGeometry(QRect(available.topLeft() + QPoint(400, 300), QSize(3000, 2000)));
    window->fitToScreen(true);
    QVERIFY(available.contains(window->geometry()));
}

void TestGuiShell::navigationIconsAndWidths()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("nav.ini")));
    auto controller = newController(&settings);
    controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    QVERIFY(logIn(controller.get()));
    QTreeWidget* nav = controller->mainWindow()->navigation();
    int pages = 0;
    for (QTreeWidgetItemIterator it(nav); *it; ++it) {
        if ((*it)->childCount() > 0) {
            continue; // a group heading
        }
        ++pages;
        QVERIFY2(!(*it)->icon(0).isNull(), qPrintable((*it)->text(0)));
        const QRect rect = nav->visualItemRect(*it);
        const int textWidth = QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0));
        QVERIFY2(rect.x() + nav->iconSize().width() + textWidth <= nav->viewport()->width(),
                 qPrintable((*it)->text(0)));
    }
    QCOMPARE(pages, 16);
    // Every icon the navigation and the page toolbars use is bundled (the look does not depend on a theme).
    for (const char* name : {"dialog-information",
                             "security-high",
                             "document-save",
                             "network-server",
                             "network-workgroup",
                             "utilities-system-monitor",
                             "help-contents",
                             "system-users",
                             "mail-forward",
                             "dialog-password",
                             "x-office-calendar",
                             "internet-web-browser",
                             "list-add",
                             "list-remove",
                             "edit-delete",
                             "document-edit",
                             "document-export",
                             "document-import",
                             "view-refresh",
                             "edit-copy",
                             "edit-find",
                             "user-trash",
                             "drive-harddisk",
                             "document-encrypt",
                             "document-open-recent",
                             "go-down"}) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!QIcon(path).pixmap(24, 24).isNull(), qPrintable(path));
    }
    // And every page toolbar button shows one.
    for (const QString& id : {QStringLiteral("users"), QStringLiteral("aliases")}) {
        const auto bars = controller->mainWindow()->page(id)->findChildren<QToolBar*>();
        QVERIFY(!bars.isEmpty());
        for (QToolBar* bar : bars) {
            for (QAction* action : bar->actions()) {
                QVERIFY2(action->isSeparator() || !action->icon().isNull(), qPrintable(action->text()));
            }
        }
    }
    QVERIFY(nav->grab().save(QStringLiteral("navigation.png")));
}

void TestGuiShell::copyDiagnosticsAndAbout()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("diag.ini")));
    auto controller = newController(&settings);
    controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    QVERIFY(logIn(controller.get()));
    MainWindow* window = controller->mainWindow();
    QGuiApplication::clipboard()->clear();
    auto* copy = window->findChild<QAction*>(QStringLiteral("copyDiagnosticsAction"));
    QVERIFY(copy);
    copy->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.startsWith(QLatin1String("Boxkeeper ")));
    QVERIFY(text.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
    QVERIFY(text.contains(QLatin1String("Platform: offscreen")));
    QVERIFY(text.contains(QLatin1String("Box: ") + m_agent.baseUrl().toString()));
    QVERIFY2(text.contains(QLatin1String("boxkeeper.net: POST /admin/login 200")), qPrintable(text));
    QVERIFY(!text.contains(m_agent.adminPassword()));
    QVERIFY(!text.contains(controller->auth()->session().apiKey));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("copied")));

    auto* about = window->findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QCoreApplication::applicationVersion().isEmpty()
                                     ? QStringLiteral("Boxkeeper")
                                     : QCoreApplication::applicationVersion()));
    QVERIFY(box->text().contains(QLatin1String(qVersion())));
    QVERIFY(box->text().contains(QLatin1String("GNU General Public License")));
    QVERIFY(box->grab().save(QStringLiteral("about-box.png")));
    box->close();
}

void TestGuiShell::instructionsPage()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("guide.ini")));
    auto controller = newController(&settings);
    controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    QVERIFY(logIn(controller.get()));
    MainWindow* window = controller->mainWindow();
    QVERIFY(window->showPage(QStringLiteral("instructions")));
    InstructionsPage* page = window->instructionsPage();
    GuideTable* table = page->table();
    // The box's PRIMARY_HOSTNAME when the agent says it, else the address's host when it is a name; an IP address
    // is shown with a note that it is not the box's name.
    const Session& session = controller->auth()->session();
    const QString expected = session.primaryHostname.isEmpty() ? m_agent.baseUrl().host() : session.primaryHostname;
    QCOMPARE(table->value(QStringLiteral("server")), expected);
    QCOMPARE(table->value(QStringLiteral("serverNote")).isEmpty(), !session.primaryHostname.isEmpty());
    // Each port once.
    int imap = 0;
    for (QLabel* l : table->findChildren<QLabel*>()) {
        imap += l->text().count(QLatin1String("993"));
    }
    QCOMPARE(imap, 1);
    // The iOS/macOS profile: link and QR code of the same address.
    const QString profile = QStringLiteral("https://%1/mailinabox.mobileconfig").arg(expected);
    QCOMPARE(page->mobileConfigUrl(), profile);
    QCOMPARE(table->value(QStringLiteral("mobileconfig")), profile);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("mobileConfigLabel"))->text().contains(profile));
    QLabel* qr = page->mobileConfigQrLabel();
    QVERIFY(qr->isVisible());
    QCOMPARE(qr->pixmap().toImage().convertToFormat(QImage::Format_RGB32),
             QrCode::image(profile, 3).convertToFormat(QImage::Format_RGB32));
    QVERIFY(window->grab().save(QStringLiteral("instructions-page-profile.png")));
    // The pointer to the contacts and calendar setup switches pages.
    auto* sync = page->findChild<QLabel*>(QStringLiteral("syncLinkLabel"));
    QVERIFY(sync->text().contains(QLatin1String("href=\"#sync\"")));
    emit sync->linkActivated(QStringLiteral("#sync"));
    QCOMPARE(window->currentPage(), QStringLiteral("sync"));
}

void TestGuiShell::connectionLostAndSessionEnded()
{
    SettingsStore settings(m_dir.filePath(QStringLiteral("lost.ini")));
    auto controller = newController(&settings);
    controller->start({m_agent.baseUrl().toString(), m_agent.adminEmail(), m_agent.fingerprint(), QString()});
    QVERIFY(logIn(controller.get()));
    MainWindow* window = controller->mainWindow();
    QVERIFY(window->showPage(QStringLiteral("instructions")));
    Banner* banner = window->connectionBanner();
    QVERIFY(!banner->isVisible());
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    auto* status = window->findChild<QLabel*>(QStringLiteral("loginLabel"));
    QVERIFY(status->text().startsWith(QLatin1String("Logged in")));

    // The box goes away: the next call fails, and the window says so.
    const quint16 port = m_agent.port();
    const QString dir = m_agent.dir();
    m_agent.stop();
    controller->client()->probeConnection();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Cannot reach %1: ").arg(controller->currentProfileName())),
             qPrintable(banner->text()));
    QVERIFY(banner->actionButton()->isVisible());
    QVERIFY(!pages->isEnabled());
    QVERIFY2(!status->text().contains(QLatin1String("Logged in")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("Not connected")));
    QVERIFY(window->grab().save(QStringLiteral("main-window-connection-lost.png")));

    // Reconnect while it is still down: the banner stays.
    banner->actionButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(banner->actionButton()->isEnabled(), 30000);
    QVERIFY(banner->text().startsWith(QLatin1String("Cannot reach")));
    QVERIFY(!pages->isEnabled());

    // The box is back (restarted, so its sessions are gone): Reconnect ends at the login dialog with a message that
    // says so, not "Incorrect email address or password.".
    QString error;
    QVERIFY2(m_agent.start(&error, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}, dir),
             qPrintable(error));
    QCOMPARE(m_agent.port(), port);
    banner->actionButton()->click();
    LoginDialog* login = controller->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible(), 30000);
    QVERIFY2(login->message().contains(QLatin1String("session")) && login->message().contains(QLatin1String("ended")),
             qPrintable(login->message()));
    QVERIFY(!login->message().contains(QLatin1String("Incorrect")));
    QVERIFY(login->grab().save(QStringLiteral("login-dialog-session-ended.png")));

    QVERIFY(logIn(controller.get()));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(pages->isEnabled());
    QVERIFY(status->text().startsWith(QLatin1String("Logged in")));
}

void TestGuiShell::adminBadgeFits()
{
    // The badge's text is as tall as the font and as wide as the word, inside the cell the delegate asks for.
    constexpr int adminRole = Qt::UserRole + 7;
    QStandardItemModel model(1, 1);
    for (const QString& word : {QStringLiteral("admin"), QStringLiteral("Administrator")}) {
        model.setData(model.index(0, 0), word);
        model.setData(model.index(0, 0), true, adminRole);
        QTreeView view;
        view.setModel(&model);
        AdminBadgeDelegate delegate(adminRole);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        const QSize hint = delegate.sizeHint(option, model.index(0, 0));
        option.rect = QRect(QPoint(), hint);
        const QRect badge = AdminBadgeDelegate::badgeRect(option, word);
        const QFontMetrics metrics(option.font);
        QVERIFY2(badge.height() >= metrics.height(), qPrintable(word));
        QVERIFY2(badge.width() >= metrics.horizontalAdvance(word) + 2 * AdminBadgeDelegate::padding, qPrintable(word));
        QVERIFY(option.rect.contains(badge));

        // Blue when enabled, greyed in a disabled view (the page while the box cannot be reached): the colour at the
        // badge's centre, just inside its left end (the text is white and centred).
        const auto fillAt = [&](bool enabled) {
            QStyleOptionViewItem o = option;
            o.state.setFlag(QStyle::State_Enabled, enabled);
            QImage image(hint, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, o, model.index(0, 0));
            painter.end();
            return image.pixelColor(badge.left() + badge.height() / 2, badge.center().y());
        };
        QCOMPARE(fillAt(true), QColor(0x1f, 0x6f, 0xb2));
        QVERIFY2(fillAt(false) != QColor(0x1f, 0x6f, 0xb2), qPrintable(fillAt(false).name()));
    }
}

int main(int argc, char** argv)
{
    // A 1366×768 screen at 175%: about 780×439 logical pixels, where a fixed 1000×640 window overflowed.
    QTemporaryDir config;
    if (!useOffscreenScreen(config.path(), 1366, 768)) {
        return 1;
    }
    qputenv("QT_SCALE_FACTOR", "1.75");
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(BOXKEEPER_VERSION));
    TestGuiShell test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_shell.moc"
