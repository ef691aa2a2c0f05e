#include "Authenticator.h"

#include "Clock.h"
#include "LoginThrottle.h"
#include "MfaStore.h"
#include "PasswordHash.h"
#include "SessionStore.h"
#include "TokenScopes.h"
#include "TokenStore.h"
#include "box/Database.h"
#include "box/Privileges.h"
#include "http/ClientAddress.h"
#include "http/PyJson.h"
#include "runtime/LogFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>

#include <openssl/crypto.h>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcAuth, "boxkeeper.agent.auth")
// The failed-login line has a category of its own, written without decoration (runtime/LogFormat).
Q_LOGGING_CATEGORY(lcAuthFailure, LogFormat::FailedLoginCategory)

namespace {

const char AuthRealm[] = "Mail-in-a-Box Management Server";

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// The user part as it goes into the failed-login line: only something shaped like an email address (one "@",
// a dotted domain, printable ASCII), never a mistyped API key, session key or password.
QString loggableUser(const QString& user)
{
    static const QRegularExpression emailShape(QStringLiteral("^[!-?A-~]{1,64}@[-.0-9A-Za-z]{1,190}$"));
    const qsizetype at = user.indexOf(QLatin1Char('@'));
    const QString domain = user.mid(at + 1);
    if (at > 0 && emailShape.match(user).hasMatch() && domain.contains(QLatin1Char('.')) &&
        !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.'))) {
        return user;
    }
    return QString::fromLatin1(Authenticator::UnloggedUser);
}

// Step 8's reason (api.md §3.2), also given for a live session whose user was removed.
QString notAUser(const QString& email)
{
    return QStringLiteral("That's not a user (%1).").arg(email);
}

} // namespace

Authenticator::Authenticator(Database& db, MfaStore& mfa, SessionStore& sessions, LoginThrottle& throttle,
                             const Clock& clock, const QString& systemKey, Options options)
    : m_db(db)
    , m_mfa(mfa)
    , m_sessions(sessions)
    , m_throttle(throttle)
    , m_clock(clock)
    , m_systemKey(systemKey)
    , m_options(options)
{
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1) {
        qFatal("no random bytes available");
    }
    m_cacheKey = QByteArray(reinterpret_cast<const char*>(raw), sizeof raw);
    m_dummyHash = PasswordHash::hash(QString::fromLatin1(m_cacheKey.toHex()));
}

std::optional<QByteArray> Authenticator::pythonBase64Decode(const QByteArray& data, QString* error)
{
    QByteArray out;
    quint32 buffer = 0;
    int quadPos = 0;
    int pads = 0;
    qsizetype dataChars = 0;
    for (const char ch : data) {
        if (ch == '=') {
            if (quadPos >= 2 && quadPos + ++pads >= 4) {
                quadPos = 0;
                break; // complete padding: the rest is ignored
            }
            continue;
        }
        int v = -1;
        if (ch >= 'A' && ch <= 'Z') {
            v = ch - 'A';
        } else if (ch >= 'a' && ch <= 'z') {
            v = ch - 'a' + 26;
        } else if (ch >= '0' && ch <= '9') {
            v = ch - '0' + 52;
        } else if (ch == '+') {
            v = 62;
        } else if (ch == '/') {
            v = 63;
        }
        if (v < 0) {
            continue;
        }
        pads = 0;
        ++dataChars;
        buffer = (buffer << 6) | static_cast<quint32>(v);
        ++quadPos;
        if (quadPos == 2) {
            out += static_cast<char>((buffer >> 4) & 0xff);
        } else if (quadPos == 3) {
            out += static_cast<char>((buffer >> 2) & 0xff);
        } else if (quadPos == 4) {
            out += static_cast<char>(buffer & 0xff);
            quadPos = 0;
            buffer = 0;
        }
    }
    if (quadPos == 1) {
        if (error) {
            *error = QStringLiteral("Invalid base64-encoded string: number of data characters (%1) cannot be 1 more "
                                    "than a multiple of 4")
                         .arg(dataChars);
        }
        return std::nullopt;
    }
    if (quadPos != 0) {
        if (error) {
            *error = QStringLiteral("Incorrect padding");
        }
        return std::nullopt;
    }
    return out;
}

std::optional<std::pair<QString, QString>> Authenticator::parseBasic(const QByteArray& header, QString* error)
{
    if (!header.contains(' ')) {
        return std::nullopt;
    }
    const QByteArray trimmed = header.trimmed();
    qsizetype split = 0;
    while (split < trimmed.size() && !QChar::isSpace(static_cast<uchar>(trimmed.at(split)))) {
        ++split;
    }
    if (trimmed.left(split) != "Basic") {
        return std::nullopt;
    }
    if (trimmed.mid(split).trimmed().isEmpty()) {
        // Python's `scheme, credentials = header.split(maxsplit=1)` on "Basic ".
        if (error) {
            *error = QStringLiteral("not enough values to unpack (expected 2, got 1)");
        }
        return std::nullopt;
    }
    const auto decoded = pythonBase64Decode(trimmed.mid(split), error);
    if (!decoded) {
        return std::nullopt;
    }
    // Better than upstream (ASCII only): UTF-8, or Latin-1 if the bytes are not valid UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(*decoded);
    if (utf8.hasError()) {
        text = QString::fromLatin1(*decoded);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        return std::nullopt;
    }
    return std::make_pair(text.left(colon), text.mid(colon + 1));
}

std::optional<Authenticator::UserRow> Authenticator::findUser(const QString& email) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, password, privileges FROM users WHERE email=?"));
    q.addBindValue(email);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    UserRow row;
    row.id = q.value(0).toLongLong();
    row.passwordHash = q.value(1).toString();
    row.privileges = Privileges::parse(q.value(2).toString());
    return row;
}

bool Authenticator::checkPassword(const QString& email, const QString& password, const QString& storedHash)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(password.toUtf8(), m_cacheKey, QCryptographicHash::Sha256);
    {
        QMutexLocker lock(&m_cacheMutex);
        auto it = m_verified.constFind(email);
        if (it != m_verified.constEnd() && it->storedHash == storedHash && constantTimeEquals(it->passwordMac, mac)) {
            return true;
        }
    }
    // A miss, or a wrong password: the full check, so that every failure costs the same time.
    if (!PasswordHash::verify(password, storedHash)) {
        return false;
    }
    QMutexLocker lock(&m_cacheMutex);
    if (m_verified.size() > 10000) {
        m_verified.clear();
    }
    m_verified.insert(email, VerifiedEntry{storedHash, mac});
    return true;
}

bool Authenticator::verifyPassword(const HttpRequest& request, const QString& email, const QString& password)
{
    const auto row = findUser(email);
    bool ok = false;
    if (row) {
        ok = checkPassword(email, password, row->passwordHash);
    } else {
        PasswordHash::verify(password, m_dummyHash);
    }
    if (!ok) {
        recordFailure(request, email);
    }
    return ok;
}

QByteArray Authenticator::passwordStateToken(const QString& email) const
{
    const auto user = findUser(email);
    return user ? stateToken(*user) : QByteArray();
}

QByteArray Authenticator::stateToken(const UserRow& user) const
{
    QJsonArray rows;
    for (const MfaDevice& d : m_mfa.devices(user.id)) {
        rows.append(QJsonObject{{QStringLiteral("id"), double(d.id)},
                                {QStringLiteral("type"), d.type},
                                {QStringLiteral("secret"), d.secret}});
    }
    const QByteArray message = user.passwordHash.toUtf8() + ' ' + PyJson::compact(rows);
    return QMessageAuthenticationCode::hash(message, m_systemKey.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString Authenticator::createSession(const QString& email)
{
    return m_sessions.create(email, passwordStateToken(email));
}

Authenticator::Outcome Authenticator::authenticate(const HttpRequest& request, Mode mode)
{
    Outcome outcome;
    const auto fail = [&outcome](const QString& reason) {
        outcome.ok = false;
        outcome.reason = reason;
        return outcome;
    };

    // Beyond upstream: an API token as a bearer token.
    if (mode == Mode::Api && m_options.tokens) {
        const QByteArray header = request.header("Authorization").trimmed();
        if (header.startsWith("Bearer ")) {
            return authenticateToken(QString::fromLatin1(header.mid(7).trimmed()));
        }
    }

    // 1. The header.
    QString decodeError;
    const auto credentials = parseBasic(request.header("Authorization"), &decodeError);
    if (!decodeError.isEmpty()) {
        return fail(decodeError);
    }
    if (!credentials || credentials->first.isEmpty()) {
        return fail(QStringLiteral("Authorization header invalid."));
    }
    const QString& user = credentials->first;
    const QString& password = credentials->second;
    outcome.user = user;

    // 2. Only whitespace.
    if (user.trimmed().isEmpty() && password.trimmed().isEmpty()) {
        return fail(QStringLiteral("No email address, password, session key, or API key provided."));
    }

    // Beyond upstream: an API token as the password of the user "token" (no user's email looks like that).
    if (mode == Mode::Api && m_options.tokens && user == QLatin1String(TokenUser)) {
        return authenticateToken(password);
    }

    // 3. The system API key.
    if (mode != Mode::Login && constantTimeEquals(user.toUtf8(), m_systemKey.toUtf8())) {
        outcome.ok = true;
        outcome.caller.authenticated = true;
        outcome.caller.systemKey = true;
        outcome.caller.privileges = QStringList{QStringLiteral("admin")};
        return outcome;
    }

    // 4. A session key. The user's row read for its password-state token also gives the privileges (step 8).
    bool viaSession = false;
    std::optional<UserRow> row;
    if (mode != Mode::Login) {
        bool userGone = false;
        viaSession = m_sessions.use(
            password, user,
            [this, &row](const QString& email) {
                row = findUser(email);
                return row ? stateToken(*row) : QByteArray();
            },
            mode == Mode::Logout ? SessionStore::Use::Remove : SessionStore::Use::Refresh, &userGone);
        if (userGone) {
            // Upstream computes the session's password-state token from the user's row, which fails here.
            return fail(notAUser(user));
        }
    }
    if (!viaSession) {
        // 5. No password.
        if (password.trimmed().isEmpty()) {
            return fail(QStringLiteral("Enter a password."));
        }
        if (mode == Mode::Logout) {
            // Logout answers the same whatever the outcome: a password is not worth checking here.
            return fail(QStringLiteral("Incorrect email address or password."));
        }
        // 6. Email and password.
        row = findUser(user);
        if (!row) {
            // As slow as a wrong password, so that timing does not tell which accounts exist.
            PasswordHash::verify(password, m_dummyHash);
            return fail(QStringLiteral("Incorrect email address or password."));
        }
        if (!checkPassword(user, password, row->passwordHash)) {
            return fail(QStringLiteral("Incorrect email address or password."));
        }
        // 7. TOTP.
        const QStringList hints =
            m_mfa.checkTotp(row->id, QString::fromUtf8(request.header("X-Auth-Token")), m_clock.nowSecs());
        if (!hints.isEmpty()) {
            return fail(hints.join(QLatin1Char(',')));
        }
    } else if (!row) {
        // 8. Privileges, from the row read in step 4 (the user may have been deleted since the session was made).
        return fail(notAUser(user));
    }
    outcome.ok = true;
    outcome.caller.authenticated = true;
    outcome.caller.email = user;
    outcome.caller.privileges = row->privileges;
    return outcome;
}

Authenticator::Outcome Authenticator::authenticateToken(const QString& secret)
{
    Outcome outcome;
    outcome.user = QString::fromLatin1(TokenUser);
    const auto fail = [&outcome](const QString& reason) {
        outcome.reason = reason;
        return outcome;
    };
    if (secret.trimmed().isEmpty()) {
        return fail(QStringLiteral("No API token provided."));
    }
    const std::optional<ApiToken> token = m_options.tokens->use(secret);
    if (!token) {
        return fail(QStringLiteral("Invalid API token (unknown or revoked)."));
    }
    if (m_options.tokens->isExpired(*token)) {
        return fail(
            QStringLiteral("This API token (%1) expired on %2.")
                .arg(token->name, QDateTime::fromSecsSinceEpoch(*token->expires, Qt::UTC).toString(Qt::ISODate)));
    }
    // A token works as long as the administrator who made it still is one.
    if (!token->createdBy.isEmpty()) {
        const auto creator = findUser(token->createdBy);
        if (!creator || !creator->privileges.contains(QStringLiteral("admin"))) {
            return fail(QStringLiteral("The user who created this API token (%1) is no longer an administrator.")
                            .arg(token->createdBy));
        }
    }
    outcome.ok = true;
    outcome.caller.authenticated = true;
    outcome.caller.email = token->createdBy;
    outcome.caller.privileges = QStringList{QStringLiteral("admin")};
    outcome.caller.token = token->name;
    outcome.caller.tokenScopes = token->scopes;
    return outcome;
}

std::variant<AuthContext, HttpResponse> Authenticator::authorize(const HttpRequest& request, bool requireAdmin)
{
    // Local tools with the system API key are never locked out by someone else's failures.
    if (isThrottled(request) && !presentsSystemKey(request)) {
        return tooManyFailures();
    }
    const Outcome outcome = authenticate(request, Mode::Api);
    if (!outcome.ok) {
        // Logged only when credentials were offered (a first request without them is normal).
        if (request.hasHeader("Authorization")) {
            recordFailure(request, outcome.user);
        }
        return refusal(request, outcome.reason);
    }
    if (requireAdmin && !outcome.caller.isAdmin()) {
        return refusal(request, QStringLiteral("You are not an administrator."));
    }
    if (!outcome.caller.token.isEmpty() &&
        !TokenScopes::allows(outcome.caller.tokenScopes, request.method, request.path)) {
        return forbidden(request, QStringLiteral("This token's scopes (%1) do not allow %2 %3.")
                                      .arg(outcome.caller.tokenScopes.join(QLatin1Char(' ')),
                                           QString::fromLatin1(request.method), request.path));
    }
    return outcome.caller;
}

HttpResponse Authenticator::refusal(const HttpRequest& request, const QString& reason)
{
    HttpResponse r;
    r.status = 401;
    const bool ajax = request.header("X-Requested-With") == "XMLHttpRequest";
    if (ajax) {
        r.status = 403;
    } else {
        r.setHeader("WWW-Authenticate", QByteArray("Basic realm=\"") + AuthRealm + '"');
        // Header values are Latin-1 on the wire, as werkzeug sends them.
        r.setHeader("X-Reason", reason.toLatin1());
    }
    const QByteArray accept = request.header("Accept");
    if (!request.hasHeader("Accept") || accept.isEmpty() || accept == "*/*") {
        r.contentType = "text/plain; charset=utf-8";
        r.body = reason.toUtf8() + '\n';
    } else {
        r.contentType = "application/json";
        // json.dumps({"status": "error", "reason": ...}): insertion order, compact separators.
        r.body = "{\"status\": \"error\", \"reason\": " + PyJson::quote(reason) + "}\n";
    }
    return r;
}

HttpResponse Authenticator::forbidden(const HttpRequest& request, const QString& reason)
{
    HttpResponse r = refusal(request, reason);
    r.status = 403;
    // Authenticated, but not for this: no new credentials asked for.
    r.headers.removeIf([](const QPair<QByteArray, QByteArray>& h) { return h.first == "WWW-Authenticate"; });
    r.setHeader("X-Reason", reason.toLatin1());
    return r;
}

HttpResponse Authenticator::tooManyFailures()
{
    HttpResponse r = HttpResponse::plain(LoginThrottle::message(), 429);
    r.setHeader("Retry-After", "60");
    return r;
}

bool Authenticator::presentsSystemKey(const HttpRequest& request) const
{
    QString ignored;
    const auto credentials = parseBasic(request.header("Authorization"), &ignored);
    return credentials && constantTimeEquals(credentials->first.toUtf8(), m_systemKey.toUtf8());
}

bool Authenticator::isThrottled(const HttpRequest& request) const
{
    return m_throttle.isBlocked(clientAddress(request));
}

void Authenticator::recordFailure(const HttpRequest& request, const QString& user)
{
    const QString address = clientAddress(request);
    qCWarning(lcAuthFailure).noquote().nospace()
        << "boxkeeper-agent: authentication failure for " << loggableUser(user) << " from " << address;
    m_throttle.recordFailure(address);
}

QString Authenticator::clientAddress(const HttpRequest& request) const
{
    return ClientAddress::text(request);
}
