#pragma once

#include "box/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Clock;

// One API token as listed: never its secret, which exists only in the answer that created it.
struct ApiToken
{
    QString name;
    QStringList scopes;
    qint64 created = 0; // Unix seconds
    std::optional<qint64> lastUsed;
    std::optional<qint64> expires; // the first second it no longer works
    QString createdBy; // the administrator's email; empty for the system API key
};

// The agent's API tokens in STORAGE_ROOT/boxkeeper/tokens.sqlite (a database of its own: upstream's users.sqlite
// stays as upstream made it). The secret is 256 random bits; only its SHA-256 is stored: a salted slow hash guards
// guessable passwords, a uniformly random 256-bit secret cannot be guessed from its hash. Every write is one
// transaction. Thread-safe.
class TokenStore
{
public:
    TokenStore(const QString& path, const Clock& clock);

    // Creates the folder, the file and the table if absent.
    bool open(QString* error);

    static constexpr int MaxNameLength = 64;
    // A new token; its secret (returned once), or nullopt with upstream-style reason in *error (name empty, too long,
    // taken; expiry not in the future).
    std::optional<QString> create(const QString& name, const QStringList& scopes, std::optional<qint64> expires,
                                  const QString& createdBy, QString* error);
    QList<ApiToken> list() const;
    // False when there is no token of that name.
    bool revoke(const QString& name, QString* error);

    // The token whose secret this is; nullopt if none (unknown or revoked). Its last use is recorded (at most once a
    // minute) when it has not expired.
    std::optional<ApiToken> use(const QString& secret);

    bool isExpired(const ApiToken& token) const;
    QString path() const { return m_db.path(); }

private:
    Database m_db;
    const Clock& m_clock;
};
