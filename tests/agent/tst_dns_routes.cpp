#include "TestAgent.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

#include <memory>

// The /admin/dns/* routes of a live agent on a demo box (box.example.com, admin@example.com: one zone,
// example.com), including the control panel's curl examples for custom DNS.
class TestDnsRoutes : public QObject
{
    Q_OBJECT

private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;

    QList<QPair<QByteArray, QByteArray>> auth() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers += auth();
        return m_http->request(method, m_agent.url(path), headers, body, 120000);
    }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields)
    {
        QList<QPair<QByteArray, QByteArray>> headers = auth();
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return m_http->request("POST", m_agent.url(path), headers, TestHttp::formEncode(fields), 120000);
    }
    static QJsonArray array(const TestHttp::Reply& r) { return QJsonDocument::fromJson(r.body).array(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
    }

    void cleanupTestCase() { m_agent.stop(); }

    void requiresAdmin()
    {
        const auto r = m_http->get(m_agent.url("/dns/zones"));
        QCOMPARE(r.status, 401);
    }

    void zones()
    {
        const auto r = call("GET", "/dns/zones");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, QByteArray("[\n  \"example.com\"\n]\n"));
    }

    void update()
    {
        auto r = post("/dns/update", {{"force", "1"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        r = post("/dns/update", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        r = post("/dns/update", {{"force", "yes"}}); // only "1" forces
        QCOMPARE(r.body, QByteArray());
        QVERIFY(QFile::exists(m_agent.dir() + "/system/etc/nsd/zones/example.com.txt.signed"));
    }

    void zonefile()
    {
        auto r = call("GET", "/dns/zonefile/example.com");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QVERIFY(r.body.startsWith("\n$ORIGIN example.com.\n$TTL 86400          ; default time to live\n"));
        QVERIFY(r.body.contains("\n\tIN\tMX\t10 box.example.com.\n"));
        QVERIFY(r.body.contains("\nbox\tIN\tA\t127.0.0.1\n"));
        QVERIFY(r.body.contains(" ; serial number\n"));
        // The 2048-bit DKIM key is split into two quoted strings; the line ends with a space.
        QVERIFY2(QRegularExpression("\nmail._domainkey\tIN\tTXT\t\"v=DKIM1; [^\"]{246}\" \"[^\"]+\" \n")
                     .match(QString::fromUtf8(r.body))
                     .hasMatch(),
                 r.body.constData());
        r = call("GET", "/dns/zonefile/example.net");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("example.net is not a domain name that corresponds to a zone."));
        r = call("GET", "/dns/zonefile/box.example.com");
        QCOMPARE(r.status, 400);
    }

    void dump()
    {
        const auto r = call("GET", "/dns/dump");
        QCOMPARE(r.status, 200);
        const QJsonArray zones = array(r);
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.at(0).toArray().at(0).toString(), QStringLiteral("example.com"));
        const QJsonArray records = zones.at(0).toArray().at(1).toArray();
        QVERIFY(records.size() > 10);
        int stage = 0;
        for (const QJsonValue& v : records) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), QStringList({"explanation", "qname", "rtype", "value"}));
            QVERIFY(o["rtype"].toString() != "NS");
            QVERIFY(o["qname"].toString() != "ns1.box.example.com" || o["rtype"].toString() != "A");
            const QString e = o["explanation"].toString();
            const int s = e.startsWith("Required.") ? 0 : e.startsWith("Recommended.") ? 1 : 2;
            QVERIFY(s >= stage);
            stage = s;
        }
        const QJsonObject first = records.at(0).toObject();
        QCOMPARE(first["qname"].toString(), QStringLiteral("example.com"));
        QCOMPARE(first["rtype"].toString(), QStringLiteral("A"));
        QVERIFY(r.body.startsWith("[\n  [\n    \"example.com\",\n    [\n      {\n        \"explanation\": "));
    }

    void customPanelExamples()
    {
        // Set an A record to the caller's address (dynamic DNS).
        auto r = call("PUT", "/dns/custom/laptop.example.com");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = call("GET", "/dns/custom/laptop.example.com");
        QCOMPARE(
            r.body,
            QByteArray("[\n  {\n    \"qname\": \"laptop.example.com\",\n    \"rtype\": \"A\",\n    \"sort-order\": {\n"
                       "      \"created\": 0,\n      \"qname\": 0\n    },\n    \"value\": \"127.0.0.1\",\n"
                       "    \"zone\": \"example.com\"\n  }\n]\n"));
        // Same again: nothing changes.
        r = call("PUT", "/dns/custom/laptop.example.com", "127.0.0.1");
        QCOMPARE(r.body, QByteArray("OK"));
        // CNAME (trailing dot added).
        r = call("PUT", "/dns/custom/foo.example.com/cname", "bar.mydomain.com");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom/foo.example.com/CNAME")).at(0).toObject()["value"].toString(),
                 QStringLiteral("bar.mydomain.com."));
        // TXT add with POST, twice.
        r = call("POST", "/dns/custom/example.com/txt", "some text here");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = call("POST", "/dns/custom/example.com/txt", "another text");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = call("POST", "/dns/custom/example.com/txt", "another text");
        QCOMPARE(r.body, QByteArray("OK"));
        QCOMPARE(array(call("GET", "/dns/custom/example.com/txt")).size(), 2);
        QVERIFY(call("GET", "/dns/zonefile/example.com").body.contains("\n\tIN\tTXT\t\"some text here\" \n"));
        // Delete one TXT value.
        r = call("DELETE", "/dns/custom/example.com/txt", "some text here");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom/example.com/txt")).size(), 1);
        // CNAME delete matches without the trailing dot.
        r = call("DELETE", "/dns/custom/foo.example.com/cname", "bar.mydomain.com");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        // Delete all of a name and type.
        r = call("POST", "/dns/custom/example.com/txt", "third");
        r = call("DELETE", "/dns/custom/example.com/txt");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom/example.com/txt")).size(), 0);
        r = call("DELETE", "/dns/custom/example.com/txt");
        QCOMPARE(r.body, QByteArray("OK"));
        r = call("DELETE", "/dns/custom/laptop.example.com");
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom")).size(), 0);
    }

    void customErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not ours") << QByteArray("PUT") << "/dns/custom/foo.example.net" << QByteArray("1.2.3.4")
                                  << QByteArray("foo.example.net is not a domain name or a subdomain of a domain name "
                                                "managed by this box.");
        QTest::newRow("case matters") << QByteArray("PUT") << "/dns/custom/Foo.Example.com" << QByteArray("1.2.3.4")
                                      << QByteArray("Foo.Example.com is not a domain name or a subdomain of a domain "
                                                    "name managed by this box.");
        QTest::newRow("no value") << QByteArray("POST") << "/dns/custom/example.com/txt" << QByteArray()
                                  << QByteArray("No value for the record provided.");
        QTest::newRow("only non-ascii") << QByteArray("PUT") << "/dns/custom/example.com/txt" << QByteArray("\xc3\xa9")
                                        << QByteArray("No value for the record provided.");
        QTest::newRow("bad name") << QByteArray("PUT") << "/dns/custom/a_b c.example.com/txt" << QByteArray("x")
                                  << QByteArray("Invalid name.");
        QTest::newRow("short ip") << QByteArray("PUT") << "/dns/custom/x.example.com" << QByteArray("1.2.3")
                                  << QByteArray("'1.2.3' does not appear to be an IPv4 or IPv6 address");
        QTest::newRow("v6 in A") << QByteArray("PUT") << "/dns/custom/x.example.com/a" << QByteArray("2001:db8::1")
                                 << QByteArray("That's an IPv6 address.");
        QTest::newRow("caller v4 in AAAA") << QByteArray("PUT") << "/dns/custom/x.example.com/aaaa" << QByteArray()
                                           << QByteArray("That's an IPv4 address.");
        QTest::newRow("apex NS") << QByteArray("PUT") << "/dns/custom/example.com/ns" << QByteArray("ns.example.net")
                                 << QByteArray("NS records can only be set for subdomains.");
        QTest::newRow("bad cname") << QByteArray("PUT") << "/dns/custom/x.example.com/cname" << QByteArray("host.123")
                                   << QByteArray("Invalid value.");
        QTest::newRow("unknown type") << QByteArray("PUT") << "/dns/custom/x.example.com/ptr" << QByteArray("x")
                                      << QByteArray("Unknown record type 'PTR'.");
        QTest::newRow("delete validates") << QByteArray("DELETE") << "/dns/custom/x.example.com/ptr" << QByteArray("x")
                                          << QByteArray("Unknown record type 'PTR'.");
        QTest::newRow("bad mx") << QByteArray("PUT") << "/dns/custom/example.com/mx" << QByteArray("mail.example.net.")
                                << QByteArray("Invalid MX value. Use '<priority> <mail server>', e.g. '10 "
                                              "mail.example.com.'.");
        QTest::newRow("bad srv") << QByteArray("PUT") << "/dns/custom/_sip._tcp.example.com/srv" << QByteArray("1 2 3")
                                 << QByteArray(
                                        "Invalid SRV value. Use '<priority> <weight> <port> <target>', e.g. '0 0 "
                                        "443 server.example.com.'.");
        QTest::newRow("bad caa") << QByteArray("PUT") << "/dns/custom/example.com/caa" << QByteArray("issue x")
                                 << QByteArray("Invalid CAA value. Use '<flags> <tag> <value>', e.g. '0 issue "
                                               "\"letsencrypt.org\"'.");
        QTest::newRow("scoped v6") << QByteArray("PUT") << "/dns/custom/x.example.com/aaaa"
                                   << QByteArray("fe80::1%eth0")
                                   << QByteArray("'fe80::1%eth0' is a scoped IPv6 address; DNS records cannot carry a "
                                                 "scope.");
    }
    void customErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, answer);
        const auto r = call(method, QString(path).replace(' ', "%20"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, answer);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    }

    void customOddities()
    {
        // DELETE without a value skips validation.
        QCOMPARE(call("DELETE", "/dns/custom/x.example.com/ptr").body, QByteArray("OK"));
        // Non-ASCII bytes are dropped before validation.
        QCOMPARE(call("PUT", "/dns/custom/odd.example.com", "198.51.100.7\xc3\xa9").body,
                 QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom/odd.example.com")).at(0).toObject()["value"].toString(),
                 QStringLiteral("198.51.100.7"));
        QCOMPARE(call("DELETE", "/dns/custom/odd.example.com").body, QByteArray("updated DNS: example.com\n"));
        // A custom A on the box's own name cannot change its zone.
        QCOMPARE(call("PUT", "/dns/custom/box.example.com", "198.51.100.9").body, QByteArray("Something isn't right."));
        QCOMPARE(call("DELETE", "/dns/custom/box.example.com").body, QByteArray("Something isn't right."));
        // Over TLS the caller's address is the connection's peer, whatever X-Forwarded-For says.
        QCOMPARE(call("PUT", "/dns/custom/ddns.example.com/aaaa", {}, {{"X-Forwarded-For", "2001:db8::5"}}).body,
                 QByteArray("That's an IPv4 address."));
        QCOMPARE(call("PUT", "/dns/custom/ddns.example.com", {}, {{"X-Forwarded-For", "1.2.3.4"}}).body,
                 QByteArray("updated DNS: example.com\n"));
        QCOMPARE(array(call("GET", "/dns/custom/ddns.example.com/A")).at(0).toObject()["value"].toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(call("DELETE", "/dns/custom/ddns.example.com").body, QByteArray("updated DNS: example.com\n"));
        // GET without a type lists A records only; unknown names give [].
        QCOMPARE(call("GET", "/dns/custom/nothing.example.org").body, QByteArray("[]\n"));
    }

    void customEqualToDefault()
    {
        // A custom A equal to the default at the apex: the zone does not change, the dump does.
        QCOMPARE(call("PUT", "/dns/custom/example.com", "127.0.0.1").body, QByteArray("Something isn't right."));
        const QJsonArray records = array(call("GET", "/dns/dump")).at(0).toArray().at(1).toArray();
        bool found = false;
        for (const QJsonValue& v : records) {
            const QJsonObject o = v.toObject();
            if (o["qname"].toString() == "example.com" && o["rtype"].toString() == "A") {
                QCOMPARE(o["explanation"].toString(), QStringLiteral("(Set by user.)"));
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(call("DELETE", "/dns/custom/example.com").body, QByteArray("Something isn't right."));
    }

    void concurrentChanges()
    {
        // Requests are served concurrently; custom record changes are serialised and none is lost.
        QList<QThread*> threads;
        QAtomicInt ok = 0;
        for (int i = 0; i < 6; ++i) {
            threads.append(QThread::create([this, i, &ok] {
                TestHttp http(m_agent.certificate());
                const auto r = http.request("POST", m_agent.url("/dns/custom/many.example.com/txt"), auth(),
                                            "value " + QByteArray::number(i), 120000);
                if (r.status == 200 && r.body == "updated DNS: example.com\n")
                    ok.fetchAndAddRelaxed(1);
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(180000));
            delete t;
        }
        QCOMPARE(ok.loadRelaxed(), 6);
        QCOMPARE(array(call("GET", "/dns/custom/many.example.com/txt")).size(), 6);
        QCOMPARE(call("DELETE", "/dns/custom/many.example.com/txt").body, QByteArray("updated DNS: example.com\n"));
    }

    void customListing()
    {
        QCOMPARE(call("POST", "/dns/custom/b.example.com/txt", "two").body, QByteArray("updated DNS: example.com\n"));
        QCOMPARE(call("POST", "/dns/custom/a.example.com", "198.51.100.1").body,
                 QByteArray("updated DNS: example.com\n"));
        QCOMPARE(call("POST", "/dns/custom/example.com/mx", "20 backup.example.net.").body,
                 QByteArray("updated DNS: example.com\n"));
        const QJsonArray all = array(call("GET", "/dns/custom"));
        QCOMPARE(all.size(), 3);
        // Stored order; "sort-order.qname" ranks by zone, then name in canonical order, then type.
        const QStringList names{"b.example.com", "a.example.com", "example.com"};
        const QList<int> ranks{2, 1, 0};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = all.at(i).toObject();
            QCOMPARE(o["qname"].toString(), names.at(i));
            QCOMPARE(o["sort-order"].toObject()["created"].toInt(), i);
            QCOMPARE(o["sort-order"].toObject()["qname"].toInt(), ranks.at(i));
        }
        // The default MX of priority 10 stays beside a custom one of another priority.
        const QByteArray zone = call("GET", "/dns/zonefile/example.com").body;
        QVERIFY2(
            zone.contains("\n\tIN\tMX\t20 backup.example.net.\n\tIN\tA\t127.0.0.1\n\tIN\tMX\t10 box.example.com.\n"),
            zone.constData());
        // custom.yaml in upstream's format.
        QFile yaml(m_agent.storageRoot() + "/dns/custom.yaml");
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QCOMPARE(yaml.readAll(), QByteArray("b.example.com:\n  TXT: two\na.example.com: 198.51.100.1\nexample.com:\n  "
                                            "MX: 20 backup.example.net.\n"));
    }

    void secondaryNameserver()
    {
        auto r = call("GET", "/dns/secondary-nameserver");
        QCOMPARE(r.body, QByteArray("{\n  \"hostnames\": []\n}\n"));
        r = post("/dns/secondary-nameserver", {{"hostnames", "xfr:198.51.100.1/24"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("'198.51.100.1/24' is not an IPv4 or IPv6 address or subnet."));
        r = post("/dns/secondary-nameserver", {{"hostnames", "xfr:ns.example.net"}});
        QCOMPARE(r.body, QByteArray("'ns.example.net' is not an IPv4 or IPv6 address or subnet."));
        r = post("/dns/secondary-nameserver", {{"hostnames", "xfr:192.0.2.0/24, xfr:198.51.100.3"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: DNS configuration\n"));
        r = call("GET", "/dns/secondary-nameserver");
        QCOMPARE(r.body,
                 QByteArray("{\n  \"hostnames\": [\n    \"xfr:192.0.2.0/24\",\n    \"xfr:198.51.100.3\"\n  ]\n}\n"));
        const QByteArray conf = [&] {
            QFile f(m_agent.dir() + "/system/etc/nsd/nsd.conf.d/zones.conf");
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(conf,
                 QByteArray(
                     "\nzone:\n\tname: example.com\n\tzonefile: example.com.txt.signed\n\n\tprovide-xfr: 192.0.2.0/24 "
                     "NOKEY\n\n\tnotify: 198.51.100.3 NOKEY\n\tprovide-xfr: 198.51.100.3 NOKEY\n"));
        r = post("/dns/secondary-nameserver", {{"hostnames", "xfr:192.0.2.0/24, xfr:198.51.100.3"}});
        QCOMPARE(r.body, QByteArray());
        // The pseudo-record is hidden from the custom listing but reachable through the custom route.
        QVERIFY(!call("GET", "/dns/custom").body.contains("_secondary_nameserver"));
        // The pseudo-record can also be written through the custom route, without validation.
        r = call("PUT", "/dns/custom/_secondary_nameserver", "xfr:10.0.0.1");
        QCOMPARE(r.body, QByteArray("updated DNS: DNS configuration\n"));
        QCOMPARE(call("GET", "/dns/secondary-nameserver").body,
                 QByteArray("{\n  \"hostnames\": [\n    \"xfr:10.0.0.1\"\n  ]\n}\n"));
        r = post("/dns/secondary-nameserver", {{"hostnames", ""}});
        QCOMPARE(r.body, QByteArray("updated DNS: DNS configuration\n"));
        QCOMPARE(call("GET", "/dns/secondary-nameserver").body, QByteArray("{\n  \"hostnames\": []\n}\n"));
    }

    // POST /boxkeeper/dns/preview: the records a change would remove and add, generated ones included, without
    // changing anything; then the change itself produces exactly that difference.
    void previewMatchesTheChange()
    {
        using Records = QMultiMap<QString, QString>; // "qname rtype" → value
        const auto dumped = [this](const QString& zone) {
            Records out;
            for (const QJsonValue& z : array(call("GET", "/dns/dump"))) {
                if (z.toArray().at(0).toString() != zone)
                    continue;
                for (const QJsonValue& r : z.toArray().at(1).toArray())
                    out.insert(r[QLatin1String("qname")].toString() + QLatin1Char(' ') +
                                   r[QLatin1String("rtype")].toString(),
                               r[QLatin1String("value")].toString());
            }
            return out;
        };
        const auto listed = [](const QJsonArray& records) {
            Records out;
            for (const QJsonValue& r : records)
                out.insert(r[QLatin1String("qname")].toString() + QLatin1Char(' ') +
                               r[QLatin1String("rtype")].toString(),
                           r[QLatin1String("value")].toString());
            return out;
        };
        const Records before = dumped(QStringLiteral("example.com"));
        const QByteArray zoneBefore = call("GET", "/dns/zonefile/example.com").body;
        const auto r = post(QStringLiteral("/boxkeeper/dns/preview"),
                            {{QStringLiteral("method"), QStringLiteral("PUT")},
                             {QStringLiteral("qname"), QStringLiteral("example.com")},
                             {QStringLiteral("rtype"), QStringLiteral("mx")},
                             {QStringLiteral("value"), QStringLiteral("20 mx.example.net.")}});
        QCOMPARE(r.status, 200);
        const QJsonObject preview = QJsonDocument::fromJson(r.body).object();
        QVERIFY(preview[QLatin1String("changes_stored_records")].toBool());
        const QJsonArray zones = preview[QLatin1String("zones")].toArray();
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.at(0)[QLatin1String("zone")].toString(), QStringLiteral("example.com"));
        const Records removed = listed(zones.at(0)[QLatin1String("removed")].toArray());
        const Records added = listed(zones.at(0)[QLatin1String("added")].toArray());
        // The custom MX that was there goes, the new one comes (customListing left one; the box keeps its own).
        QCOMPARE(removed.values(QStringLiteral("example.com MX")),
                 QStringList{QStringLiteral("20 backup.example.net.")});
        QCOMPARE(added.values(QStringLiteral("example.com MX")), QStringList{QStringLiteral("20 mx.example.net.")});
        QCOMPARE(call("GET", "/dns/zonefile/example.com").body, zoneBefore); // nothing applied
        QCOMPARE(array(call("GET", "/dns/custom/example.com/MX")).size(), 1);

        QVERIFY(call("PUT", "/dns/custom/example.com/mx", "20 mx.example.net.").body.startsWith("updated DNS:"));
        const Records after = dumped(QStringLiteral("example.com"));
        Records gone = before;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            gone.remove(it.key(), it.value());
        Records come = after;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            come.remove(it.key(), it.value());
        QCOMPARE(gone, removed);
        QCOMPARE(come, added);

        // Nothing to do: no zone listed. A bad value: the route's own sentence.
        const auto same = post(QStringLiteral("/boxkeeper/dns/preview"),
                               {{QStringLiteral("method"), QStringLiteral("PUT")},
                                {QStringLiteral("qname"), QStringLiteral("example.com")},
                                {QStringLiteral("rtype"), QStringLiteral("MX")},
                                {QStringLiteral("value"), QStringLiteral("20 mx.example.net.")}});
        QCOMPARE(QJsonDocument::fromJson(same.body).object()[QLatin1String("changes_stored_records")].toBool(), false);
        QCOMPARE(QJsonDocument::fromJson(same.body).object()[QLatin1String("zones")].toArray().size(), 0);
        const auto bad =
            post(QStringLiteral("/boxkeeper/dns/preview"), {{QStringLiteral("method"), QStringLiteral("POST")},
                                                            {QStringLiteral("qname"), QStringLiteral("x.example.com")},
                                                            {QStringLiteral("value"), QStringLiteral("1.2.3")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body, QByteArray("'1.2.3' does not appear to be an IPv4 or IPv6 address"));
        QCOMPARE(
            post(QStringLiteral("/boxkeeper/dns/preview"), {{QStringLiteral("method"), QStringLiteral("GET")}}).status,
            400);
        QVERIFY(call("PUT", "/dns/custom/example.com/mx", "20 backup.example.net.").body.startsWith("updated DNS:"));
    }

    void methods()
    {
        QCOMPARE(call("GET", "/dns/update").status, 405);
        QCOMPARE(call("PUT", "/dns/zones").status, 405);
        QCOMPARE(call("GET", "/dns/nothing").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDnsRoutes)
#include "tst_dns_routes.moc"
