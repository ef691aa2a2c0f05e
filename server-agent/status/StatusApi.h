#pragma once

class Router;
class StatusService;

// POST /system/status (api.md §9.3) and, beyond upstream, GET /boxkeeper/status/changes: the last nightly change
// report (server-agent/status/README.md).
namespace StatusApi {
void registerRoutes(Router& router, StatusService& status);
}
