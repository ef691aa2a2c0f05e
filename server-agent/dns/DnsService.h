#pragma once

#include <QString>
#include <QStringList>

class BoxConfig;
class Database;

// The box's DNS manager (api.md §6, domain.md §8): zones, DNSSEC, custom records, secondary
// nameservers, nsd configuration.
class DnsService
{
public:
    DnsService(const BoxConfig& config, Database& db);
    ~DnsService();

    // Regenerates what changed (all zones with force) and reloads nsd; returns upstream's result text
    // ("updated DNS: example.com,example.net\n", or empty when nothing changed).
    QString update(bool force = false);

private:
    const BoxConfig& m_config;
    Database& m_db;
};
