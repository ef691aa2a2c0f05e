#include "TokenStore.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/rand.h>

#include <algorithm>

namespace {

constexpr qint64 LastUsedResolutionSecs = 60;

const char Columns[] = "name, scopes, created, last_used, expires, created_by";

QByteArray hashOf(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

ApiToken tokenFrom(const QSqlQuery& q)
{
    ApiToken t;
    t.name = q.value(0).toString();
    t.scopes = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.created = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        t.lastUsed = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        t.expires = q.value(4).toLongLong();
    t.createdBy = q.value(5).toString();
    return t;
}

bool fail(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

TokenStore::TokenStore(const QString& path, const Clock& clock)
    : m_db(path)
    , m_clock(clock)
{ }

bool TokenStore::open(QString* error)
{
    if (!m_db.openOwnFile(Database::Journal::Rollback, error))
        return false;
    const bool ok = m_db.write(
        [error](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral(
                       "CREATE TABLE IF NOT EXISTS tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64), scopes TEXT NOT NULL, "
                       "created INTEGER NOT NULL, last_used INTEGER, expires INTEGER, "
                       "secret_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL DEFAULT '')")) ||
                   fail(q, error);
        },
        error);
    // Only the agent's user reads it: the hashes are not secrets, the names and scopes are the box's business.
    QFile::setPermissions(m_db.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok;
}

std::optional<QString> TokenStore::create(const QString& name, const QStringList& scopes, std::optional<qint64> expires,
                                          const QString& createdBy, QString* error)
{
    const auto refuse = [error](const QString& reason) -> std::optional<QString> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (name.trimmed().isEmpty())
        return refuse(QStringLiteral("No token name provided."));
    if (name.size() > MaxNameLength || name != name.trimmed() ||
        std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return refuse(QStringLiteral("That's not a valid token name (at most %1 characters, no control characters, "
                                     "no spaces around it).")
                          .arg(MaxNameLength));
    if (scopes.isEmpty())
        return refuse(QStringLiteral("No scopes provided."));
    const qint64 now = m_clock.nowSecs();
    if (expires && *expires <= now)
        return refuse(QStringLiteral("The expiry date is not in the future."));

    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return refuse(QStringLiteral("No random bytes available."));
    const QString secret =
        QLatin1String("bkt_") + QLatin1String(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
    bool taken = false;
    QString sqlError;
    const bool ok = m_db.write(
        [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM tokens WHERE name=?"));
            q.addBindValue(name);
            if (!q.exec())
                return fail(q, &sqlError);
            if (q.next()) {
                taken = true;
                return false;
            }
            q.prepare(QStringLiteral("INSERT INTO tokens (name, scopes, created, last_used, expires, secret_hash, "
                                     "created_by) VALUES (?, ?, ?, NULL, ?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(scopes.join(QLatin1Char(' ')));
            q.addBindValue(now);
            q.addBindValue(expires ? QVariant(*expires) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(QString::fromLatin1(hashOf(secret)));
            q.addBindValue(createdBy);
            return q.exec() || fail(q, &sqlError);
        },
        &sqlError);
    if (taken)
        return refuse(QStringLiteral("A token named %1 already exists.").arg(name));
    if (!ok)
        return refuse(sqlError);
    return secret;
}

QList<ApiToken> TokenStore::list() const
{
    QList<ApiToken> tokens;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM tokens ORDER BY name").arg(QLatin1String(Columns)))) {
        while (q.next())
            tokens.append(tokenFrom(q));
    }
    return tokens;
}

bool TokenStore::revoke(const QString& name, QString* error)
{
    int removed = 0;
    QString sqlError;
    const bool ok = m_db.write(
        [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM tokens WHERE name=?"));
            q.addBindValue(name);
            if (!q.exec())
                return fail(q, &sqlError);
            removed = q.numRowsAffected();
            return true;
        },
        &sqlError);
    if (error)
        *error = !ok ? sqlError : removed == 0 ? QStringLiteral("That's not a token (%1).").arg(name) : QString();
    return ok && removed > 0;
}

std::optional<ApiToken> TokenStore::use(const QString& secret)
{
    const QString hash = QString::fromLatin1(hashOf(secret));
    std::optional<ApiToken> token;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM tokens WHERE secret_hash=?").arg(QLatin1String(Columns)));
        q.addBindValue(hash);
        if (!q.exec() || !q.next())
            return std::nullopt;
        token = tokenFrom(q);
    }
    const qint64 now = m_clock.nowSecs();
    if (!isExpired(*token) && (!token->lastUsed || now - *token->lastUsed >= LastUsedResolutionSecs)) {
        m_db.write([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE tokens SET last_used=? WHERE secret_hash=?"));
            q.addBindValue(now);
            q.addBindValue(hash);
            return q.exec();
        });
        token->lastUsed = now;
    }
    return token;
}

bool TokenStore::isExpired(const ApiToken& token) const
{
    return token.expires && m_clock.nowSecs() >= *token.expires;
}
