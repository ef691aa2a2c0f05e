#pragma once

#include "BoxDnsFacts.h"
#include "DnsDomainSet.h"
#include "DnsRecord.h"

// Builds the records of one zone exactly as upstream's build_zone (domain.md §8.2): NS, the box's
// addresses, TLSA and SSHFP, subdomains folded in, custom records with upstream's override rules,
// default A/AAAA, MX/SPF/DKIM/DMARC, CardDAV/CalDAV SRV, MTA-STS, the no-mail guard records, sorted.
// Pure: facts and domains in, records out.
class ZoneRecordBuilder
{
public:
    ZoneRecordBuilder(const BoxDnsFacts& facts, const DnsDomainSet& domains, const CustomDnsRecordList& custom);

    DnsRecordList build(const QString& zone) const;

    // The custom records at or below `domain`, names made relative ("" for `domain` itself); the
    // secondary nameserver pseudo-record never counts.
    static CustomDnsRecordList customRecordsFor(const QString& domain, const CustomDnsRecordList& custom);

    // Upstream's final order: apex records first, then by labels read right to left (stable).
    static void sortRecords(DnsRecordList& records);

private:
    DnsRecordList buildDomain(const QString& domain, bool isZone) const;

    const BoxDnsFacts& m_facts;
    const DnsDomainSet& m_domains;
    const CustomDnsRecordList& m_custom;
};
