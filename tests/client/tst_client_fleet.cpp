// The dashboard's background watch (FleetMonitor) over three live agents, each its own temporary box: one healthy,
// one with a failing status check (its greylisting service checked on a closed port), one stopped after its users
// were fetched once; and a profile without credentials. Checks the states and the parts of each BoxHealth, the bound
// on calls in flight, the offline cache filled by the polls and by an ordinary fetch; then a check breaking while it
// runs raises exactly one notification, running longer does not repeat it, a muted box notifies nothing, and a poll
// spanning a sleep of the machine is not reported (the box polled again after it is).
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "CredentialStore.h"
#include "FleetModel.h"
#include "FleetMonitor.h"
#include "OfflineCache.h"
#include "SettingsStore.h"
#include "TestFleet.h"
#include "TestLogin.h"
#include "UsersJob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestClientFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statesOfThreeBoxes();
    void pollsFillTheOfflineCache();
    void tableOfTheBoxes();
    void checkBreakingNotifiesOnce();
    void mutedBoxNotifiesNothing();
    void pollSpanningASleepIsNotReported();

private:
    Session logIn(TestAgent& agent) { return TestLogin::logIn(agent, &m_trust, this); }
    // Waits until `box` has finished `polls` more polls.
    bool waitForPolls(const QString& box, int polls, int timeoutMs = 120000)
    {
        int seen = 0;
        const QMetaObject::Connection c =
            connect(m_monitor.get(), &FleetMonitor::pollingChanged, this, [&](const QString& name, bool polling) {
                if (name == box && !polling)
                    ++seen;
            });
        const bool ok = QTest::qWaitFor([&] { return seen >= polls; }, timeoutMs);
        disconnect(c);
        return ok;
    }

    TestAgent m_healthy;
    TestAgent m_failing;
    TestAgent m_stopped;
    QTemporaryDir m_dir;
    CertTrustStore m_trust;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<OfflineCache> m_cache;
    std::unique_ptr<FleetMonitor> m_monitor;
    TestFleet::RecordingSink m_sink;
    qint64 m_clockOffset = 0;
};

void TestClientFleet::initTestCase()
{
    QString error;
    QVERIFY2(m_healthy.start(&error), qPrintable(error));
    QVERIFY2(TestFleet::makeHealthy(&m_healthy, &error), qPrintable(error));
    QVERIFY2(m_failing.start(&error), qPrintable(error));
    QVERIFY2(TestFleet::stopPostgrey(&m_failing, &error), qPrintable(error));
    QVERIFY2(m_stopped.start(&error), qPrintable(error));

    m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
    BoxProfile nobody = TestFleet::profile(QStringLiteral("Nobody's"), m_healthy);
    nobody.email = QStringLiteral("someone@example.com"); // nothing remembered, no session
    m_settings->setProfiles({TestFleet::profile(QStringLiteral("Healthy"), m_healthy),
                             TestFleet::profile(QStringLiteral("Failing"), m_failing),
                             TestFleet::profile(QStringLiteral("Stopped"), m_stopped), nobody});
    m_cache = std::make_unique<OfflineCache>(m_dir.filePath(QStringLiteral("offline")));

    // The stopped box's users were fetched once (as its Users page does) before it stopped.
    {
        ApiClient client(m_stopped.baseUrl(), &m_trust);
        m_trust.setPin(client.hostKey(), m_stopped.fingerprint());
        client.setOfflineCache(m_cache.get(), QStringLiteral("Stopped"));
        AuthService auth(&client);
        QVERIFY(TestLogin::logIn(&auth, m_stopped.adminEmail(), m_stopped.adminPassword()).isValid());
        UsersJob* job = client.fetchUsers();
        QSignalSpy done(job, &UsersJob::finished);
        QVERIFY(done.wait(20000));
    }
    QVERIFY(m_cache->load(QStringLiteral("Stopped"), OfflineCache::Kind::Users).isValid());
    m_stopped.stop();

    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr);
    m_monitor = std::make_unique<FleetMonitor>(m_settings.get(), m_credentials.get());
    m_monitor->setOfflineCache(m_cache.get());
    m_monitor->setNotificationSink(&m_sink);
    m_monitor->setIntervalMs(1000);
    m_monitor->setMaxInFlight(4);
    m_monitor->setSleepCheckMs(200);
    m_monitor->setResumeDelayMs(1500);
    m_monitor->setWallClock([this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffset; });
    const Session healthy = logIn(m_healthy);
    const Session failing = logIn(m_failing);
    QVERIFY(healthy.isValid() && failing.isValid());
    m_monitor->setSession(QStringLiteral("Healthy"), healthy);
    m_monitor->setSession(QStringLiteral("Failing"), failing);
    Session stopped;
    stopped.email = m_stopped.adminEmail();
    stopped.apiKey = QStringLiteral("the-session-of-a-box-that-went-away");
    m_monitor->setSession(QStringLiteral("Stopped"), stopped);
    QCOMPARE(m_monitor->boxes(), QStringList({"Healthy", "Failing", "Stopped", "Nobody's"}));
    m_monitor->start();
    QVERIFY(m_monitor->isRunning());
    for (const QString& box : m_monitor->boxes())
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->health(box).polledAt.isValid(), 120000);
}

void TestClientFleet::cleanupTestCase()
{
    m_monitor.reset();
}

void TestClientFleet::statesOfThreeBoxes()
{
    const BoxHealth healthy = m_monitor->health(QStringLiteral("Healthy"));
    QCOMPARE(healthy.state, BoxHealth::State::Reachable);
    QVERIFY(healthy.checksKnown);
    // A test box on loopback fails the checks that need public DNS, a real certificate and a first backup, as every
    // such box does; nothing beyond them.
    const QString healthyErrors = healthy.errorTexts.join(QLatin1Char('\n'));
    QVERIFY2(!healthyErrors.contains(QLatin1String("is not running")), qPrintable(healthyErrors));
    QVERIFY2(!healthyErrors.contains(QLatin1String("reboot")), qPrintable(healthyErrors));
    QCOMPARE(healthy.errorChecks, int(healthy.errorTexts.size()));
    QVERIFY(healthy.backupKnown);
    QVERIFY(healthy.certificatesKnown);
    QVERIFY(healthy.updatesKnown);
    QCOMPARE(healthy.pendingUpdates, 0);
    QVERIFY(healthy.rebootKnown);
    QVERIFY(!healthy.rebootRequired);
    QVERIFY(!healthy.boxVersion.isEmpty());
    QVERIFY(!healthy.agentVersion.isEmpty()); // our agent: from its capabilities
    QVERIFY(healthy.answeredAt.isValid());

    const BoxHealth failing = m_monitor->health(QStringLiteral("Failing"));
    QCOMPARE(failing.state, BoxHealth::State::Reachable);
    QVERIFY(failing.checksKnown);
    QVERIFY2(failing.errorChecks == healthy.errorChecks + 1, // the same box, with its greylisting service down
             qPrintable(failing.errorTexts.join(QLatin1Char('\n')) + QLatin1String("\n---\n") + healthyErrors));
    QVERIFY(failing.updatesKnown);
    QCOMPARE(failing.pendingUpdates, 0);
    QVERIFY2(failing.worstCheck.startsWith(QLatin1String("Postgrey is not running (port ")),
             qPrintable(failing.worstCheck));

    const BoxHealth stopped = m_monitor->health(QStringLiteral("Stopped"));
    QCOMPARE(stopped.state, BoxHealth::State::Unreachable);
    QVERIFY(!stopped.error.isEmpty());
    QVERIFY(!stopped.answeredAt.isValid());

    QCOMPARE(m_monitor->health(QStringLiteral("Nobody's")).state, BoxHealth::State::SignInNeeded);

    // Never more calls under way than allowed, though every box has several.
    QVERIFY(m_monitor->peakInFlight() >= 2);
    QVERIFY(m_monitor->peakInFlight() <= 4);
    // What the boxes showed at the start is no news.
    QVERIFY(m_sink.received.isEmpty());
}

void TestClientFleet::pollsFillTheOfflineCache()
{
    for (const QString& box : {QStringLiteral("Healthy"), QStringLiteral("Failing")}) {
        for (OfflineCache::Kind kind :
             {OfflineCache::Kind::Status, OfflineCache::Kind::Certificates, OfflineCache::Kind::Backups})
            QVERIFY2(m_cache->load(box, kind).isValid(), qPrintable(box + OfflineCache::kindName(kind)));
    }
    // The stopped box keeps what was fetched before it stopped.
    const OfflineCache::Entry users = m_cache->load(QStringLiteral("Stopped"), OfflineCache::Kind::Users);
    QVERIFY(users.isValid());
    QVERIFY(users.answer.contains(m_stopped.adminEmail().toUtf8()));
    QVERIFY(!users.answer.contains(m_stopped.adminPassword().toUtf8()));
}

void TestClientFleet::tableOfTheBoxes()
{
    FleetModel model(m_monitor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.boxAt(0), QStringLiteral("Healthy"));
    const auto text = [&](const QString& box, int column) { return model.index(model.rowOf(box), column).data(); };
    QCOMPARE(text(QStringLiteral("Healthy"), FleetModel::State).toString(), QStringLiteral("Answering"));
    QCOMPARE(text(QStringLiteral("Stopped"), FleetModel::State).toString(), QStringLiteral("Not answering"));
    QCOMPARE(text(QStringLiteral("Nobody's"), FleetModel::State).toString(), QStringLiteral("Sign in to watch"));
    QCOMPARE(
        StatusItem::Type(
            model.index(model.rowOf(QStringLiteral("Stopped")), FleetModel::State).data(FleetModel::StateRole).toInt()),
        StatusItem::Type::Error);
    QVERIFY(text(QStringLiteral("Failing"), FleetModel::Checks).toString().contains(QLatin1String("Postgrey")));
    QCOMPARE(StatusItem::Type(model.index(model.rowOf(QStringLiteral("Failing")), FleetModel::Checks)
                                  .data(FleetModel::StateRole)
                                  .toInt()),
             StatusItem::Type::Error);
    QCOMPARE(text(QStringLiteral("Healthy"), FleetModel::Updates).toString(), QStringLiteral("Up to date"));
    QVERIFY(text(QStringLiteral("Healthy"), FleetModel::Version).toString().contains(QLatin1String("agent")));
    // The mute switch is the model's check box; it reaches the monitor and the settings.
    const QModelIndex mute = model.index(model.rowOf(QStringLiteral("Nobody's")), FleetModel::Muted);
    QVERIFY(mute.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(mute, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_monitor->isMuted(QStringLiteral("Nobody's")));
    QCOMPARE(mute.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(mute, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_monitor->isMuted(QStringLiteral("Nobody's")));
    // A box added to the profiles shows up; one removed goes.
    BoxProfile extra = TestFleet::profile(QStringLiteral("Extra"), m_stopped);
    m_settings->saveProfile(extra);
    m_monitor->reloadProfiles();
    QCOMPARE(model.rowCount(), 5);
    m_settings->removeProfile(QStringLiteral("Extra"));
    m_monitor->reloadProfiles();
    QCOMPARE(model.rowCount(), 4);
}

void TestClientFleet::checkBreakingNotifiesOnce()
{
    QVERIFY(TestFleet::requireReboot(m_healthy));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sink.received.isEmpty(), 120000);
    QCOMPARE(m_sink.received.size(), 1);
    const NotificationSink::Notification n = m_sink.received.first();
    QCOMPARE(n.box, QStringLiteral("Healthy"));
    QVERIFY2(n.title.startsWith(QLatin1String("Healthy")), qPrintable(n.title));
    QVERIFY2(n.body.contains(QLatin1String("reboot")), qPrintable(n.body));
    const BoxHealth now = m_monitor->health(QStringLiteral("Healthy"));
    QVERIFY(now.errorChecks >= 1);
    QVERIFY(now.rebootRequired);
    // Still broken over more polls of every box: not repeated.
    QVERIFY(waitForPolls(QStringLiteral("Healthy"), 3));
    QVERIFY(waitForPolls(QStringLiteral("Failing"), 1));
    QCOMPARE(m_sink.received.size(), 1);
}

void TestClientFleet::mutedBoxNotifiesNothing()
{
    m_monitor->setMuted(QStringLiteral("Failing"), true);
    QVERIFY(m_monitor->isMuted(QStringLiteral("Failing")));
    QVERIFY(SettingsStore(m_settings->fileName()).isBoxMuted(QStringLiteral("Failing")));
    const int before = int(m_sink.received.size());
    const int errors = m_monitor->health(QStringLiteral("Failing")).errorChecks;
    QVERIFY(TestFleet::requireReboot(m_failing));
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->health(QStringLiteral("Failing")).rebootRequired, 120000);
    QCOMPARE(m_monitor->health(QStringLiteral("Failing")).errorChecks, errors + 1);
    QVERIFY(waitForPolls(QStringLiteral("Failing"), 2));
    QCOMPARE(m_sink.received.size(), before);
    // Unmuted: the state it is in was seen while muted; it is not replayed.
    m_monitor->setMuted(QStringLiteral("Failing"), false);
    QVERIFY(waitForPolls(QStringLiteral("Failing"), 2));
    QCOMPARE(m_sink.received.size(), before);
}

void TestClientFleet::pollSpanningASleepIsNotReported()
{
    QSignalSpy slept(m_monitor.get(), &FleetMonitor::sleepDetected);
    const int before = int(m_sink.received.size());
    // The machine goes to sleep while a poll of the healthy box is under way, and wakes an hour later without a
    // network: the poll fails, but the failure spans the sleep and says nothing about the box.
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->isPolling(QStringLiteral("Healthy")), 60000);
    m_healthy.stop();
    m_monitor->pollNow(QStringLiteral("Healthy"));
    QVERIFY(m_monitor->isPolling(QStringLiteral("Healthy")));
    m_clockOffset += 3600 * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->isPolling(QStringLiteral("Healthy")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(slept.size(), 1, 5000);
    QCOMPARE(m_monitor->health(QStringLiteral("Healthy")).state, BoxHealth::State::Reachable);
    QCOMPARE(m_sink.received.size(), before);
    // Polled again after waking: now it really does not answer, and that is said once.
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->health(QStringLiteral("Healthy")).state, BoxHealth::State::Unreachable, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sink.received.size(), before + 1, 5000);
    QVERIFY2(m_sink.received.last().title.contains(QLatin1String("stopped answering")),
             qPrintable(m_sink.received.last().title));
    QVERIFY(waitForPolls(QStringLiteral("Healthy"), 2));
    QCOMPARE(m_sink.received.size(), before + 1);
    QCOMPARE(slept.size(), 1);
}

QTEST_GUILESS_MAIN(TestClientFleet)
#include "tst_client_fleet.moc"
