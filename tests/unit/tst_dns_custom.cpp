#include "dns/CustomRecordStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray sample(const QString& name)
{
    QFile f(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/dns/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDnsCustom : public QObject
{
    Q_OBJECT

private slots:
    void readUpstreamFile()
    {
        const auto records = CustomRecordStore::parse(sample("custom-upstream.yaml"));
        QVERIFY(records);
        QCOMPARE(records->size(), 12);
        QCOMPARE(records->at(0), (CustomDnsRecord{"laptop.example.com", "A", "198.51.100.7"}));
        QCOMPARE(records->at(1), (CustomDnsRecord{"example.com", "TXT", "google-site-verification=abc"}));
        QCOMPARE(records->at(3), (CustomDnsRecord{"example.com", "MX", "20 backup.example.net."}));
        QCOMPARE(records->at(5),
                 (CustomDnsRecord{"_dmarc.example.com", "TXT", "v=DMARC1; p=none; rua=mailto:dmarc@example.com"}));
        QCOMPARE(records->at(6), (CustomDnsRecord{"ipv6.example.com", "AAAA", "2001:db8::7"}));
        QCOMPARE(records->at(8), (CustomDnsRecord{"home.example.com", "A", "198.51.100.9"}));
        QCOMPARE(records->at(10), (CustomDnsRecord{"example.com.", "CAA", "0 issue \"letsencrypt.org\""}));
        QCOMPARE(CustomRecordStore::secondaryNameservers(*records),
                 QStringList({"ns2.provider.net", "xfr:192.0.2.0/24", "xfr:2001:db8::53"}));
    }

    void roundTripIsFaithful()
    {
        const QByteArray text = sample("custom-upstream.yaml");
        QCOMPARE(CustomRecordStore::serialize(*CustomRecordStore::parse(text)), text);
    }

    void roundTripOfPyYamlOutput()
    {
        // Written by PyYAML as upstream writes custom.yaml: quoting and folding at 80 columns.
        const QByteArray text = sample("custom-pyyaml.yaml");
        const auto records = CustomRecordStore::parse(text);
        QVERIFY(records);
        QCOMPARE(records->at(2).value,
                 QStringLiteral("v=spf1 include:_spf.google.com include:mailgun.org include:servers.mcsv.net "
                                "include:spf.protection.outlook.com -all"));
        QCOMPARE(records->at(4).value, QString("word ").repeated(30) + "end");
        QCOMPARE(CustomRecordStore::serialize(*records), text);
    }

    void normalisesOtherSpellings()
    {
        const auto records = CustomRecordStore::parse(sample("custom-unnormalized.yaml"));
        QVERIFY(records);
        QCOMPARE(CustomRecordStore::serialize(*records), sample("custom-unnormalized.normal.yaml"));
    }

    void quoting()
    {
        const CustomDnsRecordList records{{"a.example.com", "TXT", "yes"},  {"a.example.com", "TXT", "key: value"},
                                          {"a.example.com", "TXT", "it's"}, {"a.example.com", "TXT", "#hash"},
                                          {"a.example.com", "TXT", "123"},  {"a.example.com", "TXT", ""}};
        const QByteArray text = CustomRecordStore::serialize(records);
        QCOMPARE(
            text,
            QByteArray(
                "a.example.com:\n  TXT:\n  - 'yes'\n  - 'key: value'\n  - it's\n  - '#hash'\n  - '123'\n  - ''\n"));
        QCOMPARE(*CustomRecordStore::parse(text), records);
    }

    void emptyAndBadFiles()
    {
        QCOMPARE(CustomRecordStore::serialize({}), QByteArray("{}\n"));
        QVERIFY(CustomRecordStore::parse("{}\n")->isEmpty());
        QVERIFY(CustomRecordStore::parse("")->isEmpty());
        QVERIFY(CustomRecordStore::parse("- a\n- b\n")->isEmpty()); // not a mapping: no records
        QString error;
        QVERIFY(!CustomRecordStore::parse("a.example.com: [1, 2]\n", &error));
        QVERIFY(error.contains("a.example.com"));
        QVERIFY(!CustomRecordStore::parse("a.example.com:\n  TXT: {x: y}\n"));
        QVERIFY(!CustomRecordStore::parse("a: [unclosed\n", &error));
    }

    void loadAndSave()
    {
        QTemporaryDir dir;
        CustomRecordStore store(dir.path() + "/dns/custom.yaml");
        QVERIFY(store.load()->isEmpty()); // missing file
        const CustomDnsRecordList records{{"x.example.com", "A", "198.51.100.1"}};
        QVERIFY(store.save(records));
        QCOMPARE(*store.load(), records);
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x.example.com: 198.51.100.1\n"));
    }

    void addSetRemove()
    {
        using A = CustomRecordStore::Action;
        CustomDnsRecordList r{{"h.example.com", "TXT", "one"}, {"x.example.com", "A", "198.51.100.1"}};
        // POST adds unless identical.
        QVERIFY(!CustomRecordStore::apply(r, "h.example.com", "TXT", QString("one"), A::Add));
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", QString("two"), A::Add));
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.last(), (CustomDnsRecord{"h.example.com", "TXT", "two"}));
        // DELETE with a value removes only that value.
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", QString("one"), A::Remove));
        QVERIFY(!CustomRecordStore::apply(r, "h.example.com", "TXT", QString("one"), A::Remove));
        QCOMPARE(r.size(), 2);
        // PUT replaces every value of the pair; same value again changes nothing.
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", QString("three"), A::Set));
        QCOMPARE(r, (CustomDnsRecordList{{"x.example.com", "A", "198.51.100.1"}, {"h.example.com", "TXT", "three"}}));
        QVERIFY(!CustomRecordStore::apply(r, "h.example.com", "TXT", QString("three"), A::Set));
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", QString("four"), A::Add));
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", QString("four"), A::Set));
        QCOMPARE(r.size(), 2);
        // DELETE without a value removes all of the pair; nothing to remove answers "unchanged".
        QVERIFY(CustomRecordStore::apply(r, "h.example.com", "TXT", std::nullopt, A::Remove));
        QVERIFY(!CustomRecordStore::apply(r, "h.example.com", "TXT", std::nullopt, A::Remove));
        QVERIFY(!CustomRecordStore::apply(r, "h.example.com", "MX", std::nullopt, A::Remove));
        // PUT without a value removes all values; POST without one changes nothing.
        QVERIFY(!CustomRecordStore::apply(r, "x.example.com", "A", std::nullopt, A::Add));
        QVERIFY(CustomRecordStore::apply(r, "x.example.com", "A", std::nullopt, A::Set));
        QVERIFY(r.isEmpty());
    }

    void secondaryNameserverEntries()
    {
        CustomDnsRecordList r;
        QVERIFY(CustomRecordStore::apply(r, "_secondary_nameserver", "A", QString("ns.a.net xfr:192.0.2.1"),
                                         CustomRecordStore::Action::Set));
        QCOMPARE(CustomRecordStore::serialize(r), QByteArray("_secondary_nameserver: ns.a.net xfr:192.0.2.1\n"));
        QCOMPARE(CustomRecordStore::secondaryNameservers(r), QStringList({"ns.a.net", "xfr:192.0.2.1"}));
        QVERIFY(
            CustomRecordStore::apply(r, "_secondary_nameserver", "A", std::nullopt, CustomRecordStore::Action::Set));
        QVERIFY(CustomRecordStore::secondaryNameservers(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnsCustom)
#include "tst_dns_custom.moc"
