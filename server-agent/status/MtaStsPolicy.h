#pragma once

#include <QList>
#include <QPair>
#include <QString>

// The MTA-STS policy check of the status checks (domain.md §12.4 step 3), as postfix-mta-sts-resolver's STSResolver
// does it for upstream: the _mta-sts TXT record (exactly one "v=STSv1" record, else NONE), then the policy file
// https://mta-sts.<domain>/.well-known/mta-sts.txt (status 200, text/plain, a valid policy, else FETCH_ERROR).
namespace MtaStsPolicy {

struct Result
{
    QString fetch; // "STSFetchResult.VALID", "STSFetchResult.NONE" or "STSFetchResult.FETCH_ERROR"
    QList<QPair<QString, QString>> policy; // in the file's order; "mx" once per value
    bool valid() const { return fetch == QLatin1String("STSFetchResult.VALID"); }
    QString mode() const;
    QStringList mx() const;
    // Python's repr of the resolver's dict: {'version': 'STSv1', 'mode': 'enforce', 'mx': [...], 'max_age': 604800}.
    QString repr() const;
};

// Parses a policy file's text (RFC 8461 §3.2); false when it is not a valid policy.
bool parse(const QByteArray& text, Result* result);

// Checks `domain`: the TXT record through `resolver` (DNS_RESOLVER), the file fetched from `address` (ADDR[:PORT];
// empty: the A record of mta-sts.<domain>, port 443) with the certificate verified for mta-sts.<domain> against
// `trustedCaFile` (empty: the system's CA store). 5 s per step.
Result check(const QString& domain, const QString& resolver, const QString& address, const QString& trustedCaFile);

} // namespace MtaStsPolicy
