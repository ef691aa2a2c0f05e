// DnsService against a live agent over HTTPS: the Custom DNS and External DNS pages' calls with typed results —
// zones, custom records with add / replace / remove-one / remove-all, the box's refusals as sent, the secondary
// nameservers set and cleared, the zone dump and the zone files — each change checked through the zone file the
// box then serves. And the pure helpers the pages use (ASCII names, TXT strings, the nameserver field).
#include "ApiClient.h"
#include "CertTrustStore.h"
#include "DnsService.h"
#include "DnsZoneModel.h"
#include "ListFilterProxyModel.h"
#include "TestAgent.h"
#include "TextJob.h"

#include <QSignalSpy>
#include <QTest>

static CustomDnsRecord record(const QString& qname, const QString& rtype, const QString& value)
{
    CustomDnsRecord r;
    r.qname = qname;
    r.rtype = rtype;
    r.value = value;
    return r;
}

class TestClientDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpers();
    void zoneModelFilter();
    void dumpReader();
    void zonesRecordsAndDump();
    void recordChanges();
    void refusalsCarryTheBoxSentence();
    void secondaryNameservers();

private:
    // Sends one change and waits for its answer; the box's text, or the refusal in *error.
    QString apply(const DnsRecordChange& change, ApiError* error = nullptr);
    QString zoneFile(const QString& zone);
    CustomDnsRecordList records();

    TestAgent m_agent;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DnsService> m_service;
};

void TestClientDns::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setLongTransferTimeout(120000);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword());
    m_service = std::make_unique<DnsService>();
    m_service->setClient(m_client.get());
}

QString TestClientDns::apply(const DnsRecordChange& change, ApiError* error)
{
    QSignalSpy changed(m_service.get(), &DnsService::recordChanged);
    QSignalSpy failed(m_service.get(), &DnsService::changeFailed);
    if (!m_service->changeRecord(change)) {
        if (error && !failed.isEmpty())
            *error = failed.first().first().value<ApiError>();
        return {};
    }
    if (!QTest::qWaitFor([&] { return changed.count() + failed.count() > 0; }, 60000))
        return QStringLiteral("(no answer)");
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().value<ApiError>();
        return {};
    }
    return changed.first().at(1).toString();
}

QString TestClientDns::zoneFile(const QString& zone)
{
    QSignalSpy loaded(m_service.get(), &DnsService::zoneFileLoaded);
    if (!m_service->fetchZoneFile(zone) || !loaded.wait(30000))
        return {};
    return loaded.first().at(1).toString();
}

CustomDnsRecordList TestClientDns::records()
{
    QSignalSpy loaded(m_service.get(), &DnsService::customRecordsLoaded);
    if (!m_service->fetchCustomRecords() || !loaded.wait(30000))
        return {};
    return loaded.first().first().value<CustomDnsRecordList>();
}

void TestClientDns::helpers()
{
    QCOMPARE(DnsRecords::asciiName(QStringLiteral(" WWW.Bücher.example. ")),
             QStringLiteral("www.xn--bcher-kva.example"));
    QCOMPARE(DnsRecords::asciiName(QStringLiteral("_dmarc.example.com")), QStringLiteral("_dmarc.example.com"));
    QCOMPARE(DnsRecords::asciiName(QStringLiteral("*.example.com")), QStringLiteral("*.example.com"));
    QCOMPARE(DnsRecords::displayName(QStringLiteral("xn--bcher-kva.example")), QStringLiteral("bücher.example"));

    const QString long600 = QString(600, QLatin1Char('x'));
    const QStringList parts = DnsRecords::txtStrings(long600);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).size(), 255);
    QCOMPARE(parts.at(2).size(), 90);
    QCOMPARE(parts.join(QString()), long600);
    // 254 ASCII bytes then a two-byte character: it goes whole into the second string.
    const QStringList utf8 = DnsRecords::txtStrings(QString(254, QLatin1Char('a')) + QStringLiteral("ü"));
    QCOMPARE(utf8.size(), 2);
    QCOMPARE(utf8.at(1), QStringLiteral("ü"));

    QCOMPARE(DnsRecords::secondaryNameserverField(QStringLiteral("ns1.example.net\n xfr:10.0.0.1, ,ns2.example.net")),
             QStringLiteral("ns1.example.net,xfr:10.0.0.1,ns2.example.net"));

    DnsRecordChange change{
        DnsRecordChange::Kind::RemoveAll, QStringLiteral("Mail.Example.com"), QStringLiteral("txt"), {}};
    QCOMPARE(change.verb(), QByteArray("DELETE"));
    QCOMPARE(change.path(), QStringLiteral("/dns/custom/mail.example.com/TXT"));
}

void TestClientDns::zoneModelFilter()
{
    // The External DNS page's filter finds records by name (as shown or as stored), type and value, in any case;
    // the explanation is not searched. A zone is shown while one of its records matches.
    const DnsZoneDumpList dump{
        {QStringLiteral("xn--bcher-kva.example"),
         {{QStringLiteral("xn--bcher-kva.example"), QStringLiteral("A"), QStringLiteral("192.0.2.1"),
           QStringLiteral("Required. Sets the IP address.")},
          {QStringLiteral("mail._domainkey.xn--bcher-kva.example"), QStringLiteral("TXT"),
           QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjAN"), QStringLiteral("Recommended. Provides a way...")}}},
        {QStringLiteral("example.com"),
         {{QStringLiteral("example.com"), QStringLiteral("MX"), QStringLiteral("10 box.example.com."),
           QStringLiteral("Required. Specifies the hostname...")}}},
    };
    DnsZoneModel model(true);
    model.setDump(dump);
    QCOMPARE(model.recordCount(), 3);
    ListFilterProxyModel proxy(DnsZoneModel::FilterTextRole);
    proxy.setSourceModel(&model);
    const auto matches = [&](const QString& text) {
        proxy.setFilterText(text);
        QStringList out;
        for (int z = 0; z < proxy.rowCount(); ++z) {
            const QModelIndex zone = proxy.index(z, 0);
            for (int r = 0; r < proxy.rowCount(zone); ++r)
                out.append(proxy.index(r, 0, zone).data(DnsZoneModel::RtypeRole).toString());
        }
        return out;
    };
    QCOMPARE(matches(QStringLiteral("Bücher")), QStringList({"A", "TXT"}));
    QCOMPARE(matches(QStringLiteral("xn--BCHER")), QStringList({"A", "TXT"}));
    QCOMPARE(matches(QStringLiteral("txt")), QStringList({"TXT"}));
    QCOMPARE(matches(QStringLiteral("dkim1")), QStringList({"TXT"}));
    QCOMPARE(matches(QStringLiteral("box.example.com.")), QStringList({"MX"}));
    QCOMPARE(matches(QStringLiteral("required")), QStringList());
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(matches(QString()).size(), 3);
    // A new load is filtered by its own records.
    model.setDump({{QStringLiteral("example.net"),
                    {{QStringLiteral("www.example.net"), QStringLiteral("A"), QStringLiteral("192.0.2.9"), {}}}}});
    QCOMPARE(matches(QStringLiteral("www")), QStringList({"A"}));
    QCOMPARE(matches(QStringLiteral("bücher")), QStringList());
}

static QStringList flat(const DnsZoneDumpList& zones)
{
    QStringList out;
    for (const DnsZoneDump& z : zones) {
        out.append(QStringLiteral("zone ") + z.zone);
        for (const DnsDumpRecord& r : z.records)
            out.append(QStringList{r.qname, r.rtype, r.value, r.explanation}.join(QLatin1Char('|')));
    }
    return out;
}

void TestClientDns::dumpReader()
{
    // The box's own dump reads the same directly as through QJsonDocument.
    QSignalSpy text(m_client->getText(QStringLiteral("/dns/dump")), &TextJob::finished);
    QVERIFY(text.wait(60000));
    const QString answer = text.first().first().toString();
    DnsZoneDumpList direct;
    DnsZoneDumpList viaDocument;
    QVERIFY(DnsRecords::readDump(answer, &direct));
    QVERIFY(DnsRecords::parseDump(QJsonDocument::fromJson(answer.toUtf8()), &viaDocument));
    QVERIFY(!direct.isEmpty() && direct.first().records.size() > 5);
    QCOMPARE(flat(direct), flat(viaDocument));

    // JSON's escapes, UTF-16 surrogate pairs included (upstream's answers escape everything beyond ASCII).
    DnsZoneDumpList zones;
    QVERIFY(DnsRecords::readDump(
        uR"( [ ["b\u00fccher.example", [{"qname": "a", "rtype": "TXT", "value": "q\"b\\s\/\n\t\r\b\f\u00e9\ud83d\ude00"}]],
             ["empty.example", []] ] )",
        &zones));
    QCOMPARE(flat(zones),
             QStringList({QStringLiteral("zone bücher.example"), QStringLiteral("a|TXT|q\"b\\s/\n\t\r\b\fé\U0001F600|"),
                          QStringLiteral("zone empty.example")}));
    // Valid JSON of another shape than the reader's (a number): read through QJsonDocument.
    const QStringView other = uR"([["x", [{"qname": "a", "rtype": "A", "ttl": 300}]]])";
    QVERIFY(!DnsRecords::readDump(other, &zones));
    QVERIFY(DnsRecords::parseDump(other, &zones));
    QCOMPARE(flat(zones), QStringList({QStringLiteral("zone x"), QStringLiteral("a|A||")}));
    QVERIFY(DnsRecords::readDump(u"[]", &zones));
    QVERIFY(zones.isEmpty());
    // Not a dump: false, whichever way it is read.
    const QList<QStringView> bad{u"",
                                 u"[",
                                 u"[] x",
                                 uR"([["x", [{"qname": 1, "rtype": "A"}]]])",
                                 uR"([["x", [{"rtype": "A"}]]])",
                                 uR"([["x", [{"qname": "a\u00", "rtype": "A"}]]])",
                                 uR"({"error": "x"})"};
    for (QStringView text : bad)
        QVERIFY2(!DnsRecords::parseDump(text, &zones), qPrintable(text.toString()));
}

void TestClientDns::zonesRecordsAndDump()
{
    QSignalSpy zones(m_service.get(), &DnsService::zonesLoaded);
    QSignalSpy dump(m_service.get(), &DnsService::dumpLoaded);
    QSignalSpy loading(m_service.get(), &DnsService::loadingChanged);
    QVERIFY(m_service->fetchZones());
    QVERIFY(m_service->fetchDump()); // another kind of load runs beside it
    QVERIFY(!m_service->fetchZones()); // but not the same kind twice
    QVERIFY(m_service->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(zones.count() == 1 && dump.count() == 1, 60000);
    QVERIFY(!m_service->isLoading());
    QCOMPARE(loading.count(), 2); // true once, false once
    const QStringList zoneNames = zones.first().first().toStringList();
    QVERIFY2(zoneNames.contains(QStringLiteral("example.com")), qPrintable(zoneNames.join(' ')));
    const DnsZoneDumpList dumped = dump.first().first().value<DnsZoneDumpList>();
    QCOMPARE(dumped.size(), zoneNames.size());
    QCOMPARE(dumped.first().zone, zoneNames.first());
    bool mx = false;
    for (const DnsZoneDump& zone : dumped) {
        for (const DnsDumpRecord& r : zone.records)
            mx = mx || (zone.zone == QLatin1String("example.com") && r.rtype == QLatin1String("MX") &&
                        !r.explanation.isEmpty());
    }
    QVERIFY(mx);
}

void TestClientDns::recordChanges()
{
    const QString name = QStringLiteral("host.example.com");
    DnsRecordChange add{DnsRecordChange::Kind::Add, name, QStringLiteral("A"), QStringLiteral("192.0.2.10")};
    QVERIFY(apply(add).startsWith(QStringLiteral("updated DNS:")));
    QVERIFY(!m_service->isChanging());
    QCOMPARE(apply(add), QStringLiteral("OK")); // the same value again: nothing changes
    DnsRecordChange another = add;
    another.value = QStringLiteral("192.0.2.11");
    QVERIFY(apply(another).startsWith(QStringLiteral("updated DNS:")));
    QString zone = zoneFile(QStringLiteral("example.com"));
    QVERIFY2(zone.contains(QStringLiteral("host\tIN\tA\t192.0.2.10")) &&
                 zone.contains(QStringLiteral("host\tIN\tA\t192.0.2.11")),
             qPrintable(zone));

    DnsRecordChange replace = add;
    replace.kind = DnsRecordChange::Kind::Replace;
    replace.value = QStringLiteral("192.0.2.12");
    QVERIFY(apply(replace).startsWith(QStringLiteral("updated DNS:")));
    zone = zoneFile(QStringLiteral("example.com"));
    QVERIFY(zone.contains(QStringLiteral("host\tIN\tA\t192.0.2.12")));
    QVERIFY(!zone.contains(QStringLiteral("192.0.2.10")) && !zone.contains(QStringLiteral("192.0.2.11")));

    // A 600-byte TXT value, stored whole and written as three strings of at most 255 bytes.
    const QString txt = QString(600, QLatin1Char('t'));
    DnsRecordChange text{DnsRecordChange::Kind::Add, name, QStringLiteral("TXT"), txt};
    QVERIFY(apply(text).startsWith(QStringLiteral("updated DNS:")));
    zone = zoneFile(QStringLiteral("example.com"));
    const QStringList strings = DnsRecords::txtStrings(txt);
    QVERIFY2(zone.contains(QStringLiteral("\"%1\" \"%2\" \"%3\"").arg(strings.at(0), strings.at(1), strings.at(2))),
             qPrintable(zone));

    for (const auto& [rtype, value, expected] :
         {std::tuple{QStringLiteral("MX"), QStringLiteral("10 mx.example.net."),
                     QStringLiteral("IN\tMX\t10 mx.example.net.")},
          std::tuple{QStringLiteral("SRV"), QStringLiteral("0 5 5060 sip.example.net."),
                     QStringLiteral("IN\tSRV\t0 5 5060 sip.example.net.")},
          std::tuple{QStringLiteral("CAA"), QStringLiteral("0 issue \"letsencrypt.org\""),
                     QStringLiteral("IN\tCAA\t0 issue \"letsencrypt.org\"")}}) {
        DnsRecordChange c{DnsRecordChange::Kind::Replace, QStringLiteral("svc.example.com"), rtype, value};
        QVERIFY2(apply(c).startsWith(QStringLiteral("updated DNS:")), qPrintable(rtype));
        QVERIFY2(zoneFile(QStringLiteral("example.com")).contains(expected), qPrintable(rtype));
    }

    CustomDnsRecordList stored = records();
    QVERIFY(stored.contains(record(name, QStringLiteral("A"), QStringLiteral("192.0.2.12"))));
    QVERIFY(stored.contains(record(name, QStringLiteral("TXT"), txt)));
    for (const CustomDnsRecord& r : stored)
        QCOMPARE(r.zone, QStringLiteral("example.com"));

    DnsRecordChange removeOne{DnsRecordChange::Kind::RemoveValue, name, QStringLiteral("TXT"), txt};
    QVERIFY(apply(removeOne).startsWith(QStringLiteral("updated DNS:")));
    QVERIFY(!records().contains(record(name, QStringLiteral("TXT"), txt)));
    DnsRecordChange removeAll{
        DnsRecordChange::Kind::RemoveAll, QStringLiteral("svc.example.com"), QStringLiteral("MX"), {}};
    QVERIFY(apply(removeAll).startsWith(QStringLiteral("updated DNS:")));
    QVERIFY(!zoneFile(QStringLiteral("example.com")).contains(QStringLiteral("mx.example.net.")));
}

void TestClientDns::refusalsCarryTheBoxSentence()
{
    const QString before = zoneFile(QStringLiteral("example.com"));
    ApiError error;
    QVERIFY(apply({DnsRecordChange::Kind::Add, QStringLiteral("bad.example.com"), QStringLiteral("A"),
                   QStringLiteral("not-an-address")},
                  &error)
                .isEmpty());
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverText.trimmed(),
             QStringLiteral("'not-an-address' does not appear to be an IPv4 or IPv6 address"));

    error = {};
    apply({DnsRecordChange::Kind::Add, QStringLiteral("www.elsewhere.org"), QStringLiteral("A"),
           QStringLiteral("192.0.2.1")},
          &error);
    QCOMPARE(
        error.serverText.trimmed(),
        QStringLiteral("www.elsewhere.org is not a domain name or a subdomain of a domain name managed by this box."));
    QCOMPARE(zoneFile(QStringLiteral("example.com")), before); // nothing changed

    // Checked before anything is sent.
    error = {};
    QVERIFY(!m_service->changeRecord({DnsRecordChange::Kind::Add, QStringLiteral("  "), QStringLiteral("A"), {}}));
}

void TestClientDns::secondaryNameservers()
{
    QSignalSpy saved(m_service.get(), &DnsService::secondaryNameserversSaved);
    QSignalSpy failed(m_service.get(), &DnsService::changeFailed);
    QVERIFY(m_service->setSecondaryNameservers(QStringLiteral("xfr:192.0.2.53\nxfr:198.51.100.0/24")));
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, 60000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(saved.first().first().toStringList(),
             (QStringList{QStringLiteral("xfr:192.0.2.53"), QStringLiteral("xfr:198.51.100.0/24")}));

    QSignalSpy loaded(m_service.get(), &DnsService::secondaryNameserversLoaded);
    QVERIFY(m_service->fetchSecondaryNameservers());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toStringList(),
             (QStringList{QStringLiteral("xfr:192.0.2.53"), QStringLiteral("xfr:198.51.100.0/24")}));

    QVERIFY(m_service->setSecondaryNameservers(QStringLiteral("xfr:nameserver.example.net")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 60000);
    QCOMPARE(failed.first().first().value<ApiError>().serverText.trimmed(),
             QStringLiteral("'nameserver.example.net' is not an IPv4 or IPv6 address or subnet."));

    saved.clear();
    QVERIFY(m_service->setSecondaryNameservers(QString())); // cleared
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 60000);
    loaded.clear();
    QVERIFY(m_service->fetchSecondaryNameservers());
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.first().first().toStringList().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientDns)
#include "tst_client_dns.moc"
