#include "TestFiles.h"
#include "TestPki.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "tls/CertificateChecker.h"
#include "tls/TlsService.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// POST /ssl/install and GET /ssl/status of the TLS service on a temporary box (api.md §7.1, §7.3, domain.md §9.3):
// every refusal with upstream's text and the ssl folder unchanged, the stored file, the primary hostname's symlink,
// the post-install hook, the status texts. Certificates come from a throw-away CA trusted through TRUSTED_CA_FILE.
class TestTlsInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ssl;
    std::optional<BoxConfig> m_config;
    SystemClock m_clock;
    std::unique_ptr<TlsService> m_tls;
    QByteArray m_boxKey;
    TestPki::Authority m_ca;
    QString m_selfSignedPath;

    TlsService::WebDomains domains() const
    {
        TlsService::WebDomains d;
        d.web = QStringList{"box.example.com", "example.com", "autoconfig.example.com", "mta-sts.example.com",
                            "www.example.com"};
        d.hostedElsewhere = QStringList{"autodiscover.example.com"};
        return d;
    }

    // Names, link targets, modes and contents of everything under ssl/.
    QByteArray sslHash() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList paths;
        QDirIterator it(m_ssl, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString& p : paths) {
            const QFileInfo info(p);
            hash.addData(p.toUtf8() + '\0' + info.symLinkTarget().toUtf8() + '\0' +
                         QByteArray::number(int(info.permissions())) + '\0');
            if (!info.isSymLink() && info.isFile())
                hash.addData(TestFiles::read(p));
        }
        return hash.result().toHex();
    }

    TestPki::Spec spec(const QString& name, int fromDays = -1, int toDays = 90) const
    {
        TestPki::Spec s;
        s.commonName = name;
        s.dnsNames = {name};
        s.notBefore = QDateTime::currentDateTimeUtc().addDays(fromDays);
        s.notAfter = QDateTime::currentDateTimeUtc().addDays(toDays);
        return s;
    }
    QString keyPath() const { return m_ssl + "/ssl_private_key.pem"; }
    static QString stamp(const QDateTime& t) { return t.toUTC().toString("yyyy-MM-dd HH:mm:ss"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ssl = m_dir.path() + "/user-data/ssl";
        m_ca = TestPki::authority();
        QVERIFY(TestFiles::write(m_dir.path() + "/ca.pem", m_ca.rootCert));
        m_config =
            BoxConfig::parse("STORAGE_ROOT=" + m_dir.path().toUtf8() +
                             "/user-data\nPRIMARY_HOSTNAME=box.example.com\nDNS_RESOLVER=none\nTRUSTED_CA_FILE=" +
                             m_dir.path().toUtf8() + "/ca.pem\n");
        QVERIFY(m_config);
        m_boxKey = TestPki::rsaKey();
        QVERIFY(TestFiles::write(keyPath(), m_boxKey));
        m_selfSignedPath = m_ssl + "/box.example.com-selfsigned-20260101.pem";
        QVERIFY(TestFiles::write(m_selfSignedPath,
                                 TestPki::certificate(spec("box.example.com", -1, 365), m_boxKey, {}, m_boxKey)));
        QVERIFY(QFile::link(m_selfSignedPath, m_ssl + "/ssl_certificate.pem"));
        m_tls = std::make_unique<TlsService>(
            *m_config, [this] { return domains(); }, m_clock);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QByteArray>("cert");
        QTest::addColumn<QByteArray>("chain");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");

        const QByteArray chain = m_ca.intermediateCert;
        const QByteArray good = TestPki::serverCertificate(m_ca, spec("example.com"), m_boxKey);
        QTest::newRow("not a web domain") << "example.org" << good << chain << 200 << "Invalid domain name.";
        QTest::newRow("hosted elsewhere")
            << "autodiscover.example.com" << good << chain << 200 << "Invalid domain name.";
        QTest::newRow("garbage")
            << "example.com" << QByteArray("hello") << QByteArray() << 200
            << "There is a problem with the certificate file: File does not contain valid PEM data.";
        QTest::newRow("a key instead of a certificate")
            << "example.com" << m_boxKey << QByteArray() << 200
            << "There is a problem with the certificate file: This is not a certificate file.";
        QTest::newRow("a request") << "example.com"
                                   << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE "
                                                 "REQUEST-----\n")
                                   << QByteArray() << 200
                                   << "There is a problem with the certificate file: Unsupported PEM object type: "
                                      "CERTIFICATE REQUEST";
        QTest::newRow("wrong key") << "example.com"
                                   << TestPki::serverCertificate(m_ca, spec("example.com"), TestPki::rsaKey()) << chain
                                   << 200
                                   << "The certificate does not correspond to the private key at " + keyPath() + ".";
        TestPki::Spec other = spec("other.example.org");
        other.dnsNames = QStringList{"www.other.example.org", "other.example.org"};
        QTest::newRow("wrong domain")
            << "example.com" << TestPki::serverCertificate(m_ca, other, m_boxKey) << chain << 200
            << "The certificate is for the wrong domain name. It is for other.example.org, www.other.example.org.";
        QTest::newRow("wildcard one level only")
            << "mta-sts.example.com" << TestPki::serverCertificate(m_ca, spec("*.com"), m_boxKey) << chain << 200
            << "The certificate is for the wrong domain name. It is for *.com.";
        QTest::newRow("self-signed") << "example.com"
                                     << TestPki::certificate(spec("example.com"), m_boxKey, {}, m_boxKey)
                                     << QByteArray() << 200
                                     << "This is a self-signed certificate. I can't install that.";
        const TestPki::Spec expired = spec("example.com", -100, -2);
        QTest::newRow("expired") << "example.com" << TestPki::serverCertificate(m_ca, expired, m_boxKey) << chain << 200
                                 << QString("The certificate has expired or is not yet valid. It is valid from %1 to "
                                            "%2.")
                                        .arg(stamp(expired.notBefore), stamp(expired.notAfter));
        const TestPki::Spec future = spec("example.com", 2, 100);
        QTest::newRow("not yet valid") << "example.com" << TestPki::serverCertificate(m_ca, future, m_boxKey) << chain
                                       << 200
                                       << QString("The certificate has expired or is not yet valid. It is valid from "
                                                  "%1 to %2.")
                                              .arg(stamp(future.notBefore), stamp(future.notAfter));
        QTest::newRow("missing intermediate")
            << "example.com" << good << QByteArray() << 200
            << "The certificate is missing an intermediate chain or the intermediate chain is incorrect or "
               "incomplete. (error 20 at 0 depth lookup: unable to get local issuer certificate)";
        const TestPki::Authority unknown = TestPki::authority("Unknown");
        QTest::newRow("unknown CA") << "example.com"
                                    << TestPki::serverCertificate(unknown, spec("example.com"), m_boxKey)
                                    << unknown.intermediateCert << 200
                                    << "The certificate is missing an intermediate chain or the intermediate chain is "
                                       "incorrect or incomplete. (error 20 at 1 depth lookup: unable to get local "
                                       "issuer certificate)";
        TestPki::Spec soon = spec("example.com", -80, 0);
        soon.notAfter = QDateTime::currentDateTimeUtc().addDays(5).addSecs(3600);
        QTest::newRow("expiring soon") << "example.com" << TestPki::serverCertificate(m_ca, soon, m_boxKey) << chain
                                       << 200
                                       << "The certificate is expiring soon: The certificate expires in 5 days on " +
                                              soon.notAfter.date().toString(Qt::ISODate) + ".";
        // A CA certificate as the server's: the verifier's other errors come with its output.
        TestPki::Spec caLike = spec("example.com");
        caLike.ca = true;
        QTest::newRow("not a server certificate")
            << "example.com" << TestPki::serverCertificate(m_ca, caLike, m_boxKey) << chain << 200
            << "There is a problem with the certificate. error 26 at 0 depth lookup: unsuitable certificate purpose";
        QTest::newRow("non-ASCII") << "example.com" << QByteArray("caf\xc3\xa9") << QByteArray() << 400
                                   << "The certificate and the chain must be ASCII (PEM) text.";
    }

    void refusals()
    {
        QFETCH(QString, domain);
        QFETCH(QByteArray, cert);
        QFETCH(QByteArray, chain);
        QFETCH(int, status);
        QFETCH(QString, text);
        QVERIFY(!cert.isEmpty());
        const QByteArray before = sslHash();
        const TlsService::Result r = m_tls->install(domain, QString::fromUtf8(cert), QString::fromUtf8(chain));
        QCOMPARE(r.text, text);
        QCOMPARE(r.status, status);
        QCOMPARE(sslHash(), before);
    }

    void missingFields()
    {
        const QByteArray before = sslHash();
        QCOMPARE(m_tls->install("example.com", std::nullopt, QString()).status, 400);
        QCOMPARE(m_tls->install("example.com", QString("x"), std::nullopt).status, 400);
        QCOMPARE(m_tls->install("nowhere.example", std::nullopt, std::nullopt).text, QString("Invalid domain name."));
        QCOMPARE(sslHash(), before);
    }

    void trustStores()
    {
        const QByteArray cert = TestPki::serverCertificate(m_ca, spec("example.com"), m_boxKey);
        const QString chain = QString::fromLatin1(m_ca.intermediateCert);
        const QByteArray before = sslHash();
        // Without TRUSTED_CA_FILE the system's store decides: it does not know the test's CA.
        const auto system = BoxConfig::parse("STORAGE_ROOT=" + m_dir.path().toUtf8() +
                                             "/user-data\nPRIMARY_HOSTNAME=box.example.com\nDNS_RESOLVER=none\n");
        TlsService withSystemStore(
            *system, [this] { return domains(); }, m_clock);
        QCOMPARE(withSystemStore.install("example.com", QString::fromLatin1(cert), chain).text,
                 QString("The certificate is missing an intermediate chain or the intermediate chain is incorrect or "
                         "incomplete. (error 20 at 1 depth lookup: unable to get local issuer certificate)"));
        // A bundle that cannot be read is reported, not taken as empty.
        const QString missing = m_dir.path() + "/no-such-ca.pem";
        const auto broken = BoxConfig::parse(
            "STORAGE_ROOT=" + m_dir.path().toUtf8() +
            "/user-data\nPRIMARY_HOSTNAME=box.example.com\nDNS_RESOLVER=none\nTRUSTED_CA_FILE=" + missing.toUtf8() +
            "\n");
        TlsService withBrokenBundle(
            *broken, [this] { return domains(); }, m_clock);
        const QString text = withBrokenBundle.install("example.com", QString::fromLatin1(cert), chain).text;
        QVERIFY2(
            text.startsWith("There is a problem with the certificate. cannot load the CA certificates of " + missing),
            qPrintable(text));
        QCOMPARE(sslHash(), before);
    }

    void installAndStatus()
    {
        QStringList hookCalls;
        m_tls->setCertificatesChangedHook([&hookCalls](const TlsService::CertificatesChanged& c) {
            hookCalls.append(c.installedPath.section('/', -1) + (c.primaryChanged ? " primary" : ""));
            return c.primaryChanged ? QStringList{"mail services restarted"} : QStringList{};
        });
        const QByteArray cert = TestPki::serverCertificate(m_ca, spec("example.com", -1, 60), m_boxKey);
        const QString certText = QString::fromLatin1(cert);
        const QString chainText = QString::fromLatin1(m_ca.intermediateCert);
        TlsService::Result r = m_tls->install("example.com", certText, chainText);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QString()); // the primary certificate stays; no web update connected
        const Certificate parsed = Certificate::fromFileData(cert);
        const QString stored = m_ssl + "/" + parsed.installFileName();
        QVERIFY2(QFile::exists(stored), qPrintable(stored));
        QCOMPARE(TestFiles::read(stored), cert + "\n" + m_ca.intermediateCert);
        QCOMPARE(QFile::permissions(stored) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_ssl + "/ssl_certificate.pem").symLinkTarget(), m_selfSignedPath);
        QCOMPARE(hookCalls, QStringList{parsed.installFileName()});

        // The primary hostname: the symlink is re-pointed, the hook told.
        const QByteArray boxCert = TestPki::serverCertificate(m_ca, spec("box.example.com", -1, 80), m_boxKey);
        r = m_tls->install("box.example.com", QString::fromLatin1(boxCert), chainText);
        QCOMPARE(r.text, QString("updating primary certificate\nmail services restarted"));
        const QString boxStored = m_ssl + "/" + Certificate::fromFileData(boxCert).installFileName();
        QCOMPARE(QFileInfo(m_ssl + "/ssl_certificate.pem").symLinkTarget(), boxStored);
        QCOMPARE(QDir(m_dir.path() + "/user-data")
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
                 QStringList{"ssl"}); // no temporary link left
        QCOMPARE(hookCalls.size(), 2);
        QVERIFY(hookCalls.last().endsWith(" primary"));
        // The same again: nothing to do, an empty answer (api.md §7.3 [quirk]).
        r = m_tls->install("box.example.com", QString::fromLatin1(boxCert), chainText);
        QCOMPARE(r.text, QString());

        QJsonObject status;
        QCOMPARE(m_tls->status(&status, TlsService::StatusDetail::CertificatesOnly).status, 200);
        QCOMPARE(status.value("can_provision").toArray(), QJsonArray());
        const QJsonArray entries = status.value("status").toArray();
        QCOMPARE(entries.size(), 6);
        const auto entry = [&entries](int i) {
            const QJsonObject o = entries.at(i).toObject();
            return o.value("domain").toString() + " " + o.value("status").toString() + " " + o.value("text").toString();
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(entry(0), "box.example.com success Signed & valid. " +
                               CertificateChecker::expirySentence(Certificate::fromFileData(boxCert).notAfter(), now));
        QVERIFY2(entry(0).contains("expires in 79 days on "), qPrintable(entry(0)));
        QVERIFY2(entry(1).startsWith("example.com success Signed & valid. The certificate expires in 59 days on "),
                 qPrintable(entry(1)));
        QCOMPARE(entry(2), QString("autoconfig.example.com danger No certificate installed."));
        QCOMPARE(entry(5),
                 QString("autodiscover.example.com not-applicable The domain's website is hosted elsewhere."));
        QCOMPARE(entries.at(0).toObject().keys(), QStringList({"domain", "status", "text"}));
    }

    void statusOfProblems()
    {
        // A wildcard certificate covers one level; an exact expired one is still what a name uses.
        const QByteArray wild = TestPki::serverCertificate(m_ca, spec("*.example.com", -1, 30), m_boxKey);
        QVERIFY(TestFiles::write(m_ssl + "/wild.pem", wild + m_ca.intermediateCert));
        const QByteArray expired = TestPki::serverCertificate(m_ca, spec("www.example.com", -60, -1), m_boxKey);
        QVERIFY(TestFiles::write(m_ssl + "/www.pem", expired + m_ca.intermediateCert));
        // The primary hostname's symlink, whatever else is there: a self-signed one.
        QVERIFY(QFile::remove(m_ssl + "/ssl_certificate.pem"));
        QVERIFY(QFile::link(m_selfSignedPath, m_ssl + "/ssl_certificate.pem"));
        QJsonObject status;
        QCOMPARE(m_tls->status(&status, TlsService::StatusDetail::CertificatesOnly).status, 200);
        const QJsonArray entries = status.value("status").toArray();
        QCOMPARE(entries.at(0).toObject().value("status").toString(), QString("warning"));
        QCOMPARE(entries.at(0).toObject().value("text").toString(),
                 QString("Self-signed. Get a signed certificate to stop warnings."));
        QCOMPARE(entries.at(2).toObject().value("status").toString(), QString("success")); // autoconfig: wildcard
        QCOMPARE(entries.at(4).toObject().value("domain").toString(), QString("www.example.com"));
        QVERIFY2(entries.at(4).toObject().value("text").toString().startsWith(
                     "Certificate has a problem: The certificate has expired or is not yet valid."),
                 qPrintable(entries.at(4).toObject().value("text").toString()));
        // Without the box's certificate.
        QVERIFY(QFile::remove(m_ssl + "/ssl_certificate.pem"));
        QCOMPARE(m_tls->status(&status, TlsService::StatusDetail::CertificatesOnly).status, 200);
        QCOMPARE(status.value("status").toArray().at(0).toObject().value("text").toString(),
                 QString("No certificate installed."));
    }
};

QTEST_GUILESS_MAIN(TestTlsInstall)
#include "tst_tls_install.moc"
