#pragma once

class AuditStore;
class Router;

// Beyond upstream, administrators only (a token needs the `admin` scope):
//   GET /admin/boxkeeper/audit   who, what, result, since, until (YYYY-MM-DD or an ISO date and time; a date as
//                                `until` includes its whole day), before (an entry id), limit (1..1000, default 100)
//     -> {"entries": [{"id", "time" (ISO, UTC), "user", "token", "system_key", "client", "method", "route", "path",
//                      "params", "status", "result", "message"}, ...] newest first, "next": id or null}
//   A bad parameter: 400 with a one-line reason.
// registerRoutes() also has the router tell the log of every change (audit/AuditPolicy) made through any route.
namespace AuditApi {
void registerRoutes(Router& router, AuditStore& log);
} // namespace AuditApi
