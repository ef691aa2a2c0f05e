#pragma once

#include "StatusOutput.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The DNSSEC part of the status checks (domain.md §12.5): the DS records the zone could have (its .ds file written
// by the DNS module, with the KSK public keys) compared with those published, upstream's texts and detail lines.
namespace DnssecStatus {

struct Expected
{
    QString record; // the .ds file's line
    QString keytag;
    QString alg;
    QString digalg;
    QString digest;
    QString pubkey;
};

// The zone's .ds file `dsFile` (nullopt when absent: the check is skipped) with the public key of each record's
// algorithm's KSK from `dnssecDir` (STORAGE_ROOT/dns/dnssec: <ALGORITHM>.conf, <KSK>.key).
std::optional<QList<Expected>> readExpected(const QString& dsFile, const QString& dnssecDir);

// The check of `domain`'s published DS records (`published`: each "keytag alg digesttype digest", as public DNS
// answers them, in the answer's order) against `expected`, appended to `out`. `isCheckingPrimary`: the shorter
// form of the primary hostname's group.
void check(const QString& domain, const QList<Expected>& expected, const QStringList& published, bool isCheckingPrimary,
           StatusOutput* out);

} // namespace DnssecStatus
