#include "TestFiles.h"
#include "TestNsd.h"
#include "TestTool.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "dns/DnsService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

// Joins the character-strings of one TXT answer line of `dig +short`.
QString joinTxt(const QString& line)
{
    static const QRegularExpression part(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString joined;
    auto it = part.globalMatch(line);
    while (it.hasNext())
        joined += it.next().captured(1);
    return joined;
}

} // namespace

class TestSystemDns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root{QDir::tempPath() + QStringLiteral("/bkdns-XXXXXX")};
    QString m_storage, m_system;
    quint16 m_port = 0;
    std::optional<BoxConfig> m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DnsService> m_dns;
    TestNsd m_nsd;

    QString zonesDir() const { return m_system + QStringLiteral("/etc/nsd/zones"); }

    QStringList dig(const QString& name, const QString& type, const QStringList& extra = {})
    {
        return TestNsd::dig(m_port, name, type, extra);
    }

    QString serial(const QString& zone) { return TestNsd::serial(m_port, zone); }

    bool startNsd()
    {
        if (!m_nsd.start(m_system + "/etc/nsd/nsd.conf"))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (serial(QStringLiteral("example.net")).toULongLong() > 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"nsd", "nsd-checkzone", "nsd-control", "ldns-signzone", "ldns-keygen", "ldns-key2ds",
                                 "ldns-verify-zone", "dig", "openssl", "ssh-keygen"}) {
            if (TestTool::path(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QVERIFY(m_root.isValid());
        m_storage = m_root.path() + QStringLiteral("/data");
        m_system = m_root.path() + QStringLiteral("/sys");
        m_port = TestNsd::freePort();
        QVERIFY(m_port != 0);

        const QString conf = QStringLiteral("STORAGE_ROOT=%1\nPRIMARY_HOSTNAME=box.example.com\nPUBLIC_IP=192.0.2.1\n"
                                            "PUBLIC_IPV6=2001:db8::1\nSYSTEM_ROOT=%2\nDNS_RESOLVER=127.0.0.1:%3\n")
                                 .arg(m_storage, m_system)
                                 .arg(m_port);
        m_config = BoxConfig::parse(conf.toUtf8());
        QVERIFY(m_config);

        // The box: a certificate, SSH host keys, users and aliases.
        QDir().mkpath(m_storage + "/ssl");
        const TestTool::Result req = TestTool::run("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes",
                                                               "-keyout", m_storage + "/ssl/ssl_private_key.pem",
                                                               "-out", m_storage + "/ssl/ssl_certificate.pem", "-subj",
                                                               "/CN=box.example.com", "-days", "30"});
        QVERIFY2(req.ok(), req.message().constData());
        QDir().mkpath(m_system + "/etc/ssh");
        for (const char* type : {"ed25519", "ecdsa"}) {
            const QString key = m_system + QStringLiteral("/etc/ssh/ssh_host_%1_key").arg(QLatin1String(type));
            const TestTool::Result keygen =
                TestTool::run("ssh-keygen", {"-q", "-t", QLatin1String(type), "-N", "", "-f", key});
            QVERIFY2(keygen.ok(), keygen.message().constData());
        }
        QDir().mkpath(m_storage + "/mail");
        m_db = std::make_unique<Database>(m_config->usersDatabasePath());
        QVERIFY(m_db->ensureSchema());
        QVERIFY(m_db->write([](QSqlDatabase& c) {
            QSqlQuery q(c);
            return q.exec("INSERT INTO users (email, password) VALUES ('me@box.example.com', 'x'), "
                          "('anna@example.net', 'x'), ('bob@xn--bcher-kva.example', 'x'), ('sub@mail.example.net', "
                          "'x')") &&
                   q.exec("INSERT INTO aliases (source, destination) VALUES ('@example.org', 'anna@example.net')");
        }));

        // nsd on a loopback port, controlled through a local socket (no certificates needed).
        QVERIFY(TestFiles::write(m_system + "/etc/nsd/nsd.conf", TestNsd::config(m_port, m_system, m_root.path(), 1)));
        m_dns = std::make_unique<DnsService>(*m_config, *m_db);
    }

    void cleanupTestCase() { m_nsd.stop(); }

    void firstUpdateWritesEverything()
    {
        const QString result = m_dns->update(false);
        QCOMPARE(result,
                 QStringLiteral("updated DNS: box.example.com,example.net,example.org,xn--bcher-kva.example\n"));
        for (const QString& zone : m_dns->zones()) {
            for (const char* ext : {".txt", ".txt.signed", ".txt.ds"})
                QVERIFY2(QFile::exists(zonesDir() + "/" + zone + QLatin1String(ext)), qPrintable(zone + ext));
        }
        const QByteArray conf = TestFiles::read(m_system + "/etc/nsd/nsd.conf.d/zones.conf");
        QVERIFY(conf.startsWith("\nzone:\n\tname: box.example.com\n\tzonefile: box.example.com.txt.signed\n"));
        QVERIFY(TestFiles::read(m_system + "/etc/opendkim/SigningTable").contains("*@example.net example.net\n"));
        QVERIFY(TestFiles::read(m_system + "/etc/opendkim/KeyTable")
                    .contains("example.net example.net:mail:" + m_storage.toUtf8() + "/mail/dkim/mail.private\n"));
        QVERIFY(TestFiles::read(m_storage + "/mail/dkim/mail.private").startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        // One key set: a KSK and a ZSK for each of the two algorithms.
        const QDir keys(m_storage + "/dns/dnssec");
        QCOMPARE(keys.entryList({"*.conf"}, QDir::Files), QStringList({"ECDSAP256SHA256.conf", "RSASHA256.conf"}));
        QCOMPARE(keys.entryList({"K_domain_.*.private"}, QDir::Files).size(), 4);
        // DS: digests 1, 2 and 4 for each KSK.
        const QList<QByteArray> ds = TestFiles::read(zonesDir() + "/example.net.txt.ds").trimmed().split('\n');
        QCOMPARE(ds.size(), 6);
        QVERIFY(ds.first().startsWith("example.net.\t"));
        QVERIFY(ds.first().contains("\tDS\t"));
        // Subdomain folded in, IDN zone named in ASCII.
        QVERIFY(TestFiles::read(zonesDir() + "/example.net.txt").contains("\nmail\tIN\tMX\t10 box.example.com.\n"));
        QVERIFY(TestFiles::read(zonesDir() + "/example.net.txt")
                    .contains("\n_carddavs._tcp.mail\tIN\tSRV\t0 0 443 box.example.com.\n"));
    }

    void zonesPassCheckers()
    {
        const bool haveNamed = !TestTool::path("named-checkzone").isEmpty();
        for (const QString& zone : m_dns->zones()) {
            for (const char* ext : {".txt", ".txt.signed"}) {
                const QString file = zonesDir() + "/" + zone + QLatin1String(ext);
                const TestTool::Result r = TestTool::run(QStringLiteral("nsd-checkzone"), {zone, file});
                QVERIFY2(r.ok(), r.message().constData());
                if (haveNamed) {
                    const TestTool::Result n = TestTool::run(QStringLiteral("named-checkzone"), {"-q", zone, file});
                    QVERIFY2(n.ok(), n.message().constData());
                }
            }
            const TestTool::Result v =
                TestTool::run(QStringLiteral("ldns-verify-zone"), {zonesDir() + "/" + zone + ".txt.signed"});
            QVERIFY2(v.ok(), v.message().constData());
        }
    }

    void nsdServesSignedZones()
    {
        QVERIFY2(startNsd(), m_nsd.readAll().constData());
        QCOMPARE(dig("example.net", "MX"), QStringList({"10 box.example.com."}));
        QCOMPARE(dig("box.example.com", "A"), QStringList({"192.0.2.1"}));
        QCOMPARE(dig("box.example.com", "AAAA"), QStringList({"2001:db8::1"}));
        QCOMPARE(dig("example.org", "TXT"), QStringList({"\"v=spf1 mx -all\""}));
        QCOMPARE(dig("www.example.org", "MX"), QStringList({"0 ."}));
        QCOMPARE(dig("_dmarc.www.example.org", "TXT"), QStringList({"\"v=DMARC1; p=reject;\""}));
        QCOMPARE(dig("xn--bcher-kva.example", "MX"), QStringList({"10 box.example.com."}));
        QCOMPARE(dig("_443._tcp.box.example.com", "TLSA").size(), 1);
        QCOMPARE(dig("box.example.com", "SSHFP").size(), 2);
        // The DKIM key is published as two strings that reassemble to the record in mail.txt.
        const QStringList dkim = dig("mail._domainkey.example.net", "TXT");
        QCOMPARE(dkim.size(), 1);
        QVERIFY(dkim.first().count('"') == 4);
        QVERIFY(joinTxt(dkim.first()).startsWith("v=DKIM1; h=sha256; k=rsa; s=email; p=MII"));
        // Signed: RRSIG with the answers, DNSKEYs of both algorithms.
        // (in the order nsd sends them: the answer and its signatures, one per algorithm)
        const QStringList signedMx = dig("example.net", "MX", {"+dnssec"});
        const QString shown = signedMx.join(QLatin1Char('\n'));
        QVERIFY2(signedMx.size() == 3, qPrintable(shown));
        QVERIFY2(signedMx.contains(QStringLiteral("10 box.example.com.")), qPrintable(shown));
        QVERIFY2(signedMx.filter(QRegularExpression(QStringLiteral("^MX (8|13) "))).size() == 2, qPrintable(shown));
        const QStringList dnskeys = dig("example.net", "DNSKEY");
        QCOMPARE(dnskeys.size(), 4);
    }

    void tlsaAndSshfpMatchTheTools()
    {
        // TLSA 3 1 1: SHA-256 of the certificate's SubjectPublicKeyInfo, as openssl computes it.
        const TestTool::Result pubkey =
            TestTool::run("openssl", {"x509", "-in", m_storage + "/ssl/ssl_certificate.pem", "-pubkey", "-noout"});
        QVERIFY2(pubkey.ok(), pubkey.message().constData());
        const TestTool::Result spki = TestTool::run("openssl", {"pkey", "-pubin", "-outform", "DER"}, pubkey.out);
        QVERIFY2(spki.ok() && !spki.out.isEmpty(), spki.message().constData());
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(spki.out, QCryptographicHash::Sha256).toHex());
        // dig prints long hex in chunks: join them.
        const auto joinHex = [](const QStringList& lines, int fields) {
            QStringList out;
            for (const QString& l : lines)
                out.append(l.section(' ', 0, fields - 1) + ' ' + l.section(' ', fields).remove(' '));
            return out;
        };
        QCOMPARE(joinHex(dig("_25._tcp.box.example.com", "TLSA"), 3), QStringList({"3 1 1 " + hash.toUpper()}));
        // SSHFP: what ssh-keygen -r prints for the host keys (SHA-256 fingerprints).
        QStringList expected;
        for (const char* type : {"ed25519", "ecdsa"}) {
            const TestTool::Result r = TestTool::run(
                "ssh-keygen", {"-r", "box.example.com", "-f",
                               m_system + QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(QLatin1String(type))});
            QVERIFY2(r.ok(), r.message().constData());
            for (const QByteArray& line : r.out.split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (f.size() == 6 && f.at(4) == "2")
                    expected.append(QString::fromLatin1(f.at(3) + ' ' + f.at(4) + ' ' + f.at(5).toUpper()));
            }
        }
        QStringList served = joinHex(dig("box.example.com", "SSHFP"), 2);
        expected.sort();
        served.sort();
        QCOMPARE(served, expected);
    }

    void nothingChangedAndKeysReused()
    {
        const QStringList keysBefore = QDir(m_storage + "/dns/dnssec").entryList(QDir::Files);
        const QByteArray confBefore = TestFiles::read(m_storage + "/dns/dnssec/RSASHA256.conf");
        const QByteArray zoneBefore = TestFiles::read(zonesDir() + "/example.net.txt");
        QCOMPARE(m_dns->update(false), QString());
        QCOMPARE(TestFiles::read(zonesDir() + "/example.net.txt"), zoneBefore);
        // A fresh service (agent restart) sees nothing to do either.
        DnsService fresh(*m_config, *m_db);
        QCOMPARE(fresh.update(false), QString());
        const QString forced = fresh.update(true);
        QCOMPARE(forced,
                 QStringLiteral("updated DNS: box.example.com,example.net,example.org,xn--bcher-kva.example\n"));
        QCOMPARE(QDir(m_storage + "/dns/dnssec").entryList(QDir::Files), keysBefore);
        QCOMPARE(TestFiles::read(m_storage + "/dns/dnssec/RSASHA256.conf"), confBefore);
    }

    void customRecordsAreServed()
    {
        const QString before = serial("example.net");
        QVERIFY2(before.toULongLong() > 0, qPrintable(before));
        auto r = m_dns->changeCustomRecord("laptop.example.net", "A", QString("198.51.100.7"),
                                           CustomRecordStore::Action::Set);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text, QStringLiteral("updated DNS: example.net\n"));
        QTRY_COMPARE(dig("laptop.example.net", "A"), QStringList({"198.51.100.7"}));
        QCOMPARE(dig("laptop.example.net", "MX"), QStringList({"0 ."}));
        const QString after = serial("example.net");
        QVERIFY2(after.toULongLong() > before.toULongLong(), qPrintable(before + " -> " + after));

        // A 600-byte TXT is split into three strings and reassembles to the original.
        QString longValue;
        for (int i = 0; i < 600; ++i)
            longValue += QChar('a' + i % 26);
        r = m_dns->changeCustomRecord("long.example.net", "TXT", longValue, CustomRecordStore::Action::Add);
        QCOMPARE(r.text, QStringLiteral("updated DNS: example.net\n"));
        QTRY_COMPARE(dig("long.example.net", "TXT").size(), 1);
        const QString answer = dig("long.example.net", "TXT").first();
        QCOMPARE(answer.count('"'), 6);
        QCOMPARE(joinTxt(answer), longValue);

        // A custom A on the box's own name changes nothing in the zones.
        r = m_dns->changeCustomRecord("box.example.com", "A", QString("198.51.100.9"), CustomRecordStore::Action::Add);
        QCOMPARE(r.text, QStringLiteral("Something isn't right."));
        r = m_dns->changeCustomRecord("box.example.com", "A", std::nullopt, CustomRecordStore::Action::Remove);
        QCOMPARE(r.text, QStringLiteral("Something isn't right."));
        const QString zonePath = zonesDir() + "/example.net.txt";
        const TestTool::Result check = TestTool::run("nsd-checkzone", {"example.net", zonePath});
        QVERIFY2(check.ok(), check.message().constData());
        const TestTool::Result verify = TestTool::run("ldns-verify-zone", {zonePath + ".signed"});
        QVERIFY2(verify.ok(), verify.message().constData());
    }

    void serialsOfAnotherImplementationContinue()
    {
        // A zone file written by the other implementation with a serial ahead of today's: the next
        // change continues from it.
        const QString path = zonesDir() + "/example.org.txt";
        QByteArray text = TestFiles::read(path);
        const QRegularExpression re("(\\d+)(\\s*;\\s*serial number)");
        const QString patched = QString::fromUtf8(text).replace(re, "2099010199 ; serial number");
        QVERIFY(TestFiles::write(path, patched.toUtf8()));
        auto r =
            m_dns->changeCustomRecord("example.org", "TXT", QString("v=spf1 a -all"), CustomRecordStore::Action::Set);
        QCOMPARE(r.text, QStringLiteral("updated DNS: example.org\n"));
        QTRY_COMPARE(serial("example.org"), QStringLiteral("2099010200"));
        QCOMPARE(dig("example.org", "TXT"), QStringList({"\"v=spf1 a -all\""}));
    }

    void failedSigningIsRetried()
    {
        // Keys that ldns-signzone cannot read: the update fails with the tool's message and leaves the zone
        // files as they were, so the next update tries again.
        const QDir keyDir(m_storage + "/dns/dnssec");
        QHash<QString, QByteArray> originals;
        for (const QString& name : keyDir.entryList({"*.private"}, QDir::Files)) {
            originals.insert(keyDir.filePath(name), TestFiles::read(keyDir.filePath(name)));
            QVERIFY(TestFiles::write(keyDir.filePath(name), "garbage\n"));
        }
        QCOMPARE(originals.size(), 4);
        const QByteArray zone = TestFiles::read(zonesDir() + "/example.net.txt");
        const auto failed = m_dns->runUpdate(false);
        QCOMPARE(failed.status, 500);
        QVERIFY2(failed.text.startsWith("ldns-signzone failed: Error reading key"), qPrintable(failed.text));
        QVERIFY(!failed.text.contains('\n'));
        QCOMPARE(TestFiles::read(zonesDir() + "/example.net.txt"), zone);
        for (auto it = originals.cbegin(); it != originals.cend(); ++it)
            QVERIFY(TestFiles::write(it.key(), it.value()));
        const auto again = m_dns->runUpdate(false);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.text, QString());
        const TestTool::Result verify = TestTool::run("ldns-verify-zone", {zonesDir() + "/example.net.txt.signed"});
        QVERIFY2(verify.ok(), verify.message().constData());
    }

    void secondaryNameservers()
    {
        auto r = m_dns->setSecondaryNameservers({"nonexistent.example.net"});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.text, QStringLiteral("Could not resolve the IP address of nonexistent.example.net."));
        r = m_dns->setSecondaryNameservers({"xfr:198.51.100.1/24"});
        QCOMPARE(r.text, QStringLiteral("'198.51.100.1/24' is not an IPv4 or IPv6 address or subnet."));
        // A hostname that resolves (through DNS_RESOLVER, our nsd) and a transfer network.
        r = m_dns->setSecondaryNameservers({"laptop.example.net", "xfr:192.0.2.0/24"});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text,
                 QStringLiteral("updated DNS: box.example.com,example.net,example.org,xn--bcher-kva.example\n"));
        const QByteArray conf = TestFiles::read(m_system + "/etc/nsd/nsd.conf.d/zones.conf");
        QVERIFY(conf.contains("\n\tnotify: 198.51.100.7 NOKEY\n\tprovide-xfr: 198.51.100.7 NOKEY\n"));
        QVERIFY(conf.contains("\n\tprovide-xfr: 192.0.2.0/24 NOKEY\n"));
        QVERIFY(!conf.contains("notify: 192.0.2.0/24"));
        QTRY_COMPARE(dig("example.org", "NS"), QStringList({"ns1.box.example.com.", "laptop.example.net."}));
        QStringList stored;
        QCOMPARE(m_dns->secondaryNameservers(&stored).status, 200);
        QCOMPARE(stored, QStringList({"laptop.example.net", "xfr:192.0.2.0/24"}));
        QCOMPARE(m_dns->setSecondaryNameservers({"laptop.example.net", "xfr:192.0.2.0/24"}).text, QString());
        // Changing only the transfer entries touches nsd's configuration only.
        QCOMPARE(m_dns->setSecondaryNameservers({"laptop.example.net", "xfr:192.0.2.5"}).text,
                 QStringLiteral("updated DNS: DNS configuration\n"));
        r = m_dns->setSecondaryNameservers({});
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(dig("example.org", "NS"), QStringList({"ns1.box.example.com.", "ns2.box.example.com."}));
        QVERIFY(!TestFiles::read(m_system + "/etc/nsd/nsd.conf.d/zones.conf").contains("provide-xfr"));
    }
};

QTEST_GUILESS_MAIN(TestSystemDns)
#include "tst_system_dns.moc"
