#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The API tokens of a box as the desktop shows them (our agent only, capability "tokens"; see the README's API
// section): GET /admin/boxkeeper/tokens lists them, POST creates one and answers its secret once, POST …/revoke
// ends one. A token authenticates as the user `token` with its secret as the password, or as a Bearer secret.

// One token as the box lists it: never its secret.
struct ApiTokenInfo
{
    QString name;
    QStringList scopes; // "admin", "mail:read", "dns:example.com", …
    QDateTime created; // UTC
    QDateTime lastUsed; // invalid: never used
    QDateTime expires; // invalid: never; else the first moment it no longer works

    bool isExpired(const QDateTime& now) const { return expires.isValid() && expires <= now; }
};
using ApiTokenList = QList<ApiTokenInfo>;

// What the New token dialog asks the box for.
struct NewApiToken
{
    QString name;
    QStringList scopes;
    QDate expires; // invalid: never; else the token works through that day (UTC)
};

namespace ApiTokens {
inline QString path()
{
    return QStringLiteral("/boxkeeper/tokens");
}
// The scopes that name no zone, in the order the dialog offers them.
QStringList fixedScopes();
// "dns:<zone>".
QString dnsScope(const QString& zone);
// A sentence saying what a scope lets a token do (for the dialog's check boxes and tooltips).
QString describeScope(const QString& scope);

// GET /admin/boxkeeper/tokens: [{"name", "scopes" (space-separated), "created", "last_used", "expires"}, …].
bool parseList(const QJsonDocument& document, ApiTokenList* out);
// POST /admin/boxkeeper/tokens: {"name": …, "secret": …}.
bool parseCreated(const QJsonDocument& document, QString* name, QString* secret);
// The form fields of a creation: name, scopes (space-separated), expires (YYYY-MM-DD or empty).
QList<QPair<QString, QString>> createFields(const NewApiToken& token);

// A curl call that uses the token as its scopes allow, with the secret in it (`host` is the box's host name): for a
// dns:<zone> token, a custom A record of a name in that zone set as the panel's dynamic-DNS example does.
QString curlExample(const QString& host, const QString& secret, const QStringList& scopes);
} // namespace ApiTokens

Q_DECLARE_METATYPE(ApiTokenInfo)
Q_DECLARE_METATYPE(ApiTokenList)
