#pragma once

class BoxConfig;
class Router;

// GET /admin/boxkeeper/capabilities (administrators): what this agent is and serves beyond upstream's API,
// for clients that want to know whether they talk to boxkeeper-agent:
// {"features": ["metrics"], "primary_hostname": "...", "product": "boxkeeper-agent", "upstream_version": "v75",
//  "version": "..."}. "features" names the extensions a client may use: "metrics" (GET /admin/boxkeeper/metrics,
// monitoring/MonitoringApi.h), "audit" (GET /admin/boxkeeper/audit, audit/AuditApi.h), "tokens"
// (/admin/boxkeeper/tokens, auth/TokenApi.h).
namespace CapabilitiesApi {
// The Mail-in-a-Box release whose management API the agent answers like.
inline constexpr const char* UpstreamVersion = "v75";
void registerRoutes(Router& router, const BoxConfig& config);
} // namespace CapabilitiesApi
