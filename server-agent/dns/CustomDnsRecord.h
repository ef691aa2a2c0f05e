#pragma once

#include <QList>
#include <QString>

// A custom record as stored in custom.yaml (absolute name, no trailing dot).
struct CustomDnsRecord
{
    QString qname;
    QString rtype;
    QString value;

    bool operator==(const CustomDnsRecord& o) const { return qname == o.qname && rtype == o.rtype && value == o.value; }
};

using CustomDnsRecordList = QList<CustomDnsRecord>;
