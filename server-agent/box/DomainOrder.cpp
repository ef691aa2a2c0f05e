#include "DomainOrder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

struct DomainKey
{
    int zoneIndex = 0;
    bool notPrimary = true;
    bool notPrimarySub = true;
    QStringList reversedLabels;
    QString name;
};

bool reversedLess(const QStringList& a, const QStringList& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.at(i) != b.at(i)) {
            return DomainOrder::codePointLess(a.at(i), b.at(i));
        }
    }
    return a.size() < b.size();
}

} // namespace

bool DomainOrder::codePointLess(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const ushort ca = a.at(i).unicode();
        const ushort cb = b.at(i).unicode();
        if (ca == cb) {
            continue;
        }
        const bool sa = ca >= 0xD800 && ca <= 0xDFFF;
        const bool sb = cb >= 0xD800 && cb <= 0xDFFF;
        if (sa != sb && (ca >= 0xE000 || cb >= 0xE000)) {
            return sa ? false : true; // a surrogate stands for a code point above U+FFFF
        }
        return ca < cb;
    }
    return a.size() < b.size();
}

QStringList DomainOrder::sorted(const QStringList& input, const QString& primary)
{
    // Distinct names, shortest first: a name joins the group of the first group it is a subdomain of.
    QStringList names = QSet<QString>(input.begin(), input.end()).values();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : DomainOrder::codePointLess(a, b);
    });
    QHash<QString, QString> zoneOf;
    QStringList zones; // distinct group names in order of creation
    QSet<QString> zoneSet;
    for (const QString& name : names) {
        // At most one existing group can be an ancestor (a group never lies inside another one).
        QString zone;
        for (qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0; dot = name.indexOf(QLatin1Char('.'), dot + 1)) {
            const QString suffix = name.mid(dot + 1);
            if (zoneSet.contains(suffix)) {
                zone = suffix;
                break;
            }
        }
        if (zone.isEmpty()) {
            zone = name;
            zones.append(name);
            zoneSet.insert(name);
        }
        zoneOf.insert(name, zone);
    }
    const QString primarySuffix = QLatin1Char('.') + primary;
    // Groups: the one that is P or contains P first, then by name.
    std::vector<std::pair<bool, QString>> zoneKeys;
    zoneKeys.reserve(size_t(zones.size()));
    for (const QString& z : zones) {
        const bool holdsPrimary = z == primary || (primary.endsWith(z) && primary.size() > z.size() &&
                                                   primary.at(primary.size() - z.size() - 1) == QLatin1Char('.'));
        zoneKeys.emplace_back(!holdsPrimary, z);
    }
    std::sort(zoneKeys.begin(), zoneKeys.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return !a.first;
        }
        return DomainOrder::codePointLess(a.second, b.second);
    });
    zones.clear();
    for (const auto& k : zoneKeys) {
        zones.append(k.second);
    }
    QHash<QString, int> zoneIndex;
    for (int i = 0; i < zones.size(); ++i) {
        zoneIndex.insert(zones.at(i), i);
    }
    std::vector<DomainKey> keys;
    keys.reserve(size_t(names.size()));
    for (const QString& name : names) {
        DomainKey k;
        k.zoneIndex = zoneIndex.value(zoneOf.value(name));
        k.notPrimary = name != primary;
        k.notPrimarySub = !name.endsWith(primarySuffix);
        k.reversedLabels = name.split(QLatin1Char('.'));
        std::reverse(k.reversedLabels.begin(), k.reversedLabels.end());
        k.name = name;
        keys.push_back(std::move(k));
    }
    std::stable_sort(keys.begin(), keys.end(), [](const DomainKey& a, const DomainKey& b) {
        if (a.zoneIndex != b.zoneIndex) {
            return a.zoneIndex < b.zoneIndex;
        }
        if (a.notPrimary != b.notPrimary) {
            return !a.notPrimary;
        }
        if (a.notPrimarySub != b.notPrimarySub) {
            return !a.notPrimarySub;
        }
        return reversedLess(a.reversedLabels, b.reversedLabels);
    });
    QStringList out;
    out.reserve(qsizetype(keys.size()));
    for (const DomainKey& k : keys) {
        out.append(k.name);
    }
    return out;
}

QStringList DomainOrder::sortEmailAddresses(const QStringList& input, const QString& primary)
{
    const QSet<QString> distinct(input.begin(), input.end());
    QHash<QString, QStringList> byDomain;
    QStringList noDomain;
    for (const QString& address : distinct) {
        const qsizetype at = address.indexOf(QLatin1Char('@'));
        if (at < 0) {
            noDomain.append(address);
        } else {
            byDomain[address.mid(at + 1)].append(address);
        }
    }
    QStringList out;
    out.reserve(distinct.size());
    for (const QString& domain : sorted(byDomain.keys(), primary)) {
        QStringList group = byDomain.value(domain);
        std::sort(group.begin(), group.end(), &DomainOrder::codePointLess);
        out += group;
    }
    std::sort(noDomain.begin(), noDomain.end(), &DomainOrder::codePointLess);
    out += noDomain;
    return out;
}

bool DomainOrder::isAtOrBelow(const QString& name, const QString& parent)
{
    return name == parent || (name.size() > parent.size() && name.endsWith(parent) &&
                              name.at(name.size() - parent.size() - 1) == QLatin1Char('.'));
}

QStringList DomainOrder::zones(const QStringList& domains, const QString& primaryHostname)
{
    // Shortest first: a name whose ancestor is already a zone folds into it.
    QStringList names = QSet<QString>(domains.begin(), domains.end()).values();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : DomainOrder::codePointLess(a, b);
    });
    QStringList zoneNames;
    QSet<QString> zoneSet;
    for (const QString& d : names) {
        bool folded = false;
        for (qsizetype dot = d.indexOf(QLatin1Char('.')); dot >= 0 && !folded;
             dot = d.indexOf(QLatin1Char('.'), dot + 1)) {
            folded = zoneSet.contains(d.mid(dot + 1));
        }
        if (!folded) {
            zoneNames.append(d);
            zoneSet.insert(d);
        }
    }
    return sorted(zoneNames, primaryHostname);
}

QString DomainOrder::zoneOf(const QString& name, const QStringList& zones)
{
    for (const QString& z : zones) {
        if (isAtOrBelow(name, z)) {
            return z;
        }
    }
    return {};
}
