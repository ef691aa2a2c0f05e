#include "box/BoxConfig.h"

#include <QTemporaryDir>
#include <QTest>

class TestBoxConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodFile()
    {
        const QByteArray text = "STORAGE_USER=user-data\n"
                                "STORAGE_ROOT=/home/user-data\n"
                                "PRIMARY_HOSTNAME=box.example.com\n"
                                "PUBLIC_IP=192.0.2.1\n"
                                "PUBLIC_IPV6=\n"
                                "# a comment\n"
                                "\n"
                                "MTA_STS_MODE=enforce\n";
        QString error;
        const auto config = BoxConfig::parse(text, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->storageRoot(), QStringLiteral("/home/user-data"));
        QCOMPARE(config->primaryHostname(), QStringLiteral("box.example.com"));
        QCOMPARE(config->publicIp(), QStringLiteral("192.0.2.1"));
        QCOMPARE(config->publicIpv6(), QString());
        QCOMPARE(config->systemRoot(), QStringLiteral("/"));
        QCOMPARE(config->usersDatabasePath(), QStringLiteral("/home/user-data/mail/users.sqlite"));
        QCOMPARE(config->apiKeyPath(), QStringLiteral("/var/lib/mailinabox/api.key"));
    }

    void ourKeys()
    {
        const auto config = BoxConfig::parse("STORAGE_ROOT=/b/user-data\nPRIMARY_HOSTNAME=h.example\n"
                                             "SYSTEM_ROOT=/b/system\nDNS_RESOLVER=127.0.0.1:5353\n");
        QVERIFY(config);
        QCOMPARE(config->apiKeyPath(), QStringLiteral("/b/system/var/lib/mailinabox/api.key"));
        QCOMPARE(config->systemPath(QStringLiteral("/etc/nsd/zones")), QStringLiteral("/b/system/etc/nsd/zones"));
        QCOMPARE(config->dnsResolver(), QStringLiteral("127.0.0.1:5353"));
    }

    void missingKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no storage root") << QByteArray("PRIMARY_HOSTNAME=h\n") << QStringLiteral("STORAGE_ROOT");
        QTest::newRow("no hostname") << QByteArray("STORAGE_ROOT=/x\n") << QStringLiteral("PRIMARY_HOSTNAME");
        QTest::newRow("empty hostname") << QByteArray("STORAGE_ROOT=/x\nPRIMARY_HOSTNAME=\n")
                                        << QStringLiteral("PRIMARY_HOSTNAME");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("STORAGE_ROOT");
    }
    void missingKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!BoxConfig::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no equals") << QByteArray("STORAGE_ROOT=/x\nPRIMARY_HOSTNAME=h\nthis is not a setting\n");
        QTest::newRow("empty key") << QByteArray("=value\nSTORAGE_ROOT=/x\nPRIMARY_HOSTNAME=h\n");
        QTest::newRow("binary") << QByteArray("\x01\x02\x03\xff\n", 5);
        QTest::newRow("bad key") << QByteArray("STORAGE ROOT=/x\nPRIMARY_HOSTNAME=h\n");
        QTest::newRow("terminal escapes") << QByteArray("\x1b]0;owned\x07\x1b[2J\x7f\n");
    }
    void garbage()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!BoxConfig::parse(text, &error));
        QVERIFY(!error.isEmpty());
        // One printable line: no control character of the file is echoed.
        for (const QChar c : error) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(error));
        }
    }

    void garbageQuotedSafely()
    {
        QString error;
        QVERIFY(!BoxConfig::parse("\x1b[31mred\x1b]0;title\x07\tx\r\n", &error));
        QCOMPARE(error, QStringLiteral("line 1 is not KEY=VALUE: \\x1b[31mred\\x1b]0;title\\x07\\x09x"));
    }

    void firstOccurrenceWins()
    {
        const auto config = BoxConfig::parse("STORAGE_ROOT=/first\nPRIMARY_HOSTNAME=a\nSTORAGE_ROOT=/second\n");
        QVERIFY(config);
        QCOMPARE(config->storageRoot(), QStringLiteral("/first"));
    }

    void valueWithEquals()
    {
        const auto config = BoxConfig::parse("STORAGE_ROOT=/x\nPRIMARY_HOSTNAME=a\nMTA_STS_TLSRPT_RUA=mailto:a=b\n");
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("MTA_STS_TLSRPT_RUA")), QStringLiteral("mailto:a=b"));
    }

    void unknownKeysIgnored()
    {
        const auto config = BoxConfig::parse("STORAGE_ROOT=/x\nPRIMARY_HOSTNAME=a\nSOMETHING_NEW=1\nOTHER=\n");
        QVERIFY(config);
        QCOMPARE(config->storageRoot(), QStringLiteral("/x"));
    }

    void loadAndSerialize()
    {
        QTemporaryDir dir;
        BoxConfig made;
        made.setValue(QStringLiteral("STORAGE_ROOT"), dir.path() + QStringLiteral("/user-data"));
        made.setValue(QStringLiteral("PRIMARY_HOSTNAME"), QStringLiteral("box.example.com"));
        made.setValue(QStringLiteral("PUBLIC_IPV6"), QString());
        const QString path = dir.path() + QStringLiteral("/mailinabox.conf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(made.serialize());
        f.close();
        QString error;
        const auto loaded = BoxConfig::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->primaryHostname(), QStringLiteral("box.example.com"));
        QVERIFY(!BoxConfig::load(dir.path() + QStringLiteral("/absent.conf"), &error));
        QVERIFY(error.contains(QStringLiteral("absent.conf")));
    }
};

QTEST_GUILESS_MAIN(TestBoxConfig)
#include "tst_agentcore_boxconfig.moc"
