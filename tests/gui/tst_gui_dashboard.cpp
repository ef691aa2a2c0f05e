// The Boxes page (dashboard) with three live agents, each its own temporary box: one healthy, one with a failing
// status check (its greylisting service checked on a closed port), one stopped after its Users page was shown once.
// The table shows each box's state with its icons; a check breaking while the dashboard runs raises exactly one
// notification (the notification sink is the seam here) and running longer does not repeat it; the mute switch is a
// click and is kept in the settings; the offline view of the stopped box shows its cached users "as of" their fetch
// under a banner; "Open" on another box goes to its login. Screenshots of the page and the offline view land in the
// working directory.
#include "ApiClient.h"
#include "AuthService.h"
#include "Banner.h"
#include "CertTrustStore.h"
#include "FleetModel.h"
#include "FleetMonitor.h"
#include "GuiSession.h"
#include "OfflineCache.h"
#include "OffscreenScreen.h"
#include "TestFleet.h"
#include "TestLogin.h"
#include "UsersModel.h"
#include "pages/DashboardPage.h"
#include "pages/OfflineBoxView.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

class TestGuiDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statesShown();
    void checkBreakingNotifiesOnce();
    void muteIsOneClick();
    void offlineViewOfTheStoppedBox();
    void openAnotherBox();

private:
    Session logIn(TestAgent& agent) { return TestLogin::logIn(agent, &m_trust, this); }
    QModelIndex cell(const QString& box, int column) const
    {
        FleetModel* model = m_page->model();
        return model->index(model->rowOf(box), column);
    }
    QPushButton* rowButton(const QString& box, const QString& name) const
    {
        QWidget* w = m_page->view()->indexWidget(cell(box, FleetModel::Actions));
        return w ? w->findChild<QPushButton*>(name) : nullptr;
    }
    StatusItem::Type stateOf(const QString& box, int column) const
    {
        return StatusItem::Type(cell(box, column).data(FleetModel::StateRole).toInt());
    }
    FleetMonitor* monitor() const { return m_session->controller()->fleetMonitor(); }
    // Every notification so far, for a failure's message.
    QString said() const
    {
        QStringList lines;
        for (const NotificationSink::Notification& n : m_sink.received)
            lines.append(n.box + QStringLiteral(" | ") + n.title + QStringLiteral(" | ") + n.body);
        return lines.join(QLatin1Char('\n'));
    }

    QTemporaryDir m_home;
    TestAgent m_healthy;
    TestAgent m_failing;
    TestAgent m_stopped;
    QString m_stoppedName;
    CertTrustStore m_trust;
    std::unique_ptr<GuiSession> m_session;
    TestFleet::RecordingSink m_sink;
    DashboardPage* m_page = nullptr;
    const QString m_onlyHere = QStringLiteral("kept-offline@example.com");
};

void TestGuiDashboard::initTestCase()
{
    // The app's data folder (and so the offline cache) of this test alone.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_healthy.start(&error), qPrintable(error));
    QVERIFY2(TestFleet::makeHealthy(&m_healthy, &error), qPrintable(error));
    QVERIFY2(m_failing.start(&error), qPrintable(error));
    QVERIFY2(TestFleet::stopPostgrey(&m_failing, &error), qPrintable(error));
    QVERIFY2(m_stopped.start(&error), qPrintable(error));
    QCOMPARE(ApiProbe(&m_stopped).addUser(m_onlyHere, QStringLiteral("a-long-password-1")), 200);

    // Logged in to the box that will stop; its Users page (the admin's first page) fills the offline cache.
    m_session = std::make_unique<GuiSession>(&m_stopped);
    QVERIFY(m_session->logIn(m_stopped.adminPassword()));
    m_stoppedName = m_session->controller()->currentProfileName();
    OfflineCache* cache = m_session->controller()->offlineCache();
    QVERIFY(cache);
    QTRY_VERIFY_WITH_TIMEOUT(cache->load(m_stoppedName, OfflineCache::Kind::Users).isValid(), 20000);
    // And its Status Checks page, once.
    QVERIFY(m_session->window()->showPage(QStringLiteral("status")));
    QTRY_VERIFY_WITH_TIMEOUT(cache->load(m_stoppedName, OfflineCache::Kind::Status).isValid(), 60000);
    m_stopped.stop();

    // Two more boxes, watched with sessions of their own (no keychain here).
    SettingsStore* settings = m_session->controller()->settings();
    settings->saveProfile(TestFleet::profile(QStringLiteral("Healthy"), m_healthy));
    settings->saveProfile(TestFleet::profile(QStringLiteral("Failing"), m_failing));
    settings->sync();
    monitor()->reloadProfiles();
    monitor()->setNotificationSink(&m_sink);
    monitor()->setIntervalMs(1500);
    monitor()->setSession(QStringLiteral("Healthy"), logIn(m_healthy));
    monitor()->setSession(QStringLiteral("Failing"), logIn(m_failing));
    QVERIFY(monitor()->isRunning());

    m_page = m_session->window()->dashboardPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("boxes")));
    QCOMPARE(m_page->model()->rowCount(), 3);
    for (const QString& box : {m_stoppedName, QStringLiteral("Healthy"), QStringLiteral("Failing")})
        QTRY_VERIFY_WITH_TIMEOUT(monitor()->health(box).polledAt.isValid(), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(monitor()->health(m_stoppedName).state, BoxHealth::State::Unreachable, 60000);
    for (const QString& box : {QStringLiteral("Healthy"), QStringLiteral("Failing")})
        QTRY_VERIFY_WITH_TIMEOUT(monitor()->health(box).isReachable() && monitor()->health(box).checksKnown, 120000);
    // Should the first poll have found the box still up, it said once that it stopped answering; that is not the
    // notification counted below.
    m_sink.received.clear();
}

void TestGuiDashboard::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiDashboard::statesShown()
{
    QCOMPARE(cell(QStringLiteral("Healthy"), FleetModel::State).data().toString(), QStringLiteral("Answering"));
    QCOMPARE(stateOf(QStringLiteral("Healthy"), FleetModel::State), StatusItem::Type::Ok);
    // A test box on loopback fails the checks that need public DNS, a real certificate and a first backup; the
    // healthy box fails nothing beyond them, the failing one its greylisting service too, shown first.
    const BoxHealth healthy = monitor()->health(QStringLiteral("Healthy"));
    const QString healthyChecks = cell(QStringLiteral("Healthy"), FleetModel::Checks).data().toString();
    QVERIFY2(healthyChecks.startsWith(QStringLiteral("%1 failing: ").arg(healthy.errorChecks)),
             qPrintable(healthyChecks));
    QVERIFY2(!healthyChecks.contains(QLatin1String("is not running")), qPrintable(healthyChecks));
    QVERIFY(!cell(QStringLiteral("Healthy"), FleetModel::Version).data().toString().isEmpty());
    QVERIFY(!cell(QStringLiteral("Healthy"), FleetModel::Backup).data().toString().isEmpty());
    QVERIFY(!cell(QStringLiteral("Healthy"), FleetModel::Certificates).data().toString().isEmpty());
    QVERIFY(!cell(QStringLiteral("Healthy"), FleetModel::LastPoll).data().toString().isEmpty());

    QCOMPARE(cell(QStringLiteral("Failing"), FleetModel::State).data().toString(), QStringLiteral("Answering"));
    const QString checks = cell(QStringLiteral("Failing"), FleetModel::Checks).data().toString();
    QVERIFY2(checks.startsWith(QStringLiteral("%1 failing: Postgrey is not running").arg(healthy.errorChecks + 1)),
             qPrintable(checks));
    QCOMPARE(stateOf(QStringLiteral("Failing"), FleetModel::Checks), StatusItem::Type::Error);

    QCOMPARE(cell(m_stoppedName, FleetModel::State).data().toString(), QStringLiteral("Not answering"));
    QCOMPARE(stateOf(m_stoppedName, FleetModel::State), StatusItem::Type::Error);
    QVERIFY(!cell(m_stoppedName, FleetModel::State).data(Qt::ToolTipRole).toString().isEmpty()); // why

    // "Open" on every row; "Offline view" only where the box does not answer and something is kept.
    for (const QString& box : {m_stoppedName, QStringLiteral("Healthy"), QStringLiteral("Failing")})
        QVERIFY(rowButton(box, QStringLiteral("openButton")) &&
                rowButton(box, QStringLiteral("openButton"))->isVisible());
    QVERIFY(rowButton(m_stoppedName, QStringLiteral("offlineButton"))->isVisible());
    QVERIFY(!rowButton(QStringLiteral("Healthy"), QStringLiteral("offlineButton"))->isVisible());
    QVERIFY(m_session->window()->grab().save(QStringLiteral("dashboard-page.png")));
}

void TestGuiDashboard::checkBreakingNotifiesOnce()
{
    QVERIFY(m_sink.received.isEmpty());
    QVERIFY(TestFleet::requireReboot(m_healthy));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sink.received.isEmpty(), 120000);
    QVERIFY2(m_sink.received.size() == 1, qPrintable(said()));
    QCOMPARE(m_sink.received.first().box, QStringLiteral("Healthy"));
    QVERIFY2(m_sink.received.first().body.contains(QLatin1String("reboot")), qPrintable(m_sink.received.first().body));
    QTRY_VERIFY_WITH_TIMEOUT(
        cell(QStringLiteral("Healthy"), FleetModel::Updates).data().toString().contains(QLatin1String("reboot")), 5000);
    QCOMPARE(stateOf(QStringLiteral("Healthy"), FleetModel::Updates), StatusItem::Type::Warning);
    QVERIFY(monitor()
                ->health(QStringLiteral("Healthy"))
                .errorTexts.join(QLatin1Char(' '))
                .contains(QLatin1String("reboot")));
    // Three more polls of the box, still broken: no second notification.
    int polls = 0;
    const auto c = connect(monitor(), &FleetMonitor::pollingChanged, this, [&](const QString& box, bool polling) {
        polls += box == QLatin1String("Healthy") && !polling ? 1 : 0;
    });
    QTRY_VERIFY_WITH_TIMEOUT(polls >= 3, 120000);
    disconnect(c);
    QVERIFY2(m_sink.received.size() == 1, qPrintable(said()));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("dashboard-page-broken.png")));
}

void TestGuiDashboard::muteIsOneClick()
{
    QTreeView* view = m_page->view();
    const QModelIndex mute = cell(QStringLiteral("Failing"), FleetModel::Muted);
    QCOMPARE(mute.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    view->scrollTo(mute);
    // A click on the check box of the row's Mute cell.
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(mute);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QTRY_COMPARE(mute.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(monitor()->isMuted(QStringLiteral("Failing")));
    QVERIFY(SettingsStore(m_session->controller()->settings()->fileName()).isBoxMuted(QStringLiteral("Failing")));
    // Muted, a further break of that box says nothing.
    const int before = int(m_sink.received.size());
    QVERIFY(TestFleet::requireReboot(m_failing));
    QTRY_VERIFY_WITH_TIMEOUT(monitor()->health(QStringLiteral("Failing")).rebootRequired, 120000);
    QVERIFY2(m_sink.received.size() == before, qPrintable(said()));
}

void TestGuiDashboard::offlineViewOfTheStoppedBox()
{
    QPushButton* button = rowButton(m_stoppedName, QStringLiteral("offlineButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    OfflineBoxView* view = m_page->offlineView();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->box(), m_stoppedName);
    QVERIFY2(view->banner()->text().contains(QLatin1String("cannot be reached")), qPrintable(view->banner()->text()));
    QCOMPARE(view->banner()->kind(), Banner::Kind::Error);
    // The users as the Users page fetched them, the one added before included.
    QVERIFY(view->usersModel()->indexOfUser(m_onlyHere).isValid());
    QVERIFY(view->usersModel()->indexOfUser(m_stopped.adminEmail()).isValid());
    const QDateTime fetched = view->fetched(OfflineCache::Kind::Users);
    QVERIFY(fetched.isValid());
    QVERIFY(fetched <= QDateTime::currentDateTimeUtc());
    auto* asOf = view->findChild<QLabel*>(QStringLiteral("usersAsOfLabel"));
    QVERIFY(asOf);
    QVERIFY2(asOf->text().startsWith(QLatin1String("As of ")), qPrintable(asOf->text()));
    // Read-only: no way to edit a row.
    auto* users = view->findChild<QTreeView*>(QStringLiteral("usersTreeView"));
    QCOMPARE(users->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(view->grab().save(QStringLiteral("offline-view-users.png")));
    // The status checks as its Status Checks page fetched them.
    QVERIFY(view->fetched(OfflineCache::Kind::Status).isValid());
    auto* status = view->findChild<QTreeView*>(QStringLiteral("statusTreeView"));
    QVERIFY(status && status->model()->rowCount() > 0);
    view->tabs()->setCurrentIndex(3);
    QVERIFY(view->grab().save(QStringLiteral("offline-view-status.png")));
    view->close();
}

void TestGuiDashboard::openAnotherBox()
{
    // Enter on the open box's row shows its pages (it is open already).
    m_page->view()->setCurrentIndex(cell(m_stoppedName, FleetModel::Box));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QTRY_COMPARE(m_session->window()->currentPage(), QStringLiteral("status"));
    QVERIFY(m_session->window()->isVisible());
    QVERIFY(m_session->window()->showPage(QStringLiteral("boxes")));
    // "Open" on another box: its login, that box chosen.

    QPushButton* open = rowButton(QStringLiteral("Failing"), QStringLiteral("openButton"));
    QVERIFY(open);
    open->click();
    LoginDialog* login = m_session->controller()->loginDialog();
    QTRY_VERIFY(login->isVisible());
    QCOMPARE(login->profileName(), QStringLiteral("Failing"));
    QVERIFY(login->grab().save(QStringLiteral("dashboard-open-login.png")));
}

int main(int argc, char** argv)
{
    // A common desktop: the whole table in view for the screenshots.
    QTemporaryDir config;
    if (!useOffscreenScreen(config.path(), 1920, 1080)) {
        return 1;
    }
    QApplication app(argc, argv);
    TestGuiDashboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_dashboard.moc"
