#include "TestAgent.h"
#include "TestCurl.h"

#include <QTest>

// The control panel's curl examples for custom DNS, run with the real curl binary against a live agent,
// verifying the box certificate for its own name, as an admin would.
class TestDnsCurl : public QObject
{
    Q_OBJECT

private:
    using Result = TestCurl::Result;

    TestAgent m_agent;
    TestCurl m_curl{m_agent};

    Result curl(const QStringList& args, const QString& path) { return m_curl.run(args, path); }

private slots:
    void initTestCase()
    {
        if (!m_curl.isAvailable())
            QSKIP("curl is not installed");
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_agent.stop(); }

    void panelExamples()
    {
        // Set an A record to the address of the machine making the request.
        Result r = curl({"-X", "PUT"}, "/dns/custom/laptop.example.com");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = curl({"-X", "GET"}, "/dns/custom/laptop.example.com");
        QVERIFY2(r.body.contains("\"value\": \"127.0.0.1\""), r.body.constData());
        // Set a CNAME.
        r = curl({"-X", "PUT", "-d", "bar.mydomain.com"}, "/dns/custom/foo.example.com/cname");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        // Add two TXT records.
        r = curl({"-X", "POST", "-d", "some text here"}, "/dns/custom/example.com/txt");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = curl({"-X", "POST", "-d", "some other text"}, "/dns/custom/example.com/txt");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        // Delete one TXT value, then all values of the CNAME.
        r = curl({"-X", "DELETE", "-d", "some text here"}, "/dns/custom/example.com/txt");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = curl({"-X", "DELETE"}, "/dns/custom/foo.example.com/cname");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = curl({"-X", "DELETE"}, "/dns/custom/foo.example.com/cname");
        QCOMPARE(r.body, QByteArray("OK"));
        r = curl({"-X", "GET"}, "/dns/custom");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\"value\": \"some other text\""));
        QVERIFY(!r.body.contains("some text here"));
        QVERIFY(!r.body.contains("bar.mydomain.com"));
        // Errors.
        r = curl({"-X", "POST"}, "/dns/custom/example.com/txt");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("No value for the record provided."));
        r = curl({"-X", "PUT", "-d", "1.2.3.4"}, "/dns/custom/example.net");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 QByteArray("example.net is not a domain name or a subdomain of a domain name managed by this box."));
        // The zone file for the external DNS page.
        r = curl({}, "/dns/zonefile/example.com");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\nlaptop\tIN\tA\t127.0.0.1\n"));
        QVERIFY(r.body.contains("\n\tIN\tTXT\t\"some other text\" \n"));
    }
};

QTEST_GUILESS_MAIN(TestDnsCurl)
#include "tst_dns_curl.moc"
