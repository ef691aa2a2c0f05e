#pragma once

#include <functional>

#include <QString>
#include <QStringList>

class BoxConfig;
class Database;

// Users, aliases, privileges, quotas, domains (api.md §5, domain.md §3-7): the domain rules,
// each write one transaction. Called by MailApi (HTTP) and by other services.
class MailService
{
public:
    MailService(const BoxConfig& config, Database& db);
    ~MailService();

    // The "kick" hook (api.md §5.0): called after the set of mail domains changed, with the new set;
    // returns the DNS and web update lines to append to the answer ("updated DNS: ...\n", "web updated\n").
    using DomainsChangedHook = std::function<QString(const QStringList& mailDomains)>;
    void setDomainsChangedHook(DomainsChangedHook hook);

private:
    const BoxConfig& m_config;
    Database& m_db;
    DomainsChangedHook m_domainsChanged;
};
