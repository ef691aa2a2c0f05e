#include "MfaStore.h"

#include "Totp.h"
#include "box/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <openssl/crypto.h>

#include <algorithm>
#include <functional>

MfaStore::MfaStore(Database& db)
    : m_db(db)
{ }

namespace {

// users.id of an account on `db` into *id (empty if there is none); false on a database error.
bool queryUserId(const QSqlDatabase& db, const QString& email, std::optional<qint64>* id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE email=?"));
    q.addBindValue(email);
    if (!q.exec()) {
        return false;
    }
    *id = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    return true;
}

// Runs `change` with the account's users.id in one write transaction. False on a database error (in
// *error), or with *noUser set and *error "User does not exist." when there is no such account.
bool writeForUser(Database& database, const QString& email, const std::function<bool(QSqlDatabase&, qint64)>& change,
                  QString* error, bool* noUser = nullptr)
{
    bool missing = false;
    const bool ok = database.write(
        [&](QSqlDatabase& db) {
            std::optional<qint64> id;
            if (!queryUserId(db, email, &id)) {
                return false;
            }
            if (!id) {
                missing = true;
                return false;
            }
            return change(db, *id);
        },
        error);
    if (missing && error) {
        *error = QStringLiteral("User does not exist.");
    }
    if (noUser) {
        *noUser = missing;
    }
    return ok;
}

} // namespace

std::optional<qint64> MfaStore::userId(const QString& email) const
{
    std::optional<qint64> id;
    return queryUserId(m_db.connection(), email, &id) ? id : std::nullopt;
}

QList<MfaDevice> MfaStore::devices(qint64 userId) const
{
    QList<MfaDevice> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, type, secret, mru_token, label FROM mfa WHERE user_id=? ORDER BY id"));
    q.addBindValue(userId);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        MfaDevice d;
        d.id = q.value(0).toLongLong();
        d.type = q.value(1).toString();
        d.secret = q.value(2).toString();
        d.mruToken = q.value(3).toString();
        d.label = q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toString());
        out.append(d);
    }
    return out;
}

bool MfaStore::addTotp(const QString& email, const QString& secret, const QVariant& label, QString* error,
                       const QString& acceptedCode)
{
    const QVariant nullText(QMetaType::fromType<QString>());
    return writeForUser(
        m_db, email,
        [&](QSqlDatabase& db, qint64 id) {
            QSqlQuery ins(db);
            ins.prepare(
                QStringLiteral("INSERT INTO mfa (user_id, type, secret, mru_token, label) VALUES (?, ?, ?, ?, ?)"));
            ins.addBindValue(id);
            ins.addBindValue(QStringLiteral("totp"));
            ins.addBindValue(secret);
            ins.addBindValue(acceptedCode.isEmpty() ? nullText : QVariant(acceptedCode));
            ins.addBindValue(label.isNull() ? nullText : label);
            return ins.exec();
        },
        error);
}

std::optional<int> MfaStore::remove(const QString& email, const QString& mfaId, QString* error)
{
    bool noUser = false;
    int deleted = 0;
    const bool ok = writeForUser(
        m_db, email,
        [&](QSqlDatabase& db, qint64 id) {
            QSqlQuery del(db);
            if (mfaId.isEmpty()) {
                del.prepare(QStringLiteral("DELETE FROM mfa WHERE user_id=?"));
                del.addBindValue(id);
            } else {
                del.prepare(QStringLiteral("DELETE FROM mfa WHERE user_id=? AND id=?"));
                del.addBindValue(id);
                del.addBindValue(mfaId);
            }
            if (!del.exec()) {
                return false;
            }
            deleted = del.numRowsAffected();
            return true;
        },
        error, &noUser);
    if (noUser || !ok) {
        return std::nullopt;
    }
    return deleted;
}

QStringList MfaStore::checkTotp(qint64 userId, const QString& token, qint64 unixTime)
{
    QStringList hints;
    const auto hint = [&hints](const QString& h) {
        if (!hints.contains(h)) {
            hints.append(h);
        }
    };
    const QList<MfaDevice> list = devices(userId);
    if (list.isEmpty()) {
        return hints;
    }
    for (const MfaDevice& device : list) {
        if (device.type != QLatin1String("totp")) {
            continue;
        }
        if (token.isEmpty()) {
            hint(QStringLiteral("missing-totp-token"));
            continue;
        }
        const auto key = Totp::base32Decode(device.secret);
        const std::optional<qint64> step = key ? Totp::matchingStep(*key, token, unixTime) : std::nullopt;
        if (!step) {
            hint(QStringLiteral("invalid-totp-token"));
            continue;
        }
        // Replay guard and recording of the code in one transaction, so that two concurrent requests
        // cannot both use the same code, nor one the code of an earlier step.
        bool replayed = false;
        const bool stored = m_db.write([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT mru_token FROM mfa WHERE id=?"));
            q.addBindValue(device.id);
            if (!q.exec() || !q.next()) {
                return false;
            }
            const QString mru = q.value(0).toString();
            const QByteArray mruBytes = mru.toUtf8();
            const QByteArray given = token.toUtf8();
            const std::optional<qint64> lastStep =
                mru.isEmpty() ? std::nullopt : Totp::matchingStep(*key, mru, unixTime);
            const bool sameCode =
                mruBytes.size() == given.size() &&
                CRYPTO_memcmp(mruBytes.constData(), given.constData(), static_cast<size_t>(given.size())) == 0;
            if (sameCode || (lastStep && *step <= *lastStep)) {
                replayed = true;
                return false;
            }
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE mfa SET mru_token=? WHERE id=?"));
            u.addBindValue(token);
            u.addBindValue(device.id);
            return u.exec();
        });
        if (!stored || replayed) {
            hint(QStringLiteral("invalid-totp-token"));
            continue;
        }
        return {};
    }
    if (hints.isEmpty()) {
        hints.append(QStringLiteral("invalid-totp-token"));
    }
    std::sort(hints.begin(), hints.end());
    return hints;
}
