#include "AuditApi.h"

#include "AuditPolicy.h"
#include "AuditStore.h"
#include "http/ApiTime.h"
#include "http/Router.h"

#include <QJsonArray>

#include <optional>

namespace {

constexpr int MaxLimit = 1000;

QJsonObject toJson(const AuditRecord& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("time"), ApiTime::iso(e.time)},
        {QStringLiteral("user"), e.user},
        {QStringLiteral("token"), e.token},
        {QStringLiteral("system_key"), e.systemKey},
        {QStringLiteral("client"), e.client},
        {QStringLiteral("method"), e.method},
        {QStringLiteral("route"), e.route},
        {QStringLiteral("path"), e.path},
        {QStringLiteral("params"), e.params},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("result"), e.result},
        {QStringLiteral("message"), e.message},
    };
}

HttpResponse badRequest(const QString& reason)
{
    return HttpResponse::text(reason, 400);
}

} // namespace

void AuditApi::registerRoutes(Router& router, AuditStore& log)
{
    router.setObserver([&log](const HttpRequest& request, const QString& route, const AuthContext* caller,
                              const HttpResponse& response) {
        if (auto entry = AuditPolicy::entry(request, route, caller, response))
            log.record(std::move(*entry));
    });
    router.addRoute(
        "GET", QStringLiteral("/boxkeeper/audit"), Router::Access::Admin,
        [&log](const HttpRequest& request, const AuthContext&) {
            AuditStoreQuery q;
            q.who = request.queryValue(QStringLiteral("who")).trimmed();
            q.what = request.queryValue(QStringLiteral("what")).trimmed();
            q.result = request.queryValue(QStringLiteral("result")).trimmed();
            static const QStringList results{QStringLiteral("ok"), QStringLiteral("refused"), QStringLiteral("invalid"),
                                             QStringLiteral("failed")};
            if (!q.result.isEmpty() && !results.contains(q.result))
                return badRequest(QStringLiteral("Invalid result: %1 (ok, refused, invalid or failed).").arg(q.result));
            for (const auto& [name, target, endOfDay] :
                 {std::tuple{"since", &q.since, false}, std::tuple{"until", &q.until, true}}) {
                const QString text = request.queryValue(QLatin1String(name)).trimmed();
                if (text.isEmpty())
                    continue;
                bool bareDate = false;
                *target = ApiTime::parse(text, &bareDate);
                if (*target && bareDate && endOfDay)
                    **target += 24 * 3600 - 1; // a date as `until`: the whole day
                if (!*target)
                    return badRequest(QStringLiteral("Invalid date: %1.").arg(QLatin1String(name)));
            }
            bool ok = true;
            const QString before = request.queryValue(QStringLiteral("before"));
            if (!before.isEmpty()) {
                q.before = before.toLongLong(&ok);
                if (!ok)
                    return badRequest(QStringLiteral("Invalid entry id: before."));
            }
            const QString limit = request.queryValue(QStringLiteral("limit"));
            if (!limit.isEmpty()) {
                q.limit = limit.toInt(&ok);
                if (!ok || q.limit < 1 || q.limit > MaxLimit)
                    return badRequest(QStringLiteral("Invalid limit: give a number from 1 to %1.").arg(MaxLimit));
            }
            const AuditStorePage page = log.query(q);
            QJsonArray entries;
            for (const AuditRecord& e : page.entries)
                entries.append(toJson(e));
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("entries"), entries},
                            {QStringLiteral("next"), page.next ? QJsonValue(*page.next) : QJsonValue()}});
        });
}
