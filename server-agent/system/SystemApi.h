#pragma once

class Router;
class SystemService;

// The /system/* routes of api.md §9.4–9.10 (version, latest upstream version, updates, reboot, privacy):
// read the request, call SystemService, answer in upstream's formats.
namespace SystemApi {
void registerRoutes(Router& router, SystemService& system);
}
