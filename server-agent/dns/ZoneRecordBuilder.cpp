#include "ZoneRecordBuilder.h"

#include <algorithm>

namespace {

bool hasRecord(const DnsRecordList& records, int limit, const QString& qname, const QString& rtype,
               const QString& prefix = QString())
{
    for (int i = 0; i < limit; ++i) {
        const DnsRecord& r = records.at(i);
        if (r.qname == qname && r.rtype == rtype && (prefix.isNull() || r.value.startsWith(prefix)))
            return true;
    }
    return false;
}

QStringList sortKey(const QString& qname)
{
    if (qname.isEmpty())
        return {};
    QStringList labels = qname.split(QLatin1Char('.'));
    std::reverse(labels.begin(), labels.end());
    return labels;
}

} // namespace

ZoneRecordBuilder::ZoneRecordBuilder(const BoxDnsFacts& facts, const DnsDomainSet& domains,
                                     const CustomDnsRecordList& custom)
    : m_facts(facts)
    , m_domains(domains)
    , m_custom(custom)
{ }

CustomDnsRecordList ZoneRecordBuilder::customRecordsFor(const QString& domain, const CustomDnsRecordList& custom)
{
    CustomDnsRecordList out;
    const QString suffix = QLatin1Char('.') + domain;
    for (const CustomDnsRecord& r : custom) {
        if (r.qname == QLatin1String("_secondary_nameserver"))
            continue;
        if (r.qname == domain)
            out.append({QString(), r.rtype, r.value});
        else if (r.qname.endsWith(suffix))
            out.append({r.qname.left(r.qname.size() - suffix.size()), r.rtype, r.value});
    }
    return out;
}

void ZoneRecordBuilder::sortRecords(DnsRecordList& records)
{
    QList<QPair<QStringList, int>> keys;
    keys.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        keys.append({sortKey(records.at(i).qname), i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
        return std::lexicographical_compare(a.first.begin(), a.first.end(), b.first.begin(), b.first.end());
    });
    DnsRecordList sorted;
    sorted.reserve(records.size());
    for (const auto& k : keys)
        sorted.append(records.at(k.second));
    records = sorted;
}

DnsRecordList ZoneRecordBuilder::build(const QString& zone) const
{
    return buildDomain(zone, true);
}

DnsRecordList ZoneRecordBuilder::buildDomain(const QString& domain, bool isZone) const
{
    const QString& P = m_facts.primaryHostname;
    const DnsDomainSet::Properties props = m_domains.properties().value(domain);
    DnsRecordList records;
    auto add = [&](const QString& qname, const QString& rtype, const QString& value, const QString& explanation,
                   bool hidden = false) {
        records.append({qname, rtype, value, explanation, hidden});
    };

    if (isZone) {
        add(QString(), QStringLiteral("NS"), QStringLiteral("ns1.%1.").arg(P), QString(), true);
        QStringList secondaries = m_facts.secondaryNameservers;
        if (secondaries.isEmpty())
            secondaries.append(QStringLiteral("ns2.") + P);
        for (const QString& ns : secondaries)
            add(QString(), QStringLiteral("NS"), ns + QLatin1Char('.'), QString(), true);
    }

    if (domain == P) {
        add(QString(), QStringLiteral("A"), m_facts.publicIp,
            QStringLiteral("Required. Sets the IP address of the box."));
        if (!m_facts.publicIpv6.isEmpty())
            add(QString(), QStringLiteral("AAAA"), m_facts.publicIpv6,
                QStringLiteral("Required. Sets the IPv6 address of the box."));
        if (!m_facts.tlsa.isEmpty()) {
            add(QStringLiteral("_25._tcp"), QStringLiteral("TLSA"), m_facts.tlsa,
                QStringLiteral("Recommended when DNSSEC is enabled. Advertises to mail servers connecting to the box "
                               "that mandatory encryption should be used."));
            add(QStringLiteral("_443._tcp"), QStringLiteral("TLSA"), m_facts.tlsa,
                QStringLiteral("Optional. When DNSSEC is enabled, provides out-of-band HTTPS certificate validation "
                               "for a few web clients that support it."));
        }
        for (const QString& fp : m_facts.sshfp)
            add(QString(), QStringLiteral("SSHFP"), fp,
                QStringLiteral("Optional. Provides an out-of-band method for verifying an SSH key before connecting. "
                               "Use 'VerifyHostKeyDNS yes' (or 'VerifyHostKeyDNS ask') when connecting with ssh."));
    }

    if (isZone) {
        for (const QString& sub : m_domains.subdomainsOf(domain)) {
            const QString relative = sub.left(sub.size() - domain.size() - 1);
            for (DnsRecord r : buildDomain(sub, false)) {
                r.qname = r.qname.isEmpty() ? relative : r.qname + QLatin1Char('.') + relative;
                records.append(r);
            }
        }
    }

    // Custom records, unless something above already has that (name, type).
    int base = records.size();
    for (const CustomDnsRecord& c : customRecordsFor(domain, m_custom)) {
        if (hasRecord(records, base, c.qname, c.rtype))
            continue;
        QString value = c.value;
        if (c.rtype == QLatin1String("A") && value == QLatin1String("local"))
            value = m_facts.publicIp;
        if (c.rtype == QLatin1String("AAAA") && value == QLatin1String("local")) {
            // Upstream writes an empty AAAA when IPv6 is not configured; we skip it (domain.md §8.12.18).
            if (!m_facts.hasIpv6Setting || m_facts.publicIpv6.isEmpty())
                continue;
            value = m_facts.publicIpv6;
        }
        add(c.qname, c.rtype, value, QStringLiteral("(Set by user.)"));
    }

    // Default addresses, unless a custom record of that type, a CNAME or an A is there.
    base = records.size();
    QString aExplanation = QStringLiteral("Required. May have a different value. Sets the IP address that %1 resolves "
                                          "to for web hosting and other services besides mail. The A record must be "
                                          "present but its value does not affect mail delivery.")
                               .arg(domain);
    bool aHidden = false;
    if (props.automatic) {
        if (domain.startsWith(QLatin1String("ns1.")) || domain.startsWith(QLatin1String("ns2."))) {
            aExplanation.clear();
            aHidden = true;
        }
        if (domain.startsWith(QLatin1String("www.")))
            aExplanation = QStringLiteral("Optional. Sets the IP address that %1 resolves to so that the box can "
                                          "provide a redirect to the parent domain.")
                               .arg(domain);
        if (domain.startsWith(QLatin1String("mta-sts.")))
            aExplanation = QStringLiteral("Optional. MTA-STS Policy Host serving /.well-known/mta-sts.txt.");
        if (domain.startsWith(QLatin1String("autoconfig.")))
            aExplanation =
                QStringLiteral("Provides email configuration autodiscovery support for Thunderbird Autoconfig.");
        if (domain.startsWith(QLatin1String("autodiscover.")))
            aExplanation = QStringLiteral(
                "Provides email configuration autodiscovery support for Z-Push ActiveSync Autodiscover.");
    }
    const struct
    {
        QString rtype;
        QString value;
        QString explanation;
        bool hidden;
    } defaults[] = {
        {QStringLiteral("A"), m_facts.publicIp, aExplanation, aHidden},
        {QStringLiteral("AAAA"), m_facts.publicIpv6,
         QStringLiteral("Optional. Sets the IPv6 address that %1 resolves to, e.g. for web hosting. (It is not "
                        "necessary for receiving mail on this domain.)")
             .arg(domain),
         false},
    };
    for (const auto& d : defaults) {
        if (d.value.trimmed().isEmpty())
            continue;
        if (!hasRecord(records, base, QString(), d.rtype) &&
            !hasRecord(records, base, QString(), QStringLiteral("CNAME")) &&
            !hasRecord(records, base, QString(), QStringLiteral("A")))
            add(QString(), d.rtype, d.value, d.explanation, d.hidden);
    }

    auto has = [&](const QString& qname, const QString& rtype, const QString& prefix = QString()) {
        return hasRecord(records, records.size(), qname, rtype, prefix);
    };

    if (props.mail) {
        if (!has(QString(), QStringLiteral("MX"), QStringLiteral("10 ")))
            add(QString(), QStringLiteral("MX"), QStringLiteral("10 %1.").arg(P),
                QStringLiteral("Required. Specifies the hostname (and priority) of the machine that handles @%1 mail.")
                    .arg(domain));
        if (!has(QString(), QStringLiteral("TXT"), QStringLiteral("v=spf1 ")))
            add(QString(), QStringLiteral("TXT"), QStringLiteral("v=spf1 mx -all"),
                QStringLiteral("Recommended. Specifies that only the box is permitted to send @%1 mail.").arg(domain));
        if (!m_facts.dkimName.isEmpty() && !has(m_facts.dkimName, QStringLiteral("TXT"), QStringLiteral("v=DKIM1; ")))
            add(m_facts.dkimName, QStringLiteral("TXT"), m_facts.dkimValue,
                QStringLiteral("Recommended. Provides a way for recipients to verify that this machine sent @%1 mail.")
                    .arg(domain));
        if (!has(QStringLiteral("_dmarc"), QStringLiteral("TXT"), QStringLiteral("v=DMARC1; ")))
            add(QStringLiteral("_dmarc"), QStringLiteral("TXT"), QStringLiteral("v=DMARC1; p=quarantine;"),
                QStringLiteral("Recommended. Specifies that mail that does not originate from the box but claims to be "
                               "from @%1 or which does not have a valid DKIM signature is suspect and should be "
                               "quarantined by the recipient's mail system.")
                    .arg(domain));
    }

    if (props.user && domain != P) {
        for (const QString& dav : {QStringLiteral("card"), QStringLiteral("cal")}) {
            const QString qname = QStringLiteral("_%1davs._tcp").arg(dav);
            if (!has(qname, QStringLiteral("SRV")))
                add(qname, QStringLiteral("SRV"), QStringLiteral("0 0 443 %1.").arg(P),
                    QStringLiteral("Recommended. Specifies the hostname of the server that handles CardDAV/CalDAV "
                                   "services for email addresses on this domain."));
        }
    }

    if (props.mail && m_facts.primaryCertificateValid &&
        m_facts.validCertificateNames.contains(QStringLiteral("mta-sts.") + domain) &&
        !m_facts.mtaStsPolicyId.isEmpty()) {
        DnsRecordList mtaSts;
        mtaSts.append(
            {QStringLiteral("_mta-sts"), QStringLiteral("TXT"), QStringLiteral("v=STSv1; id=") + m_facts.mtaStsPolicyId,
             QStringLiteral("Optional. Part of the MTA-STS policy for incoming mail. If set, a MTA-STS policy must "
                            "also be published."),
             false});
        if (!m_facts.tlsRptRua.isEmpty() &&
            !has(QStringLiteral("_smtp._tls"), QStringLiteral("TXT"), QStringLiteral("v=TLSRPTv1;")))
            mtaSts.append({QStringLiteral("_smtp._tls"), QStringLiteral("TXT"),
                           QStringLiteral("v=TLSRPTv1; rua=") + m_facts.tlsRptRua,
                           QStringLiteral("Optional. Enables MTA-STS reporting."), false});
        for (const DnsRecord& r : mtaSts) {
            if (!has(r.qname, r.rtype))
                records.append(r);
        }
    }

    if (isZone) {
        QStringList withAddress;
        QSet<QString> withMx;
        for (const DnsRecord& r : records) {
            if ((r.rtype == QLatin1String("A") || r.rtype == QLatin1String("AAAA")) && !withAddress.contains(r.qname))
                withAddress.append(r.qname);
            if (r.rtype == QLatin1String("MX"))
                withMx.insert(r.qname);
        }
        for (const QString& qname : withAddress) {
            if (withMx.contains(qname))
                continue;
            const QString d = qname.isEmpty() ? domain : qname + QLatin1Char('.') + domain;
            if (!has(qname, QStringLiteral("TXT"), QStringLiteral("v=spf1 ")))
                add(qname, QStringLiteral("TXT"), QStringLiteral("v=spf1 -all"),
                    QStringLiteral("Recommended. Prevents use of this domain name for outbound mail by specifying that "
                                   "no servers are valid sources for mail from @%1. If you do send email from this "
                                   "domain name you should either override this record such that the SPF rule does "
                                   "allow the originating server, or, take the recommended approach and have the box "
                                   "handle mail for this domain (simply add any receiving alias at this domain name to "
                                   "make this machine treat the domain name as one of its mail domains).")
                        .arg(d));
            const QString dmarc = qname.isEmpty() ? QStringLiteral("_dmarc") : QStringLiteral("_dmarc.") + qname;
            if (!has(dmarc, QStringLiteral("TXT"), QStringLiteral("v=DMARC1; ")))
                add(dmarc, QStringLiteral("TXT"), QStringLiteral("v=DMARC1; p=reject;"),
                    QStringLiteral("Recommended. Prevents use of this domain name for outbound mail by specifying that "
                                   "the SPF rule should be honoured for mail from @%1.")
                        .arg(d));
            if (!has(qname, QStringLiteral("MX")))
                add(qname, QStringLiteral("MX"), QStringLiteral("0 ."),
                    QStringLiteral("Recommended. Prevents use of this domain name for incoming mail."));
        }
        sortRecords(records);
    }
    return records;
}
