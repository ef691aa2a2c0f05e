#include "http/AgentServer.h"
#include "http/Router.h"

#include <QTest>

#include <stdexcept>

class TestRouter : public QObject
{
    Q_OBJECT
private:
    static HttpRequest request(const QByteArray& method, const QString& path)
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        return r;
    }

    Router m_router;
    int m_authCalls = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_router.setAuthorizer(
            [this](const HttpRequest& r, bool requireAdmin) -> std::variant<AuthContext, HttpResponse> {
                ++m_authCalls;
                Q_UNUSED(requireAdmin)
                if (r.header("Authorization") == "ok") {
                    AuthContext c;
                    c.authenticated = true;
                    c.email = QStringLiteral("me@example.com");
                    c.privileges = QStringList{QStringLiteral("admin")};
                    return c;
                }
                return HttpResponse::plain(QStringLiteral("no\n"), 401);
            });
        const auto echo = [](const HttpRequest& r, const AuthContext& c) {
            return HttpResponse::text(r.method + ' ' + r.path + ' ' + c.email + ' ' +
                                      r.pathParams.value(QStringLiteral("qname")) + '|' +
                                      r.pathParams.value(QStringLiteral("rtype")));
        };
        m_router.addRoute("GET", QStringLiteral("/mail/users"), Router::Access::Admin, echo);
        m_router.addRoute("POST", QStringLiteral("/mail/users/add"), Router::Access::Admin, echo);
        m_router.addRoute("POST", QStringLiteral("/login"), Router::Access::Anonymous, echo);
        m_router.addRoute("GET", QStringLiteral("/dns/custom/<qname>"), Router::Access::Admin, echo);
        m_router.addRoute("PUT", QStringLiteral("/dns/custom/<qname>"), Router::Access::Admin, echo);
        m_router.addRoute("GET", QStringLiteral("/dns/custom/<qname>/<rtype>"), Router::Access::Admin, echo);
        m_router.addRoute("GET", QStringLiteral("/dns/custom"), Router::Access::Admin, echo);
        m_router.addRoute(
            "GET", QStringLiteral("/boom"), Router::Access::Anonymous,
            [](const HttpRequest&, const AuthContext&) -> HttpResponse { throw std::runtime_error("boom"); });
        m_router.addRoute("GET", QStringLiteral("/boom2"), Router::Access::Anonymous,
                          [](const HttpRequest&, const AuthContext&) -> HttpResponse { throw 42; });
    }

    void notFound()
    {
        m_authCalls = 0;
        for (const QString& path : {QStringLiteral("/nope"), QStringLiteral("/mail/users/"), QStringLiteral("/mail"),
                                    QStringLiteral("/"), QStringLiteral("/mail/users/add/x")}) {
            const HttpResponse r = m_router.dispatch(request("GET", path));
            QCOMPARE(r.status, 404);
            QVERIFY(r.body.contains("<title>404 Not Found</title>"));
            QCOMPARE(r.contentType, QByteArray("text/html; charset=utf-8"));
        }
        QCOMPARE(m_authCalls, 0); // no auth check before routing
    }

    void methodNotAllowed()
    {
        m_authCalls = 0;
        HttpResponse r = m_router.dispatch(request("POST", QStringLiteral("/mail/users")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headerValue("Allow"), QByteArray("GET, HEAD, OPTIONS"));
        QVERIFY(r.body.contains("<title>405 Method Not Allowed</title>"));
        r = m_router.dispatch(request("GET", QStringLiteral("/login")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headerValue("Allow"), QByteArray("OPTIONS, POST"));
        r = m_router.dispatch(request("DELETE", QStringLiteral("/dns/custom/a.example")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headerValue("Allow"), QByteArray("GET, HEAD, OPTIONS, PUT"));
        r = m_router.dispatch(request("UNKNOWN", QStringLiteral("/login")));
        QCOMPARE(r.status, 405);
        QCOMPARE(m_authCalls, 0);
    }

    void options()
    {
        m_authCalls = 0;
        const HttpResponse r = m_router.dispatch(request("OPTIONS", QStringLiteral("/mail/users/add")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.headerValue("Allow"), QByteArray("OPTIONS, POST"));
        QCOMPARE(m_authCalls, 0);
    }

    void headAndAuth()
    {
        HttpRequest r = request("HEAD", QStringLiteral("/mail/users"));
        QCOMPARE(m_router.dispatch(r).status, 401);
        r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("ok")));
        const HttpResponse ok = m_router.dispatch(r);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("HEAD /mail/users me@example.com |")); // the GET handler serves HEAD
        // Anonymous routes never call the authorizer.
        m_authCalls = 0;
        QCOMPARE(m_router.dispatch(request("POST", QStringLiteral("/login"))).status, 200);
        QCOMPARE(m_authCalls, 0);
    }

    void pathParams()
    {
        HttpRequest r = request("GET", QStringLiteral("/dns/custom/www.example.com/TXT"));
        r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("ok")));
        QCOMPARE(m_router.dispatch(r).body, QByteArray("GET /dns/custom/www.example.com/TXT me@example.com "
                                                       "www.example.com|TXT"));
        r.path = QStringLiteral("/dns/custom/example.org");
        QCOMPARE(m_router.dispatch(r).body, QByteArray("GET /dns/custom/example.org me@example.com example.org|"));
        r.path = QStringLiteral("/dns/custom");
        QCOMPARE(m_router.dispatch(r).body, QByteArray("GET /dns/custom me@example.com |"));
        QVERIFY(m_router.hasPath(QStringLiteral("/dns/custom/x")));
        QVERIFY(!m_router.hasPath(QStringLiteral("/dns/custom/x/y/z")));
    }

    void exceptionIs500()
    {
        const HttpResponse r = m_router.dispatch(request("GET", QStringLiteral("/boom")));
        QCOMPARE(r.status, 500);
        QCOMPARE(m_router.dispatch(request("GET", QStringLiteral("/boom2"))).status, 500);
        QVERIFY(r.body.contains("<title>500 Internal Server Error</title>"));
    }

    void adminPrefix()
    {
        QCOMPARE(AgentServer::stripAdminPrefix(QStringLiteral("/admin/mail/users")), QStringLiteral("/mail/users"));
        QCOMPARE(AgentServer::stripAdminPrefix(QStringLiteral("/admin/")), QStringLiteral("/"));
        QCOMPARE(AgentServer::stripAdminPrefix(QStringLiteral("/admin")), QStringLiteral("/"));
        QCOMPARE(AgentServer::stripAdminPrefix(QStringLiteral("/mail/users")), QStringLiteral("/mail/users"));
        QCOMPARE(AgentServer::stripAdminPrefix(QStringLiteral("/administrator")), QStringLiteral("/administrator"));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_agentcore_router.moc"
