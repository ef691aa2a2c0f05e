#include "DnssecStatus.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString algorithmName(const QString& alg)
{
    static const QHash<QString, QString> names{{QStringLiteral("7"), QStringLiteral("RSASHA1-NSEC3-SHA1")},
                                               {QStringLiteral("8"), QStringLiteral("RSASHA256")},
                                               {QStringLiteral("13"), QStringLiteral("ECDSAP256SHA256")}};
    return names.value(alg);
}

QString digestName(const QString& digalg)
{
    static const QHash<QString, QString> names{{QStringLiteral("1"), QStringLiteral("SHA-1")},
                                               {QStringLiteral("2"), QStringLiteral("SHA-256")},
                                               {QStringLiteral("4"), QStringLiteral("SHA-384")}};
    return names.value(digalg);
}

// KEY=VALUE lines (upstream's load_env_vars_from_file).
QHash<QString, QString> readVars(const QString& path)
{
    QHash<QString, QString> vars;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return vars;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            vars.insert(QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return vars;
}

// Upstream's preference, low to high: (7,2), (8,4), (13,4), (8,2), (13,2); -1 for a record never offered.
int preference(const DnssecStatus::Expected& e)
{
    static const QList<QPair<int, int>> order{{7, 2}, {8, 4}, {13, 4}, {8, 2}, {13, 2}};
    return int(order.indexOf(qMakePair(e.alg.toInt(), e.digalg.toInt())));
}

QString tupleKey(const QString& keytag, const QString& alg, const QString& digalg, const QString& digest)
{
    return keytag + QLatin1Char(' ') + alg + QLatin1Char(' ') + digalg + QLatin1Char(' ') + digest;
}

} // namespace

std::optional<QList<DnssecStatus::Expected>> DnssecStatus::readExpected(const QString& dsFile, const QString& dnssecDir)
{
    QFile f(dsFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QList<Expected> expected;
    QHash<QString, QString> pubkeys; // by algorithm
    for (QByteArray raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 5)
            continue;
        const QStringList ds = fields[4].split(QLatin1Char(' '));
        if (ds.size() != 4)
            continue;
        Expected e{line, ds[0], ds[1], ds[2], ds[3], {}};
        if (!pubkeys.contains(e.alg)) {
            const QHash<QString, QString> conf =
                readVars(dnssecDir + QLatin1Char('/') + algorithmName(e.alg) + QStringLiteral(".conf"));
            QFile key(dnssecDir + QLatin1Char('/') + conf.value(QStringLiteral("KSK")) + QStringLiteral(".key"));
            QString pubkey;
            if (key.open(QIODevice::ReadOnly)) {
                const QStringList keyFields = QString::fromUtf8(key.readAll()).split(QLatin1Char('\t'));
                if (keyFields.size() > 3)
                    pubkey = keyFields[3].split(QLatin1Char(' ')).value(3).trimmed();
            }
            pubkeys.insert(e.alg, pubkey);
        }
        e.pubkey = pubkeys.value(e.alg);
        // A dict keyed by the tuple: a repeated record keeps its first place and the last values.
        bool replaced = false;
        for (Expected& other : expected) {
            if (tupleKey(other.keytag, other.alg, other.digalg, other.digest) ==
                tupleKey(e.keytag, e.alg, e.digalg, e.digest)) {
                other = e;
                replaced = true;
            }
        }
        if (!replaced)
            expected.append(e);
    }
    return expected;
}

void DnssecStatus::check(const QString& domain, const QList<Expected>& expected, const QStringList& published,
                         bool isCheckingPrimary, StatusOutput* out)
{
    QList<QStringList> ds;
    for (const QString& rr : published) {
        const QStringList parts = rr.split(QLatin1Char(' '));
        if (parts.size() == 4)
            ds.append(parts);
    }
    if (ds.isEmpty()) {
        out->warning(QStringLiteral("This domain's DNSSEC DS record is not set. The DS record is optional. The DS "
                                    "record activates DNSSEC. See below for instructions."));
    } else {
        QSet<QString> expectedKeys;
        for (const Expected& e : expected)
            expectedKeys.insert(tupleKey(e.keytag, e.alg, e.digalg, e.digest));
        QSet<QString> matchedAlgs, matchedDigests;
        int preferred = 0;
        QSet<QString> matched;
        for (const QStringList& r : ds) {
            const QString k = tupleKey(r[0], r[1], r[2], r[3]);
            if (!expectedKeys.contains(k) || matched.contains(k))
                continue;
            matched.insert(k);
            matchedAlgs.insert(r[1]);
            matchedDigests.insert(r[2]);
            if (r[1] == QLatin1String("13") && (r[2] == QLatin1String("2") || r[2] == QLatin1String("4")))
                ++preferred;
        }
        if (!matched.isEmpty()) {
            if (matchedAlgs == QSet<QString>{QStringLiteral("13")} &&
                (matchedDigests - QSet<QString>{QStringLiteral("2"), QStringLiteral("4")}).isEmpty()) {
                out->ok(QStringLiteral("DNSSEC 'DS' record is set correctly at registrar."));
                return;
            }
            if (preferred > 0) {
                out->ok(QStringLiteral("DNSSEC 'DS' record is set correctly at registrar. (Records using algorithm "
                                       "other than ECDSAP256SHA256 and digest types other than SHA-256/384 should be "
                                       "removed.)"));
                return;
            }
            out->warning(QStringLiteral(
                "DNSSEC 'DS' record set at registrar is valid but should be updated to ECDSAP256SHA256 and SHA-256 "
                "(see below).\n\t\t\t\tIMPORTANT: Do not delete existing DNSSEC 'DS' records for this domain until "
                "confirmation that the new DNSSEC 'DS' record\n\t\t\t\tfor this domain is valid."));
        } else {
            if (isCheckingPrimary) {
                out->error(QStringLiteral("The DNSSEC 'DS' record for %1 is incorrect. See further details below.")
                               .arg(domain));
                return;
            }
            out->error(QStringLiteral(
                "This domain's DNSSEC DS record is incorrect. The chain of trust is broken between the public DNS "
                "system\n\t\t\t\tand this machine's DNS server. It may take several hours for public DNS to update "
                "after a change. If you did not recently\n\t\t\t\tmake a change, you must resolve this immediately "
                "(see below)."));
        }
    }

    out->line(QStringLiteral("Follow the instructions provided by your domain name registrar to set a DS "
                             "record.\n\t\tRegistrars support different sorts of DS records. Use the first option "
                             "that works:"));
    QList<Expected> sorted = expected;
    // sorted(key, reverse=True) keeps records of equal preference in their order.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Expected& a, const Expected& b) { return preference(a) > preference(b); });
    out->line(QString());
    for (int i = 0; i < sorted.size(); ++i) {
        const Expected& s = sorted[i];
        if (preference(s) == -1)
            continue;
        out->line(QString());
        out->line(QStringLiteral("Option %1:").arg(i + 1));
        out->line(QStringLiteral("----------"));
        out->line(QStringLiteral("Key Tag: ") + s.keytag);
        out->line(QStringLiteral("Key Flags: KSK / 257"));
        out->line(QStringLiteral("Algorithm: %1 / %2").arg(s.alg, algorithmName(s.alg)));
        out->line(QStringLiteral("Digest Type: %1 / %2").arg(s.digalg, digestName(s.digalg)));
        out->line(QStringLiteral("Digest: ") + s.digest);
        out->line(QStringLiteral("Public Key: "));
        out->line(s.pubkey, true);
        out->line(QString());
        out->line(QStringLiteral("Bulk/Record Format:"));
        out->line(s.record, true);
    }
    if (!ds.isEmpty()) {
        out->line(QString());
        out->line(QStringLiteral("The DS record is currently set to:"));
        std::sort(ds.begin(), ds.end());
        for (const QStringList& rr : ds)
            out->line(QStringLiteral("Key Tag: %1, Algorithm: %2, Digest Type: %3, Digest: %4")
                          .arg(rr[0], rr[1], rr[2], rr[3]));
    }
}
