#pragma once

#include <QString>
#include <QStringList>

// Upstream's canonical orders (domain.md §7): sort_domains and sort_email_addresses. Strings compare
// by Unicode code point, as Python compares them.
class MailSort
{
public:
    static QStringList sortDomains(const QStringList& domains, const QString& primaryHostname);
    static QStringList sortEmailAddresses(const QStringList& addresses, const QString& primaryHostname);
    // a < b by code point (UTF-16 order fixed up for characters beyond the BMP).
    static bool codePointLess(const QString& a, const QString& b);
};
