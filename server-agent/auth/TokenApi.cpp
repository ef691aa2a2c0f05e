#include "TokenApi.h"

#include "Clock.h"
#include "TokenScopes.h"
#include "TokenStore.h"
#include "http/ApiTime.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace {

QJsonValue isoTime(std::optional<qint64> secs)
{
    return secs ? QJsonValue(ApiTime::iso(*secs)) : QJsonValue();
}

// The expiry field: empty (never), a number of days from now, a date (the token works through that day, UTC) or an
// ISO date and time (UTC unless it says otherwise).
std::optional<std::optional<qint64>> parseExpiry(const QString& text, qint64 now)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<qint64>();
    static const QRegularExpression days(QStringLiteral("^[0-9]{1,5}$"));
    if (days.match(t).hasMatch())
        return std::optional<qint64>(now + t.toLongLong() * 24 * 3600);
    bool bareDate = false;
    const std::optional<qint64> time = ApiTime::parse(t, &bareDate);
    if (!time)
        return std::nullopt;
    return std::optional<qint64>(bareDate ? *time + 24 * 3600 : *time);
}

// Only a token with the admin scope manages tokens (the scope table says so too; this holds whatever the table).
bool mayManage(const AuthContext& caller)
{
    return caller.token.isEmpty() || caller.tokenScopes.contains(QStringLiteral("admin"));
}

HttpResponse notAllowed()
{
    return HttpResponse::plain(QStringLiteral("Only an administrator or a token with the admin scope manages tokens."),
                               403);
}

QString who(const AuthContext& caller)
{
    if (!caller.token.isEmpty())
        return QStringLiteral("token %1").arg(caller.token);
    return caller.systemKey ? QStringLiteral("the system API key") : caller.email;
}

} // namespace

void TokenApi::registerRoutes(Router& router, TokenStore& tokens, const Clock& clock)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("GET", QStringLiteral("/boxkeeper/tokens"), admin,
                    [&tokens](const HttpRequest&, const AuthContext& caller) {
                        if (!mayManage(caller))
                            return notAllowed();
                        QJsonArray list;
                        for (const ApiToken& t : tokens.list()) {
                            list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                                    {QStringLiteral("scopes"), t.scopes.join(QLatin1Char(' '))},
                                                    {QStringLiteral("created"), isoTime(t.created)},
                                                    {QStringLiteral("last_used"), isoTime(t.lastUsed)},
                                                    {QStringLiteral("expires"), isoTime(t.expires)}});
                        }
                        return HttpResponse::json(list);
                    });
    router.addRoute(
        "POST", QStringLiteral("/boxkeeper/tokens"), admin,
        [&tokens, &clock](const HttpRequest& request, const AuthContext& caller) {
            if (!mayManage(caller))
                return notAllowed();
            QString error;
            const QStringList scopes = TokenScopes::parse(request.formValue(QStringLiteral("scopes")), &error);
            if (scopes.isEmpty())
                return HttpResponse::text(error, 400);
            const auto expires = parseExpiry(request.formValue(QStringLiteral("expires")), clock.nowSecs());
            if (!expires)
                return HttpResponse::text(
                    QStringLiteral("That's not a valid expiry (%1): give a date (YYYY-MM-DD) or a number "
                                   "of days.")
                        .arg(request.formValue(QStringLiteral("expires"))),
                    400);
            const QString name = request.formValue(QStringLiteral("name"));
            const auto secret = tokens.create(name, scopes, *expires, caller.email, &error);
            if (!secret)
                return HttpResponse::text(error, 400);
            qCInfo(lcAuth).noquote() << "API token" << name << "(" + scopes.join(QLatin1Char(' ')) + ")"
                                     << "created by" << who(caller);
            return HttpResponse::json(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("secret"), *secret}});
        });
    router.addRoute("POST", QStringLiteral("/boxkeeper/tokens/revoke"), admin,
                    [&tokens](const HttpRequest& request, const AuthContext& caller) {
                        if (!mayManage(caller))
                            return notAllowed();
                        const QString name = request.formValue(QStringLiteral("name"));
                        QString error;
                        if (!tokens.revoke(name, &error))
                            return HttpResponse::text(error, 400);
                        qCInfo(lcAuth).noquote() << "API token" << name << "revoked by" << who(caller);
                        return HttpResponse::text(QStringLiteral("OK"));
                    });
}
