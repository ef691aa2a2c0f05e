#include "MailApi.h"

#include "MailService.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

HttpResponse toResponse(const MailResult& r)
{
    if (r.status >= 500) {
        return HttpResponse::internalError();
    }
    return HttpResponse::text(r.text, r.status);
}

HttpResponse jsonBody(const QByteArray& body)
{
    HttpResponse r;
    r.contentType = "application/json";
    r.body = body;
    return r;
}

HttpResponse textBody(const QByteArray& body)
{
    HttpResponse r;
    r.body = body;
    return r;
}

std::optional<QString> optionalForm(const HttpRequest& request, const QString& name)
{
    if (!request.hasFormValue(name)) {
        return std::nullopt;
    }
    return request.formValue(name);
}

} // namespace

void MailApi::registerRoutes(Router& router, MailService& mail)
{
    using A = Router::Access;
    const auto form = [](const HttpRequest& r, const char* name) {
        return r.formValue(QLatin1String(name), QString());
    };

    router.addRoute("GET", QStringLiteral("/mail/users"), A::Admin, [&mail](const HttpRequest& r, const AuthContext&) {
        const bool json = r.queryValue(QStringLiteral("format")) == QLatin1String("json");
        return json ? jsonBody(mail.usersJson()) : textBody(mail.usersText());
    });
    router.addRoute("POST", QStringLiteral("/mail/users/add"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.addUser(form(r, "email"), form(r, "password"), form(r, "privileges"),
                                                       optionalForm(r, QStringLiteral("quota"))));
                    });
    router.addRoute("POST", QStringLiteral("/mail/users/remove"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.removeUser(form(r, "email")));
                    });
    router.addRoute("POST", QStringLiteral("/mail/users/password"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.setPassword(form(r, "email"), form(r, "password")));
                    });
    router.addRoute(
        "GET", QStringLiteral("/mail/users/quota"), A::Admin, [&mail](const HttpRequest& r, const AuthContext&) {
            const QString email = r.queryValue(QStringLiteral("email"));
            const bool text = !r.queryValue(QStringLiteral("text")).isEmpty();
            const auto quota = mail.quota(email);
            if (text) {
                return quota ? HttpResponse::text(*quota) : HttpResponse::text(MailService::notAUser(email), 400);
            }
            QJsonObject o;
            o.insert(QStringLiteral("email"), email);
            if (quota) {
                o.insert(QStringLiteral("quota"), *quota);
            } else {
                // Upstream embeds its error tuple in a 200 answer.
                o.insert(QStringLiteral("quota"), QJsonArray{MailService::notAUser(email), 400});
            }
            return HttpResponse::json(o);
        });
    router.addRoute("POST", QStringLiteral("/mail/users/quota"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.setQuota(form(r, "email"), optionalForm(r, QStringLiteral("quota"))));
                    });
    router.addRoute("GET", QStringLiteral("/mail/users/privileges"), A::Admin,
                    [&mail](const HttpRequest& r, const AuthContext&) {
                        const QString email = r.queryValue(QStringLiteral("email"));
                        const auto privileges = mail.privileges(email);
                        if (!privileges) {
                            return HttpResponse::text(MailService::notAUser(email), 400);
                        }
                        return HttpResponse::text(privileges->join(QLatin1Char('\n')));
                    });
    router.addRoute("POST", QStringLiteral("/mail/users/privileges/add"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.addPrivilege(form(r, "email"), form(r, "privilege")));
                    });
    router.addRoute("POST", QStringLiteral("/mail/users/privileges/remove"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.removePrivilege(form(r, "email"), form(r, "privilege")));
                    });
    router.addRoute("GET", QStringLiteral("/mail/aliases"), A::Admin,
                    [&mail](const HttpRequest& r, const AuthContext&) {
                        const bool json = r.queryValue(QStringLiteral("format")) == QLatin1String("json");
                        return json ? jsonBody(mail.aliasesJson()) : textBody(mail.aliasesText());
                    });
    router.addRoute(
        "POST", QStringLiteral("/mail/aliases/add"), A::Admin, [&mail, form](const HttpRequest& r, const AuthContext&) {
            return toResponse(mail.addAlias(form(r, "address"), form(r, "forwards_to"), form(r, "permitted_senders"),
                                            form(r, "update_if_exists") == QLatin1String("1")));
        });
    router.addRoute("POST", QStringLiteral("/mail/aliases/remove"), A::Admin,
                    [&mail, form](const HttpRequest& r, const AuthContext&) {
                        return toResponse(mail.removeAlias(form(r, "address")));
                    });
    router.addRoute("GET", QStringLiteral("/mail/domains"), A::Admin,
                    [&mail](const HttpRequest&, const AuthContext&) { return textBody(mail.domainsText()); });
}
