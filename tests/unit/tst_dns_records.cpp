#include "box/BoxConfig.h"
#include "box/Database.h"
#include "box/DomainOrder.h"
#include "dns/DnsDomainSet.h"
#include "dns/DnsService.h"
#include "dns/ZoneRecordBuilder.h"
#include "mail/MailKick.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString P = QStringLiteral("box.example.org");

BoxDnsFacts facts()
{
    BoxDnsFacts f;
    f.primaryHostname = P;
    f.publicIp = QStringLiteral("192.0.2.1");
    f.publicIpv6 = QStringLiteral("2001:db8::1");
    f.tlsa = QStringLiteral("3 1 1 ") + QString(64, 'a');
    f.sshfp = {QStringLiteral("1 2 ( ") + QString(64, 'B') + QStringLiteral(" )"),
               QStringLiteral("4 2 ( ") + QString(64, 'C') + QStringLiteral(" )")};
    f.dkimName = QStringLiteral("mail._domainkey");
    f.dkimValue = QStringLiteral("v=DKIM1; h=sha256; k=rsa; s=email; p=") + QString(392, 'K');
    return f;
}

QStringList lines(const DnsRecordList& records)
{
    QStringList out;
    for (const DnsRecord& r : records)
        out.append(r.qname + QLatin1Char(' ') + r.rtype + QLatin1Char(' ') + r.value);
    return out;
}

const DnsRecord* find(const DnsRecordList& records, const QString& qname, const QString& rtype)
{
    for (const DnsRecord& r : records) {
        if (r.qname == qname && r.rtype == rtype)
            return &r;
    }
    return nullptr;
}

int count(const DnsRecordList& records, const QString& qname, const QString& rtype)
{
    int n = 0;
    for (const DnsRecord& r : records)
        n += r.qname == qname && r.rtype == rtype;
    return n;
}

} // namespace

class TestDnsRecords : public QObject
{
    Q_OBJECT

private slots:
    void domainOrder()
    {
        const QStringList sorted = DomainOrder::sorted({"example.net", "b.example.com", "example.com", "a.example.com",
                                                        "box.example.org", "www.box.example.org", "aaa.org"},
                                                       P);
        QCOMPARE(sorted, QStringList({"box.example.org", "www.box.example.org", "aaa.org", "example.com",
                                      "a.example.com", "b.example.com", "example.net"}));
        QCOMPARE(DomainOrder::zones({"sub.example.com", "example.com", "box.example.org", "example.net"}, P),
                 QStringList({"box.example.org", "example.com", "example.net"}));
        // The group holding the primary hostname comes first, its parent zone included.
        QCOMPARE(
            DomainOrder::sorted({"example.net", "example.com", "box.example.com", "a.example.com"}, "box.example.com"),
            QStringList({"box.example.com", "example.com", "a.example.com", "example.net"}));
        QCOMPARE(
            DomainOrder::sorted(
                {"www.box.example.com", "autoconfig.box.example.com", "a.box.example.com", "box.example.com"},
                "box.example.com"),
            QStringList({"box.example.com", "a.box.example.com", "autoconfig.box.example.com", "www.box.example.com"}));
        QCOMPARE(DomainOrder::zones({"example.net", "box.example.com", "example.com"}, "box.example.com"),
                 QStringList({"example.com", "example.net"}));
    }

    void domainSet()
    {
        const DnsDomainSet set(
            P, "192.0.2.1", "", {"box.example.org", "example.com", "example.net"}, {"box.example.org", "example.com"},
            {{"autodiscover.example.com", "CNAME", "elsewhere.example.org."}, {"mta-sts.example.net", "A", "local"}});
        QCOMPARE(set.zones(), QStringList({"box.example.org", "example.com", "example.net"}));
        QVERIFY(set.webDomains().contains("www.example.com"));
        QVERIFY(set.webDomains().contains("autoconfig.example.com"));
        QVERIFY(!set.webDomains().contains("autodiscover.example.com")); // CNAME elsewhere
        QVERIFY(set.webDomains().contains("mta-sts.example.net")); // "local" keeps it
        QCOMPARE(set.hostedElsewhere(), QStringList({"autodiscover.example.com"})); // for /ssl/status
        QVERIFY(!set.webDomains().contains("autoconfig.example.net")); // no users there
        QVERIFY(set.properties().value("ns1.box.example.org").automatic);
        QVERIFY(set.properties().value("www.example.com").automatic);
        QVERIFY(!set.properties().value("example.com").automatic);
        QVERIFY(set.properties().value("example.com").user);
        QVERIFY(set.properties().value("example.net").mail);
        QVERIFY(!set.properties().value("example.net").user);
        QCOMPARE(DnsDomainSet::zoneFileName("example.com"), QStringLiteral("example.com.txt"));
        QCOMPARE(DnsDomainSet::zoneFileName("xn--bcher-kva.example"), QStringLiteral("xn--bcher-kva.example.txt"));
    }

    void primaryHostZone()
    {
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P}, {P}, {});
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build(P);
        const QStringList got = lines(records);
        // Apex first, in generation order.
        QCOMPARE(got.mid(0, 9), QStringList({" NS ns1.box.example.org.", " NS ns2.box.example.org.", " A 192.0.2.1",
                                             " AAAA 2001:db8::1", " SSHFP 1 2 ( " + QString(64, 'B') + " )",
                                             " SSHFP 4 2 ( " + QString(64, 'C') + " )", " MX 10 box.example.org.",
                                             " TXT v=spf1 mx -all", "_dmarc TXT v=DMARC1; p=quarantine;"}));
        QVERIFY(records.at(0).hidden);
        QCOMPARE(records.at(2).explanation, QStringLiteral("Required. Sets the IP address of the box."));
        QVERIFY(find(records, "_443._tcp", "TLSA"));
        QVERIFY(find(records, "mail._domainkey", "TXT"));
        QCOMPARE(find(records, "_dmarc", "TXT")->value, QStringLiteral("v=DMARC1; p=quarantine;"));
        // No CardDAV SRV on the box's own name; autoconfig names and ns1/ns2 folded in.
        QVERIFY(!find(records, "_carddavs._tcp", "SRV"));
        QVERIFY(find(records, "autoconfig", "A"));
        QVERIFY(find(records, "ns1", "A")->hidden);
        QVERIFY(!find(records, "ns1", "AAAA")->hidden);
        QCOMPARE(
            find(records, "www", "A")->explanation,
            QStringLiteral("Optional. Sets the IP address that www.box.example.org resolves to so that the box can "
                           "provide a redirect to the parent domain."));
        // Guard records for names with an address but no MX.
        QCOMPARE(find(records, "www", "MX")->value, QStringLiteral("0 ."));
        QCOMPARE(find(records, "www", "TXT")->value, QStringLiteral("v=spf1 -all"));
        QCOMPARE(find(records, "_dmarc.www", "TXT")->value, QStringLiteral("v=DMARC1; p=reject;"));
        QCOMPARE(find(records, "ns2", "MX")->value, QStringLiteral("0 ."));
        QCOMPARE(find(records, "mta-sts", "A")->explanation,
                 QStringLiteral("Optional. MTA-STS Policy Host serving /.well-known/mta-sts.txt."));
        QCOMPARE(
            find(records, "autodiscover", "A")->explanation,
            QStringLiteral("Provides email configuration autodiscovery support for Z-Push ActiveSync Autodiscover."));
        // Sorted by labels right to left after the apex.
        const int dmarc = got.indexOf("_dmarc TXT v=DMARC1; p=quarantine;");
        const int dmarcWww = got.indexOf("_dmarc.www TXT v=DMARC1; p=reject;");
        const int www = got.indexOf("www A 192.0.2.1");
        QVERIFY(dmarc >= 0 && dmarcWww > www && www > dmarc);
    }

    void mailDomainZone()
    {
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.com"}, {P, "example.com"}, {});
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build("example.com");
        QCOMPARE(lines(records).mid(0, 6),
                 QStringList({" NS ns1.box.example.org.", " NS ns2.box.example.org.", " A 192.0.2.1",
                              " AAAA 2001:db8::1", " MX 10 box.example.org.", " TXT v=spf1 mx -all"}));
        QCOMPARE(
            find(records, "", "A")->explanation,
            QStringLiteral("Required. May have a different value. Sets the IP address that example.com resolves to for "
                           "web hosting and other services besides mail. The A record must be present but its value "
                           "does not affect mail delivery."));
        QCOMPARE(find(records, "_carddavs._tcp", "SRV")->value, QStringLiteral("0 0 443 box.example.org."));
        QCOMPARE(find(records, "_caldavs._tcp", "SRV")->value, QStringLiteral("0 0 443 box.example.org."));
        QCOMPARE(find(records, "mail._domainkey", "TXT")->value, f.dkimValue);
        QVERIFY(!find(records, "", "SSHFP"));
        QVERIFY(!find(records, "_25._tcp", "TLSA"));
        QVERIFY(!find(records, "_mta-sts", "TXT")); // certificates not valid
        QCOMPARE(count(records, "", "MX"), 1);
        QVERIFY(find(records, "www", "A"));
        QVERIFY(find(records, "autoconfig", "A"));
        QVERIFY(find(records, "mta-sts", "A"));
        QCOMPARE(find(records, "autoconfig", "MX")->value, QStringLiteral("0 ."));
    }

    void aliasOnlyDomainHasNoSrvOrAutoconfig()
    {
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.net"}, {P}, {});
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build("example.net");
        QVERIFY(!find(records, "_carddavs._tcp", "SRV"));
        QVERIFY(!find(records, "autoconfig", "A"));
        QVERIFY(find(records, "mta-sts", "A"));
        QVERIFY(find(records, "", "MX"));
    }

    void webOnlyNamesGetGuards()
    {
        // www.<zone> and mta-sts.<zone> do not receive mail: null MX, SPF -all, DMARC reject.
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, QString(), {P, "example.com"}, {P}, {});
        BoxDnsFacts noV6 = f;
        noV6.publicIpv6.clear();
        const DnsRecordList records = ZoneRecordBuilder(noV6, set, {}).build("example.com");
        QVERIFY(!find(records, "", "AAAA"));
        for (const QString& name : {QStringLiteral("www"), QStringLiteral("mta-sts")}) {
            QCOMPARE(find(records, name, "MX")->value, QStringLiteral("0 ."));
            QCOMPARE(find(records, name, "TXT")->value, QStringLiteral("v=spf1 -all"));
            QCOMPARE(find(records, "_dmarc." + name, "TXT")->value, QStringLiteral("v=DMARC1; p=reject;"));
            QVERIFY(find(records, "_dmarc." + name, "TXT")->explanation.contains("@" + name + ".example.com."));
        }
    }

    void subdomainFoldedIntoZone()
    {
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.com", "sub.example.com"},
                               {P, "example.com", "sub.example.com"}, {});
        QCOMPARE(set.zones(), QStringList({P, "example.com"}));
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build("example.com");
        QCOMPARE(find(records, "sub", "MX")->value, QStringLiteral("10 box.example.org."));
        QVERIFY(find(records, "mail._domainkey.sub", "TXT"));
        QCOMPARE(find(records, "_dmarc.sub", "TXT")->value, QStringLiteral("v=DMARC1; p=quarantine;"));
        QVERIFY(find(records, "_carddavs._tcp.sub", "SRV"));
        QVERIFY(find(records, "autoconfig.sub", "A"));
        QVERIFY(!find(records, "sub", "NS")); // no NS for folded names
        QVERIFY(!find(records, "www.sub", "A")); // www only for zones
        QCOMPARE(count(records, "", "NS"), 2);
    }

    void primaryHostFoldedIntoParentZone()
    {
        BoxDnsFacts f = facts();
        f.primaryHostname = "box.example.com";
        const DnsDomainSet set("box.example.com", f.publicIp, f.publicIpv6, {"box.example.com", "example.com"},
                               {"box.example.com", "example.com"}, {});
        QCOMPARE(set.zones(), QStringList({"example.com"}));
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build("example.com");
        QCOMPARE(find(records, "box", "A")->explanation, QStringLiteral("Required. Sets the IP address of the box."));
        QCOMPARE(count(records, "box", "SSHFP"), 2);
        QVERIFY(find(records, "_25._tcp.box", "TLSA"));
        QCOMPARE(find(records, "box", "MX")->value, QStringLiteral("10 box.example.com."));
        QVERIFY(find(records, "ns1.box", "A")->hidden);
        QVERIFY(!find(records, "www.box", "A")); // www only for zones
        QVERIFY(find(records, "www", "A"));
        QCOMPARE(count(records, "", "NS"), 2);
    }

    void idnDomain()
    {
        const QString idn = QStringLiteral("xn--bcher-kva.example");
        const BoxDnsFacts f = facts();
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, idn}, {P, idn}, {});
        QVERIFY(set.zones().contains(idn));
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build(idn);
        QVERIFY(find(records, "", "MX"));
        QVERIFY(find(records, "", "A")->explanation.contains(idn));
    }

    void mailDomainsFromDatabase()
    {
        // The DNS module takes the mail domain sets from the one place that computes them
        // (MailKick::readDomains): domain parts as stored (IDNA, as the API stores them).
        QTemporaryDir dir;
        const auto config = BoxConfig::parse(QStringLiteral("STORAGE_ROOT=%1\nPRIMARY_HOSTNAME=box.example.org\n"
                                                            "PUBLIC_IP=192.0.2.1\nSYSTEM_ROOT=%1/sys\n")
                                                 .arg(dir.path())
                                                 .toUtf8());
        QVERIFY(config);
        QDir().mkpath(dir.path() + "/mail");
        Database db(config->usersDatabasePath());
        QVERIFY(db.ensureSchema());
        QVERIFY(db.write([](QSqlDatabase& c) {
            QSqlQuery q(c);
            return q.exec("INSERT INTO users (email, password) VALUES ('me@box.example.org', 'x'), "
                          "('anna@xn--bcher-kva.example', 'x')") &&
                   q.exec("INSERT INTO aliases (source, destination) VALUES ('@example.net', 'me@box.example.org')");
        }));
        QSqlDatabase connection = db.connection();
        MailKick::Domains sets;
        QVERIFY(MailKick::readDomains(connection, &sets));
        QCOMPARE(sets.users, QSet<QString>({"box.example.org", "xn--bcher-kva.example"}));
        QCOMPARE(sets.mail, QSet<QString>({"box.example.org", "example.net", "xn--bcher-kva.example"}));
        DnsService dns(*config, db);
        QCOMPARE(dns.zones(), QStringList({"box.example.org", "example.net", "xn--bcher-kva.example"}));
    }

    void customOverrideRules()
    {
        const BoxDnsFacts f = facts();
        const CustomDnsRecordList custom{
            {P, "A", "198.51.100.9"}, // cannot override the box's address
            {"box.example.org", "SSHFP", "1 2 ABC"}, // nor its SSHFP
            {"example.com", "NS", "ns.example.org."}, // nor the apex NS
            {"example.com", "MX", "20 backup.example.org."}, // other priority: published beside the default
            {"example.com", "TXT", "v=DMARC1;p=none"}, // not at _dmarc: a plain TXT
            {"_dmarc.example.com", "TXT", "v=DMARC1;p=none"}, // no space: default DMARC stays too
            {"example.com", "TXT", "v=spf1 include:_spf.example.org -all"}, // replaces the default SPF
            {"mail._domainkey.example.com", "TXT", "v=DKIM1; p=CUSTOM"}, // replaces the DKIM record
            {"www.example.com", "CNAME", "elsewhere.example.org."}, // removes the default www A
            {"laptop.example.com", "A", "198.51.100.7"}, // custom name: gets guards
            {"example.com", "TXT", "google-site-verification=abc"},
            {"_secondary_nameserver", "A", "ns.example.org"}, // never a record
        };
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.com"}, {P, "example.com"}, custom);
        const ZoneRecordBuilder builder(f, set, custom);
        const DnsRecordList primary = builder.build(P);
        QCOMPARE(count(primary, "", "A"), 1);
        QCOMPARE(find(primary, "", "A")->value, QStringLiteral("192.0.2.1"));
        QCOMPARE(count(primary, "", "SSHFP"), 2);

        const DnsRecordList records = builder.build("example.com");
        QCOMPARE(count(records, "", "NS"), 2);
        QStringList mx;
        for (const DnsRecord& r : records) {
            if (r.qname.isEmpty() && r.rtype == "MX")
                mx.append(r.value);
        }
        QCOMPARE(mx, QStringList({"20 backup.example.org.", "10 box.example.org."}));
        QStringList dmarc;
        for (const DnsRecord& r : records) {
            if (r.qname == "_dmarc" && r.rtype == "TXT")
                dmarc.append(r.value);
        }
        QCOMPARE(dmarc, QStringList({"v=DMARC1;p=none", "v=DMARC1; p=quarantine;"}));
        QStringList apexTxt;
        for (const DnsRecord& r : records) {
            if (r.qname.isEmpty() && r.rtype == "TXT")
                apexTxt.append(r.value);
        }
        QCOMPARE(apexTxt, QStringList({"v=DMARC1;p=none", "v=spf1 include:_spf.example.org -all",
                                       "google-site-verification=abc"}));
        QCOMPARE(find(records, "mail._domainkey", "TXT")->value, QStringLiteral("v=DKIM1; p=CUSTOM"));
        QCOMPARE(count(records, "mail._domainkey", "TXT"), 1);
        QVERIFY(!find(records, "www", "A"));
        QVERIFY(!find(records, "www", "AAAA"));
        QCOMPARE(find(records, "www", "CNAME")->explanation, QStringLiteral("(Set by user.)"));
        QCOMPARE(find(records, "laptop", "A")->value, QStringLiteral("198.51.100.7"));
        QCOMPARE(find(records, "laptop", "MX")->value, QStringLiteral("0 ."));
        QCOMPARE(find(records, "_dmarc.laptop", "TXT")->value, QStringLiteral("v=DMARC1; p=reject;"));
        for (const DnsRecord& r : records)
            QVERIFY(r.qname != "_secondary_nameserver");
        // Custom records come before the defaults at the apex.
        const QStringList got = lines(records);
        QVERIFY(got.indexOf(" MX 20 backup.example.org.") < got.indexOf(" MX 10 box.example.org."));
    }

    void customAddressRules()
    {
        BoxDnsFacts f = facts();
        const CustomDnsRecordList custom{
            {"example.com", "A", "198.51.100.5"}, // a custom A also suppresses the default AAAA
            {"local.example.com", "A", "local"},
            {"local.example.com", "AAAA", "local"},
            {"mx.example.com", "MX", "10 box.example.org."},
        };
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.com"}, {P}, custom);
        DnsRecordList records = ZoneRecordBuilder(f, set, custom).build("example.com");
        QCOMPARE(find(records, "", "A")->value, QStringLiteral("198.51.100.5"));
        QVERIFY(!find(records, "", "AAAA"));
        QCOMPARE(find(records, "local", "A")->value, QStringLiteral("192.0.2.1"));
        QCOMPARE(find(records, "local", "AAAA")->value, QStringLiteral("2001:db8::1"));
        QVERIFY(!find(records, "mx", "TXT")); // has no address
        // AAAA local without IPv6: skipped (upstream would write an empty value).
        f.publicIpv6.clear();
        records = ZoneRecordBuilder(f, set, custom).build("example.com");
        QVERIFY(!find(records, "local", "AAAA"));
    }

    void secondaryNameservers()
    {
        BoxDnsFacts f = facts();
        f.secondaryNameservers = {"ns.provider.net", "ns2.provider.net"};
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P}, {P}, {});
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build(P);
        QCOMPARE(lines(records).mid(0, 3),
                 QStringList({" NS ns1.box.example.org.", " NS ns.provider.net.", " NS ns2.provider.net."}));
    }

    void mtaSts()
    {
        BoxDnsFacts f = facts();
        f.primaryCertificateValid = true;
        f.validCertificateNames = {"mta-sts.example.com"};
        f.mtaStsPolicyId = "ABCDEFGHIJKLMNOPQRST";
        f.tlsRptRua = "mailto:tls@example.com";
        const DnsDomainSet set(P, f.publicIp, f.publicIpv6, {P, "example.com"}, {P}, {});
        const DnsRecordList records = ZoneRecordBuilder(f, set, {}).build("example.com");
        QCOMPARE(find(records, "_mta-sts", "TXT")->value, QStringLiteral("v=STSv1; id=ABCDEFGHIJKLMNOPQRST"));
        QCOMPARE(find(records, "_smtp._tls", "TXT")->value, QStringLiteral("v=TLSRPTv1; rua=mailto:tls@example.com"));
        QVERIFY(!find(ZoneRecordBuilder(f, set, {}).build(P), "_mta-sts", "TXT")); // no certificate for it
    }

    void sortOrder()
    {
        DnsRecordList r{{"b", "A", "1", {}, false},          {"", "NS", "x", {}, false},
                        {"_dmarc.b", "TXT", "2", {}, false}, {"a.b", "A", "3", {}, false},
                        {"_dmarc", "TXT", "4", {}, false},   {"", "A", "5", {}, false}};
        ZoneRecordBuilder::sortRecords(r);
        QCOMPARE(lines(r), QStringList({" NS x", " A 5", "_dmarc TXT 4", "b A 1", "_dmarc.b TXT 2", "a.b A 3"}));
    }
};

QTEST_GUILESS_MAIN(TestDnsRecords)
#include "tst_dns_records.moc"
