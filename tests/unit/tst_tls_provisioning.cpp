#include "TestFiles.h"
#include "TestPki.h"
#include "TestTool.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "box/NameResolver.h"
#include "tls/CertificateRequest.h"
#include "tls/TlsService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <atomic>
#include <future>
#include <thread>

// The pieces of ACME provisioning that need no ACME server (domain.md §9.5, §9.8): grouping by zone, the request
// certbot gets (checked with the openssl tool), the DNS answers the eligibility check reads (the resolver against a
// small DNS responder on loopback), the cleanup of expired files, the texts of the status for a box that is not on
// the network. The end to end run against a real ACME server is tests/system/tst_system_acme.cpp.
class TestTlsProvisioning : public QObject
{
    Q_OBJECT

private:
    static QByteArray openssl(const QStringList& args, const QByteArray& input)
    {
        const TestTool::Result r = TestTool::run("openssl", args, input);
        return r.ok() ? r.out : QByteArray("<failed: ") + r.message() + ">";
    }

    // A DNS response to `query` with `rcode` and the given A or AAAA records (raw addresses) for the question.
    static QByteArray response(const QByteArray& query, int rcode, quint16 type, const QList<QByteArray>& rdata)
    {
        QByteArray r = query;
        r[2] = char(0x81); // response, recursion desired
        r[3] = char(0x80 | rcode);
        r[6] = 0;
        r[7] = char(rdata.size());
        for (const QByteArray& data : rdata) {
            r += QByteArray("\xc0\x0c", 2); // the question's name
            r += char(type >> 8);
            r += char(type & 0xff);
            r += QByteArray("\x00\x01\x00\x00\x0e\x10", 6); // IN, TTL 3600
            r += char(0);
            r += char(data.size());
            r += data;
        }
        return r;
    }

private slots:
    void groupsByZone()
    {
        const QStringList zones{"example.com", "example.net"};
        // The primary hostname comes first in canonical order, before its zone's own name: both in one group.
        QCOMPARE(TlsService::groupByZone(
                     {"box.example.com", "example.com", "www.example.com", "example.net", "www.example.net"}, zones),
                 QList<QStringList>(
                     {{"box.example.com", "example.com", "www.example.com"}, {"example.net", "www.example.net"}}));
        // A zone without names to provision gives no group; the zones' order decides the groups' order.
        QCOMPARE(TlsService::groupByZone({"www.example.net", "example.com"}, zones),
                 QList<QStringList>({{"example.com"}, {"www.example.net"}}));
        // At most 100 names (here 2) a certificate.
        QCOMPARE(TlsService::groupByZone({"a.example.com", "b.example.com", "c.example.com"}, zones, 2),
                 QList<QStringList>({{"a.example.com", "b.example.com"}, {"c.example.com"}}));
        // A name in no zone has its own group at the end.
        QCOMPARE(TlsService::groupByZone({"other.org", "example.com"}, zones),
                 QList<QStringList>({{"example.com"}, {"other.org"}}));
    }

    void requestForNames()
    {
        const QByteArray key = TestPki::rsaKey();
        QString error;
        const QByteArray pem =
            CertificateRequest::makeForNames(key, {"box.example.com", "example.com", "www.example.com"}, &error);
        QVERIFY2(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"), qPrintable(error));
        QCOMPARE(TestTool::run("openssl", {"req", "-verify", "-noout"}, pem).exitCode, 0);
        QCOMPARE(openssl({"req", "-noout", "-pubkey"}, pem), openssl({"pkey", "-pubout"}, key));
        QCOMPARE(openssl({"req", "-noout", "-subject"}, pem).trimmed(), QByteArray("subject=CN = box.example.com"));
        const QByteArray text = openssl({"req", "-noout", "-text"}, pem);
        QVERIFY2(text.contains("X509v3 Basic Constraints: critical\n                    CA:FALSE"), text.constData());
        QVERIFY(text.contains("DNS:box.example.com, DNS:example.com, DNS:www.example.com"));
        QVERIFY(text.contains("Signature Algorithm: sha256WithRSAEncryption"));
        QVERIFY(CertificateRequest::makeForNames(key, {}, &error).isEmpty());
    }

    void wireFormat()
    {
        const QByteArray q = NameResolver::encodeQuery(0x1234, {"Www.Example.COM.", "AAAA"});
        QCOMPARE(q.toHex(), QByteArray("123401000001000000000000"
                                       "03777777076578616d706c6503636f6d00"
                                       "001c0001"));
        // A CNAME chain: the addresses of the asked type count, sorted and in canonical form.
        QByteArray r = response(NameResolver::encodeQuery(7, {"example.com", "AAAA"}), 0, 28,
                                {QByteArray::fromHex("20010db8000000000000000000000002"),
                                 QByteArray::fromHex("20010db8000000000000000000000001")});
        quint16 id = 0;
        NameResolver::Answer a;
        QVERIFY(NameResolver::parseResponse(r, &id, "AAAA", &a));
        QCOMPARE(id, quint16(7));
        QCOMPARE(a.status, NameResolver::Answer::Status::Found);
        QCOMPARE(a.text(), QString("2001:db8::1; 2001:db8::2"));
        // NXDOMAIN, REFUSED, and an answer without the asked type are "[Not Set]".
        for (int rcode : {3, 5, 0}) {
            r = response(NameResolver::encodeQuery(8, {"example.com", "A"}), rcode, 28,
                         rcode ? QList<QByteArray>() : QList<QByteArray>{QByteArray(16, '\1')});
            QVERIFY(NameResolver::parseResponse(r, &id, "A", &a));
            QCOMPARE(a.text(), QString("[Not Set]"));
        }
        // Truncated garbage does not parse.
        QVERIFY(!NameResolver::parseResponse(r.left(20), &id, "A", &a));
    }

    void resolverAgainstAResponder()
    {
        // A responder on loopback that answers A for "here.example" with 192.0.2.1, NXDOMAIN for "gone.example",
        // and never answers "slow.example".
        std::promise<quint16> bound;
        std::atomic<bool> stop{false};
        std::thread responder([&bound, &stop] {
            QUdpSocket server;
            bound.set_value(server.bind(QHostAddress::LocalHost, 0) ? server.localPort() : 0);
            while (!stop) {
                if (!server.waitForReadyRead(50))
                    continue;
                while (server.hasPendingDatagrams()) {
                    QHostAddress from;
                    quint16 fromPort = 0;
                    QByteArray q(int(server.pendingDatagramSize()), '\0');
                    server.readDatagram(q.data(), q.size(), &from, &fromPort);
                    if (q.contains("\x04here\x07"
                                   "example"))
                        server.writeDatagram(response(q, 0, 1, {QByteArray("\xc0\x00\x02\x01", 4)}), from, fromPort);
                    else if (q.contains("\x04gone\x07"
                                        "example"))
                        server.writeDatagram(response(q, 3, 1, {}), from, fromPort);
                }
            }
        });
        const quint16 port = bound.get_future().get();
        if (!port) {
            stop = true;
            responder.join();
            QFAIL("cannot bind a loopback UDP port");
        }
        const NameResolver resolver(QString("127.0.0.1:%1").arg(port), 1000);
        QList<NameResolver::Question> questions;
        for (int i = 0; i < 300; ++i) // more than are ever in flight at once
            questions.append(NameResolver::Question{i % 2 ? "here.example" : "gone.example", "A"});
        questions.append(NameResolver::Question{"slow.example", "A"});
        const QList<NameResolver::Answer> answers = resolver.lookupMany(questions);
        stop = true;
        responder.join();
        QCOMPARE(answers.size(), questions.size());
        for (int i = 0; i < 300; ++i)
            QCOMPARE(answers[i].text(), QString(i % 2 ? "192.0.2.1" : "[Not Set]"));
        QCOMPARE(answers.last().text(), QString("[timeout]"));
        QCOMPARE(resolver.lookup("here.example", "A"), QStringList()); // the responder is gone: nothing
        QCOMPARE(NameResolver("none").lookupMany({{"here.example", "A"}}).first().text(), QString("[Not Set]"));
    }

    void cleanupMovesOldFiles()
    {
        QTemporaryDir dir;
        auto config = BoxConfig::parse("STORAGE_ROOT=" + dir.path().toUtf8() + "\nPRIMARY_HOSTNAME=box.example.com\n");
        QVERIFY(config);
        const QString ssl = dir.path() + "/ssl/";
        // Today is 2026-03-20 (local time): kept are files dated 2026-03-13 or later.
        ManualClock clock(QDateTime(QDate(2026, 3, 20), QTime(12, 0)).toMSecsSinceEpoch());
        for (const char* name :
             {"a.example.com-20260312-0123abcd.pem", "b.example.com-20260313-0123abcd.pem",
              "c.example.com-20250101-ffffffff.pem", "box.example.com-20260101-00000000.pem",
              "d.example.com-selfsigned-20200101.pem", "e.example.com-20200101-XYZ.pem", "ssl_private_key.pem"})
            QVERIFY(TestFiles::write(ssl + name, "x"));
        // The certificate the services use is kept even when old.
        QVERIFY(QFile::link(ssl + "box.example.com-20260101-00000000.pem", ssl + "ssl_certificate.pem"));
        TlsService tls(
            *config, [] { return TlsService::WebDomains{}; }, clock);
        const QStringList log = tls.cleanupExpired();
        const QString expired = dir.path() + "/ssl.expired";
        QCOMPARE(log, QStringList({"moved a.example.com-20260312-0123abcd.pem to " + expired,
                                   "kept box.example.com-20260101-00000000.pem: ssl_certificate.pem points to it",
                                   "moved c.example.com-20250101-ffffffff.pem to " + expired}));
        QCOMPARE(QDir(expired).entryList(QDir::Files),
                 QStringList({"a.example.com-20260312-0123abcd.pem", "c.example.com-20250101-ffffffff.pem"}));
        QVERIFY(QFile::exists(ssl + "b.example.com-20260313-0123abcd.pem"));
        QVERIFY(QFile::exists(ssl + "d.example.com-selfsigned-20200101.pem"));
        QVERIFY(QFile::exists(ssl + "e.example.com-20200101-XYZ.pem"));
        QVERIFY(tls.cleanupExpired().filter("moved").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsProvisioning)
#include "tst_tls_provisioning.moc"
