#include "TestFiles.h"
#include "TestPki.h"
#include "TestTool.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "tls/CertificateRequest.h"
#include "tls/TlsService.h"

#include <QTemporaryDir>
#include <QtTest>

// POST /ssl/csr/<domain> through the TLS service (api.md §7.2, domain.md §9.6): a request signed with the box's
// key, subject C and CN as upstream's `openssl req -subj` gives them, checked with the openssl tool; a country
// code openssl would refuse is a 400 (upstream: 500).
class TestTlsCsr : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<BoxConfig> m_config;
    SystemClock m_clock;
    std::unique_ptr<TlsService> m_tls;
    QByteArray m_boxKey;

    static QByteArray openssl(const QStringList& args, const QByteArray& input)
    {
        const TestTool::Result r = TestTool::run("openssl", args, input);
        if (!r.ok())
            qWarning().noquote() << r.message();
        return r.ok() ? r.out + r.err : QByteArray("<failed>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestTool::path("openssl").isEmpty(), "the openssl tool is needed to check the requests");
        m_config = BoxConfig::parse("STORAGE_ROOT=" + m_dir.path().toUtf8() + "\nPRIMARY_HOSTNAME=box.example.com\n");
        QVERIFY(m_config);
        m_boxKey = TestPki::rsaKey();
        QVERIFY(TestFiles::write(m_dir.path() + "/ssl/ssl_private_key.pem", m_boxKey));
        m_tls = std::make_unique<TlsService>(
            *m_config, [] { return TlsService::WebDomains{}; }, m_clock);
    }

    void request_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("subject");
        QTest::newRow("US") << "example.com"
                            << "US"
                            << "subject=C = US, CN = example.com";
        QTest::newRow("lower case kept") << "example.com"
                                         << "us"
                                         << "subject=C = us, CN = example.com";
        QTest::newRow("not in the list") << "www.example.com"
                                         << "QQ"
                                         << "subject=C = QQ, CN = www.example.com";
        QTest::newRow("empty: CN only") << "box.example.com"
                                        << ""
                                        << "subject=CN = box.example.com";
        QTest::newRow("any domain") << "not a domain"
                                    << "DE"
                                    << "subject=C = DE, CN = not a domain";
    }

    void request()
    {
        QFETCH(QString, domain);
        QFETCH(QString, country);
        QFETCH(QString, subject);
        const TlsService::Result r = m_tls->csr(domain, country);
        QCOMPARE(r.status, 200);
        const QByteArray pem = r.text.toLatin1();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        QVERIFY(pem.endsWith("-----END CERTIFICATE REQUEST-----\n"));
        // Signed with the key it carries...
        QVERIFY2(openssl({"req", "-verify", "-noout"}, pem).contains("verify OK"), pem.constData());
        // ...which is the box's key.
        const QByteArray requestKey = openssl({"req", "-noout", "-pubkey"}, pem);
        QVERIFY(requestKey.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(requestKey, openssl({"pkey", "-pubout"}, m_boxKey));
        QCOMPARE(openssl({"req", "-noout", "-subject"}, pem).trimmed(), subject.toUtf8());
        const QByteArray text = openssl({"req", "-noout", "-text"}, pem);
        QVERIFY(text.contains("Signature Algorithm: sha256WithRSAEncryption"));
        QVERIFY2(!text.contains("X509v3"), text.constData()); // no extensions, no SAN
    }

    void badCountryCodes_data()
    {
        QTest::addColumn<QString>("country");
        for (const char* c : {"U", "USA", "U/", "\xc3\xa9\xc3\xa9", "U\t"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }

    void badCountryCodes()
    {
        QFETCH(QString, country);
        const TlsService::Result r = m_tls->csr("example.com", country);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.text, QString("Invalid country code (%1). Use a two-letter ISO 3166-1 code, e.g. US.").arg(country));
    }

    void nameTooLongForCn()
    {
        // openssl puts at most 64 characters into CN (upstream: 500).
        const QString name = QString(60, 'a') + ".example";
        const TlsService::Result r = m_tls->csr(name, "US");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.text.startsWith("Cannot make a certificate signing request for " + name), qPrintable(r.text));
        QCOMPARE(m_tls->csr(QString(56, 'a') + ".example", "US").status, 200);
    }

    void acceptedCodes()
    {
        // What openssl puts into C (two PrintableString characters) stays accepted.
        for (const QString& c : {QString("US"), QString("12"), QString("A-"), QString()})
            QVERIFY2(CertificateRequest::isAcceptedCountryCode(c), qPrintable(c));
        QVERIFY(!CertificateRequest::make(m_boxKey, "example.com", "A-").isEmpty());
    }

    void withoutTheBoxKey()
    {
        QTemporaryDir empty;
        const auto config =
            BoxConfig::parse("STORAGE_ROOT=" + empty.path().toUtf8() + "\nPRIMARY_HOSTNAME=b.example\n");
        TlsService tls(
            *config, [] { return TlsService::WebDomains{}; }, m_clock);
        const TlsService::Result r = tls.csr("example.com", "US");
        QCOMPARE(r.status, 500);
        QVERIFY(r.text.startsWith("Cannot read the box's private key"));
    }
};

QTEST_GUILESS_MAIN(TestTlsCsr)
#include "tst_tls_csr.moc"
