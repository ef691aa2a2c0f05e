#pragma once

#include "CustomDnsRecord.h"

#include <QList>
#include <QString>

// One record of a zone as the generator produces it (domain.md §8.2): the name relative to the zone
// ("" for the apex), the type, the value as written in the zone file (TXT unquoted), and the
// explanation shown in /dns/dump. Hidden records (NS, ns1/ns2 addresses) are left out of the dump.
struct DnsRecord
{
    QString qname;
    QString rtype;
    QString value;
    QString explanation;
    bool hidden = false;

    bool operator==(const DnsRecord& o) const
    {
        return qname == o.qname && rtype == o.rtype && value == o.value && explanation == o.explanation &&
               hidden == o.hidden;
    }
};

using DnsRecordList = QList<DnsRecord>;
