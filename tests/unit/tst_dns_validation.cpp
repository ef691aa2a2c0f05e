#include "dns/RecordValidator.h"

#include <QtTest>

class TestDnsValidation : public QObject
{
    Q_OBJECT

private:
    static QString check(const QString& qname, const QString& rtype, const QString& value,
                         const QString& zone = QStringLiteral("example.com"), QString* normalized = nullptr)
    {
        QString n;
        const QString message = RecordValidator::validate(qname, rtype, value, zone, &n);
        if (normalized)
            *normalized = n;
        return message;
    }

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two labels") << "example.com" << true;
        QTest::newRow("underscore") << "_dmarc.example.com" << true;
        QTest::newRow("wildcard") << "*.example.com" << true;
        QTest::newRow("trailing dot") << "www.example.com." << true;
        QTest::newRow("one label") << "localhost" << false;
        QTest::newRow("leading hyphen") << "-a.example.com" << false;
        QTest::newRow("label ends with hyphen") << "a-.example.com" << false;
        QTest::newRow("numeric last label") << "example.123" << false;
        QTest::newRow("space") << "a b.example.com" << false;
        QTest::newRow("wildcard inside") << "a.*.example.com" << false;
        QTest::newRow("label too long") << QString(64, 'a') + ".com" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(RecordValidator::isDomainName(name), valid);
    }

    void addresses()
    {
        QCOMPARE(check("x.example.com", "A", "198.51.100.7"), QString());
        QCOMPARE(check("x.example.com", "A", "local"), QString());
        QCOMPARE(check("x.example.com", "AAAA", "local"), QString());
        QCOMPARE(check("x.example.com", "AAAA", "2001:db8::1"), QString());
        QCOMPARE(check("x.example.com", "AAAA", "::ffff:192.0.2.1"), QString());
        QCOMPARE(check("x.example.com", "A", "1.2.3"),
                 QStringLiteral("'1.2.3' does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(check("x.example.com", "A", "198.051.100.99"),
                 QStringLiteral("'198.051.100.99' does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(check("x.example.com", "A", "192.0.2.1/24"),
                 QStringLiteral("'192.0.2.1/24' does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(check("x.example.com", "A", "256.1.1.1"),
                 QStringLiteral("'256.1.1.1' does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(check("x.example.com", "A", "2001:db8::1"), QStringLiteral("That's an IPv6 address."));
        QCOMPARE(check("x.example.com", "AAAA", "192.0.2.1"), QStringLiteral("That's an IPv4 address."));
        QVERIFY(check("x.example.com", "AAAA", "fe80::1%eth0").contains(QStringLiteral("scoped IPv6")));
        QCOMPARE(check("x.example.com", "A", "hello"),
                 QStringLiteral("'hello' does not appear to be an IPv4 or IPv6 address"));
    }

    void addressShownAsPythonRepr()
    {
        QCOMPARE(check("x.example.com", "A", "it's"),
                 QStringLiteral("\"it's\" does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(check("x.example.com", "A", "a\\b\tc"),
                 QStringLiteral("'a\\\\b\\tc' does not appear to be an IPv4 or IPv6 address"));
    }

    void badName()
    {
        QCOMPARE(check("bad name.example.com", "A", "192.0.2.1"), QStringLiteral("Invalid name."));
        QCOMPARE(check("example", "TXT", "x", "example"), QStringLiteral("Invalid name."));
    }

    void cnameAndNs()
    {
        QString normalized;
        QCOMPARE(check("www.example.com", "CNAME", "bar.example.net", "example.com", &normalized), QString());
        QCOMPARE(normalized, QStringLiteral("bar.example.net."));
        QCOMPARE(check("www.example.com", "CNAME", "bar.example.net.", "example.com", &normalized), QString());
        QCOMPARE(normalized, QStringLiteral("bar.example.net."));
        QCOMPARE(check("www.example.com", "CNAME", "not a name"), QStringLiteral("Invalid value."));
        QCOMPARE(check("www.example.com", "CNAME", "host.123"), QStringLiteral("Invalid value."));
        QCOMPARE(check("example.com", "NS", "ns.example.net"),
                 QStringLiteral("NS records can only be set for subdomains."));
        QCOMPARE(check("example.com", "CNAME", "elsewhere.example.net"),
                 QStringLiteral("CNAME records can only be set for subdomains."));
        QCOMPARE(check("sub.example.com", "NS", "ns.example.net", "example.com", &normalized), QString());
        QCOMPARE(normalized, QStringLiteral("ns.example.net."));
    }

    void unknownType()
    {
        QCOMPARE(check("x.example.com", "PTR", "x"), QStringLiteral("Unknown record type 'PTR'."));
        QCOMPARE(check("x.example.com", "SOA", "x"), QStringLiteral("Unknown record type 'SOA'."));
    }

    void mx()
    {
        QCOMPARE(check("example.com", "MX", "10 mail.example.net."), QString());
        QCOMPARE(check("example.com", "MX", "20 backup"), QString()); // relative to the zone
        QCOMPARE(check("example.com", "MX", "0 ."), QString());
        const QString message =
            QStringLiteral("Invalid MX value. Use '<priority> <mail server>', e.g. '10 mail.example.com.'.");
        QCOMPARE(check("example.com", "MX", "mail.example.net."), message);
        QCOMPARE(check("example.com", "MX", "70000 mail.example.net."), message);
        QCOMPARE(check("example.com", "MX", "10 mail example"), message);
    }

    void srv()
    {
        const QString message = QStringLiteral(
            "Invalid SRV value. Use '<priority> <weight> <port> <target>', e.g. '0 0 443 server.example.com.'.");
        QCOMPARE(check("_sip._tcp.example.com", "SRV", "0 5 5060 sip.example.com."), QString());
        QCOMPARE(check("_sip._tcp.example.com", "SRV", "0 5 sip.example.com."), message);
        QCOMPARE(check("_sip._tcp.example.com", "SRV", "0 5 99999 sip.example.com."), message);
        QCOMPARE(check("_sip._tcp.example.com", "SRV", "a b c d"), message);
    }

    void sshfp()
    {
        const QString message =
            QStringLiteral("Invalid SSHFP value. Use '<algorithm> <fingerprint type> <fingerprint in "
                           "hex>', e.g. '4 2 ' followed by 64 hex digits.");
        QCOMPARE(check("host.example.com", "SSHFP", "4 2 " + QString(64, 'a')), QString());
        QCOMPARE(check("host.example.com", "SSHFP", "1 1 " + QString(40, 'F')), QString());
        QCOMPARE(check("host.example.com", "SSHFP", "4 2 " + QString(63, 'a')), message);
        QCOMPARE(check("host.example.com", "SSHFP", "4 2 xyz"), message);
        QCOMPARE(check("host.example.com", "SSHFP", "4 2"), message);
    }

    void caa()
    {
        const QString message =
            QStringLiteral("Invalid CAA value. Use '<flags> <tag> <value>', e.g. '0 issue \"letsencrypt.org\"'.");
        QCOMPARE(check("example.com", "CAA", "0 issue \"letsencrypt.org\""), QString());
        QCOMPARE(check("example.com", "CAA", "128 iodef mailto:x@example.com"), QString());
        QCOMPARE(check("example.com", "CAA", "issue letsencrypt.org"), message);
        QCOMPARE(check("example.com", "CAA", "300 issue \"x\""), message);
        QCOMPARE(check("example.com", "CAA", "0 issue \"unterminated"), message);
    }

    void txt()
    {
        QCOMPARE(check("example.com", "TXT", "google-site-verification=abc"), QString());
        QCOMPARE(check("example.com", "TXT", QString(600, 'x')), QString());
        QCOMPARE(check("example.com", "TXT", "quote \" and backslash \\"), QString());
        QCOMPARE(check("example.com", "TXT", "line\nbreak"),
                 QStringLiteral("Invalid TXT value: it contains control characters such as line breaks or tabs."));
        QCOMPARE(check("example.com", "TXT", QString(5000, 'x')),
                 QStringLiteral("Invalid TXT value: it is longer than 4096 characters."));
    }

    void xfrEntries()
    {
        QVERIFY(RecordValidator::isIpOrNetwork("192.0.2.1"));
        QVERIFY(RecordValidator::isIpOrNetwork("192.0.2.0/24"));
        QVERIFY(RecordValidator::isIpOrNetwork("2001:db8::/32"));
        QVERIFY(!RecordValidator::isIpOrNetwork("198.51.100.1/24"));
        QVERIFY(!RecordValidator::isIpOrNetwork("ns.example.net"));
        QVERIFY(!RecordValidator::isIpOrNetwork("192.0.2.0/33"));
    }
};

QTEST_GUILESS_MAIN(TestDnsValidation)
#include "tst_dns_validation.moc"
