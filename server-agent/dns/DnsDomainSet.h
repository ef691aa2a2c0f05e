#pragma once

#include "DnsRecord.h"

#include <QMap>
#include <QSet>
#include <QStringList>

// The names the box's DNS covers (domain.md §6, §8.1, §10.1): from the mail domains, the domains with
// users, the custom records and the primary hostname, computes the DNS domains, the zones, the web
// domains and the properties (user, mail, web, auto) of every name that gets records.
class DnsDomainSet
{
public:
    struct Properties
    {
        bool user = false;
        bool mail = false;
        bool web = false;
        bool automatic = false;
    };

    DnsDomainSet(const QString& primaryHostname, const QString& publicIp, const QString& publicIpv6,
                 const QStringList& mailDomains, const QStringList& userDomains,
                 const CustomDnsRecordList& customRecords);

    QString primaryHostname() const { return m_primary; }
    QStringList dnsDomains() const { return m_dnsDomains; } // canonical order
    QStringList zones() const { return m_zones; } // canonical order
    QStringList webDomains() const { return m_webDomains; } // canonical order, with www redirects
    // Names that would be web domains but a custom CNAME or A/AAAA record sends elsewhere (canonical order).
    QStringList hostedElsewhere() const { return m_hostedElsewhere; }
    const QMap<QString, Properties>& properties() const { return m_properties; }
    // Names with properties that are strictly below `zone`, in canonical order.
    QStringList subdomainsOf(const QString& zone) const;

    // Upstream's zone file name: the zone %-encoded (no safe characters) + ".txt".
    static QString zoneFileName(const QString& zone);

private:
    QString m_primary;
    QStringList m_dnsDomains;
    QStringList m_zones;
    QStringList m_webDomains;
    QStringList m_hostedElsewhere;
    QMap<QString, Properties> m_properties;
    QMap<QString, QStringList> m_subdomains;
};
