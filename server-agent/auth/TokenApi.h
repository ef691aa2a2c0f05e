#pragma once

class Clock;
class Router;
class TokenStore;

// Beyond upstream, administrators only (a token needs the `admin` scope, see TokenScopes):
//   GET  /admin/boxkeeper/tokens         [{"created": ISO, "expires": ISO|null, "last_used": ISO|null, "name": ...,
//                                          "scopes": "dns:example.com ..."}, ...]
//   POST /admin/boxkeeper/tokens         name, scopes (space-separated), expires (optional: YYYY-MM-DD, an ISO date
//                                        and time, or a number of days) -> {"name": ..., "secret": ...}, the only
//                                        time the secret is shown
//   POST /admin/boxkeeper/tokens/revoke  name -> "OK"
// Refusals are 400 with a one-line reason, as upstream's form errors.
namespace TokenApi {
void registerRoutes(Router& router, TokenStore& tokens, const Clock& clock);
} // namespace TokenApi
