// The TLS page's client core, unit-level: the status and provisioning answers as upstream and our agent give them
// (api.md §7.1, §7.4: plain strings among the requests, the certificate file named by a skip), which install answers
// are refusals, certificate details read with QSslCertificate (names, wildcard cover, SHA-256, self-signed), the
// CSR country list as upstream's, and the status model (rows updated in place, QAbstractItemModelTester).
#include "CsrCountries.h"
#include "TestPki.h"
#include "TlsCertificates.h"
#include "TlsService.h"
#include "TlsStatusModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QtTest>

class TestClientTls : public QObject
{
    Q_OBJECT

private slots:
    void statusAnswer()
    {
        const QByteArray json = R"json({"can_provision": ["www.example.com"], "status": [
            {"domain": "box.example.com", "status": "success",
             "text": "Signed & valid. The certificate expires in 61 days on 2026-07-01."},
            {"domain": "example.com", "status": "danger",
             "text": "No certificate installed. The domain name does not resolve to this machine: [Not Set] (A)."},
            {"domain": "www.example.com", "status": "warning",
             "text": "Self-signed. Get a signed certificate to stop warnings."},
            {"domain": "old.example.com", "status": "danger",
             "text": "Certificate has a problem: The certificate has expired or is not yet valid."},
            {"domain": "web.example.net", "status": "not-applicable", "text": "The domain's website is hosted elsewhere."}
        ]})json";
        TlsStatus status;
        QVERIFY(TlsStatus::parse(QJsonDocument::fromJson(json), &status));
        QCOMPARE(status.canProvision, QStringList{QStringLiteral("www.example.com")});
        QCOMPARE(status.domains.size(), 5);
        const TlsDomainStatus& box = status.domains.at(0);
        QCOMPARE(box.state, TlsDomainStatus::State::Valid);
        QCOMPARE(box.daysLeft, 61);
        QCOMPARE(box.expires, QDate(2026, 7, 1));
        QVERIFY(box.provisionNote.isEmpty());
        QCOMPARE(status.domains.at(1).state, TlsDomainStatus::State::Missing);
        QCOMPARE(status.domains.at(1).provisionNote,
                 QStringLiteral("The domain name does not resolve to this machine: [Not Set] (A)."));
        QVERIFY(!status.domains.at(1).expires.isValid());
        QCOMPARE(status.domains.at(2).state, TlsDomainStatus::State::SelfSigned);
        QCOMPARE(status.domains.at(3).state, TlsDomainStatus::State::Problem);
        QCOMPARE(status.domains.at(4).state, TlsDomainStatus::State::NotApplicable);
        QVERIFY(!status.domains.at(4).canInstall());

        QVERIFY(!TlsStatus::parse(QJsonDocument::fromJson("[]"), &status));
        QVERIFY(!TlsStatus::parse(QJsonDocument::fromJson(R"json({"can_provision": []})json"), &status));
    }

    void provisionAnswer()
    {
        // Upstream's shape: skipped objects, request objects, then the post-install lines as plain strings.
        const QByteArray json = R"json({"requests": [
            {"domains": ["box.example.com"], "log": ["The domain has a valid certificate already. (The certificate expires in 80 days on 2027-02-01. Certificate: /home/user-data/ssl/box.example.com-20270201-1a2b3c4d.pem, private key /home/user-data/ssl/ssl_private_key.pem)"], "result": "skipped"},
            {"domains": ["example.com", "www.example.com"], "log": ["certbot says it worked"], "result": "installed"},
            {"domains": ["example.net"], "log": ["An unexpected error occurred:\nThe server could not connect"], "result": "error"},
            "updating primary certificate", "mail services restarted", "web updated\n", ""
        ]
    })json";
        TlsProvisionResult result;
        QVERIFY(TlsProvisionResult::parse(QJsonDocument::fromJson(json), &result));
        QCOMPARE(result.requests.size(), 3);
        QCOMPARE(result.requests.at(0).kind, TlsProvisionRequest::Result::Skipped);
        QCOMPARE(result.requests.at(0).certificateFile,
                 QStringLiteral("/home/user-data/ssl/box.example.com-20270201-1a2b3c4d.pem"));
        QCOMPARE(result.requests.at(0).privateKeyFile, QStringLiteral("/home/user-data/ssl/ssl_private_key.pem"));
        QCOMPARE(result.requests.at(1).domains, QStringList({"example.com", "www.example.com"}));
        QCOMPARE(result.requests.at(1).kind, TlsProvisionRequest::Result::Installed);
        QCOMPARE(result.requests.at(2).kind, TlsProvisionRequest::Result::Error);
        QCOMPARE(result.logLines,
                 QStringList({"updating primary certificate", "mail services restarted", "web updated"}));
        QCOMPARE(result.count(TlsProvisionRequest::Result::Installed), 1);
        QVERIFY(!result.nothingRequested());

        QVERIFY(TlsProvisionResult::parse(QJsonDocument::fromJson(R"json({"requests": []})json"), &result));
        QVERIFY(result.nothingRequested());
        QVERIFY(!TlsProvisionResult::parse(QJsonDocument::fromJson(R"json({"requests": [3]})json"), &result));
        QVERIFY(!TlsProvisionResult::parse(QJsonDocument::fromJson(R"json({})json"), &result));
    }

    void installAnswers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refusal");
        QTest::newRow("invalid domain") << "Invalid domain name." << true;
        QTest::newRow("self-signed") << "This is a self-signed certificate. I can't install that." << true;
        QTest::newRow("no PEM") << "There is a problem with the certificate file: File does not contain valid PEM data."
                                << true;
        QTest::newRow("upstream on OpenSSL 3") << "There is a problem with the certificate. " << true;
        QTest::newRow("wrong name") << "The certificate is for the wrong domain name. It is for a.example.org." << true;
        QTest::newRow("key") << "The certificate does not correspond to the private key at /x/ssl_private_key.pem."
                             << true;
        QTest::newRow("expired") << "The certificate has expired or is not yet valid. It is valid from A to B." << true;
        QTest::newRow("chain") << "The certificate is missing an intermediate chain or the intermediate chain is "
                                  "incorrect or incomplete. (error 20)"
                               << true;
        QTest::newRow("expiring") << "The certificate is expiring soon: The certificate expires in 3 days on X."
                                  << true;
        QTest::newRow("web updated") << "web updated\n" << false;
        QTest::newRow("primary") << "updating primary certificate\nmail services restarted\nweb updated\n" << false;
        QTest::newRow("reinstalled") << "" << false;
    }

    void installAnswers()
    {
        QFETCH(QString, text);
        QFETCH(bool, refusal);
        QCOMPARE(TlsService::isInstallRefusal(text), refusal);
    }

    void certificateDetails()
    {
        const TestPki::Authority ca = TestPki::authority(QStringLiteral("Unit"));
        const QByteArray key = TestPki::rsaKey();
        TestPki::Spec spec;
        spec.commonName = QStringLiteral("example.com");
        spec.dnsNames = {QStringLiteral("example.com"), QStringLiteral("*.example.com")};
        const QByteArray pem = TestPki::serverCertificate(ca, spec, key);
        const QList<CertificateDetails> chain = CertificateDetails::fromPem(pem + ca.intermediateCert);
        QCOMPARE(chain.size(), 2);
        const CertificateDetails& c = chain.constFirst();
        QCOMPARE(c.commonName, QStringLiteral("example.com"));
        QCOMPARE(c.names(), QStringList({"example.com", "*.example.com"}));
        QCOMPARE(c.issuerCommonName, QStringLiteral("Unit Intermediate CA"));
        QVERIFY(c.issuer.contains(QLatin1String("CN=Unit Intermediate CA")));
        QVERIFY(c.subject.contains(QLatin1String("CN=example.com")));
        QVERIFY(c.covers(QStringLiteral("example.com")));
        QVERIFY(c.covers(QStringLiteral("www.example.com"))); // the wildcard, one level
        QVERIFY(!c.covers(QStringLiteral("a.b.example.com")));
        QVERIFY(!c.covers(QStringLiteral("example.org")));
        QVERIFY(!c.selfSigned);
        QCOMPARE(c.publicKey, QStringLiteral("RSA, 2048 bits"));
        const QByteArray der = QSslCertificate(pem, QSsl::Pem).toDer();
        QCOMPARE(c.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper()));
        QVERIFY(c.isValidAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(qAbs(c.daysLeft(QDateTime::currentDateTimeUtc()) - 89) <= 1);
        QVERIFY(chain.at(1).commonName == QLatin1String("Unit Intermediate CA"));

        const CertificateDetails root = CertificateDetails::fromPem(ca.rootCert).value(0);
        QVERIFY(root.selfSigned);
        QVERIFY(CertificateDetails::fromPem("garbage").isEmpty());
        QVERIFY(CertificateDetails::fromPem(key).isEmpty());
    }

    void countries()
    {
        const QList<CsrCountries::Country> all = CsrCountries::all();
        QCOMPARE(all.size(), 249);
        QCOMPARE(CsrCountries::commonCount(), 21);
        QCOMPARE(all.at(0).code, QStringLiteral("CN"));
        QCOMPARE(all.at(2).name, QStringLiteral("United States"));
        QCOMPARE(all.at(20).code, QStringLiteral("CA"));
        QCOMPARE(all.at(21).code, QStringLiteral("AD"));
        QCOMPARE(CsrCountries::nameOf(QStringLiteral("ax")), QStringLiteral("Åland Islands"));
        QVERIFY(CsrCountries::nameOf(QStringLiteral("XX")).isEmpty());
        const QList<CsrCountries::Country> others = CsrCountries::others();
        QCOMPARE(others.size(), 228);
        QCOMPARE(others.constFirst().name, QStringLiteral("Afghanistan"));
        QSet<QString> codes;
        for (const CsrCountries::Country& c : all) {
            QCOMPARE(c.code.size(), 2);
            codes.insert(c.code);
        }
        QCOMPARE(codes.size(), 249);
    }

    void model()
    {
        TlsStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TlsStatus status;
        QVERIFY(TlsStatus::parse(QJsonDocument::fromJson(R"json({"can_provision": [], "status": [
            {"domain": "box.example.com", "status": "warning", "text": "Self-signed. Get a signed certificate to stop warnings."},
            {"domain": "example.com", "status": "danger", "text": "No certificate installed."}]})json"),
                                 &status));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPrimaryHostname(QStringLiteral("box.example.com"));
        model.setStatus(status);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TlsStatusModel::CertificateColumn).data().toString(),
                 QStringLiteral("ssl_certificate.pem"));
        QVERIFY(model.index(1, TlsStatusModel::CertificateColumn).data().toString().isEmpty());
        QCOMPARE(model.index(1, TlsStatusModel::StateColumn).data().toString(), QStringLiteral("No certificate"));
        QVERIFY(model.index(1, 0).data(TlsStatusModel::FilterTextRole).toString().contains(QLatin1String("no cert")));

        // The same domains again, one with a certificate now: updated in place.
        status.domains[1].status = QStringLiteral("success");
        status.domains[1].text = QStringLiteral("Signed & valid. The certificate expires in 89 days on 2027-03-01.");
        QVERIFY(TlsStatus::parse(
            QJsonDocument::fromJson(QStringLiteral(R"json({"status": [{"domain": "box.example.com", "status": "warning",
                                     "text": "Self-signed."}, {"domain": "example.com", "status": "success", "text": "%1"}]})json")
                                        .arg(status.domains[1].text)
                                        .toUtf8()),
            &status));
        model.setStatus(status);
        QCOMPARE(reset.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(1, TlsStatusModel::StateColumn).data().toString(), QStringLiteral("Signed & valid"));
        QVERIFY(model.index(1, TlsStatusModel::ExpiresColumn).data().toString().contains(QLatin1String("(in 89 day")));
        QCOMPARE(model.rowOf(QStringLiteral("EXAMPLE.com")), 1);

        // Known certificates: a file the box named.
        TlsKnownCertificate known;
        known.file = QStringLiteral("/home/user-data/ssl/example.com-20270301-0a1b2c3d.pem");
        model.setKnownCertificates({{QStringLiteral("example.com"), known}});
        QCOMPARE(model.index(1, TlsStatusModel::CertificateColumn).data().toString(),
                 QStringLiteral("example.com-20270301-0a1b2c3d.pem"));
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
