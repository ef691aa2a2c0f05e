#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// What the record builder needs to know about the box besides its domains (domain.md §8.2): addresses,
// the TLSA and SSHFP values, the DKIM record, certificate validity for MTA-STS, secondary nameservers.
struct BoxDnsFacts
{
    QString primaryHostname;
    QString publicIp;
    QString publicIpv6;
    bool hasIpv6Setting = true; // PUBLIC_IPV6 present in the config (even empty)
    QString tlsa; // "3 1 1 <sha256 hex>", empty when the box has no certificate
    QStringList sshfp; // "<alg> 2 ( <HEX> )" per host key, sorted
    QString dkimName; // e.g. "mail._domainkey"; empty when there is no DKIM key
    QString dkimValue;
    bool primaryCertificateValid = false;
    // names whose chosen certificate passes the TLS check ("OK"), e.g. mta-sts.<domain>; filled only when the
    // primary hostname's does
    QSet<QString> validCertificateNames;
    QString mtaStsPolicyId;
    QString tlsRptRua;
    QStringList secondaryNameservers; // hostnames published as NS (no "xfr:" entries)
};
