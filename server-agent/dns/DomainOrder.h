#pragma once

#include <QStringList>

// Canonical domain ordering (domain.md §7.1, upstream's sort_domains) and zone selection (§6).
class DomainOrder
{
public:
    // Sorts the names: the group containing the primary hostname first, other groups by name; inside a
    // group the primary hostname, then its subdomains, then the rest by labels read right to left.
    static QStringList sorted(const QStringList& domains, const QString& primaryHostname);

    // The names that are not a subdomain of another name in the list, in canonical order.
    static QStringList zones(const QStringList& domains, const QString& primaryHostname);

    // The zone (first in `zones`, canonical order) equal to or a parent of `name`; empty if none.
    static QString zoneOf(const QString& name, const QStringList& zones);

    // True if `name` equals `parent` or ends with "." + parent.
    static bool isAtOrBelow(const QString& name, const QString& parent);
};
