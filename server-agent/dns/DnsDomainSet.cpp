#include "DnsDomainSet.h"

#include "box/DomainOrder.h"

#include <QUrl>

DnsDomainSet::DnsDomainSet(const QString& primaryHostname, const QString& publicIp, const QString& publicIpv6,
                           const QStringList& mailDomains, const QStringList& userDomains,
                           const CustomDnsRecordList& customRecords)
    : m_primary(primaryHostname)
{
    const QSet<QString> mail(mailDomains.begin(), mailDomains.end());
    const QSet<QString> users(userDomains.begin(), userDomains.end());

    // Names whose custom records send them elsewhere are not served by the box's web server.
    QSet<QString> elsewhere;
    for (const CustomDnsRecord& r : customRecords) {
        if (r.rtype == QLatin1String("CNAME") ||
            ((r.rtype == QLatin1String("A") || r.rtype == QLatin1String("AAAA")) && r.value != QLatin1String("local") &&
             r.value != publicIp && r.value != publicIpv6))
            elsewhere.insert(r.qname);
    }

    QSet<QString> automaticNames; // autoconfig/autodiscover/mta-sts, before exclusion
    for (const QString& d : users) {
        automaticNames.insert(QStringLiteral("autoconfig.") + d);
        automaticNames.insert(QStringLiteral("autodiscover.") + d);
    }
    for (const QString& d : mail)
        automaticNames.insert(QStringLiteral("mta-sts.") + d);

    QSet<QString> webWithoutWww = (mail | automaticNames) - elsewhere;
    webWithoutWww.insert(primaryHostname);
    QSet<QString> dns = mail | webWithoutWww;
    dns.insert(primaryHostname);
    m_dnsDomains = DomainOrder::sorted(QStringList(dns.begin(), dns.end()), primaryHostname);
    m_zones = DomainOrder::zones(m_dnsDomains, primaryHostname);

    QSet<QString> wwwNames;
    for (const QString& z : m_zones)
        wwwNames.insert(QStringLiteral("www.") + z);
    QSet<QString> web = ((mail | automaticNames | wwwNames) - elsewhere);
    web.insert(primaryHostname);
    m_webDomains = DomainOrder::sorted(QStringList(web.begin(), web.end()), primaryHostname);
    QSet<QString> excluded = (mail | automaticNames | wwwNames) & elsewhere;
    excluded.remove(primaryHostname);
    m_hostedElsewhere = DomainOrder::sorted(QStringList(excluded.begin(), excluded.end()), primaryHostname);

    QSet<QString> webWithoutAuto = mail - elsewhere;
    webWithoutAuto.insert(primaryHostname);
    QSet<QString> automatic = web - webWithoutAuto;
    QSet<QString> all = dns | automatic;
    for (const QString& ns : {QStringLiteral("ns1."), QStringLiteral("ns2.")}) {
        all.insert(ns + primaryHostname);
        automatic.insert(ns + primaryHostname);
    }
    for (const QString& d : all) {
        Properties p;
        p.user = users.contains(d);
        p.mail = mail.contains(d);
        p.web = web.contains(d);
        p.automatic = automatic.contains(d);
        m_properties.insert(d, p);
    }
    const QStringList ordered = DomainOrder::sorted(QStringList(all.begin(), all.end()), primaryHostname);
    const QSet<QString> zoneSet(m_zones.begin(), m_zones.end());
    for (const QString& d : ordered) {
        for (int i = d.indexOf(QLatin1Char('.')); i >= 0; i = d.indexOf(QLatin1Char('.'), i + 1)) {
            const QString suffix = d.mid(i + 1);
            if (zoneSet.contains(suffix)) {
                m_subdomains[suffix].append(d);
                break;
            }
        }
    }
}

QStringList DnsDomainSet::subdomainsOf(const QString& zone) const
{
    return m_subdomains.value(zone);
}

QString DnsDomainSet::zoneFileName(const QString& zone)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(zone)) + QStringLiteral(".txt");
}
