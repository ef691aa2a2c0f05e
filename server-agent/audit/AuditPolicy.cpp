#include "AuditPolicy.h"

#include "auth/AuthContext.h"
#include "http/ClientAddress.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QJsonValue>
#include <QSet>

namespace {

constexpr int MaxValueLength = 200;
const QString Hidden = QStringLiteral("***");

QString cut(const QString& value)
{
    return value.size() <= MaxValueLength ? value : value.left(MaxValueLength) + QStringLiteral("…");
}

} // namespace

bool AuditPolicy::isChange(const QByteArray& method, const QString& route)
{
    if (method != "POST" && method != "PUT" && method != "DELETE")
        return false;
    // POSTs that only read, or that open and close sessions (not changes of the box).
    static const QSet<QString> readOnly{
        QStringLiteral("/login"),
        QStringLiteral("/logout"),
        QStringLiteral("/mfa/status"),
        QStringLiteral("/system/status"),
        QStringLiteral("/system/latest-upstream-version"),
        QStringLiteral("/boxkeeper/dns/preview"),
        QStringLiteral("/boxkeeper/backup/verify"),
    };
    return !readOnly.contains(route);
}

bool AuditPolicy::isSecret(const QString& name)
{
    const QString n = name.toLower();
    // password (users, backup restore), target_pass (backup target), secret and token (a TOTP secret and code),
    // key (a private key), code, passphrase.
    for (const char* word : {"pass", "secret", "key", "token", "code", "otp"}) {
        if (n.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QJsonObject AuditPolicy::params(const HttpRequest& request)
{
    QJsonObject out;
    const auto add = [&out](const QString& name, const QString& value) {
        out.insert(name, isSecret(name) ? Hidden : cut(value));
    };
    for (auto it = request.pathParams.cbegin(); it != request.pathParams.cend(); ++it)
        add(it.key(), it.value());
    for (const auto& item : request.query.queryItems(QUrl::FullyDecoded))
        add(item.first, item.second);
    // A custom DNS record's value is the body itself (curl -d VALUE), not a form.
    if (request.path.startsWith(QLatin1String("/dns/custom/"))) {
        if (!request.body.isEmpty())
            add(QStringLiteral("value"), QString::fromUtf8(request.body).trimmed());
        return out;
    }
    for (const QString& name : request.formNames())
        add(name, request.formValue(name));
    return out;
}

QString AuditPolicy::result(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("ok");
    if (status == 401 || status == 403 || status == 429)
        return QStringLiteral("refused");
    if (status >= 400 && status < 500)
        return QStringLiteral("invalid");
    return QStringLiteral("failed");
}

QString AuditPolicy::message(int status, const QByteArray& body)
{
    if (status >= 200 && status < 300)
        return QString();
    const QString text = QString::fromUtf8(body).trimmed();
    return cut(text.section(QLatin1Char('\n'), 0, 0).trimmed());
}

QString AuditPolicy::claimedUser(const HttpRequest& request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.toLower().startsWith("bearer "))
        return QStringLiteral("token");
    if (!authorization.toLower().startsWith("basic "))
        return QString();
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    return cut(QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon)));
}

std::optional<AuditRecord> AuditPolicy::entry(const HttpRequest& request, const QString& route,
                                              const AuthContext* caller, const HttpResponse& response)
{
    if (!isChange(request.method, route))
        return std::nullopt;
    AuditRecord e;
    if (caller) {
        e.user = caller->email;
        e.token = caller->token;
        e.systemKey = caller->systemKey;
    } else {
        e.user = claimedUser(request);
    }
    e.client = ClientAddress::text(request);
    e.method = QString::fromLatin1(request.method);
    e.route = route;
    e.path = request.path;
    e.params = params(request);
    e.status = response.status;
    e.result = result(response.status);
    e.message = message(response.status, response.body);
    return e;
}
