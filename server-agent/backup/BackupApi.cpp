#include "BackupApi.h"

#include "BackupService.h"
#include "http/Router.h"

namespace {

HttpResponse answer(const BackupService::Answer& a)
{
    if (!a.text.isEmpty())
        return HttpResponse::text(a.text, a.status);
    return HttpResponse::json(a.json, a.status);
}

} // namespace

void BackupApi::registerRoutes(Router& router, BackupService& backups)
{
    const auto admin = Router::Access::Admin;
    router.addRoute(
        "GET", QStringLiteral("/system/backup/status"), admin,
        [&backups](const HttpRequest&, const AuthContext&) { return HttpResponse::json(backups.status()); });
    router.addRoute(
        "GET", QStringLiteral("/system/backup/config"), admin,
        [&backups](const HttpRequest&, const AuthContext&) { return HttpResponse::json(backups.config()); });
    router.addRoute("POST", QStringLiteral("/system/backup/config"), admin,
                    [&backups](const HttpRequest& request, const AuthContext&) {
                        return answer(backups.setConfig(request.formValue(QStringLiteral("target")),
                                                        request.formValue(QStringLiteral("target_user")),
                                                        request.formValue(QStringLiteral("target_pass")),
                                                        request.formValue(QStringLiteral("min_age"))));
                    });
    // Beyond upstream: a backup now (202 at once, 409 while one runs) and its progress or last result.
    router.addRoute("POST", QStringLiteral("/boxkeeper/backup/run"), admin,
                    [&backups](const HttpRequest& request, const AuthContext&) {
                        const QString full = request.formValue(QStringLiteral("full"));
                        return answer(backups.startRun(!full.isEmpty() && full != QLatin1String("0") &&
                                                       full != QLatin1String("false")));
                    });
    // Beyond upstream: the files of a backup (the latest, or the one at ?time=).
    router.addRoute("GET", QStringLiteral("/boxkeeper/backup/files"), admin,
                    [&backups](const HttpRequest& request, const AuthContext&) {
                        return answer(backups.files(request.queryValue(QStringLiteral("time"))));
                    });
    router.addRoute(
        "GET", QStringLiteral("/boxkeeper/backup/run"), admin,
        [&backups](const HttpRequest&, const AuthContext&) { return HttpResponse::json(backups.runState()); });
}
