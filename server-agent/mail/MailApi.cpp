#include "MailApi.h"

#include "MailService.h"
#include "http/Router.h"

void MailApi::registerRoutes(Router& router, MailService& mail)
{
    Q_UNUSED(router)
    Q_UNUSED(mail)
}
