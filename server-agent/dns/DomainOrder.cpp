#include "DomainOrder.h"

#include <QHash>

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

} // namespace

bool DomainOrder::isAtOrBelow(const QString& name, const QString& parent)
{
    return name == parent ||
           (name.size() > parent.size() && name.endsWith(parent) && name.at(name.size() - parent.size() - 1) == '.');
}

QStringList DomainOrder::sorted(const QStringList& domains, const QString& primaryHostname)
{
    // Groups: the highest ancestor present in the list.
    QStringList groupNames;
    QHash<QString, QString> groupOf;
    for (const QString& d : byLength(domains)) {
        QString group = d;
        for (const QString& g : groupNames) {
            if (d.endsWith(QLatin1Char('.') + g)) {
                group = g;
                break;
            }
        }
        if (group == d)
            groupNames.append(d);
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
    QStringList list = domains;
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), [&](const QString& a, const QString& b) {
        const QString ga = groupOf.value(a), gb = groupOf.value(b);
        if (ga != gb) {
            const int ra = groupRank(ga), rb = groupRank(gb);
            return ra != rb ? ra < rb : ga < gb;
        }
        const int wa = withinRank(a), wb = withinRank(b);
        if (wa != wb)
            return wa < wb;
        return labelsLess(reversedLabels(a), reversedLabels(b));
    });
    return list;
}

QStringList DomainOrder::zones(const QStringList& domains, const QString& primaryHostname)
{
    QStringList zoneNames;
    for (const QString& d : byLength(domains)) {
        bool hasParent = false;
        for (const QString& z : zoneNames) {
            if (d.endsWith(QLatin1Char('.') + z)) {
                hasParent = true;
                break;
            }
        }
        if (!hasParent)
            zoneNames.append(d);
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
