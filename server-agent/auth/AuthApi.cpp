#include "AuthApi.h"

#include "Authenticator.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

void AuthApi::registerRoutes(Router& router, Authenticator& auth)
{
    router.addRoute("POST", QStringLiteral("/login"), Router::Access::Anonymous,
                    [&auth](const HttpRequest& request, const AuthContext&) {
                        if (auth.isThrottled(request)) {
                            return Authenticator::tooManyFailures();
                        }
                        const Authenticator::Outcome outcome = auth.authenticate(request, Authenticator::Mode::Login);
                        if (!outcome.ok) {
                            if (outcome.reason.contains(QLatin1String("missing-totp-token"))) {
                                return HttpResponse::json(
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("missing-totp-token")},
                                                {QStringLiteral("reason"), outcome.reason}});
                            }
                            auth.recordFailure(request, outcome.user);
                            return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("invalid")},
                                                                  {QStringLiteral("reason"), outcome.reason}});
                        }
                        const QString& email = outcome.caller.email;
                        qCInfo(lcAuth).noquote() << "New login session created for" << email;
                        return HttpResponse::json(QJsonObject{
                            {QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("privileges"), QJsonArray::fromStringList(outcome.caller.privileges)},
                            {QStringLiteral("api_key"), auth.createSession(email)}});
                    });
    router.addRoute("POST", QStringLiteral("/logout"), Router::Access::Anonymous,
                    [&auth](const HttpRequest& request, const AuthContext&) {
                        const Authenticator::Outcome outcome = auth.authenticate(request, Authenticator::Mode::Logout);
                        if (outcome.ok) {
                            qCInfo(lcAuth).noquote() << outcome.caller.email << "logged out";
                        }
                        return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                    });
}
