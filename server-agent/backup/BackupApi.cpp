#include "BackupApi.h"

#include "BackupRestore.h"
#include "BackupService.h"
#include "http/Router.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace {

HttpResponse answer(const BackupService::Answer& a)
{
    if (!a.text.isEmpty())
        return HttpResponse::text(a.text, a.status);
    return HttpResponse::json(a.json, a.status);
}

// A form flag: set unless empty, "0" or "false".
bool flag(const HttpRequest& request, const QString& name)
{
    const QString value = request.formValue(name);
    return !value.isEmpty() && value != QLatin1String("0") && value != QLatin1String("false");
}

} // namespace

void BackupApi::registerRoutes(Router& router, BackupService& backups, PasswordCheck checkPassword)
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
    // Beyond upstream: a backup now (202 at once, 409 while a backup job runs) and its progress or last result.
    router.addRoute("POST", QStringLiteral("/boxkeeper/backup/run"), admin,
                    [&backups](const HttpRequest& request, const AuthContext&) {
                        return answer(backups.startRun(flag(request, QStringLiteral("full"))));
                    });
    router.addRoute(
        "GET", QStringLiteral("/boxkeeper/backup/run"), admin,
        [&backups](const HttpRequest&, const AuthContext&) { return HttpResponse::json(backups.runState()); });
    // Beyond upstream: the files of a backup (the latest, or the one at ?time=).
    router.addRoute("GET", QStringLiteral("/boxkeeper/backup/files"), admin,
                    [&backups](const HttpRequest& request, const AuthContext&) {
                        return answer(backups.files(request.queryValue(QStringLiteral("time"))));
                    });
    // Beyond upstream: the latest backup compared with the live data.
    router.addRoute(
        "POST", QStringLiteral("/boxkeeper/backup/verify"), admin,
        [&backups](const HttpRequest&, const AuthContext&) { return answer(BackupRestore::startVerify(backups)); });
    router.addRoute("GET", QStringLiteral("/boxkeeper/backup/verify"), admin,
                    [&backups](const HttpRequest&, const AuthContext&) {
                        return HttpResponse::json(BackupRestore::verifyState(backups));
                    });
    // Beyond upstream: a file or folder, a mailbox or everything restored into a new directory, or over the live
    // data with into_storage_root=1.
    router.addRoute("POST", QStringLiteral("/boxkeeper/backup/restore"), admin,
                    [&backups](const HttpRequest& request, const AuthContext& caller) {
                        BackupRestore::Request r;
                        r.path = request.formValue(QStringLiteral("path"));
                        r.mailbox = request.formValue(QStringLiteral("mailbox"));
                        r.time = request.formValue(QStringLiteral("time"));
                        r.into = request.formValue(QStringLiteral("into"));
                        r.intoStorageRoot = flag(request, QStringLiteral("into_storage_root"));
                        r.requestedBy = caller.systemKey ? QStringLiteral("the system API key") : caller.email;
                        return answer(BackupRestore::startRestore(backups, r));
                    });
    router.addRoute("GET", QStringLiteral("/boxkeeper/backup/restore"), admin,
                    [&backups](const HttpRequest&, const AuthContext&) {
                        return HttpResponse::json(BackupRestore::restoreState(backups));
                    });
    // Beyond upstream: the backup secret key (secret_key.txt) to an administrator who re-enters their password.
    router.addRoute(
        "POST", QStringLiteral("/boxkeeper/backup/secret-key"), admin,
        [&backups, checkPassword](const HttpRequest& request, const AuthContext& caller) {
            if (caller.email.isEmpty())
                return HttpResponse::text(QStringLiteral("The backup key is given to an administrator who re-enters "
                                                         "their password, not to the system API key."),
                                          403);
            const QString password = request.formValue(QStringLiteral("password"));
            if (password.isEmpty())
                return HttpResponse::text(QStringLiteral("Re-enter your password to export the backup key."), 400);
            if (!checkPassword(request, caller.email, password))
                return HttpResponse::text(QStringLiteral("Incorrect password."), 403);
            const BackupService::Answer key = BackupRestore::secretKey(backups);
            if (key.status != 200)
                return answer(key);
            qCInfo(lcBackup).noquote() << "the backup secret key was exported by" << caller.email;
            HttpResponse r = HttpResponse::plain(key.text);
            r.setHeader("Cache-Control", "no-store");
            return r;
        });
}
