#include "TestAgent.h"
#include "TestCurl.h"

#include <QRegularExpression>
#include <QTest>

// The control panel's curl examples for users and aliases, run with the real curl binary against a live
// agent, verifying the box certificate (--cacert) for its own name (--resolve), as an admin would.
class TestMailCurl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usersExamples();
    void aliasesExamples();

private:
    using Result = TestCurl::Result;
    Result curl(const QStringList& args, const QString& path) { return m_curl.run(args, path); }

    TestAgent m_agent;
    TestCurl m_curl{m_agent};
};

void TestMailCurl::initTestCase()
{
    if (!m_curl.isAvailable()) {
        QSKIP("curl is not installed");
    }
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
}

void TestMailCurl::cleanupTestCase()
{
    m_agent.stop();
}

void TestMailCurl::usersExamples()
{
    Result r = curl({"-X", "GET"}, "/mail/users?format=json");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("[\n  {\n    \"domain\": \"example.com\",\n"));

    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com", "-d", "password=s3curE_pa5Sw0rD"}, "/mail/users/add");
    QCOMPARE(r.status, 200);
    // A new mail domain: the kick's DNS line follows (the box's own zone is written with it the first time).
    QVERIFY2(QRegularExpression("^mail user added\nupdated DNS: ([a-z.]+,)?mydomail\\.com\nweb updated\n$")
                 .match(QString::fromUtf8(r.body))
                 .hasMatch(),
             r.body.constData());

    r = curl({"-X", "GET"}, "/mail/users");
    QCOMPARE(r.body, QByteArray("admin@example.com\nnew_user@mydomail.com\n"));

    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com", "-d", "password=s3curE_pa5Sw0rD_2"},
             "/mail/users/password");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("OK"));

    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com", "-d", "privilege=admin"},
             "/mail/users/privileges/add");
    QCOMPARE(r.body, QByteArray("OK"));
    r = curl({"-X", "GET"}, "/mail/users/privileges?email=new_user@mydomail.com");
    QCOMPARE(r.body, QByteArray("admin"));
    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com", "-d", "privilege=admin"},
             "/mail/users/privileges/remove");
    QCOMPARE(r.body, QByteArray("OK"));
    // The panel's help says email alone is enough for /privileges/remove: it is not.
    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com"}, "/mail/users/privileges/remove");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("That's not a valid privilege ()."));

    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com", "-d", "quota=5G"}, "/mail/users/quota");
    QCOMPARE(r.body, QByteArray("OK"));
    r = curl({"-X", "GET"}, "/mail/users/quota?email=new_user@mydomail.com");
    QCOMPARE(r.body, QByteArray("{\n  \"email\": \"new_user@mydomail.com\",\n  \"quota\": \"5G\"\n}\n"));

    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com"}, "/mail/users/remove");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("mail user removed\nupdated DNS: DNS configuration\nweb updated\n"));
    r = curl({"-X", "POST", "-d", "email=new_user@mydomail.com"}, "/mail/users/remove");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("That's not a user (new_user@mydomail.com)."));
}

void TestMailCurl::aliasesExamples()
{
    Result r = curl({"-X", "POST", "-d", "update_if_exists=0", "-d", "address=new_alias@mydomail.com", "-d",
                     "forwards_to=my_email@mydomain.com"},
                    "/mail/aliases/add");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("alias added\nupdated DNS: mydomail.com\nweb updated\n"));

    r = curl({"-X", "GET"}, "/mail/aliases?format=json");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("\"address\": \"new_alias@mydomail.com\""));
    QVERIFY(r.body.contains("\"forwards_to\": [\n          \"my_email@mydomain.com\"\n        ]"));

    r = curl({"-X", "POST", "-d", "update_if_exists=1", "-d", "address=new_alias@mydomail.com", "-d",
              "forwards_to=other@mydomain.com"},
             "/mail/aliases/add");
    QCOMPARE(r.body, QByteArray("alias updated\n")); // no domain change, no DNS work
    r = curl({"-X", "GET"}, "/mail/aliases");
    QVERIFY(r.body.contains("new_alias@mydomail.com\tother@mydomain.com\t\n"));

    r = curl({"-X", "POST", "-d", "address=new_alias@mydomail.com"}, "/mail/aliases/remove");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("alias removed\nupdated DNS: DNS configuration\nweb updated\n"));
    r = curl({"-X", "POST", "-d", "address=new_alias@mydomail.com"}, "/mail/aliases/remove");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("That's not an alias (new_alias@mydomail.com)."));

    r = curl({"-X", "GET"}, "/mail/domains");
    QCOMPARE(r.body, QByteArray("box.example.com\nexample.com\n"));
}

QTEST_GUILESS_MAIN(TestMailCurl)
#include "tst_mail_curl.moc"
