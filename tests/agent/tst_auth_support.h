#pragma once

// Helpers shared by the agent-tier authentication tests.

#include "TestAgent.h"
#include "TestDatabase.h"
#include "TestHttp.h"
#include "auth/PasswordHash.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace AuthTestSupport {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Runs `sql` with bound values on the demo box's users.sqlite, as another process (the tests) would.
inline bool execSql(const QString& databasePath, const QString& sql, const QVariantList& values)
{
    return TestDatabase::exec(databasePath, sql, values);
}

inline bool addUser(const TestAgent& agent, const QString& email, const QString& password, const QString& privileges)
{
    return execSql(agent.databasePath(),
                   QStringLiteral("INSERT INTO users (email, password, privileges) VALUES (?, ?, ?)"),
                   {email, PasswordHash::hash(password), privileges.isNull() ? QStringLiteral("") : privileges});
}

inline bool setPassword(const TestAgent& agent, const QString& email, const QString& password)
{
    return execSql(agent.databasePath(), QStringLiteral("UPDATE users SET password=? WHERE email=?"),
                   {PasswordHash::hash(password), email});
}

inline QJsonObject jsonObject(const TestHttp::Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// POST /login; returns the parsed answer.
inline QJsonObject login(TestHttp& http, const TestAgent& agent, const QString& email, const QString& password,
                         const QByteArray& totp = {})
{
    Headers headers{TestHttp::basicAuth(email, password)};
    if (!totp.isEmpty()) {
        headers.append({"X-Auth-Token", totp});
    }
    return jsonObject(http.request("POST", agent.url(QStringLiteral("/login")), headers));
}

} // namespace AuthTestSupport
