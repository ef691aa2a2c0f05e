#include "TlsApi.h"

#include "TlsService.h"
#include "http/Router.h"

#include <optional>

namespace {

std::optional<QString> optionalForm(const HttpRequest& request, const QString& name)
{
    return request.hasFormValue(name) ? std::optional<QString>(request.formValue(name)) : std::nullopt;
}

} // namespace

void TlsApi::registerRoutes(Router& router, TlsService& tls)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("GET", QStringLiteral("/ssl/status"), admin, [&tls](const HttpRequest&, const AuthContext&) {
        QJsonObject out;
        const TlsService::Result r = tls.status(&out);
        return r.status == 200 ? HttpResponse::json(out) : HttpResponse::text(r.text, r.status);
    });

    router.addRoute("POST", QStringLiteral("/ssl/csr/<domain>"), admin,
                    [&tls](const HttpRequest& request, const AuthContext&) {
                        const TlsService::Result r = tls.csr(request.pathParams.value(QStringLiteral("domain")),
                                                             request.formValue(QStringLiteral("countrycode")));
                        return HttpResponse::text(r.text, r.status);
                    });

    // Runs certbot for every domain that needs a certificate (minutes with many zones): waits on the module's own
    // job thread, so other requests go on.
    router.addRoute("POST", QStringLiteral("/ssl/provision"), admin, [&tls](const HttpRequest&, const AuthContext&) {
        QJsonArray requests;
        const TlsService::Result r = tls.provision(&requests);
        return r.status == 200 ? HttpResponse::json(QJsonObject{{QStringLiteral("requests"), requests}})
                               : HttpResponse::text(r.text, r.status);
    });

    router.addRoute("POST", QStringLiteral("/ssl/install"), admin,
                    [&tls](const HttpRequest& request, const AuthContext&) {
                        const TlsService::Result r = tls.install(request.formValue(QStringLiteral("domain")),
                                                                 optionalForm(request, QStringLiteral("cert")),
                                                                 optionalForm(request, QStringLiteral("chain")));
                        return HttpResponse::text(r.text, r.status);
                    });
}
