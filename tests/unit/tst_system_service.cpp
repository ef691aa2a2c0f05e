#include "FakeAptGet.h"
#include "TestFiles.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "boxkeeper/CapabilitiesApi.h"
#include "system/SystemService.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// SystemService on a temporary box: apt-get is tests/data/system/fake-apt-get (APT_GET), the reboot command a
// shell line that writes a file (REBOOT_COMMAND), time a ManualClock (the 8-hour cache of the updates list).
class TestSystemService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    ManualClock m_clock{1'800'000'000'000};

    QString path(const QString& relative) const { return m_tmp.path() + QLatin1Char('/') + relative; }
    QString aptDir() const { return path(QStringLiteral("apt")); }

    // A box config: storage and system roots in the temporary folder, plus `extra` lines.
    BoxConfig config(const QByteArray& extra = {}) const
    {
        const QByteArray text = "STORAGE_ROOT=" + path("user-data").toUtf8() + "\nPRIMARY_HOSTNAME=box.example.com\n" +
                                "SYSTEM_ROOT=" + path("system").toUtf8() + "\n" + extra;
        return *BoxConfig::parse(text);
    }
    BoxConfig withApt() const { return config("APT_GET=" + (aptDir() + QStringLiteral("/apt-get")).toUtf8() + "\n"); }
    static QByteArray expectedList() { return AptUpdatesText; }
    static constexpr const char* AptUpdatesText =
        "base-files (12.4+deb12u15)\nbash (5.2.15-2+b13)\nlibgcrypt20-dev (1.10.1-3+deb12u1)\n";

private slots:
    // A stand-in for shutdown: prints a line on each channel, records its arguments, exits with `code`.
    QString fakeShutdown(int code) const
    {
        const QString script = path(QStringLiteral("shutdown-%1").arg(code));
        const QByteArray text =
            "#!/bin/sh\necho 'reboot scheduled'\necho 'Failed to talk to init daemon.' >&2\necho \"$*\" > " +
            path("rebooted").toUtf8() + "\nexit " + QByteArray::number(code) + "\n";
        if (!TestFiles::write(script, text) || !QFile::setPermissions(script, QFile::ReadOwner | QFile::ExeOwner))
            return {};
        return script;
    }

    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // What the service gives apt-get is checked: nothing of this process's environment may look like it.
        qunsetenv("DEBIAN_FRONTEND");
        QVERIFY(QDir().mkpath(path("user-data")));
        QVERIFY(QDir().mkpath(path("system/var/run")));
    }

    void init()
    {
        // Three upgrades and a line apt-get prints for a package that is new.
        const QByteArray simulation = "Inst base-files [12.4+deb12u11] (12.4+deb12u15 Debian:12.15/oldstable [amd64])\n"
                                      "Conf base-files (12.4+deb12u15 Debian:12.15/oldstable [amd64])\n"
                                      "Inst bash [5.2.15-2+b8] (5.2.15-2+b13 Debian:12.15/oldstable [amd64])\n"
                                      "Inst libgcrypt20-dev [1.10.1-3] (1.10.1-3+deb12u1 Debian:12.15/oldstable, "
                                      "Debian-Security:12/oldstable-security [amd64]) []\n";
        QVERIFY(!FakeAptGet::install(aptDir(), &simulation).isEmpty());
        QFile::remove(path("system/var/run/reboot-required"));
        QFile::remove(path("user-data/settings.yaml"));
    }

    void version()
    {
        QCOMPARE(SystemService::version(), QStringLiteral("v75"));
        QCOMPARE(SystemService::version(), QLatin1String(CapabilitiesApi::UpstreamVersion));
    }

    void updatesAreListedAndKeptForEightHours()
    {
        const BoxConfig box = withApt();
        SystemService system(box, m_clock);
        auto r = system.pendingUpdates();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QString::fromLatin1(expectedList()));
        const QByteArray oneRun = "-qq update DEBIAN_FRONTEND=\n-qq -s upgrade DEBIAN_FRONTEND=\n";
        QCOMPARE(FakeAptGet::calls(aptDir()), oneRun);

        m_clock.advanceSecs(8 * 3600 - 1);
        r = system.pendingUpdates();
        QCOMPARE(r.text, QString::fromLatin1(expectedList()));
        QCOMPARE(FakeAptGet::calls(aptDir()), oneRun); // from the cache

        m_clock.advanceSecs(1);
        r = system.pendingUpdates();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QString::fromLatin1(expectedList()));
        QCOMPARE(FakeAptGet::calls(aptDir()), oneRun + oneRun); // eight hours old: listed again
    }

    void emptyWhenUpToDate()
    {
        const QByteArray nothing;
        QVERIFY(!FakeAptGet::install(aptDir(), &nothing).isEmpty());
        const BoxConfig box = withApt();
        SystemService system(box, m_clock);
        const auto r = system.pendingUpdates();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QString());
    }

    void updatePackagesAnswersTheUpgradeAndDropsTheList()
    {
        const BoxConfig box = withApt();
        SystemService system(box, m_clock);
        QCOMPARE(system.pendingUpdates().status, 200);
        const auto r = system.updatePackages();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text.toUtf8(),
                 TestFiles::read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/system/apt-get-y-upgrade.txt")));
        QCOMPARE(FakeAptGet::calls(aptDir()),
                 QByteArray("-qq update DEBIAN_FRONTEND=\n-qq -s upgrade DEBIAN_FRONTEND=\n"
                            "-qq update DEBIAN_FRONTEND=\n"
                            "-y upgrade DEBIAN_FRONTEND=noninteractive\n"));
        // The list before the upgrade is no longer true: the next request lists again.
        QCOMPARE(system.pendingUpdates().status, 200);
        QVERIFY(FakeAptGet::calls(aptDir()).endsWith("-y upgrade DEBIAN_FRONTEND=noninteractive\n"
                                                     "-qq update DEBIAN_FRONTEND=\n-qq -s upgrade DEBIAN_FRONTEND=\n"));
    }

    void aptFailures()
    {
        const BoxConfig box = withApt();
        const QString apt = aptDir() + QStringLiteral("/apt-get");
        SystemService system(box, m_clock);
        FakeAptGet::setFlag(aptDir(), QStringLiteral("fail-update"), true);
        auto r = system.pendingUpdates();
        QCOMPARE(r.status, 500);
        QCOMPARE(r.text, apt + QStringLiteral(" failed: E: Could not open lock file /var/lib/apt/lists/lock - open "
                                              "(13: Permission denied)"));
        r = system.updatePackages();
        QCOMPARE(r.status, 500);
        QCOMPARE(FakeAptGet::calls(aptDir()), QByteArray("-qq update DEBIAN_FRONTEND=\n-qq update DEBIAN_FRONTEND=\n"));
        FakeAptGet::setFlag(aptDir(), QStringLiteral("fail-update"), false);

        FakeAptGet::setFlag(aptDir(), QStringLiteral("fail-upgrade"), true);
        r = system.updatePackages();
        QCOMPARE(r.status, 500);
        QCOMPARE(r.text, apt + QStringLiteral(" failed: E: dpkg was interrupted, you must manually run 'dpkg "
                                              "--configure -a' to correct the problem."));
        // A failed listing is not kept.
        QCOMPARE(system.pendingUpdates().status, 200);
    }

    void missingAptGet()
    {
        const BoxConfig box = config("APT_GET=" + path("no-such-apt-get").toUtf8() + "\n");
        SystemService system(box, m_clock);
        const auto r = system.pendingUpdates();
        QCOMPARE(r.status, 500);
        QVERIFY2(r.text.startsWith(QStringLiteral("Cannot run ") + path("no-such-apt-get")), qPrintable(r.text));
    }

    void aTestBoxNeverRunsTheMachinesTools()
    {
        // SYSTEM_ROOT is not / and nothing is configured: neither apt-get nor shutdown runs.
        const BoxConfig box = config();
        SystemService system(box, m_clock);
        auto r = system.pendingUpdates();
        QCOMPARE(r.status, 503);
        QCOMPARE(r.text, QStringLiteral("Package updates cannot be listed on this box: its SYSTEM_ROOT is not / and "
                                        "APT_GET is not set."));
        r = system.updatePackages();
        QCOMPARE(r.status, 503);
        QVERIFY(TestFiles::write(path("system/var/run/reboot-required"), "*** System restart required ***\n"));
        QVERIFY(system.rebootRequired());
        r = system.reboot();
        QCOMPARE(r.status, 503);
        QCOMPARE(r.text, QStringLiteral("This box cannot be rebooted from here: its SYSTEM_ROOT is not / and "
                                        "REBOOT_COMMAND is not set."));
    }

    void rebootOnlyWhenRequired()
    {
        const QString marker = path("rebooted");
        QFile::remove(marker);
        const QString shutdown = fakeShutdown(0);
        QVERIFY(!shutdown.isEmpty());
        const BoxConfig box = config("REBOOT_COMMAND=" + shutdown.toUtf8() + " -r now\n");
        SystemService system(box, m_clock);
        QVERIFY(!system.rebootRequired());
        auto r = system.reboot();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QStringLiteral("No reboot is required, so it is not allowed."));
        QVERIFY(!QFile::exists(marker));

        QVERIFY(TestFiles::write(path("system/var/run/reboot-required"), "*** System restart required ***\n"));
        QVERIFY(system.rebootRequired());
        r = system.reboot();
        QCOMPARE(r.status, 200);
        // Its output, then its errors.
        QCOMPARE(r.text, QStringLiteral("reboot scheduled\nFailed to talk to init daemon.\n"));
        QCOMPARE(TestFiles::read(marker), QByteArray("-r now\n"));
    }

    void failingRebootCommand()
    {
        const QString shutdown = fakeShutdown(1);
        QVERIFY(!shutdown.isEmpty());
        const BoxConfig box = config("REBOOT_COMMAND=" + shutdown.toUtf8() + "\n");
        SystemService system(box, m_clock);
        QVERIFY(TestFiles::write(path("system/var/run/reboot-required"), QByteArray()));
        const auto r = system.reboot();
        QCOMPARE(r.status, 500);
        QCOMPARE(r.text, shutdown + QStringLiteral(" failed: Failed to talk to init daemon."));
    }

    void privacy()
    {
        const BoxConfig box = config();
        SystemService system(box, m_clock);
        const QString settings = path("user-data/settings.yaml");
        QVERIFY(system.privacy()); // no file: private
        auto r = system.setPrivacy(false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QStringLiteral("OK"));
        QCOMPARE(TestFiles::read(settings), QByteArray("privacy: false\n"));
        QVERIFY(!system.privacy());

        QVERIFY(TestFiles::write(settings, "# kept\nbackup_hint: 3\nprivacy: false\n"));
        QCOMPARE(system.setPrivacy(true).status, 200);
        QCOMPARE(TestFiles::read(settings), QByteArray("# kept\nbackup_hint: 3\nprivacy: true\n"));
        QVERIFY(system.privacy());

        // A file that is not settings is reported and left alone (upstream would overwrite it).
        QVERIFY(TestFiles::write(settings, "privacy: [unclosed\n"));
        QVERIFY(system.privacy());
        r = system.setPrivacy(false);
        QCOMPARE(r.status, 500);
        QVERIFY2(r.text.startsWith(QStringLiteral("settings.yaml is not valid YAML: ")), qPrintable(r.text));
        QVERIFY2(r.text.endsWith(QStringLiteral("; it was left unchanged.")), qPrintable(r.text));
        QCOMPARE(TestFiles::read(settings), QByteArray("privacy: [unclosed\n"));
    }
};

QTEST_GUILESS_MAIN(TestSystemService)
#include "tst_system_service.moc"
