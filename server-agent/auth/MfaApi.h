#pragma once

class BoxConfig;
class Clock;
class MfaStore;
class Router;

// POST /mfa/status, /mfa/totp/enable, /mfa/disable (api.md §8).
namespace MfaApi {
void registerRoutes(Router& router, MfaStore& mfa, const BoxConfig& config, const Clock& clock);
}
