#include "StatusApi.h"

#include "StatusService.h"
#include "http/Router.h"

void StatusApi::registerRoutes(Router& router, StatusService& status)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("POST", QStringLiteral("/system/status"), admin, [&status](const HttpRequest&, const AuthContext&) {
        return HttpResponse::json(status.run().toJson());
    });
    router.addRoute(
        "GET", QStringLiteral("/boxkeeper/status/changes"), admin,
        [&status](const HttpRequest&, const AuthContext&) { return HttpResponse::json(status.lastChanges()); });
}
