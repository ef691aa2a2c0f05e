#include "DnsApi.h"

#include "DnsService.h"
#include "http/Router.h"

void DnsApi::registerRoutes(Router& router, DnsService& dns)
{
    Q_UNUSED(router)
    Q_UNUSED(dns)
}
