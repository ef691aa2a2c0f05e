#include "DnsService.h"

#include "box/BoxConfig.h"
#include "box/Database.h"

DnsService::DnsService(const BoxConfig& config, Database& db)
    : m_config(config)
    , m_db(db)
{
}

DnsService::~DnsService() = default;

QString DnsService::update(bool force)
{
    Q_UNUSED(force)
    return {};
}
