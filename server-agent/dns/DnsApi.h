#pragma once

class DnsService;
class Router;

// The /dns/* routes.
namespace DnsApi {
void registerRoutes(Router& router, DnsService& dns);
}
