#pragma once

#include <QString>
#include <QStringList>

// Upstream's canonical orders (domain.md §6, §7): sort_domains, sort_email_addresses and the zone set.
// Every list the agent returns uses them. Strings compare by Unicode code point, as Python compares them.
class DomainOrder
{
public:
    // Groups (the highest ancestor present in the list): the one that is or contains the primary hostname
    // first, then by name; within a group the primary hostname, then its subdomains, then the rest, ties
    // broken by the labels read right to left.
    static QStringList sorted(const QStringList& domains, const QString& primaryHostname);
    // Grouped by domain (in `sorted` order), by code point within a domain; addresses without "@" last.
    static QStringList sortEmailAddresses(const QStringList& addresses, const QString& primaryHostname);

    // The names that are not a subdomain of another name in the list, in canonical order.
    static QStringList zones(const QStringList& domains, const QString& primaryHostname);
    // The zone (first in `zones`) equal to or a parent of `name`; empty if none.
    static QString zoneOf(const QString& name, const QStringList& zones);
    // True if `name` equals `parent` or ends with "." + parent.
    static bool isAtOrBelow(const QString& name, const QString& parent);

    // a < b by code point (UTF-16 order fixed up for characters beyond the BMP).
    static bool codePointLess(const QString& a, const QString& b);
};
