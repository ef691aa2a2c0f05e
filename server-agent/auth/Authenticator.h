#pragma once

#include "AuthContext.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class Clock;
class Database;
class LoginThrottle;
class MfaStore;
class SessionStore;
class TokenStore;

// Upstream's credential evaluation (api.md §3.2-3.5) and its refusals (§3.3), installed as the
// Router's Authorizer. Failed logins are logged in one fixed line for fail2ban and throttled per
// client address. Thread-safe.
class Authenticator
{
public:
    enum class Mode {
        Api, // a protected route: system key, session keys, passwords
        Login, // POST /login: no system key, no session keys
        Logout, // POST /logout: a valid session key is deleted
    };
    struct Outcome
    {
        bool ok = false;
        QString reason; // why not, when !ok
        QString user; // the user part of the credentials, as given
        AuthContext caller; // when ok
    };
    struct Options
    {
        // The API tokens (Basic auth as the user `token`, or `Authorization: Bearer`); none accepted if null.
        // (The client address behind nginx is ClientAddress's, from HttpRequest::viaProxy.)
        TokenStore* tokens = nullptr;
    };

    Authenticator(Database& db, MfaStore& mfa, SessionStore& sessions, LoginThrottle& throttle, const Clock& clock,
                  const QString& systemKey, Options options);

    Outcome authenticate(const HttpRequest& request, Mode mode);
    // The Router's Authorizer: the caller, or the complete refusal (401/403 per §3.3, 429 when throttled).
    std::variant<AuthContext, HttpResponse> authorize(const HttpRequest& request, bool requireAdmin);

    // 401 + WWW-Authenticate + X-Reason (403 bare for XMLHttpRequest), body text or compact JSON by Accept.
    static HttpResponse refusal(const HttpRequest& request, const QString& reason);
    // 403 with the reason in the same forms (X-Reason, text or compact JSON by Accept): an API token outside its
    // scopes.
    static HttpResponse forbidden(const HttpRequest& request, const QString& reason);
    // The user name that presents an API token in Basic auth.
    static constexpr char TokenUser[] = "token";
    static HttpResponse tooManyFailures();

    bool isThrottled(const HttpRequest& request) const;
    bool presentsSystemKey(const HttpRequest& request) const;
    // Logs the fixed failed-login line and counts the failure against the client's address. The user part is
    // logged only when it looks like an email address, else as UnloggedUser (a mistyped key stays out of the log).
    void recordFailure(const HttpRequest& request, const QString& user);
    static constexpr char UnloggedUser[] = "(not-an-email-address)";
    QString clientAddress(const HttpRequest& request) const;

    // The password of `email` re-entered for a sensitive action (the export of the backup key): the check of a login
    // (the stored hash, as slow for an unknown user); a wrong one is logged and counted like a failed login.
    bool verifyPassword(const HttpRequest& request, const QString& email, const QString& password);

    // A new login session for a user who just authenticated.
    QString createSession(const QString& email);
    // HMAC-SHA256 (keyed with the system API key) over the stored hash, " " and the canonical JSON of the
    // user's MFA rows (id, type, secret); empty if the user does not exist.
    QByteArray passwordStateToken(const QString& email) const;

    // Step 1: the credentials in an Authorization header; nullopt = none; *error set on a decoding failure.
    static std::optional<std::pair<QString, QString>> parseBasic(const QByteArray& header, QString* error);
    // Python's lenient base64 decoding (binascii.a2b_base64): skips foreign characters, checks padding.
    static std::optional<QByteArray> pythonBase64Decode(const QByteArray& data, QString* error);

    const QString& systemKey() const { return m_systemKey; }

private:
    struct UserRow
    {
        qint64 id = 0;
        QString passwordHash;
        QStringList privileges;
    };
    std::optional<UserRow> findUser(const QString& email) const;
    QByteArray stateToken(const UserRow& user) const;
    bool checkPassword(const QString& email, const QString& password, const QString& storedHash);
    Outcome authenticateToken(const QString& secret);

    Database& m_db;
    MfaStore& m_mfa;
    SessionStore& m_sessions;
    LoginThrottle& m_throttle;
    const Clock& m_clock;
    const QString m_systemKey;
    const Options m_options;

    // Successful password checks: email -> (stored hash, HMAC of the password under a per-process key).
    // Valid only while the stored hash is unchanged, so a password change needs the full check again.
    struct VerifiedEntry
    {
        QString storedHash;
        QByteArray passwordMac;
    };
    QByteArray m_cacheKey;
    QString m_dummyHash; // verified against for unknown users
    mutable QMutex m_cacheMutex;
    QHash<QString, VerifiedEntry> m_verified;
};
