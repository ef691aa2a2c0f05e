#include "MonitoringApi.h"

#include "MonitoringService.h"
#include "http/PyJson.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// A Unix time parameter: nothing when absent or empty, false in *ok when it is not a whole number.
std::optional<qint64> timeParameter(const HttpRequest& request, const QString& name, bool* ok)
{
    const QString text = request.queryValue(name).trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qint64 t = text.toLongLong(ok);
    if (!*ok)
        return std::nullopt;
    return t;
}

HttpResponse metrics(MonitoringService& monitoring, const HttpRequest& request)
{
    QStringList names;
    for (const QString& part : request.queryValue(QStringLiteral("series")).split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    bool ok = false;
    std::optional<qint64> times[2];
    const QString keys[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        times[i] = timeParameter(request, keys[i], &ok);
        if (!ok) {
            return HttpResponse::text(QStringLiteral("%1 must be a Unix time in whole seconds, not %2.")
                                          .arg(keys[i], request.queryValue(keys[i])),
                                      400);
        }
    }
    const MonitoringService::Series s = monitoring.series(names, times[0], times[1]);
    if (s.status != 200)
        return HttpResponse::text(s.error, s.status);

    QJsonObject series;
    for (int i = 0; i < s.names.size(); ++i) {
        QJsonArray points;
        for (const MetricsRing::Point& p : s.range.series.at(i))
            points.append(QJsonArray{double(p.time), p.value});
        series.insert(s.names.at(i), points);
    }
    QJsonObject o;
    o.insert(QStringLiteral("series"), series);
    o.insert(QStringLiteral("from"), double(s.from));
    o.insert(QStringLiteral("to"), double(s.to));
    o.insert(QStringLiteral("step"), double(s.range.step));
    HttpResponse r;
    r.contentType = "application/json";
    r.body = PyJson::compact(o) + '\n';
    return r;
}

} // namespace

void MonitoringApi::registerRoutes(Router& router, MonitoringService& monitoring)
{
    router.addRoute(
        "GET", QStringLiteral("/boxkeeper/metrics"), Router::Access::Admin,
        [&monitoring](const HttpRequest& request, const AuthContext&) { return metrics(monitoring, request); });
}
