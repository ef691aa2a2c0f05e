#include "backup/BackupStatus.h"
#include "box/NameResolver.h"
#include "status/DnssecStatus.h"
#include "status/MtaStsPolicy.h"
#include "status/StatusOutput.h"
#include "status/StatusService.h"

#include "TestFiles.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <atomic>
#include <future>
#include <thread>

namespace {

StatusOutput sample()
{
    StatusOutput o;
    o.heading(QStringLiteral("System"));
    o.ok(QStringLiteral("All system services are running."));
    o.error(QStringLiteral("There are 2 software packages that can be updated."));
    o.line(QStringLiteral("libc6 (2.36-9)"));
    o.line(QStringLiteral("KEY"), true);
    o.heading(QStringLiteral("example.com"));
    o.warning(QStringLiteral("first line\n\t\t\tsecond   line"));
    return o;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// A DNS response to `query` (its id and question echoed) with answer records of `type` and the given rdata.
QByteArray response(const QByteArray& query, quint16 type, const QList<QByteArray>& rdatas, int rcode = 0)
{
    QByteArray p = query;
    p[2] = char(0x81);
    p[3] = char(0x80 | rcode);
    p[6] = 0;
    p[7] = char(rdatas.size());
    for (const QByteArray& r : rdatas) {
        p.append(char(0xc0));
        p.append(char(12)); // the question's name
        p.append(char(type >> 8));
        p.append(char(type & 0xff));
        p.append(QByteArray::fromHex("0001"));
        p.append(QByteArray::fromHex("00000e10"));
        p.append(char(r.size() >> 8));
        p.append(char(r.size() & 0xff));
        p.append(r);
    }
    return p;
}

QByteArray name(const char* dotted)
{
    QByteArray out;
    for (const QByteArray& label : QByteArray(dotted).split('.')) {
        out.append(char(label.size()));
        out.append(label);
    }
    out.append('\0');
    return out;
}

// A TLS server whose connections are QSslSockets with the given certificate chain and key.
class TlsServer : public QTcpServer
{
public:
    QByteArray chain;
    QByteArray key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket;
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificateChain(QSslCertificate::fromData(chain));
        socket->setPrivateKey(QSslKey(key, QSsl::Rsa));
        addPendingConnection(socket);
    }
};

} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void webItemsAttachLinesToTheItemBefore()
    {
        const QJsonArray items = sample().toJson();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].toObject().value("type").toString(), QString("heading"));
        QCOMPARE(items[2].toObject().value("type").toString(), QString("error"));
        const QJsonArray extra = items[2].toObject().value("extra").toArray();
        QCOMPARE(extra.size(), 2);
        QCOMPARE(extra[0].toObject(), (QJsonObject{{"monospace", false}, {"text", "libc6 (2.36-9)"}}));
        QCOMPARE(extra[1].toObject(), (QJsonObject{{"monospace", true}, {"text", "KEY"}}));
        QCOMPARE(items[4].toObject().value("text").toString(), QString("first line\n\t\t\tsecond   line"));
        QVERIFY(items[4].toObject().value("extra").toArray().isEmpty());
    }

    void textAsTheNightlyMail()
    {
        QCOMPARE(sample().toText(), QString::fromUtf8("\nSystem\n======\n"
                                                      "✓  All system services are running.\n"
                                                      "✖  There are 2 software packages that can be updated.\n"
                                                      "   libc6 (2.36-9)\n"
                                                      "   KEY\n"
                                                      "\nexample.com\n===========\n"
                                                      "?  first line second   line\n"));
        StatusOutput empty;
        empty.heading(QString::fromUtf8("bücher.example"));
        empty.line(QString());
        QCOMPARE(empty.toText(), QString::fromUtf8("\nbücher.example\n==============\n   \n"));
    }

    void callsJsonRoundTrip()
    {
        const StatusOutput o = sample();
        const StatusOutput back = StatusOutput::fromCallsJson(o.toCallsJson());
        QCOMPARE(back.entries(), o.entries());
        QVERIFY(o.toCallsJson().contains("\"print_line\""));
        QVERIFY(StatusOutput::fromCallsJson("not json").isEmpty());
    }

    void opcodesAsDifflib()
    {
        // difflib.SequenceMatcher(None, "abxcd", "abcyd").get_opcodes()
        const auto codes =
            StatusOutput::opcodes(QStringList{"a", "b", "x", "c", "d"}, QStringList{"a", "b", "c", "y", "d"});
        QStringList seen;
        for (const auto& c : codes)
            seen.append(QStringLiteral("%1 %2 %3 %4 %5").arg(c.tag).arg(c.i1).arg(c.i2).arg(c.j1).arg(c.j2));
        QCOMPARE(seen,
                 QStringList({"equal 0 2 0 2", "delete 2 3 2 2", "equal 3 4 2 3", "insert 4 4 3 4", "equal 4 5 4 5"}));
        const auto replace = StatusOutput::opcodes(QStringList{"a", "b"}, QStringList{"a", "c"});
        QCOMPARE(replace.size(), 2);
        QCOMPARE(replace[1].tag, QString("replace"));
    }

    void changeReportOnlyDifferences()
    {
        StatusOutput prev;
        prev.heading("System");
        prev.ok("A");
        prev.error("B");
        prev.heading("old.example");
        prev.ok("gone");
        prev.heading("example.com");
        prev.ok("same");
        StatusOutput cur;
        cur.heading("System");
        cur.ok("A");
        cur.ok("B fixed");
        cur.heading("example.com");
        cur.ok("same");
        cur.heading("new.example");
        cur.warning("new");
        QCOMPARE(StatusOutput::changes(cur, cur).entries().size(), 0);
        const QString text = StatusOutput::changes(prev, cur).toText();
        QCOMPARE(text, QString::fromUtf8("\nSystem -- Previously:\n=====================\n✖  B\n"
                                         "\nSystem -- Currently:\n====================\n✓  B fixed\n"
                                         "\nnew.example -- Added\n====================\n?  new\n"
                                         "\nold.example\n===========\n?  This section was removed.\n"));
        const QJsonObject json = StatusService::changesJson(StatusOutput::changes(prev, cur), 0);
        QCOMPARE(json.value("time").toString(), QString("1970-01-01T00:00:00Z"));
        const QJsonArray sections = json.value("sections").toArray();
        QCOMPARE(sections.size(), 4);
        QCOMPARE(sections[0].toObject().value("change").toString(), QString("previously"));
        QCOMPARE(sections[1].toObject().value("change").toString(), QString("currently"));
        QCOMPARE(sections[2].toObject().value("change").toString(), QString("added"));
        QCOMPARE(sections[2].toObject().value("category").toString(), QString("new.example"));
        QCOMPARE(sections[3].toObject().value("change").toString(), QString("section-removed"));
        QCOMPARE(sections[1].toObject().value("items").toArray()[0].toObject().value("text").toString(),
                 QString("B fixed"));
        // A line removed at the end of a category.
        StatusOutput shorter;
        shorter.heading("System");
        shorter.ok("A");
        QCOMPARE(StatusOutput::changes(prev, shorter).entries().first().text, QString("System -- Removed"));
    }

    void backupAgeDaysComponent()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QDateTime now(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
        QCOMPARE(BackupStatus::relativeDays(now.addDays(-8), now, utc), 8);
        QCOMPARE(BackupStatus::relativeDays(now.addDays(-7), now, utc), 7);
        // [quirk] one month and two days: the days component is 2.
        QCOMPARE(BackupStatus::relativeDays(QDateTime(QDate(2026, 2, 18), QTime(12, 0), Qt::UTC), now, utc), 2);
        QCOMPARE(BackupStatus::relativeDays(now.addDays(3), now, utc), 0);
    }

    void dnssecDetailLines()
    {
        QTemporaryDir dir;
        const QString dnssec = dir.filePath("dnssec");
        QDir().mkpath(dnssec);
        writeFile(dnssec + "/RSASHA256.conf", "KSK=Kdomain.+008+11111\nZSK=Kdomain.+008+22222\n");
        writeFile(dnssec + "/ECDSAP256SHA256.conf", "KSK=Kdomain.+013+33333\nZSK=Kdomain.+013+44444\n");
        writeFile(dnssec + "/Kdomain.+008+11111.key", "_domain_.\tIN\tDNSKEY\t257 3 8 RSAKEY\n");
        writeFile(dnssec + "/Kdomain.+013+33333.key", "_domain_.\tIN\tDNSKEY\t257 3 13 ECKEY\n");
        writeFile(dir.filePath("example.com.txt.ds"), "example.com.\t3600\tIN\tDS\t11111 8 1 aa11\n"
                                                      "example.com.\t3600\tIN\tDS\t11111 8 2 bb22\n"
                                                      "example.com.\t3600\tIN\tDS\t11111 8 4 cc44\n"
                                                      "example.com.\t3600\tIN\tDS\t33333 13 1 dd11\n"
                                                      "example.com.\t3600\tIN\tDS\t33333 13 2 ee22\n"
                                                      "example.com.\t3600\tIN\tDS\t33333 13 4 ff44\n");
        QVERIFY(!DnssecStatus::readExpected(dir.filePath("none.ds"), dnssec));
        const auto expected = DnssecStatus::readExpected(dir.filePath("example.com.txt.ds"), dnssec);
        QVERIFY(expected);
        QCOMPARE(expected->size(), 6);
        QCOMPARE(expected->at(0).pubkey, QString("RSAKEY"));
        QCOMPARE(expected->at(4).pubkey, QString("ECKEY"));

        // Correct with algorithm 13: ok, no details.
        StatusOutput ok;
        DnssecStatus::check("example.com", *expected, {"33333 13 2 ee22"}, false, &ok);
        QCOMPARE(ok.entries().size(), 1);
        QCOMPARE(ok.entries()[0].text, QString("DNSSEC 'DS' record is set correctly at registrar."));
        StatusOutput some;
        DnssecStatus::check("example.com", *expected, {"33333 13 2 ee22", "11111 8 2 bb22"}, false, &some);
        QCOMPARE(some.entries().size(), 1);
        QVERIFY(some.entries()[0].text.contains("should be removed"));

        // Not set: the warning, the instructions, options in preference order (13,2), (8,2), (13,4), (8,4).
        StatusOutput none;
        DnssecStatus::check("example.com", *expected, {}, false, &none);
        const QList<StatusOutput::Entry>& e = none.entries();
        QCOMPARE(e[0].kind, StatusOutput::Entry::Kind::Warning);
        QCOMPARE(e[0].text, QString("This domain's DNSSEC DS record is not set. The DS record is optional. The DS "
                                    "record activates DNSSEC. See below for instructions."));
        QVERIFY(e[1].text.startsWith("Follow the instructions provided by your domain name registrar to set a DS "
                                     "record.\n\t\tRegistrars support"));
        QCOMPARE(e[2].text, QString());
        QStringList options;
        for (int i = 0; i < e.size(); ++i) {
            if (e[i].text.startsWith("Option "))
                options.append(e[i].text + " " + e[i + 4].text + " " + e[i + 5].text);
        }
        QCOMPARE(options, QStringList({"Option 1: Algorithm: 13 / ECDSAP256SHA256 Digest Type: 2 / SHA-256",
                                       "Option 2: Algorithm: 8 / RSASHA256 Digest Type: 2 / SHA-256",
                                       "Option 3: Algorithm: 13 / ECDSAP256SHA256 Digest Type: 4 / SHA-384",
                                       "Option 4: Algorithm: 8 / RSASHA256 Digest Type: 4 / SHA-384"}));
        // One option's block: 13 lines after the empty line, public key and record monospace.
        const int first =
            int(std::find_if(e.begin(), e.end(), [](const auto& x) { return x.text == "Option 1:"; }) - e.begin());
        QCOMPARE(e[first - 1].text, QString());
        QCOMPARE(e[first + 1].text, QString("----------"));
        QCOMPARE(e[first + 2].text, QString("Key Tag: 33333"));
        QCOMPARE(e[first + 3].text, QString("Key Flags: KSK / 257"));
        QCOMPARE(e[first + 6].text, QString("Digest: ee22"));
        QCOMPARE(e[first + 7].text, QString("Public Key: "));
        QCOMPARE(e[first + 8].text, QString("ECKEY"));
        QVERIFY(e[first + 8].monospace);
        QCOMPARE(e[first + 10].text, QString("Bulk/Record Format:"));
        QCOMPARE(e[first + 11].text, QString("example.com.\t3600\tIN\tDS\t33333 13 2 ee22"));
        QVERIFY(e[first + 11].monospace);
        QVERIFY(!none.toText().contains("currently set to"));

        // Wrong: the error, and the published records listed last (sorted).
        StatusOutput wrong;
        DnssecStatus::check("example.com", *expected, {"9 13 2 00", "1 8 2 ab"}, false, &wrong);
        QVERIFY(wrong.entries()[0].text.startsWith("This domain's DNSSEC DS record is incorrect."));
        const int n = int(wrong.entries().size());
        QCOMPARE(wrong.entries()[n - 3].text, QString("The DS record is currently set to:"));
        QCOMPARE(wrong.entries()[n - 2].text, QString("Key Tag: 1, Algorithm: 8, Digest Type: 2, Digest: ab"));
        QCOMPARE(wrong.entries()[n - 1].text, QString("Key Tag: 9, Algorithm: 13, Digest Type: 2, Digest: 00"));
        // In the primary hostname's group: one short error, nothing else.
        StatusOutput primary;
        DnssecStatus::check("example.com", *expected, {"9 13 2 00"}, true, &primary);
        QCOMPARE(primary.entries().size(), 1);
        QCOMPARE(primary.entries()[0].text,
                 QString("The DNSSEC 'DS' record for example.com is incorrect. See further details below."));
        // Valid but only RSA: warning with the details.
        StatusOutput rsa;
        DnssecStatus::check("example.com", *expected, {"11111 8 2 bb22"}, false, &rsa);
        QCOMPARE(rsa.entries()[0].kind, StatusOutput::Entry::Kind::Warning);
        QVERIFY(rsa.entries()[0].text.startsWith("DNSSEC 'DS' record set at registrar is valid but should be updated"));
    }

    void mtaStsPolicy()
    {
        MtaStsPolicy::Result r;
        QVERIFY(MtaStsPolicy::parse("version: STSv1\nmode: enforce\nmx: box.example.com\nmax_age: 604800\n", &r));
        QCOMPARE(r.mode(), QString("enforce"));
        QCOMPARE(r.mx(), QStringList{"box.example.com"});
        QCOMPARE(r.repr(), QString("{'mx': ['box.example.com'], 'version': 'STSv1', 'mode': 'enforce', 'max_age': "
                                   "604800}"));
        QVERIFY(!MtaStsPolicy::parse("version: STSv1\nmode: enforce\nmax_age: 604800\n", &r)); // no mx
        QVERIFY(!MtaStsPolicy::parse("version: STSv2\nmode: none\nmax_age: 1\n", &r));
        QVERIFY(!MtaStsPolicy::parse("version: STSv1\nmode: strict\nmx: a\nmax_age: 1\n", &r));
        QVERIFY(MtaStsPolicy::parse("version: STSv1\r\nmode: testing\r\nmx: a\r\nmx: b\r\nmax_age: 86400\r\n", &r));
        QCOMPARE(r.mx(), QStringList({"a", "b"}));
    }

    void mtaStsFetched()
    {
        // A DNS responder: _mta-sts.example.com has one STS record, every other name none.
        std::promise<quint16> dnsBound;
        std::atomic<bool> stop{false};
        std::thread dns([&dnsBound, &stop] {
            QUdpSocket server;
            dnsBound.set_value(server.bind(QHostAddress::LocalHost, 0) ? server.localPort() : 0);
            while (!stop) {
                if (!server.waitForReadyRead(50))
                    continue;
                while (server.hasPendingDatagrams()) {
                    QHostAddress from;
                    quint16 port = 0;
                    QByteArray q(int(server.pendingDatagramSize()), '\0');
                    server.readDatagram(q.data(), q.size(), &from, &port);
                    const bool known = q.mid(12).startsWith(name("_mta-sts.example.com"));
                    server.writeDatagram(known ? response(q, 16, {QByteArray("\x0dv=STSv1; id=1")})
                                               : response(q, 16, {}, 3),
                                         from, port);
                }
            }
        });
        // An HTTPS server for mta-sts.example.com with a certificate from a CA the check is told to trust.
        const TestPki::Authority ca = TestPki::authority();
        QTemporaryDir dir;
        QVERIFY(TestFiles::write(dir.filePath("ca.pem"), ca.rootCert));
        const QByteArray key = TestPki::rsaKey();
        TestPki::Spec spec;
        spec.commonName = "mta-sts.example.com";
        spec.dnsNames = {"mta-sts.example.com"};
        const QByteArray chain = TestPki::serverCertificate(ca, spec, key) + ca.intermediateCert;
        std::atomic<int> answer{0}; // 0: the policy, 1: 404, 2: HTML
        std::promise<quint16> httpsBound;
        std::thread https([&] {
            TlsServer server;
            server.chain = chain;
            server.key = key;
            httpsBound.set_value(server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0);
            while (!stop) {
                if (!server.waitForNewConnection(50))
                    continue;
                std::unique_ptr<QSslSocket> socket(qobject_cast<QSslSocket*>(server.nextPendingConnection()));
                QSslSocket& tls = *socket;
                tls.startServerEncryption();
                if (!tls.waitForEncrypted(5000))
                    continue;
                QByteArray request = tls.readAll();
                while (!request.contains("\r\n\r\n") && tls.waitForReadyRead(5000))
                    request += tls.readAll();
                const QByteArray policy = "version: STSv1\nmode: enforce\nmx: box.example.com\nmax_age: 604800\n";
                const QByteArray reply =
                    answer == 0 ? "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                                      QByteArray::number(policy.size()) + "\r\n\r\n" + policy
                    : answer == 1 ? QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                                  : "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                                        QByteArray::number(policy.size()) + "\r\n\r\n" + policy;
                tls.write(reply);
                tls.waitForBytesWritten(5000);
                tls.disconnectFromHost();
                if (tls.state() != QAbstractSocket::UnconnectedState)
                    tls.waitForDisconnected(1000);
            }
        });
        // The servers stop however the test ends.
        struct Stopper
        {
            std::atomic<bool>& stop;
            std::thread& a;
            std::thread& b;
            ~Stopper()
            {
                stop = true;
                a.join();
                b.join();
            }
        } stopper{stop, dns, https};
        const QString resolver = QStringLiteral("127.0.0.1:%1").arg(dnsBound.get_future().get());
        const QString address = QStringLiteral("127.0.0.1:%1").arg(httpsBound.get_future().get());
        MtaStsPolicy::Result r = MtaStsPolicy::check("example.com", resolver, address, dir.filePath("ca.pem"));
        QCOMPARE(r.fetch, QString("STSFetchResult.VALID"));
        QCOMPARE(r.mx(), QStringList{"box.example.com"});
        QCOMPARE(r.mode(), QString("enforce"));
        QCOMPARE(MtaStsPolicy::check("example.net", resolver, address, dir.filePath("ca.pem")).fetch,
                 QString("STSFetchResult.NONE"));
        // A certificate the check does not trust, a 404 and a policy that is not text/plain: fetch errors.
        QCOMPARE(MtaStsPolicy::check("example.com", resolver, address, QString()).fetch,
                 QString("STSFetchResult.FETCH_ERROR"));
        answer = 1;
        QCOMPARE(MtaStsPolicy::check("example.com", resolver, address, dir.filePath("ca.pem")).fetch,
                 QString("STSFetchResult.FETCH_ERROR"));
        answer = 2;
        QCOMPARE(MtaStsPolicy::check("example.com", resolver, address, dir.filePath("ca.pem")).fetch,
                 QString("STSFetchResult.FETCH_ERROR"));
    }

    void resolverRecordForms()
    {
        const auto parse = [](const QString& type, quint16 code, const QList<QByteArray>& rdatas) {
            const QByteArray q = NameResolver::encodeQuery(7, {QStringLiteral("example.com"), type});
            quint16 id = 0;
            NameResolver::Answer a;
            if (!NameResolver::parseResponse(response(q, code, rdatas), &id, type, &a))
                return QStringLiteral("<unparsed>");
            return a.text();
        };
        QCOMPARE(parse("MX", 15, {QByteArray::fromHex("000a") + name("box.example.com")}),
                 QString("10 box.example.com"));
        QCOMPARE(parse("NS", 2, {name("ns2.box.example.com"), name("ns1.box.example.com")}),
                 QString("ns1.box.example.com; ns2.box.example.com"));
        QCOMPARE(parse("DS", 43, {QByteArray::fromHex("3039") + char(13) + char(2) + QByteArray::fromHex("abcdef")}),
                 QString("12345 13 2 abcdef"));
        QCOMPARE(parse("TLSA", 52, {QByteArray::fromHex("030101") + QByteArray::fromHex("00ff")}),
                 QString("3 1 1 00ff"));
        QCOMPARE(parse("TXT", 16, {QByteArray("\x07v=STSv1\x05id=1\"", 14)}), QString("\"v=STSv1\" \"id=1\\\"\""));
        QCOMPARE(parse("SOA", 6,
                       {name("ns1.box.example.com") + name("hostmaster.box.example.com") +
                        QByteArray::fromHex("0000000100000e100000070800093a800000012c")}),
                 QString("ns1.box.example.com. hostmaster.box.example.com. 1 3600 1800 604800 300"));
        QCOMPARE(parse("PTR", 12, {name("box.example.com")}), QString("box.example.com"));
        QCOMPARE(parse("MX", 15, {}), QString("[Not Set]"));
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
