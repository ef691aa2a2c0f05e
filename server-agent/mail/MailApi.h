#pragma once

class MailService;
class Router;

// The /mail/* routes (api.md §5): parse and validate parameters, call MailService, answer in
// upstream's format. Registered without the /admin prefix.
namespace MailApi {
void registerRoutes(Router& router, MailService& mail);
}
