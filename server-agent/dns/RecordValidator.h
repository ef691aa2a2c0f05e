#pragma once

#include <QString>
#include <QStringList>

// Validation of custom DNS records (api.md §6.7, domain.md §8.9, §8.12): upstream's checks and
// messages, plus our own per-type checks of MX, SRV, SSHFP, CAA and TXT values.
class RecordValidator
{
public:
    static const QStringList& allowedTypes(); // A AAAA CNAME NS TXT MX SRV SSHFP CAA

    // Upstream's domain-name pattern (at least two labels, `_` allowed, optional leading "*.",
    // final label not starting with a digit, optional trailing dot).
    static bool isDomainName(const QString& name);

    // Strict dotted-quad IPv4 (no short forms, no leading zeros) and IPv6 (no scope).
    static bool isIpv4(const QString& value);
    static bool isIpv6(const QString& value);

    // Checks `value` (non-empty) for a record (qname, rtype); `zone` is the hosted zone the name is in.
    // Returns an empty string when valid, else the one-line message. *normalized receives the value to
    // store (CNAME/NS get a trailing dot).
    static QString validate(const QString& qname, const QString& rtype, const QString& value, const QString& zone,
                            QString* normalized);

    // Checks one entry of the secondary nameserver setting that starts with "xfr:" (the text after it).
    static bool isIpOrNetwork(const QString& value);
};
