#pragma once

class Authenticator;
class Router;

// POST /login and POST /logout (api.md §3.6, §3.7).
namespace AuthApi {
void registerRoutes(Router& router, Authenticator& auth);
}
