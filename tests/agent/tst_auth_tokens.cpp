#include "TestCurl.h"
#include "tst_auth_support.h"

#include "auth/TokenScopes.h"
#include "auth/Totp.h"
#include "box/BoxConfig.h"
#include "http/Router.h"
#include "runtime/Agent.h"
#include "runtime/DemoBox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace AuthTestSupport;

namespace {

// Every protected route the agent serves (a concrete path for each pattern) and the scope a narrow token needs
// for it, written here independently of the agent's table: "admin" = only the admin scope, "dns" = a dns:<zone>
// scope covering the name in the path.
struct ScopedRoute
{
    QByteArray method;
    QString path;
    QString scope;
};

const QList<ScopedRoute>& scopedRoutes()
{
    static const QList<ScopedRoute> all{
        {"GET", QStringLiteral("/mail/users"), QStringLiteral("mail:read")},
        {"POST", QStringLiteral("/mail/users/add"), QStringLiteral("mail:write")},
        {"POST", QStringLiteral("/mail/users/remove"), QStringLiteral("mail:write")},
        {"POST", QStringLiteral("/mail/users/password"), QStringLiteral("mail:write")},
        {"GET", QStringLiteral("/mail/users/quota"), QStringLiteral("mail:read")},
        {"POST", QStringLiteral("/mail/users/quota"), QStringLiteral("mail:write")},
        {"GET", QStringLiteral("/mail/users/privileges"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/mail/users/privileges/add"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/mail/users/privileges/remove"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/mail/aliases"), QStringLiteral("mail:read")},
        {"POST", QStringLiteral("/mail/aliases/add"), QStringLiteral("mail:write")},
        {"POST", QStringLiteral("/mail/aliases/remove"), QStringLiteral("mail:write")},
        {"GET", QStringLiteral("/mail/domains"), QStringLiteral("mail:read")},
        {"POST", QStringLiteral("/mfa/status"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/mfa/totp/enable"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/mfa/disable"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/zones"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/dns/update"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/dump"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/zonefile/example.com"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/secondary-nameserver"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/dns/secondary-nameserver"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/custom"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/dns/custom/laptop.example.com"), QStringLiteral("dns")},
        {"PUT", QStringLiteral("/dns/custom/laptop.example.com"), QStringLiteral("dns")},
        {"POST", QStringLiteral("/dns/custom/example.com/txt"), QStringLiteral("dns")},
        {"DELETE", QStringLiteral("/dns/custom/laptop.example.com/a"), QStringLiteral("dns")},
        {"GET", QStringLiteral("/dns/custom/laptop.example.com/a"), QStringLiteral("dns")},
        {"POST", QStringLiteral("/dns/custom/laptop.example.com"), QStringLiteral("dns")},
        {"PUT", QStringLiteral("/dns/custom/laptop.example.com/aaaa"), QStringLiteral("dns")},
        {"DELETE", QStringLiteral("/dns/custom/laptop.example.com"), QStringLiteral("dns")},
        {"PUT", QStringLiteral("/dns/custom/laptop.example.org"), QStringLiteral("dns")},
        {"PUT", QStringLiteral("/dns/custom/laptop.evilexample.com"), QStringLiteral("dns")},
        {"POST", QStringLiteral("/boxkeeper/dns/preview"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/ssl/status"), QStringLiteral("status:read")},
        {"POST", QStringLiteral("/ssl/csr/example.com"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/ssl/install"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/ssl/provision"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/web/domains"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/web/update"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/system/status"), QStringLiteral("status:read")},
        {"GET", QStringLiteral("/system/version"), QStringLiteral("status:read")},
        {"POST", QStringLiteral("/system/latest-upstream-version"), QStringLiteral("status:read")},
        {"GET", QStringLiteral("/system/updates"), QStringLiteral("status:read")},
        {"POST", QStringLiteral("/system/update-packages"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/system/reboot"), QStringLiteral("status:read")},
        {"POST", QStringLiteral("/system/reboot"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/system/privacy"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/system/privacy"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/system/backup/status"), QStringLiteral("backup:read")},
        {"GET", QStringLiteral("/system/backup/config"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/system/backup/config"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/boxkeeper/backup/run"), QStringLiteral("backup:read")},
        {"POST", QStringLiteral("/boxkeeper/backup/run"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/boxkeeper/backup/files"), QStringLiteral("backup:read")},
        {"GET", QStringLiteral("/boxkeeper/backup/verify"), QStringLiteral("backup:read")},
        {"POST", QStringLiteral("/boxkeeper/backup/verify"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/boxkeeper/backup/restore"), QStringLiteral("backup:read")},
        {"POST", QStringLiteral("/boxkeeper/backup/restore"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/boxkeeper/backup/secret-key"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/boxkeeper/capabilities"), QStringLiteral("status:read")},
        {"GET", QStringLiteral("/boxkeeper/status/changes"), QStringLiteral("status:read")},
        {"GET", QStringLiteral("/boxkeeper/metrics"), QStringLiteral("status:read")},
        {"GET", QStringLiteral("/boxkeeper/tokens"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/boxkeeper/tokens"), QStringLiteral("admin")},
        {"POST", QStringLiteral("/boxkeeper/tokens/revoke"), QStringLiteral("admin")},
        {"GET", QStringLiteral("/boxkeeper/audit"), QStringLiteral("admin")},
    };
    return all;
}

const QStringList& narrowScopes()
{
    static const QStringList all{QStringLiteral("mail:read"),       QStringLiteral("mail:write"),
                                 QStringLiteral("backup:read"),     QStringLiteral("status:read"),
                                 QStringLiteral("dns:example.com"), QStringLiteral("dns:box.example.com")};
    return all;
}

bool expectedAllowed(const ScopedRoute& route, const QString& scope)
{
    if (route.scope == QLatin1String("dns")) {
        const QString name = route.path.section(QLatin1Char('/'), 3, 3);
        if (!scope.startsWith(QLatin1String("dns:")))
            return false;
        const QString zone = scope.mid(4);
        return name == zone || name.endsWith(QLatin1Char('.') + zone);
    }
    return route.scope == scope;
}

} // namespace

// Scoped API tokens (issue 16) against a real agent over HTTPS: management, Basic auth as `token` and Bearer,
// scopes, revocation and expiry, two-factor admins, the throttle, and the secret kept out of the database and logs.
class TestAuthTokens : public QObject
{
    Q_OBJECT
private:
    TestAgent m_agent;
    TestCurl m_curl{m_agent};
    std::unique_ptr<TestHttp> m_http;
    QStringList m_secrets; // every secret handed out, for the grep at the end
    QHash<QString, QString> m_scopeTokens; // scope -> secret of a token with only that scope
    const QString m_mfaAdmin = QStringLiteral("mfa-admin@example.com");
    const QString m_mfaPassword = QStringLiteral("mfa-admin-password");
    const QByteArray m_mfaKey = "12345678901234567890";

    Headers admin() const { return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}; }
    static Headers basicToken(const QString& secret) { return {TestHttp::basicAuth(QStringLiteral("token"), secret)}; }
    static Headers bearer(const QString& secret) { return {{"Authorization", "Bearer " + secret.toLatin1()}}; }
    QString tokensPath() const { return m_agent.storageRoot() + QStringLiteral("/boxkeeper/tokens.sqlite"); }

    TestHttp::Reply call(const QByteArray& method, const QString& path, const Headers& headers,
                         const QByteArray& body = {})
    {
        Headers all = headers;
        if (method == "POST")
            all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return m_http->request(method, m_agent.url(path), all, body);
    }
    TestHttp::Reply create(const QString& name, const QString& scopes, const QString& expires = {},
                           const Headers& headers = {})
    {
        QList<QPair<QString, QString>> fields{{QStringLiteral("name"), name}, {QStringLiteral("scopes"), scopes}};
        if (!expires.isNull())
            fields.append({QStringLiteral("expires"), expires});
        const auto reply = m_http->postForm(m_agent.url(QStringLiteral("/boxkeeper/tokens")), fields,
                                            headers.isEmpty() ? admin() : headers);
        const QString secret = jsonObject(reply).value(QStringLiteral("secret")).toString();
        if (!secret.isEmpty())
            m_secrets.append(secret);
        return reply;
    }
    QString createSecret(const QString& name, const QString& scopes)
    {
        return jsonObject(create(name, scopes)).value(QStringLiteral("secret")).toString();
    }
    QJsonObject listed(const QString& name)
    {
        const QJsonArray list =
            QJsonDocument::fromJson(call("GET", QStringLiteral("/boxkeeper/tokens"), admin()).body).array();
        for (const QJsonValue& v : list) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    TestCurl::Result curlAsToken(const QString& secret, const QStringList& args, const QString& path)
    {
        // curl uses the last --user given: the token replaces the admin's credentials TestCurl puts first.
        return m_curl.run(QStringList{QStringLiteral("--user"), QStringLiteral("token:") + secret} + args, path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error, {QStringLiteral("--max-failed-logins"), QStringLiteral("1000")}),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
    }

    void cleanupTestCase() { m_agent.stop(); }

    void createListRevoke()
    {
        const auto reply = create(QStringLiteral("router"), QStringLiteral("dns:example.com"), QStringLiteral("30"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QString secret = jsonObject(reply).value(QStringLiteral("secret")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^bkt_[0-9a-f]{64}$")).match(secret).hasMatch(), reply.body);
        QCOMPARE(jsonObject(reply).value(QStringLiteral("name")).toString(), QStringLiteral("router"));

        // Listed without its secret: name, scopes, created, last used (never yet), expiry in 30 days.
        const auto list = call("GET", QStringLiteral("/boxkeeper/tokens"), admin());
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(secret.toLatin1()));
        QVERIFY(!list.body.contains(secret.mid(4).toLatin1()));
        const QJsonObject token = listed(QStringLiteral("router"));
        QCOMPARE(token.value(QStringLiteral("scopes")).toString(), QStringLiteral("dns:example.com"));
        QVERIFY(token.value(QStringLiteral("last_used")).isNull());
        const QDateTime created = QDateTime::fromString(token.value(QStringLiteral("created")).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(token.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(qAbs(created.secsTo(expires) - 30 * 24 * 3600) <= 1);
        QCOMPARE(QStringList(token.keys()), QStringList({"created", "expires", "last_used", "name", "scopes"}));

        // Used once: its last use is recorded.
        QCOMPARE(call("GET", QStringLiteral("/dns/custom/router.example.com"), basicToken(secret)).status, 200);
        QVERIFY(!listed(QStringLiteral("router")).value(QStringLiteral("last_used")).isNull());

        // Refusals: 400 with one line, nothing created.
        const auto refused = [this](const QString& name, const QString& scopes, const QString& expires,
                                    const QByteArray& message) {
            const auto r = create(name, scopes, expires);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, message);
        };
        refused(QStringLiteral("router"), QStringLiteral("admin"), {}, "A token named router already exists.");
        refused(QString(), QStringLiteral("admin"), {}, "No token name provided.");
        refused(QString(65, QLatin1Char('x')), QStringLiteral("admin"), {},
                "That's not a valid token name (at most 64 characters, no control characters, no spaces around it).");
        refused(QStringLiteral("t"), QString(), {}, "No scopes provided.");
        refused(QStringLiteral("t"), QStringLiteral("mail:read dns:"), {},
                "That's not a valid scope (dns:). Scopes are admin, mail:read, mail:write, backup:read, status:read "
                "and dns:<zone>.");
        refused(QStringLiteral("t"), QStringLiteral("root"), {},
                "That's not a valid scope (root). Scopes are admin, mail:read, mail:write, backup:read, status:read "
                "and dns:<zone>.");
        refused(QStringLiteral("t"), QStringLiteral("admin"), QStringLiteral("2001-01-01"),
                "The expiry date is not in the future.");
        refused(QStringLiteral("t"), QStringLiteral("admin"), QStringLiteral("next week"),
                "That's not a valid expiry (next week): give a date (YYYY-MM-DD) or a number of days.");
        QVERIFY(listed(QStringLiteral("t")).isEmpty());
        QVERIFY(create(QString(64, QLatin1Char('y')), QStringLiteral("status:read")).status == 200);

        // Revoked: gone from the list, refused at once.
        auto r = m_http->postForm(m_agent.url(QStringLiteral("/boxkeeper/tokens/revoke")),
                                  {{QStringLiteral("name"), QStringLiteral("router")}}, admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("OK"));
        QVERIFY(listed(QStringLiteral("router")).isEmpty());
        r = call("GET", QStringLiteral("/dns/custom/router.example.com"), basicToken(secret));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"), QByteArray("Invalid API token (unknown or revoked)."));
        QCOMPARE(r.body, QByteArray("Invalid API token (unknown or revoked).\n"));
        r = m_http->postForm(m_agent.url(QStringLiteral("/boxkeeper/tokens/revoke")),
                             {{QStringLiteral("name"), QStringLiteral("router")}}, admin());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("That's not a token (router)."));

        // The capability is announced.
        QVERIFY(call("GET", QStringLiteral("/boxkeeper/capabilities"), admin()).body.contains("\"tokens\""));
    }

    // The control panel's dynamic-DNS example with a token instead of the admin's password.
    void dynamicDnsWithCurl()
    {
        if (!m_curl.isAvailable())
            QSKIP("curl is not installed");
        const QString secret = createSecret(QStringLiteral("laptop"), QStringLiteral("dns:example.com"));
        QVERIFY(!secret.isEmpty());
        auto r = curlAsToken(secret, {QStringLiteral("-X"), QStringLiteral("PUT")},
                             QStringLiteral("/dns/custom/laptop.example.com"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        r = m_curl.run({QStringLiteral("-X"), QStringLiteral("GET")}, QStringLiteral("/dns/custom/laptop.example.com"));
        QVERIFY2(r.body.contains("\"value\": \"127.0.0.1\""), r.body.constData());

        // Nothing else: another zone, a look-alike name, the whole list, mail, token management.
        r = curlAsToken(secret, {QStringLiteral("-X"), QStringLiteral("PUT")},
                        QStringLiteral("/dns/custom/laptop.example.org"));
        QCOMPARE(r.status, 403);
        QCOMPARE(
            r.body,
            QByteArray("This token's scopes (dns:example.com) do not allow PUT /dns/custom/laptop.example.org.\n"));
        r = curlAsToken(secret, {QStringLiteral("-X"), QStringLiteral("PUT")},
                        QStringLiteral("/dns/custom/laptop.evilexample.com"));
        QCOMPARE(r.status, 403);
        r = curlAsToken(secret, {}, QStringLiteral("/dns/custom"));
        QCOMPARE(r.status, 403);
        r = curlAsToken(secret, {}, QStringLiteral("/mail/users"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray("This token's scopes (dns:example.com) do not allow GET /mail/users.\n"));
        r = curlAsToken(secret, {QStringLiteral("-d"), QStringLiteral("name=mine&scopes=admin")},
                        QStringLiteral("/boxkeeper/tokens"));
        QCOMPARE(r.status, 403);
        QVERIFY(listed(QStringLiteral("mine")).isEmpty());
        r = curlAsToken(secret, {QStringLiteral("-d"), QStringLiteral("name=laptop")},
                        QStringLiteral("/boxkeeper/tokens/revoke"));
        QCOMPARE(r.status, 403);
        QVERIFY(!listed(QStringLiteral("laptop")).isEmpty());
    }

    void bearerAndJsonRefusal()
    {
        const QString secret = createSecret(QStringLiteral("monitor"), QStringLiteral("status:read"));
        QVERIFY(!secret.isEmpty());
        auto r = call("GET", QStringLiteral("/system/version"), bearer(secret));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("v75"));
        r = call("GET", QStringLiteral("/mail/users"), bearer(secret) + Headers{{"Accept", "application/json"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("X-Reason"), QByteArray("This token's scopes (status:read) do not allow GET /mail/users."));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray());
        QCOMPARE(r.body, QByteArray("{\"status\": \"error\", \"reason\": \"This token's scopes (status:read) do not "
                                    "allow GET /mail/users.\"}\n"));
        r = call("GET", QStringLiteral("/system/version"), {{"Authorization", "Bearer bkt_0123"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"), QByteArray("Invalid API token (unknown or revoked)."));
        // A token is not a session key or a password for /login.
        r = call("POST", QStringLiteral("/login"), basicToken(secret));
        QCOMPARE(jsonObject(r).value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    }

    // The router drops empty path segments: so does the scope check, or "/mail//users/privileges/add" would pass as
    // a mail route.
    void emptySegments()
    {
        QVERIFY(!TokenScopes::allows({QStringLiteral("mail:write")}, "POST",
                                     QStringLiteral("/mail//users/privileges/add")));
        QVERIFY(!TokenScopes::allows({QStringLiteral("mail:read")}, "GET", QStringLiteral("//mfa/status")));
        QVERIFY(TokenScopes::allows({QStringLiteral("dns:example.com")}, "PUT",
                                    QStringLiteral("/dns//custom/laptop.example.com")));
        QCOMPARE(TokenScopes::requiredScope("HEAD", QStringLiteral("/mail/users")), QStringLiteral("mail:read"));
        QCOMPARE(TokenScopes::requiredScope("GET", QStringLiteral("/mailbox")), QStringLiteral("admin"));
        const QString secret = createSecret(QStringLiteral("writer"), QStringLiteral("mail:write"));
        QVERIFY(!secret.isEmpty());
        const QString before = TestDatabase::dump(m_agent.databasePath());
        QUrl url = m_agent.url(QStringLiteral("/mail/users/privileges/add"));
        url.setPath(url.path().replace(QStringLiteral("/mail/"), QStringLiteral("/mail//")));
        const auto r = m_http->request("POST", url,
                                       bearer(secret) + Headers{{"Content-Type", "application/x-www-form-urlencoded"}},
                                       "email=admin%40example.com&privilege=admin");
        QVERIFY2(r.status == 403 || r.status == 404, r.body.constData());
        QCOMPARE(TestDatabase::dump(m_agent.databasePath()), before);
    }

    void expired()
    {
        const QString secret = createSecret(QStringLiteral("temporary"), QStringLiteral("status:read"));
        QVERIFY(!secret.isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/system/version"), basicToken(secret)).status, 200);
        // A second past its expiry (moved in the database, as time would).
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 1;
        QVERIFY(TestDatabase::exec(tokensPath(), QStringLiteral("UPDATE tokens SET expires=? WHERE name=?"),
                                   {past, QStringLiteral("temporary")}));
        const auto r = call("GET", QStringLiteral("/system/version"), basicToken(secret));
        QCOMPARE(r.status, 401);
        const QByteArray reason = "This API token (temporary) expired on " +
                                  QDateTime::fromSecsSinceEpoch(past, Qt::UTC).toString(Qt::ISODate).toLatin1() + ".";
        QCOMPARE(r.header("X-Reason"), reason);
        QCOMPARE(call("GET", QStringLiteral("/system/version"), bearer(secret)).header("X-Reason"), reason);
        // Still listed, with its expiry.
        QVERIFY(!listed(QStringLiteral("temporary")).value(QStringLiteral("expires")).isNull());
    }

    void adminTokenAndTwoFactor()
    {
        QVERIFY(addUser(m_agent, m_mfaAdmin, m_mfaPassword, QStringLiteral("admin")));
        QVERIFY(execSql(m_agent.databasePath(),
                        QStringLiteral("INSERT INTO mfa (user_id, type, secret, label) "
                                       "SELECT id, 'totp', ?, 'phone' FROM users WHERE email=?"),
                        {Totp::base32Encode(m_mfaKey), m_mfaAdmin}));
        const Headers password{TestHttp::basicAuth(m_mfaAdmin, m_mfaPassword)};
        QCOMPARE(call("GET", QStringLiteral("/mail/domains"), password).header("X-Reason"),
                 QByteArray("missing-totp-token"));
        while (QDateTime::currentSecsSinceEpoch() % 30 >= 27)
            QTest::qWait(250);
        const Headers withCode =
            password + Headers{{"X-Auth-Token", Totp::at(m_mfaKey, QDateTime::currentSecsSinceEpoch()).toLatin1()}};
        const auto made = create(QStringLiteral("automation"), QStringLiteral("admin"), {}, withCode);
        QCOMPARE(made.status, 200);
        const QString secret = jsonObject(made).value(QStringLiteral("secret")).toString();

        // No code asked of the token; it does what an administrator does, token management included.
        QCOMPARE(call("GET", QStringLiteral("/mail/users"), basicToken(secret)).status, 200);
        auto r = create(QStringLiteral("made-by-token"), QStringLiteral("mail:read"), {}, bearer(secret));
        QCOMPARE(r.status, 200);
        r = m_http->postForm(m_agent.url(QStringLiteral("/boxkeeper/tokens/revoke")),
                             {{QStringLiteral("name"), QStringLiteral("made-by-token")}}, bearer(secret));
        QCOMPARE(r.body, QByteArray("OK"));

        // Its creator no longer an administrator: the token stops working.
        QVERIFY(execSql(m_agent.databasePath(), QStringLiteral("UPDATE users SET privileges='' WHERE email=?"),
                        {m_mfaAdmin}));
        r = call("GET", QStringLiteral("/mail/users"), basicToken(secret));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"),
                 QByteArray("The user who created this API token (mfa-admin@example.com) is no longer an "
                            "administrator."));
        QVERIFY(execSql(m_agent.databasePath(), QStringLiteral("UPDATE users SET privileges='admin' WHERE email=?"),
                        {m_mfaAdmin}));
        QCOMPARE(call("GET", QStringLiteral("/mail/users"), basicToken(secret)).status, 200);
    }

    // The agent's table agrees with this test's, route by route and scope by scope.
    // The matrix below covers every route the agent serves behind authentication: a new route needs its row.
    void everyRouteInTheMatrix()
    {
        QTemporaryDir dir;
        QString error;
        const auto box = DemoBox::prepare(dir.filePath(QStringLiteral("box")), &error);
        QVERIFY2(box, qPrintable(error));
        const auto config = BoxConfig::load(box->configPath(), &error);
        QVERIFY2(config, qPrintable(error));
        Agent agent(*config, Agent::Options{});
        QVERIFY2(agent.open(&error), qPrintable(error));
        const auto matches = [](const QString& pattern, const QString& path) {
            const QStringList want = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            const QStringList have = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (want.size() != have.size())
                return false;
            for (int i = 0; i < want.size(); ++i) {
                if (!want.at(i).startsWith(QLatin1Char('<')) && want.at(i) != have.at(i))
                    return false;
            }
            return true;
        };
        const auto routes = agent.router()->routes(Router::Access::Admin);
        QVERIFY(routes.size() > 50);
        QStringList missing;
        for (const auto& [method, pattern] : routes) {
            if (std::none_of(scopedRoutes().begin(), scopedRoutes().end(),
                             [&, &method = method, &pattern = pattern](const ScopedRoute& r) {
                                 return r.method == method && matches(pattern, r.path);
                             }))
                missing.append(QString::fromLatin1(method) + QLatin1Char(' ') + pattern);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    void scopeTable_data()
    {
        QTest::addColumn<int>("routeIndex");
        QTest::addColumn<QString>("scope");
        for (int i = 0; i < scopedRoutes().size(); ++i) {
            for (const QString& scope : narrowScopes() + QStringList{QStringLiteral("admin")}) {
                QTest::addRow("%s %s with %s", scopedRoutes().at(i).method.constData(),
                              qPrintable(scopedRoutes().at(i).path), qPrintable(scope))
                    << i << scope;
            }
        }
    }
    void scopeTable()
    {
        QFETCH(int, routeIndex);
        QFETCH(QString, scope);
        const ScopedRoute& route = scopedRoutes().at(routeIndex);
        const bool expected = scope == QLatin1String("admin") || expectedAllowed(route, scope);
        QCOMPARE(TokenScopes::allows({scope}, route.method, route.path), expected);
    }

    // Every route x every narrow scope against the live agent: each refusal is a 403 with its reason before any
    // handler runs (the database unchanged); each allowed call gets past the scope check.
    void liveMatrix_data() { scopeTable_data(); }
    void liveMatrix()
    {
        QFETCH(int, routeIndex);
        QFETCH(QString, scope);
        const ScopedRoute& route = scopedRoutes().at(routeIndex);
        if (scope == QLatin1String("admin"))
            return; // an admin token runs every handler, some of which change the box: the table test covers it
        if (!m_scopeTokens.contains(scope)) {
            const QString secret = createSecret(QStringLiteral("matrix ") + scope, scope);
            QVERIFY(!secret.isEmpty());
            m_scopeTokens.insert(scope, secret);
        }
        const bool allowed = expectedAllowed(route, scope);
        // Allowed calls that would change the box or take long are left to the table test.
        const bool heavy = route.method != "GET" && route.scope != QLatin1String("mail:write");
        if (allowed && heavy)
            return;
        const QString before = TestDatabase::dump(m_agent.databasePath());
        const auto r = call(route.method, route.path, bearer(m_scopeTokens.value(scope)));
        if (allowed) {
            QVERIFY2(r.status != 403 && r.status != 401, r.body.constData());
        } else {
            QCOMPARE(r.status, 403);
            QCOMPARE(r.body, QStringLiteral("This token's scopes (%1) do not allow %2 %3.\n")
                                 .arg(scope, QString::fromLatin1(route.method), route.path)
                                 .toUtf8());
            QCOMPARE(TestDatabase::dump(m_agent.databasePath()), before);
        }
    }

    // A wrong token is a failed login: logged without the secret, and throttled like a wrong password.
    void throttled()
    {
        TestAgent strict;
        QString error;
        QVERIFY2(strict.start(&error, {QStringLiteral("--max-failed-logins"), QStringLiteral("3")}), qPrintable(error));
        TestHttp http(strict.certificate());
        const QString wrong = QStringLiteral("bkt_%1").arg(QString(64, QLatin1Char('e')));
        for (int i = 0; i < 3; ++i) {
            const auto r = http.request("GET", strict.url(QStringLiteral("/system/version")),
                                        i % 2 ? bearer(wrong) : basicToken(wrong));
            QCOMPARE(r.status, 401);
        }
        const auto r = http.request("GET", strict.url(QStringLiteral("/system/version")), bearer(wrong));
        QCOMPARE(r.status, 429);
        QTRY_VERIFY_WITH_TIMEOUT(strict.stderrOutput().count("authentication failure for") >= 3, 5000);
        strict.stop();
        const QByteArray log = strict.stderrOutput();
        QCOMPARE(log.count("authentication failure for (not-an-email-address) from 127.0.0.1"), 3);
        QVERIFY(!log.contains(wrong.toLatin1()));
    }

    // A stand-in for an unmodified box knows no tokens: one made before is refused like any wrong password.
    void upstreamOnlyRefusesTokens()
    {
        TestAgent box;
        QString error;
        QVERIFY2(box.start(&error), qPrintable(error));
        TestHttp http(box.certificate());
        const Headers owner{TestHttp::basicAuth(box.adminEmail(), box.adminPassword())};
        const auto made = http.postForm(
            box.url(QStringLiteral("/boxkeeper/tokens")),
            {{QStringLiteral("name"), QStringLiteral("router")}, {QStringLiteral("scopes"), QStringLiteral("admin")}},
            owner);
        QCOMPARE(made.status, 200);
        const QString secret = jsonObject(made).value(QStringLiteral("secret")).toString();
        QCOMPARE(http.request("GET", box.url(QStringLiteral("/system/version")), bearer(secret)).status, 200);
        QVERIFY2(box.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
        TestHttp again(box.certificate());
        QCOMPARE(again.request("GET", box.url(QStringLiteral("/system/version")), bearer(secret)).status, 401);
        QCOMPARE(again.request("GET", box.url(QStringLiteral("/system/version")), basicToken(secret)).status, 401);
        QCOMPARE(again.request("GET", box.url(QStringLiteral("/system/version")), owner).status, 200);
        box.stop();
    }

    // The secrets handed out are nowhere in the token database, the audit log or the agent's log; their hashes are in
    // the token database.
    void secretsStayOut()
    {
        QVERIFY(m_secrets.size() >= 6);
        QByteArray stored;
        const QDir dir(m_agent.storageRoot() + QStringLiteral("/boxkeeper"));
        QByteArray audited;
        for (const QString& name : dir.entryList({QStringLiteral("audit.sqlite*")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            audited += f.readAll();
        }
        QVERIFY(audited.contains("/boxkeeper/tokens")); // the tokens made and revoked are recorded there
        for (const QString& name : dir.entryList({QStringLiteral("tokens.sqlite*")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            stored += f.readAll();
        }
        QVERIFY(!stored.isEmpty());
        QCOMPARE(QFile::permissions(tokensPath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QByteArray users;
        QFile usersFile(m_agent.databasePath());
        QVERIFY(usersFile.open(QIODevice::ReadOnly));
        users = usersFile.readAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_agent.stderrOutput().contains("API token laptop (dns:example.com) created by admin@example.com"), 5000);
        const QByteArray log = m_agent.stderrOutput();
        int hashesFound = 0;
        for (const QString& secret : m_secrets) {
            const QByteArray raw = secret.toLatin1();
            QVERIFY(!stored.contains(raw) && !stored.contains(raw.mid(4)));
            QVERIFY(!audited.contains(raw) && !audited.contains(raw.mid(4)));
            QVERIFY(!log.contains(raw) && !log.contains(raw.mid(4)));
            QVERIFY(!users.contains(raw.mid(4)));
            if (stored.contains(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()))
                ++hashesFound;
        }
        QVERIFY(hashesFound >= 1); // the revoked ones are gone; the live ones are there as hashes
        // Upstream's database has no table of ours.
        QVERIFY(!users.contains("CREATE TABLE tokens"));
    }
};

QTEST_GUILESS_MAIN(TestAuthTokens)
#include "tst_auth_tokens.moc"
