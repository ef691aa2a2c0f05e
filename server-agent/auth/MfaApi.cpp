#include "MfaApi.h"

#include "Clock.h"
#include "MfaStore.h"
#include "QrCodePng.h"
#include "Totp.h"
#include "box/BoxConfig.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// request.form.get('user', request.user_email): the field if present (even empty), else the caller.
// The system API key has no user (email "" here, which matches no account).
QString targetUser(const HttpRequest& request, const AuthContext& caller)
{
    return request.hasFormValue(QStringLiteral("user")) ? request.formValue(QStringLiteral("user")) : caller.email;
}

} // namespace

void MfaApi::registerRoutes(Router& router, MfaStore& mfa, const BoxConfig& config, const Clock& clock)
{
    router.addRoute(
        "POST", QStringLiteral("/mfa/status"), Router::Access::Admin,
        [&mfa, &config](const HttpRequest& request, const AuthContext& caller) {
            const QString email = targetUser(request, caller);
            const auto userId =
                caller.systemKey && !request.hasFormValue(QStringLiteral("user")) ? std::nullopt : mfa.userId(email);
            if (!userId) {
                return HttpResponse::text(QStringLiteral("User does not exist."), 400);
            }
            QJsonArray enabled;
            for (const MfaDevice& d : mfa.devices(*userId)) {
                enabled.append(QJsonObject{
                    {QStringLiteral("id"), double(d.id)},
                    {QStringLiteral("type"), d.type},
                    {QStringLiteral("label"), d.label.isNull() ? QJsonValue() : QJsonValue(d.label.toString())}});
            }
            QJsonObject answer{{QStringLiteral("enabled_mfa"), enabled}};
            if (!caller.systemKey && email == caller.email) {
                const QString secret = Totp::randomSecret();
                const QString issuer = config.primaryHostname() + QStringLiteral(" Mail-in-a-Box Control Panel");
                const QByteArray png = QrCodePng::encode(Totp::provisioningUri(secret, email, issuer));
                answer.insert(
                    QStringLiteral("new_mfa"),
                    QJsonObject{{QStringLiteral("totp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("totp")},
                                                                     {QStringLiteral("secret"), secret},
                                                                     {QStringLiteral("qr_code_base64"),
                                                                      QString::fromLatin1(png.toBase64())}}}});
            }
            return HttpResponse::json(answer);
        });

    router.addRoute("POST", QStringLiteral("/mfa/totp/enable"), Router::Access::Admin,
                    [&mfa, &clock](const HttpRequest& request, const AuthContext& caller) {
                        if (!request.hasFormValue(QStringLiteral("token"))) {
                            return HttpResponse::text(QStringLiteral("Bad Input"), 400);
                        }
                        const QString token = request.formValue(QStringLiteral("token"));
                        const QString secret = request.formValue(QStringLiteral("secret"));
                        if (secret.trimmed().isEmpty()) {
                            return HttpResponse::text(QStringLiteral("No secret provided."), 400);
                        }
                        if (secret.size() != 32) {
                            return HttpResponse::text(QStringLiteral("Secret should be a 32 characters base32 string"),
                                                      400);
                        }
                        QString decodeError;
                        const auto key = Totp::base32Decode(secret, &decodeError);
                        if (!key) {
                            return HttpResponse::text(decodeError, 400);
                        }
                        if (!Totp::verify(*key, token, clock.nowSecs())) {
                            return HttpResponse::text(QStringLiteral("Invalid token."), 400);
                        }
                        if (caller.systemKey) {
                            return HttpResponse::text(QStringLiteral("User does not exist."), 400);
                        }
                        const QVariant label = request.hasFormValue(QStringLiteral("label"))
                                                   ? QVariant(request.formValue(QStringLiteral("label")))
                                                   : QVariant();
                        QString error;
                        if (!mfa.addTotp(caller.email, secret, label, &error, token)) {
                            if (error == QLatin1String("User does not exist.")) {
                                return HttpResponse::text(error, 400);
                            }
                            return HttpResponse::internalError();
                        }
                        return HttpResponse::text(QStringLiteral("OK"));
                    });

    router.addRoute("POST", QStringLiteral("/mfa/disable"), Router::Access::Admin,
                    [&mfa](const HttpRequest& request, const AuthContext& caller) {
                        if (caller.systemKey && !request.hasFormValue(QStringLiteral("user"))) {
                            return HttpResponse::text(QStringLiteral("User does not exist."), 400);
                        }
                        const QString email = targetUser(request, caller);
                        QString error;
                        const auto deleted = mfa.remove(email, request.formValue(QStringLiteral("mfa-id")), &error);
                        if (!deleted) {
                            if (error == QLatin1String("User does not exist.")) {
                                return HttpResponse::text(error, 400);
                            }
                            return HttpResponse::internalError();
                        }
                        if (*deleted == 0) {
                            return HttpResponse::text(QStringLiteral("Invalid user or MFA id."), 400);
                        }
                        return HttpResponse::text(QStringLiteral("OK"));
                    });
}
