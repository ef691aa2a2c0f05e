#include "DomainOrder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QStringList reversedLabels(const QString& name)
{
    QStringList labels = name.split(QLatin1Char('.'));
    std::reverse(labels.begin(), labels.end());
    return labels;
}

bool labelsLess(const QStringList& a, const QStringList& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}

QStringList byLength(const QStringList& domains)
{
    QStringList list = domains;
    list.removeDuplicates();
    std::stable_sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return list;
}

// A strict ancestor of `name` that is in `set`, or an empty string.
QString ancestorIn(const QString& name, const QSet<QString>& set)
{
    for (int i = name.indexOf(QLatin1Char('.')); i >= 0; i = name.indexOf(QLatin1Char('.'), i + 1)) {
        const QString suffix = name.mid(i + 1);
        if (set.contains(suffix))
            return suffix;
    }
    return {};
}

} // namespace

bool DomainOrder::isAtOrBelow(const QString& name, const QString& parent)
{
    return name == parent ||
           (name.size() > parent.size() && name.endsWith(parent) && name.at(name.size() - parent.size() - 1) == '.');
}

QStringList DomainOrder::sorted(const QStringList& domains, const QString& primaryHostname)
{
    // Groups: the highest ancestor present in the list.
    QSet<QString> groupNames;
    QHash<QString, QString> groupOf;
    for (const QString& d : byLength(domains)) {
        QString group = ancestorIn(d, groupNames);
        if (group.isEmpty()) {
            group = d;
            groupNames.insert(d);
        }
        groupOf.insert(d, group);
    }
    auto groupRank = [&](const QString& g) {
        return (g == primaryHostname || primaryHostname.endsWith(QLatin1Char('.') + g)) ? 0 : 1;
    };
    auto withinRank = [&](const QString& d) {
        if (d == primaryHostname)
            return 0;
        if (d.endsWith(QLatin1Char('.') + primaryHostname))
            return 1;
        return 2;
    };
    struct Key
    {
        int groupRank;
        QString group;
        int withinRank;
        QStringList labels;
        QString name;
    };
    QList<Key> keys;
    for (const QString& d : groupOf.keys()) {
        const QString g = groupOf.value(d);
        keys.append({groupRank(g), g, withinRank(d), reversedLabels(d), d});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.group != b.group)
            return a.groupRank != b.groupRank ? a.groupRank < b.groupRank : a.group < b.group;
        if (a.withinRank != b.withinRank)
            return a.withinRank < b.withinRank;
        // Subdomains of the primary hostname keep upstream's shortest-first order.
        if (a.withinRank == 1 && a.name.size() != b.name.size())
            return a.name.size() < b.name.size();
        return labelsLess(a.labels, b.labels);
    });
    QStringList list;
    list.reserve(keys.size());
    for (const Key& k : keys)
        list.append(k.name);
    return list;
}

QStringList DomainOrder::zones(const QStringList& domains, const QString& primaryHostname)
{
    QStringList zoneNames;
    QSet<QString> zoneSet;
    for (const QString& d : byLength(domains)) {
        if (ancestorIn(d, zoneSet).isEmpty()) {
            zoneNames.append(d);
            zoneSet.insert(d);
        }
    }
    return sorted(zoneNames, primaryHostname);
}

QString DomainOrder::zoneOf(const QString& name, const QStringList& zones)
{
    for (const QString& z : zones) {
        if (isAtOrBelow(name, z))
            return z;
    }
    return {};
}
