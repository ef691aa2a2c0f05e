#pragma once

class Router;
class WebService;

// The /web/* routes (api.md §9.1-9.2); the logic is in WebService.
namespace WebApi {
void registerRoutes(Router& router, WebService& web);
}
