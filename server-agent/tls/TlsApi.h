#pragma once

class Router;
class TlsService;

// The /ssl/* routes of api.md §7.1-7.3: parse the request, call TlsService, answer in upstream's formats.
namespace TlsApi {
void registerRoutes(Router& router, TlsService& tls);
}
