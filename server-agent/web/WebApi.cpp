#include "WebApi.h"

#include "WebService.h"
#include "http/Router.h"

void WebApi::registerRoutes(Router& router, WebService& web)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("GET", QStringLiteral("/web/domains"), admin, [&web](const HttpRequest&, const AuthContext&) {
        QJsonArray out;
        const WebService::Result r = web.domains(&out);
        return r.status == 200 ? HttpResponse::json(out) : HttpResponse::text(r.text, r.status);
    });
    router.addRoute("POST", QStringLiteral("/web/update"), admin, [&web](const HttpRequest&, const AuthContext&) {
        const WebService::Result r = web.update();
        return HttpResponse::text(r.text, r.status);
    });
}
