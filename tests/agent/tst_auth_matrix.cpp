#include "TestDatabase.h"
#include "TestHttp.h"
#include "auth/Clock.h"
#include "auth/PasswordHash.h"
#include "auth/Totp.h"
#include "box/BoxConfig.h"
#include "runtime/Agent.h"
#include "runtime/DemoBox.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Every /admin/login, /admin/logout, /admin/mail/* and /admin/mfa/* route of api.md §4 and the /admin/system/* ones
// that change nothing, with a harmless request (a list, or a form that gets a validation answer) and the answer an
// authorized caller gets.
struct Route
{
    QByteArray method;
    QString path; // below /admin, with the query
    QByteArray form; // POST body (form-urlencoded)
    int status; // for the box's administrator
    QByteArray body;
    bool bodyIsPrefix = false;
    int systemStatus = 0; // for the system API key, if different (it has no user of its own)
    QByteArray systemBody = {};
};

const QList<Route>& routes()
{
    static const QList<Route> all{
        {"POST", QStringLiteral("/login"), {}, 200, {}},
        {"POST", QStringLiteral("/logout"), {}, 200, "{\n  \"status\": \"ok\"\n}\n"},
        {"GET",
         QStringLiteral("/mail/users"),
         {},
         200,
         "admin@example.com\nchanger@example.com\nmfa-admin@example.com\nuser@example.com\n"},
        {"GET",
         QStringLiteral("/mail/users?format=json"),
         {},
         200,
         "[\n  {\n    \"domain\": \"example.com\",\n    \"users\": [\n      {\n",
         true},
        {"POST", QStringLiteral("/mail/users/add"), {}, 400, "No email address provided."},
        {"POST", QStringLiteral("/mail/users/remove"), {}, 400, "That's not a user ()."},
        {"POST", QStringLiteral("/mail/users/password"), {}, 400, "No password provided."},
        {"GET",
         QStringLiteral("/mail/users/quota?email=admin@example.com"),
         {},
         200,
         "{\n  \"email\": \"admin@example.com\",\n  \"quota\": \"0\"\n}\n"},
        {"POST", QStringLiteral("/mail/users/quota"), "email=admin%40example.com", 400, "No quota provided."},
        {"GET", QStringLiteral("/mail/users/privileges?email=admin@example.com"), {}, 200, "admin"},
        {"POST", QStringLiteral("/mail/users/privileges/add"), {}, 400, "That's not a valid privilege ()."},
        {"POST", QStringLiteral("/mail/users/privileges/remove"), {}, 400, "That's not a valid privilege ()."},
        {"GET",
         QStringLiteral("/mail/aliases"),
         {},
         200,
         "abuse@box.example.com\tadministrator@box.example.com\t\n",
         true},
        {"GET",
         QStringLiteral("/mail/aliases?format=json"),
         {},
         200,
         "[\n  {\n    \"aliases\": [\n      {\n        \"address\": \"administrator@box.example.com\",\n",
         true},
        {"POST", QStringLiteral("/mail/aliases/add"), {}, 400, "No email address provided."},
        {"POST", QStringLiteral("/mail/aliases/remove"), {}, 400, "That's not an alias ()."},
        {"GET", QStringLiteral("/mail/domains"), {}, 200, "box.example.com\nexample.com\n"},
        {"POST", QStringLiteral("/mfa/status"), {}, 200, "{\n  \"enabled_mfa\": [", true, 400, "User does not exist."},
        {"POST", QStringLiteral("/mfa/totp/enable"), {}, 400, "Bad Input"},
        {"POST", QStringLiteral("/mfa/disable"), "mfa-id=999999", 400, "Invalid user or MFA id.", false, 400,
         "User does not exist."},
        // The system routes that change nothing on this box (no reboot is required; apt-get is not configured for a
        // demo box, whose SYSTEM_ROOT is not /).
        {"GET", QStringLiteral("/system/version"), {}, 200, "v75"},
        {"GET", QStringLiteral("/system/reboot"), {}, 200, "false\n"},
        {"POST", QStringLiteral("/system/reboot"), {}, 200, "No reboot is required, so it is not allowed."},
        {"GET",
         QStringLiteral("/system/updates"),
         {},
         503,
         "Package updates cannot be listed on this box: its SYSTEM_ROOT is not / and APT_GET is not set."},
    };
    return all;
}

// The callers of issue 3's matrix. "Allowed" roles reach the handler; the others are refused with the reason.
enum class Role {
    Anonymous,
    WrongPassword,
    UnknownUser,
    NonAdminPassword,
    NonAdminSession,
    AdminPassword,
    AdminSession,
    SystemKey,
    MfaNoCode,
    MfaWrongCode,
    MfaGoodCode,
    MfaReplayedCode,
    MfaSession,
    LoggedOutSession,
    ExpiredSession,
    SessionAfterPasswordChange,
    // API tokens (issue 16), made by the box's administrator, with one scope each.
    AdminToken,
    MailReadToken,
    MailWriteToken,
    StatusToken,
    DnsToken,
};

struct RoleInfo
{
    Role role;
    const char* name;
    QByteArray refusal; // the X-Reason on protected routes; empty = allowed
    QByteArray loginReason; // /login's reason; empty = "ok"
};

const QList<RoleInfo>& roles()
{
    static const QByteArray incorrect = "Incorrect email address or password.";
    static const QList<RoleInfo> all{
        {Role::Anonymous, "anonymous", "Authorization header invalid.", "Authorization header invalid."},
        {Role::WrongPassword, "wrong password", incorrect, incorrect},
        {Role::UnknownUser, "unknown user", incorrect, incorrect},
        {Role::NonAdminPassword, "non-admin password", "You are not an administrator.", {}},
        {Role::NonAdminSession, "non-admin session", "You are not an administrator.", incorrect},
        {Role::AdminPassword, "admin password", {}, {}},
        {Role::AdminSession, "admin session", {}, incorrect},
        {Role::SystemKey, "system API key", {}, "Enter a password."},
        {Role::MfaNoCode, "MFA admin without code", "missing-totp-token", "missing-totp-token"},
        {Role::MfaWrongCode, "MFA admin wrong code", "invalid-totp-token", "invalid-totp-token"},
        {Role::MfaGoodCode, "MFA admin good code", {}, {}},
        {Role::MfaReplayedCode, "MFA admin replayed code", "invalid-totp-token", "invalid-totp-token"},
        {Role::MfaSession, "MFA admin session", {}, incorrect},
        {Role::LoggedOutSession, "logged-out session", incorrect, incorrect},
        {Role::ExpiredSession, "expired session", incorrect, incorrect},
        {Role::SessionAfterPasswordChange, "session after password change", incorrect, incorrect},
        {Role::AdminToken, "admin token", {}, incorrect},
        // Bearer: not Basic credentials for /login.
        {Role::MailReadToken, "mail:read token", {}, "Authorization header invalid."},
        {Role::MailWriteToken, "mail:write token", {}, incorrect},
        {Role::StatusToken, "status:read token", {}, incorrect},
        {Role::DnsToken, "dns:example.com token", {}, "Authorization header invalid."},
    };
    return all;
}

// A token role's scope; empty for the other roles.
QString tokenScope(Role role)
{
    switch (role) {
    case Role::AdminToken:
        return QStringLiteral("admin");
    case Role::MailReadToken:
        return QStringLiteral("mail:read");
    case Role::MailWriteToken:
        return QStringLiteral("mail:write");
    case Role::StatusToken:
        return QStringLiteral("status:read");
    case Role::DnsToken:
        return QStringLiteral("dns:example.com");
    default:
        return {};
    }
}

// Whether a token of `scope` may call the route, as issue 16 says: users' privileges and two-factor settings only
// with admin, mail reads and writes with their scope, the box's version, reboot state and updates with status:read;
// none of these routes is a custom DNS record.
bool tokenAllows(const QString& scope, const Route& route)
{
    if (scope == QLatin1String("admin"))
        return true;
    const QString path = route.path.section(QLatin1Char('?'), 0, 0);
    if (path.startsWith(QLatin1String("/mail/users/privileges")) || path.startsWith(QLatin1String("/mfa/")))
        return false;
    if (path.startsWith(QLatin1String("/mail/")))
        return scope == (route.method == "GET" ? QLatin1String("mail:read") : QLatin1String("mail:write"));
    if (path == QLatin1String("/system/version") || path == QLatin1String("/system/updates") ||
        (path == QLatin1String("/system/reboot") && route.method == "GET"))
        return scope == QLatin1String("status:read");
    return false;
}

} // namespace

// Issue 3's route x role matrix: every auth-protected and anonymous route of the auth, MFA and mail modules
// against every kind of caller, with the exact status, reason and body, and the database unchanged by every
// refused or rejected request. The agent runs in this process (the same Agent as boxkeeper-agent's main, on a
// demo box, HTTPS on 127.0.0.1) so that its clock can be moved past a session's 2-day idle expiry.
class TestAuthMatrix : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::optional<DemoBox> m_box;
    std::optional<BoxConfig> m_config;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<Agent> m_agent;
    std::unique_ptr<TestHttp> m_http;
    QUrl m_base;
    const QString m_user = QStringLiteral("user@example.com");
    const QString m_userPassword = QStringLiteral("user-password-1");
    const QString m_mfaAdmin = QStringLiteral("mfa-admin@example.com");
    const QString m_mfaPassword = QStringLiteral("mfa-admin-password");
    const QByteArray m_mfaKey = "12345678901234567890";
    const QString m_changer = QStringLiteral("changer@example.com");
    QString m_changerPassword = QStringLiteral("changer-password-0");
    int m_changes = 0;
    QHash<QString, QString> m_tokens; // scope -> secret

    QUrl url(const QString& path) const
    {
        QUrl u = m_base;
        const int q = path.indexOf(QLatin1Char('?'));
        u.setPath(m_base.path() + path.left(q < 0 ? path.size() : q));
        if (q >= 0) {
            u.setQuery(path.mid(q + 1));
        }
        return u;
    }
    TestHttp::Reply call(const QByteArray& method, const QString& path, const Headers& headers,
                         const QByteArray& form = {})
    {
        Headers all = headers;
        if (method == "POST") {
            all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        }
        return m_http->request(method, url(path), all, form);
    }
    QString dump() const { return TestDatabase::dump(m_config->usersDatabasePath()); }
    bool execSql(const QString& sql, const QVariantList& values)
    {
        return TestDatabase::exec(m_config->usersDatabasePath(), sql, values);
    }
    QString sessionOf(const QString& email, const QString& password, const QByteArray& code = {})
    {
        Headers headers{TestHttp::basicAuth(email, password)};
        if (!code.isEmpty()) {
            headers.append({"X-Auth-Token", code});
        }
        const QByteArray body = call("POST", QStringLiteral("/login"), headers).body;
        const QRegularExpression key(QStringLiteral("\"api_key\": \"([0-9a-f]{64})\""));
        return key.match(QString::fromLatin1(body)).captured(1);
    }
    // A code the MFA admin's device has not used yet: the agent's clock moves on by three steps each time.
    QByteArray freshCode()
    {
        m_clock.advanceSecs(90);
        return Totp::at(m_mfaKey, m_clock.nowSecs()).toLatin1();
    }
    bool isAlive(const Headers& headers) { return call("GET", QStringLiteral("/mail/domains"), headers).status == 200; }

    // The credentials of a role, after what it takes to make them (logins, a logout, a password change ...).
    Headers credentials(Role role)
    {
        const QString admin = m_box->adminEmail();
        const QString password = m_box->adminPassword();
        switch (role) {
        case Role::Anonymous:
            return {};
        case Role::WrongPassword:
            return {TestHttp::basicAuth(admin, QStringLiteral("wrong-password"))};
        case Role::UnknownUser:
            return {TestHttp::basicAuth(QStringLiteral("ghost@example.com"), password)};
        case Role::NonAdminPassword:
            return {TestHttp::basicAuth(m_user, m_userPassword)};
        case Role::NonAdminSession:
            return {TestHttp::basicAuth(m_user, sessionOf(m_user, m_userPassword))};
        case Role::AdminPassword:
            return {TestHttp::basicAuth(admin, password)};
        case Role::AdminSession:
            return {TestHttp::basicAuth(admin, sessionOf(admin, password))};
        case Role::SystemKey: {
            QFile key(m_config->apiKeyPath());
            return {TestHttp::basicAuth(key.open(QIODevice::ReadOnly) ? QString::fromLatin1(key.readAll()) : QString(),
                                        QString())};
        }
        case Role::MfaNoCode:
            return {TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword)};
        case Role::MfaWrongCode: {
            const QByteArray code = freshCode();
            // Neither the current code nor its neighbours.
            QByteArray wrong = "000000";
            const qint64 now = m_clock.nowSecs();
            for (int i = 0; i < 10; ++i) {
                wrong = QByteArray(6, char('0' + i));
                if (wrong != code && wrong != Totp::at(m_mfaKey, now - 30).toLatin1() &&
                    wrong != Totp::at(m_mfaKey, now + 30).toLatin1()) {
                    break;
                }
            }
            return {TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword), {"X-Auth-Token", wrong}};
        }
        case Role::MfaGoodCode:
            // The header name as the control panel sends it (names are case-insensitive).
            return {TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword), {"x-auth-token", freshCode()}};
        case Role::MfaReplayedCode: {
            const Headers headers{TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword), {"X-Auth-Token", freshCode()}};
            if (!isAlive(headers)) {
                qWarning("a fresh code was refused");
                return {}; // fails the cell (no credentials)
            }
            return headers;
        }
        case Role::MfaSession:
            return {TestHttp::basicAuth(m_mfaAdmin, sessionOf(m_mfaAdmin, m_mfaPassword, freshCode()))};
        case Role::LoggedOutSession: {
            const Headers headers{TestHttp::basicAuth(admin, sessionOf(admin, password))};
            if (!isAlive(headers) || call("POST", QStringLiteral("/logout"), headers).status != 200) {
                qWarning("the session did not work before its logout");
                return {}; // fails the cell (no credentials)
            }
            return headers;
        }
        case Role::ExpiredSession: {
            const Headers headers{TestHttp::basicAuth(admin, sessionOf(admin, password))};
            // Used a little before two days of inactivity: still alive, and the idle time starts again.
            m_clock.advanceSecs(2 * 24 * 3600 - 60);
            if (!isAlive(headers)) {
                qWarning("the session died before two days of inactivity");
                return {}; // fails the cell (no credentials)
            }
            m_clock.advanceSecs(2 * 24 * 3600 + 1);
            return headers;
        }
        case Role::AdminToken:
        case Role::MailReadToken:
        case Role::MailWriteToken:
        case Role::StatusToken:
        case Role::DnsToken: {
            const QString scope = tokenScope(role);
            if (!m_tokens.contains(scope)) {
                const auto made =
                    call("POST", QStringLiteral("/boxkeeper/tokens"), {TestHttp::basicAuth(admin, password)},
                         TestHttp::formEncode({{QStringLiteral("name"), QStringLiteral("matrix ") + scope},
                                               {QStringLiteral("scopes"), scope}}));
                const QRegularExpression secret(QStringLiteral("\"secret\": \"(bkt_[0-9a-f]{64})\""));
                m_tokens.insert(scope, secret.match(QString::fromLatin1(made.body)).captured(1));
            }
            if (m_tokens.value(scope).isEmpty()) {
                qWarning("the token could not be made");
                return {}; // fails the cell (no credentials)
            }
            // Basic auth as `token` for some, Bearer for the others.
            if (role == Role::MailReadToken || role == Role::DnsToken)
                return {{"Authorization", "Bearer " + m_tokens.value(scope).toLatin1()}};
            return {TestHttp::basicAuth(QStringLiteral("token"), m_tokens.value(scope))};
        }
        case Role::SessionAfterPasswordChange: {
            const Headers headers{TestHttp::basicAuth(m_changer, sessionOf(m_changer, m_changerPassword))};
            if (!isAlive(headers)) {
                qWarning("the session did not work before the password change");
                return {}; // fails the cell (no credentials)
            }
            m_changerPassword = QStringLiteral("changer-password-%1").arg(++m_changes);
            const auto changed =
                call("POST", QStringLiteral("/mail/users/password"), {TestHttp::basicAuth(admin, password)},
                     TestHttp::formEncode(
                         {{QStringLiteral("email"), m_changer}, {QStringLiteral("password"), m_changerPassword}}));
            if (changed.body != "OK") {
                qWarning("the password change failed");
                return {}; // fails the cell (no credentials)
            }
            return headers;
        }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("boxkeeper.*=false")); // the agent runs in this process
        QVERIFY(m_tmp.isValid());
        QString error;
        m_box = DemoBox::prepare(m_tmp.path() + QStringLiteral("/box"), &error);
        QVERIFY2(m_box, qPrintable(error));
        m_config = BoxConfig::load(m_box->configPath(), &error);
        QVERIFY2(m_config, qPrintable(error));
        Agent::Options options;
        options.port = 0;
        options.maxFailedLogins = 1000000;
        options.clock = &m_clock;
        options.kickAtStart = true; // as boxkeeper-agent --demo
        m_agent = std::make_unique<Agent>(*m_config, options);
        QVERIFY2(m_agent->start(&error), qPrintable(error));
        QFile cert(m_config->storagePath(QStringLiteral("ssl/ssl_certificate.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
        QVERIFY(!chain.isEmpty());
        m_http = std::make_unique<TestHttp>(chain.first());
        m_base = QUrl(QStringLiteral("https://127.0.0.1:%1/admin").arg(m_agent->port()));

        const QString insert = QStringLiteral("INSERT INTO users (email, password, privileges) VALUES (?, ?, ?)");
        QVERIFY(execSql(insert, {m_user, PasswordHash::hash(m_userPassword), QString(QLatin1String(""))}));
        QVERIFY(execSql(insert, {m_mfaAdmin, PasswordHash::hash(m_mfaPassword), QStringLiteral("admin")}));
        QVERIFY(execSql(insert, {m_changer, PasswordHash::hash(m_changerPassword), QStringLiteral("admin")}));
        QVERIFY(execSql(QStringLiteral("INSERT INTO mfa (user_id, type, secret, label) "
                                       "SELECT id, 'totp', ?, 'phone' FROM users WHERE email=?"),
                        {Totp::base32Encode(m_mfaKey), m_mfaAdmin}));
    }

    void cleanupTestCase()
    {
        if (m_agent) {
            m_agent->stop();
        }
        m_agent.reset();
    }

    // The list of routes is api.md §4's: nothing registered under these paths is left out of the matrix.
    void everyRouteListed()
    {
        QSet<QString> listed;
        for (const Route& r : routes()) {
            listed.insert(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path.section(QLatin1Char('?'), 0, 0));
        }
        const QStringList spec{
            QStringLiteral("POST /login"),
            QStringLiteral("POST /logout"),
            QStringLiteral("GET /mail/users"),
            QStringLiteral("POST /mail/users/add"),
            QStringLiteral("POST /mail/users/remove"),
            QStringLiteral("POST /mail/users/password"),
            QStringLiteral("GET /mail/users/quota"),
            QStringLiteral("POST /mail/users/quota"),
            QStringLiteral("GET /mail/users/privileges"),
            QStringLiteral("POST /mail/users/privileges/add"),
            QStringLiteral("POST /mail/users/privileges/remove"),
            QStringLiteral("GET /mail/aliases"),
            QStringLiteral("POST /mail/aliases/add"),
            QStringLiteral("POST /mail/aliases/remove"),
            QStringLiteral("GET /mail/domains"),
            QStringLiteral("POST /mfa/status"),
            QStringLiteral("POST /mfa/totp/enable"),
            QStringLiteral("POST /mfa/disable"),
            QStringLiteral("GET /system/version"),
            QStringLiteral("GET /system/reboot"),
            QStringLiteral("POST /system/reboot"),
            QStringLiteral("GET /system/updates"),
        };
        QCOMPARE(listed, QSet<QString>(spec.begin(), spec.end()));
        // And each path is served with exactly the methods listed (OPTIONS and 405 + Allow, before any auth).
        QMap<QString, QStringList> methods;
        for (const Route& r : routes()) {
            QStringList& m = methods[r.path.section(QLatin1Char('?'), 0, 0)];
            m << QString::fromLatin1(r.method) << QStringLiteral("OPTIONS");
            if (r.method == "GET") {
                m << QStringLiteral("HEAD");
            }
        }
        for (auto it = methods.begin(); it != methods.end(); ++it) {
            QStringList allowed = it.value();
            allowed.removeDuplicates();
            allowed.sort();
            const QByteArray allow = allowed.join(QStringLiteral(", ")).toLatin1();
            auto reply = call("OPTIONS", it.key(), {});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Allow"), allow);
            reply = call("PUT", it.key(), {});
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.header("Allow"), allow);
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("routeIndex");
        QTest::addColumn<int>("roleIndex");
        for (int i = 0; i < routes().size(); ++i) {
            for (int j = 0; j < roles().size(); ++j) {
                QTest::addRow("%s %s as %s", routes().at(i).method.constData(), qPrintable(routes().at(i).path),
                              roles().at(j).name)
                    << i << j;
            }
        }
    }
    void matrix()
    {
        QFETCH(int, routeIndex);
        QFETCH(int, roleIndex);
        const Route& route = routes().at(routeIndex);
        const RoleInfo& role = roles().at(roleIndex);
        const Headers headers = credentials(role.role);
        if (role.role != Role::Anonymous) {
            QVERIFY(!headers.isEmpty());
        }
        const QString before = dump();
        const auto reply = call(route.method, route.path, headers, route.form);
        const QString after = dump();

        if (route.path == QLatin1String("/login")) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
            if (role.loginReason.isEmpty()) {
                const QRegularExpression ok(QStringLiteral("^\\{\n  \"api_key\": \"[0-9a-f]{64}\",\n  \"email\": "
                                                           "\"[a-z.@-]+\",\n  \"privileges\": \\[[^\\]]*\\],\n"
                                                           "  \"status\": \"ok\"\n\\}\n$"));
                QVERIFY2(ok.match(QString::fromUtf8(reply.body)).hasMatch(), reply.body.constData());
            } else {
                const QByteArray status =
                    role.loginReason == "missing-totp-token" ? QByteArray("missing-totp-token") : "invalid";
                QCOMPARE(reply.body,
                         "{\n  \"reason\": \"" + role.loginReason + "\",\n  \"status\": \"" + status + "\"\n}\n");
            }
        } else if (route.path == QLatin1String("/logout")) {
            // Anonymous: any credentials, answered ok; a live session is ended by it.
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, route.body);
            if (role.role == Role::AdminSession || role.role == Role::NonAdminSession ||
                role.role == Role::MfaSession) {
                QCOMPARE(call("GET", QStringLiteral("/mail/domains"), headers).header("X-Reason"),
                         QByteArray("Incorrect email address or password."));
            }
        } else if (!tokenScope(role.role).isEmpty() && !tokenAllows(tokenScope(role.role), route)) {
            // Outside the token's scopes: 403 with the reason, nothing asked of the caller.
            const QByteArray reason = QStringLiteral("This token's scopes (%1) do not allow %2 %3.")
                                          .arg(tokenScope(role.role), QString::fromLatin1(route.method),
                                               route.path.section(QLatin1Char('?'), 0, 0))
                                          .toUtf8();
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.header("X-Reason"), reason);
            QCOMPARE(reply.header("WWW-Authenticate"), QByteArray());
            QCOMPARE(reply.body, reason + '\n');
        } else if (!role.refusal.isEmpty()) {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.header("X-Reason"), role.refusal);
            QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Basic realm=\"Mail-in-a-Box Management Server\""));
            QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
            QCOMPARE(reply.body, role.refusal + '\n');
        } else {
            const bool system = role.role == Role::SystemKey && route.systemStatus != 0;
            const int status = system ? route.systemStatus : route.status;
            const QByteArray body = system ? route.systemBody : route.body;
            QCOMPARE(reply.status, status);
            if (route.bodyIsPrefix && !system) {
                QVERIFY2(reply.body.startsWith(body), reply.body.left(300).constData());
            } else {
                QCOMPARE(reply.body, body);
            }
            if (status == 400) {
                QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
            }
        }
        // Nothing a refused or rejected request does stays in the database. (A code accepted once is kept as the
        // device's last code: that is the replay guard, not a change made by the route.)
        if (role.role != Role::MfaGoodCode) {
            QCOMPARE(after, before);
        }
    }

    // The one change an accepted code makes: it becomes the device's mru_token, so it cannot be used again.
    void acceptedCodeIsRemembered()
    {
        const QByteArray code = freshCode();
        const Headers headers{TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword), {"X-Auth-Token", code}};
        const QString before = dump();
        QCOMPARE(call("GET", QStringLiteral("/mail/domains"), headers).status, 200);
        const QString after = dump();
        QVERIFY(after != before);
        QVERIFY2(after.contains(QStringLiteral("|phone|")) && after.contains(QLatin1String(code)), qPrintable(after));
        QCOMPARE(call("GET", QStringLiteral("/mail/domains"), headers).header("X-Reason"),
                 QByteArray("invalid-totp-token"));
        QCOMPARE(dump(), after);
    }
};

QTEST_GUILESS_MAIN(TestAuthMatrix)
#include "tst_auth_matrix.moc"
