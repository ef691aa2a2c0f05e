#pragma once

#include "AuditStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class HttpRequest;
class HttpResponse;
struct AuthContext;

// What the audit log records of a request, apart from the store: which routes change something, what of a request
// may be written down (never a password, secret, key or code) and how its answer counts.
namespace AuditPolicy {
// True for routes that change the box (every POST, PUT and DELETE but those that only read or log in/out, e.g.
// POST /system/status, /mfa/status, /login).
bool isChange(const QByteArray& method, const QString& route);
// True for a parameter whose value must not be written down (passwords, secrets, keys, one-time codes).
bool isSecret(const QString& name);
// The request's path parameters, form fields and query values (a body that is no form: as "body"), secrets as "***",
// each value cut at 200 characters.
QJsonObject params(const HttpRequest& request);
// "ok" (2xx), "refused" (401, 403, 429), "invalid" (any other 4xx), "failed" (the rest).
QString result(int status);
// The first line of an answer's body, at most 200 characters; empty for 2xx.
QString message(int status, const QByteArray& body);
// For a refused request: the user name its credentials give (Basic auth's user part, "token" for a bearer token),
// never the password.
QString claimedUser(const HttpRequest& request);
// The entry for a request that reached `route` (as Router::Observer is told of it); nullopt when it is no change.
std::optional<AuditRecord> entry(const HttpRequest& request, const QString& route, const AuthContext* caller,
                                 const HttpResponse& response);
} // namespace AuditPolicy
