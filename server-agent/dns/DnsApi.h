#pragma once

class DnsService;
class Router;

// The /dns/* routes (api.md §6): parse and validate the request, call DnsService, answer in upstream's
// formats.
namespace DnsApi {
void registerRoutes(Router& router, DnsService& dns);
}
