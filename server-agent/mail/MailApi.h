#pragma once

class MailService;
class Router;

// The /mail/* routes: parse and validate parameters, call MailService, answer in upstream's format.
namespace MailApi {
void registerRoutes(Router& router, MailService& mail);
}
