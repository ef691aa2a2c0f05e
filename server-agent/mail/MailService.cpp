#include "MailService.h"

#include "box/BoxConfig.h"
#include "box/Database.h"

MailService::MailService(const BoxConfig& config, Database& db)
    : m_config(config)
    , m_db(db)
{
}

MailService::~MailService() = default;

void MailService::setDomainsChangedHook(DomainsChangedHook hook)
{
    m_domainsChanged = std::move(hook);
}
