#include "TestFiles.h"
#include "system/AptUpdates.h"
#include "system/PrivacySetting.h"
#include "system/UpstreamVersion.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

// The system module's pure pieces: the simulated upgrade's lines (recorded apt-get output), the TAG= line of
// upstream's setup script, and the privacy key of settings.yaml.
class TestSystemParsers : public QObject
{
    Q_OBJECT

private slots:
    void recordedSimulation()
    {
        // `apt-get -qq -s upgrade` on a Debian 12 machine: Inst lines (some ending in " []"), Conf lines.
        const QByteArray recorded =
            TestFiles::read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/system/apt-get-qq-s-upgrade.txt"));
        QVERIFY(
            recorded.startsWith("Inst base-files [12.4+deb12u11] (12.4+deb12u15 Debian:12.15/oldstable [amd64])\n"));
        QVERIFY(recorded.contains("\nConf "));
        const QList<AptUpdates::Package> packages = AptUpdates::parseSimulation(recorded);
        QCOMPARE(packages.size(), recorded.count("Inst "));
        QCOMPARE(packages.first(),
                 (AptUpdates::Package{QStringLiteral("base-files"), QStringLiteral("12.4+deb12u15")}));
        // Expected as upstream's reading gives it (Python's re on the same file).
        QCOMPARE(AptUpdates::format(packages),
                 QStringLiteral("base-files (12.4+deb12u15)\nbash (5.2.15-2+b13)\nlibgcrypt20-dev (1.10.1-3+deb12u1)\n"
                                "libgcrypt20 (1.10.1-3+deb12u1)\nliblzma-dev (5.4.1-1+deb12u2)\n"
                                "liblzma5 (5.4.1-1+deb12u2)\nsystemd-timesyncd (252.39-1~deb12u2)\n"
                                "libcap2 (1:2.66-4+deb12u3+b1)\nlibpam0g (1.5.2-6+deb12u3)\n"
                                "libssl-dev (3.0.22-1~deb12u2)\nlibssl3 (3.0.22-1~deb12u2)\n"
                                "libzstd1 (1.5.4+dfsg2-5+deb12u1)\nlibnss-systemd (252.39-1~deb12u2)\n"
                                "libpam-systemd (252.39-1~deb12u2)\nsystemd (252.39-1~deb12u2)\n"
                                "libsystemd-shared (252.39-1~deb12u2)\n"));
    }

    void lines_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("listed");
        QTest::newRow("upgrade") << QByteArray(
                                        "Inst bash [5.2.15-2+b8] (5.2.15-2+b13 Debian:12.15/oldstable [amd64])\n")
                                 << QStringLiteral("bash (5.2.15-2+b13)\n");
        QTest::newRow("automatic mark")
            << QByteArray("Inst libssl3 [3.0.19-1~deb12u2] (3.0.22-1~deb12u2 Debian-Security:12/oldstable-security "
                          "[amd64]) []")
            << QStringLiteral("libssl3 (3.0.22-1~deb12u2)\n");
        QTest::newRow("epoch")
            << QByteArray("Inst libcap2 [1:2.66-4+deb12u2+b2] (1:2.66-4+deb12u3+b1 Debian:12.15/oldstable [amd64]) []")
            << QStringLiteral("libcap2 (1:2.66-4+deb12u3+b1)\n");
        QTest::newRow("conf only") << QByteArray("Conf bash (5.2.15-2+b13 Debian:12.15/oldstable [amd64])\nConf "
                                                 "libcap2 (1:2.66-4 Debian:12 [amd64]) []\n")
                                   << QString();
        QTest::newRow("blank lines") << QByteArray("\n  \n\t\n") << QString();
        QTest::newRow("nothing") << QByteArray() << QString();
        // A new package (no installed version) and lines apt prints besides: kept in brackets, no version.
        QTest::newRow("new package") << QByteArray("Inst sl (5.02-1+b1 Debian:12.15/oldstable [amd64])\n")
                                     << QStringLiteral("[Inst sl (5.02-1+b1 Debian:12.15/oldstable [amd64])] ()\n");
        QTest::newRow("removal") << QByteArray("Remv libfoo1 [1.0-1]\n")
                                 << QStringLiteral("[Remv libfoo1 [1.0-1]] ()\n");
        QTest::newRow("note") << QByteArray("NOTE: This is only a simulation!\n")
                              << QStringLiteral("[NOTE: This is only a simulation!] ()\n");
        QTest::newRow("mixed") << QByteArray("W: Some index files failed to download.\n"
                                             "Inst bash [5.2.15-2+b8] (5.2.15-2+b13 Debian:12.15/oldstable [amd64])\n"
                                             "Conf bash (5.2.15-2+b13 Debian:12.15/oldstable [amd64])\n")
                               << QStringLiteral("[W: Some index files failed to download.] ()\nbash (5.2.15-2+b13)\n");
    }
    void lines()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, listed);
        QCOMPARE(AptUpdates::format(AptUpdates::parseSimulation(output)), listed);
    }

    void setupScriptTag()
    {
        const QByteArray script = "#!/bin/bash\n"
                                  "# the status checks read TAG = (without the space) from this file\n"
                                  "if [ -z \"$TAG\" ]; then\n"
                                  "\tif [ \"$UBUNTU_VERSION\" == \"Ubuntu 22.04 LTS\" ]; then\n"
                                  "\t\tTAG=v75\n"
                                  "\telif [ \"$UBUNTU_VERSION\" == \"Ubuntu 18.04 LTS\" ]; then\n"
                                  "\t\tTAG=v57a\n"
                                  "\tfi\n"
                                  "fi\n";
        QCOMPARE(UpstreamVersion::tagFromSetupScript(script), std::optional<QString>(QStringLiteral("v75")));
        QCOMPARE(UpstreamVersion::tagFromSetupScript("TAG=v99"), std::optional<QString>(QStringLiteral("v99")));
        QCOMPARE(UpstreamVersion::tagFromSetupScript("TAG=\n"), std::optional<QString>(QString()));
        QCOMPARE(UpstreamVersion::tagFromSetupScript("#!/bin/bash\necho hello\n"), std::nullopt);
        QCOMPARE(UpstreamVersion::tagFromSetupScript(QByteArray()), std::nullopt);
    }

    void privacyRead_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("privacy");
        QTest::newRow("no file") << QByteArray() << true;
        QTest::newRow("true") << QByteArray("privacy: true\n") << true;
        QTest::newRow("false") << QByteArray("privacy: false\n") << false;
        QTest::newRow("false among others") << QByteArray("other: 1\nprivacy: false\nlast: x\n") << false;
        QTest::newRow("no key") << QByteArray("other: 1\n") << true;
        QTest::newRow("not a mapping") << QByteArray("- privacy\n") << true;
        QTest::newRow("not yaml") << QByteArray("privacy: [unclosed\n") << true;
        QTest::newRow("not a boolean") << QByteArray("privacy: maybe\n") << true;
        QTest::newRow("nested") << QByteArray("other:\n  privacy: false\n") << true;
    }
    void privacyRead()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, privacy);
        QCOMPARE(PrivacySetting::read(yaml), privacy);
    }

    void privacyWrite_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<bool>("value");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("empty") << QByteArray() << false << QByteArray("privacy: false\n");
        QTest::newRow("set on") << QByteArray("privacy: false\n") << true << QByteArray("privacy: true\n");
        // The other keys, their order, comments and spelling stay as they were.
        QTest::newRow("others kept")
            << QByteArray("# box settings\nalpha: 'quoted'\nprivacy: yes   # comment\nzeta:\n  - 1\n  - 2\n") << false
            << QByteArray("# box settings\nalpha: 'quoted'\nprivacy: false\nzeta:\n  - 1\n  - 2\n");
        QTest::newRow("appended") << QByteArray("alpha: 1") << true << QByteArray("alpha: 1\nprivacy: true\n");
        QTest::newRow("nested key is another") << QByteArray("other:\n  privacy: false\n") << false
                                               << QByteArray("other:\n  privacy: false\nprivacy: false\n");
        // Where a line cannot be replaced, the mapping is written anew with the same keys and values.
        QTest::newRow("flow style") << QByteArray("{alpha: 1, beta: two}\n") << true
                                    << QByteArray("alpha: 1\nbeta: two\nprivacy: true\n");
        QTest::newRow("value on the next line") << QByteArray("alpha: 1\nprivacy:\n  false\nbeta: 2\n") << true
                                                << QByteArray("alpha: 1\nprivacy: true\nbeta: 2\n");
    }
    void privacyWrite()
    {
        QFETCH(QByteArray, before);
        QFETCH(bool, value);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<QByteArray> written = PrivacySetting::write(before, value, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(*written, after);
        QCOMPARE(PrivacySetting::read(*written), value);
    }

    void privacyWriteRefusesWhatIsNotSettings()
    {
        QString error;
        QCOMPARE(PrivacySetting::write("privacy: [unclosed\n", true, &error), std::nullopt);
        QVERIFY2(error.startsWith(QStringLiteral("settings.yaml is not valid YAML: ")), qPrintable(error));
        QCOMPARE(PrivacySetting::write("- a list\n", true, &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("settings.yaml does not hold a mapping of settings"));
    }
};

QTEST_GUILESS_MAIN(TestSystemParsers)
#include "tst_system_parsers.moc"
