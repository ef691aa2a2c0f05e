#include "dns/ZoneFileWriter.h"

#include <QtTest>

class TestDnsZoneFile : public QObject
{
    Q_OBJECT

private slots:
    void txtShort()
    {
        QCOMPARE(ZoneFileWriter::encodeTxt("v=spf1 mx -all"), QStringLiteral("\"v=spf1 mx -all\" "));
        QCOMPARE(ZoneFileWriter::encodeTxt("a\"b\\c"), QStringLiteral("\"a\\\"b\\\\c\" "));
        QCOMPARE(ZoneFileWriter::zoneValue("MX", "10 box.example.com."), QStringLiteral("10 box.example.com."));
    }

    void txtSplitDkim()
    {
        // A 2048-bit DKIM record (410 characters) becomes two strings: 255 + 155, each followed by a space.
        const QString value = QStringLiteral("v=DKIM1; h=sha256; k=rsa; s=email; p=") + QString(373, 'K');
        QCOMPARE(value.size(), 410);
        const QString encoded = ZoneFileWriter::encodeTxt(value);
        QCOMPARE(encoded, "\"" + value.left(255) + "\" \"" + value.mid(255) + "\" ");
        QVERIFY(encoded.endsWith(QLatin1String("\" ")));
    }

    void txtSplit600()
    {
        QString value;
        for (int i = 0; i < 600; ++i)
            value += QChar('a' + i % 26);
        const QString encoded = ZoneFileWriter::encodeTxt(value);
        QCOMPARE(encoded, "\"" + value.left(255) + "\" \"" + value.mid(255, 255) + "\" \"" + value.mid(510) + "\" ");
        // Cut before escaping: 255 characters with a quote in them stay one piece.
        const QString quotes(255, '"');
        QCOMPARE(ZoneFileWriter::encodeTxt(quotes), "\"" + QString(quotes).replace("\"", "\\\"") + "\" ");
        QCOMPARE(ZoneFileWriter::encodeTxt(QString()), QString());
    }

    void zoneText()
    {
        const DnsRecordList records{{"", "NS", "ns1.box.example.com.", {}, true},
                                    {"", "MX", "10 box.example.com.", "x", false},
                                    {"", "TXT", "v=spf1 mx -all", "x", false},
                                    {"_dmarc", "TXT", "v=DMARC1; p=quarantine;", "x", false}};
        const QString text = ZoneFileWriter::zoneTemplate("example.com", "box.example.com", records, "abc123");
        const QString expected =
            QStringLiteral("\n$ORIGIN example.com.\n"
                           "$TTL 86400          ; default time to live\n"
                           "\n"
                           "@ IN SOA ns1.box.example.com. hostmaster.box.example.com. (\n"
                           "           __SERIAL__     ; serial number\n"
                           "           7200     ; Refresh (secondary nameserver update interval)\n"
                           "           3600     ; Retry (when refresh fails, how often to try again, should be lower "
                           "than the refresh)\n"
                           "           1209600  ; Expire (when refresh fails, how long secondary nameserver will keep "
                           "records around anyway)\n"
                           "           86400    ; Negative TTL (how long negative responses are cached)\n"
                           "           )\n"
                           "\tIN\tNS\tns1.box.example.com.\n"
                           "\tIN\tMX\t10 box.example.com.\n"
                           "\tIN\tTXT\t\"v=spf1 mx -all\" \n"
                           "_dmarc\tIN\tTXT\t\"v=DMARC1; p=quarantine;\" \n"
                           "\n; DNSSEC signing keys hash: abc123\n");
        QCOMPARE(text, expected);
    }

    void serialRule()
    {
        const QString tmpl = ZoneFileWriter::zoneTemplate("example.com", "box.example.com", {}, "h");
        const QDate today(2026, 11, 24);

        // New file: today's serial.
        auto d = ZoneFileWriter::decide(tmpl, QString(), false, false, false, today);
        QVERIFY(d.write);
        QCOMPARE(ZoneFileWriter::existingSerial(d.text), QStringLiteral("2026112400"));

        // Same text, nothing due: left alone.
        d = ZoneFileWriter::decide(tmpl, QString(tmpl).replace("__SERIAL__", "2026112400"), true, false, false, today);
        QVERIFY(!d.write);

        // Same text but forced or due for re-signing: old + 1 since old >= today's.
        d = ZoneFileWriter::decide(tmpl, QString(tmpl).replace("__SERIAL__", "2026112400"), true, true, false, today);
        QCOMPARE(ZoneFileWriter::existingSerial(d.text), QStringLiteral("2026112401"));
        d = ZoneFileWriter::decide(tmpl, QString(tmpl).replace("__SERIAL__", "2026112407"), true, false, true, today);
        QCOMPARE(ZoneFileWriter::existingSerial(d.text), QStringLiteral("2026112408"));

        // Changed text with an older serial: today's.
        const QString changed = ZoneFileWriter::zoneTemplate("example.com", "box.example.com", {}, "other");
        d = ZoneFileWriter::decide(changed, QString(tmpl).replace("__SERIAL__", "2025010105"), true, false, false,
                                   today);
        QCOMPARE(ZoneFileWriter::existingSerial(d.text), QStringLiteral("2026112400"));

        // A serial from the future (another implementation, many changes today) keeps increasing.
        d = ZoneFileWriter::decide(changed, QString(tmpl).replace("__SERIAL__", "2027010199"), true, false, false,
                                   today);
        QCOMPARE(ZoneFileWriter::existingSerial(d.text), QStringLiteral("2027010200"));

        // The marker may be spaced differently in a file written by someone else.
        const QString other = QString(tmpl).replace("__SERIAL__     ; serial number", "2026112403 ;serial number");
        QCOMPARE(ZoneFileWriter::existingSerial(other), QStringLiteral("2026112403"));
        d = ZoneFileWriter::decide(tmpl, other, true, false, false, today);
        QVERIFY(!d.write);
    }

    void resignRule()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0));
        QVERIFY(ZoneFileWriter::resignNeeded(QString(), false, now));
        QVERIFY(ZoneFileWriter::resignNeeded("no signatures here", true, now));
        const QString soon =
            "example.com.\t86400\tIN\tRRSIG\tSOA 8 2 86400 20261126000000 20261024000000 1234 example.com. abc\n";
        QVERIFY(ZoneFileWriter::resignNeeded(soon, true, now));
        const QString later =
            "example.com.\t86400\tIN\tRRSIG\tSOA 8 2 86400 20261224000000 20261124000000 1234 example.com. abc\n"
            "example.com.\t86400\tIN\tRRSIG\tSOA 13 2 86400 20261223000000 20261124000000 99 example.com. abc\n";
        QVERIFY(!ZoneFileWriter::resignNeeded(later, true, now));
    }
};

QTEST_GUILESS_MAIN(TestDnsZoneFile)
#include "tst_dns_zonefile.moc"
