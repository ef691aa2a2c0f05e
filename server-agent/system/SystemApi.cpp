#include "SystemApi.h"

#include "SystemService.h"
#include "http/Router.h"

namespace {

HttpResponse answer(const SystemService::Result& r)
{
    return HttpResponse::text(r.text, r.status);
}

} // namespace

void SystemApi::registerRoutes(Router& router, SystemService& system)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("GET", QStringLiteral("/system/version"), admin, [](const HttpRequest&, const AuthContext&) {
        return HttpResponse::text(SystemService::version());
    });
    router.addRoute(
        "POST", QStringLiteral("/system/latest-upstream-version"), admin,
        [&system](const HttpRequest&, const AuthContext&) { return answer(system.latestUpstreamVersion()); });
    router.addRoute("GET", QStringLiteral("/system/updates"), admin,
                    [&system](const HttpRequest&, const AuthContext&) { return answer(system.pendingUpdates()); });
    router.addRoute("POST", QStringLiteral("/system/update-packages"), admin,
                    [&system](const HttpRequest&, const AuthContext&) { return answer(system.updatePackages()); });
    router.addRoute("GET", QStringLiteral("/system/reboot"), admin, [&system](const HttpRequest&, const AuthContext&) {
        return HttpResponse::json(system.rebootRequired());
    });
    router.addRoute("POST", QStringLiteral("/system/reboot"), admin,
                    [&system](const HttpRequest&, const AuthContext&) { return answer(system.reboot()); });
    router.addRoute("GET", QStringLiteral("/system/privacy"), admin,
                    [&system](const HttpRequest&, const AuthContext&) { return HttpResponse::json(system.privacy()); });
    // Exactly "private" turns it on; anything else, an absent value too, turns it off (api.md §9.10).
    router.addRoute(
        "POST", QStringLiteral("/system/privacy"), admin, [&system](const HttpRequest& request, const AuthContext&) {
            return answer(system.setPrivacy(request.formValue(QStringLiteral("value")) == QLatin1String("private")));
        });
}
