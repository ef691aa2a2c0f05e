#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class Database;

// One row of the `mfa` table (domain.md §2, §11).
struct MfaDevice
{
    qint64 id = 0;
    QString type;
    QString secret;
    QString mruToken;
    QVariant label; // string or null
};

// The `mfa` table: a user's devices, enabling, disabling and the TOTP check with its replay guard.
class MfaStore
{
public:
    explicit MfaStore(Database& db);

    // users.id of an account (exact, case-sensitive email), nullopt if there is none.
    std::optional<qint64> userId(const QString& email) const;
    QList<MfaDevice> devices(qint64 userId) const;

    // Adds a TOTP device. `acceptedCode`, the code that proved the secret, counts as accepted: it becomes the
    // device's mru_token, so that neither it nor an earlier code logs in. False if the user does not exist (or on a
    // database error, in *error).
    bool addTotp(const QString& email, const QString& secret, const QVariant& label, QString* error = nullptr,
                 const QString& acceptedCode = QString());
    // Deletes all devices (mfaId empty) or one; returns the number of rows deleted, nullopt if no such user.
    std::optional<int> remove(const QString& email, const QString& mfaId, QString* error = nullptr);

    // Upstream's validate_auth_mfa for a user with devices: empty list = success (and the code is
    // stored as the device's mru_token, atomically with the replay check); otherwise the sorted hints
    // ("invalid-totp-token", "missing-totp-token").
    // Replay guard, stricter than upstream's (which refuses only the last code itself, so two codes of the window
    // could be used alternately): a code is refused unless its time step is later than the last accepted one.
    // The last accepted step is the step of the code in mru_token: of the steps a code can still match (the
    // window around unixTime), the latest whose code that is. So the table keeps upstream's schema and meaning.
    QStringList checkTotp(qint64 userId, const QString& token, qint64 unixTime);

private:
    Database& m_db;
};
