#include "box/BoxConfig.h"
#include "box/Database.h"
#include "dns/DnsApi.h"
#include "dns/DnsService.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

// DnsApi through Router::dispatch, without sockets: request parsing (raw body, caller address) and the
// answers' formats. Only routes that do not sign zones are used here (no ldns tools needed).
class TestDnsApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<BoxConfig> m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DnsService> m_dns;
    Router m_router;

    HttpResponse dispatch(const QByteArray& method, const QString& path, const QByteArray& body = {},
                          const QHostAddress& peer = QHostAddress::LocalHost,
                          const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool viaProxy = false)
    {
        HttpRequest r;
        r.viaProxy = viaProxy;
        r.method = method;
        r.path = path;
        r.body = body;
        r.peer = peer;
        r.headers = headers;
        if (method == "POST" && !body.isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return m_router.dispatch(r);
    }

private slots:
    void initTestCase()
    {
        m_config = BoxConfig::parse(QStringLiteral("STORAGE_ROOT=%1/data\nPRIMARY_HOSTNAME=box.example.com\n"
                                                   "PUBLIC_IP=192.0.2.1\nSYSTEM_ROOT=%1/sys\n")
                                        .arg(m_dir.path())
                                        .toUtf8());
        QVERIFY(m_config);
        QDir().mkpath(m_dir.path() + "/data/mail");
        m_db = std::make_unique<Database>(m_config->usersDatabasePath());
        QVERIFY(m_db->ensureSchema());
        QVERIFY(m_db->write([](QSqlDatabase& c) {
            QSqlQuery q(c);
            return q.exec("INSERT INTO users (email, password, privileges) VALUES ('me@example.com', 'x', 'admin')");
        }));
        m_dns = std::make_unique<DnsService>(*m_config, *m_db);
        m_router.setAuthorizer([](const HttpRequest&, bool) -> std::variant<AuthContext, HttpResponse> {
            AuthContext admin;
            admin.email = "me@example.com";
            admin.privileges = {"admin"};
            admin.authenticated = true;
            return admin;
        });
        DnsApi::registerRoutes(m_router, *m_dns);
    }

    void zones()
    {
        const HttpResponse r = dispatch("GET", "/dns/zones");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.body, QByteArray("[\n  \"example.com\"\n]\n"));
    }

    void validationBeforeAnyChange()
    {
        HttpResponse r = dispatch("PUT", "/dns/custom/x.example.com/mx", "10");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.contentType, QByteArray("text/html; charset=utf-8"));
        QVERIFY(r.body.startsWith("Invalid MX value."));
        r = dispatch("POST", "/dns/custom/x.example.com/srv", "  \xff\xfe  ");
        QCOMPARE(r.body, QByteArray("No value for the record provided."));
        // The caller's address: the connection's peer for a remote client, even with X-Forwarded-For ...
        r = dispatch("PUT", "/dns/custom/x.example.com/aaaa", {}, QHostAddress("198.51.100.20"),
                     {{"X-Forwarded-For", "2001:db8::1"}});
        QCOMPARE(r.body, QByteArray("That's an IPv4 address."));
        // ... also from a loopback peer over TLS ...
        r = dispatch("PUT", "/dns/custom/x.example.com/aaaa", {}, QHostAddress::LocalHost,
                     {{"X-Forwarded-For", "2001:db8::1"}});
        QCOMPARE(r.body, QByteArray("That's an IPv4 address."));
        // ... and the header's address behind nginx (the plain-HTTP listener) ...
        r = dispatch("PUT", "/dns/custom/x.example.com", {}, QHostAddress::LocalHost,
                     {{"X-Forwarded-For", "2001:db8::1"}}, true);
        QCOMPARE(r.body, QByteArray("That's an IPv6 address."));
        // ... when it is one IP address: a list never becomes a record's value (the peer's address is used).
        r = dispatch("PUT", "/dns/custom/x.example.com/aaaa", {}, QHostAddress::LocalHost,
                     {{"X-Forwarded-For", "2001:db8::1, 2001:db8::2"}}, true);
        QCOMPARE(r.body, QByteArray("That's an IPv4 address."));
        // An IPv4 client seen through an IPv6 socket counts as IPv4.
        r = dispatch("PUT", "/dns/custom/x.example.com/aaaa", {}, QHostAddress("::ffff:198.51.100.20"));
        QCOMPARE(r.body, QByteArray("That's an IPv4 address."));
        QCOMPARE(dispatch("GET", "/dns/custom").body, QByteArray("[]\n"));
    }

    void listsAndSettings()
    {
        HttpResponse r = dispatch("GET", "/dns/custom/x.example.com/TXT");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("[]\n"));
        r = dispatch("GET", "/dns/secondary-nameserver");
        QCOMPARE(r.body, QByteArray("{\n  \"hostnames\": []\n}\n"));
        r = dispatch("POST", "/dns/secondary-nameserver", "hostnames=xfr%3A192.0.2.1%2F24");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("'192.0.2.1/24' is not an IPv4 or IPv6 address or subnet."));
        r = dispatch("GET", "/dns/zonefile/example.com");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("The zone file for example.com has not been written yet. Update DNS first."));
        r = dispatch("GET", "/dns/zonefile/nothing.example");
        QCOMPARE(r.body, QByteArray("nothing.example is not a domain name that corresponds to a zone."));
    }

    void methodsAndPaths()
    {
        QCOMPARE(dispatch("GET", "/dns/update").status, 405);
        QCOMPARE(dispatch("DELETE", "/dns/custom").status, 405);
        QCOMPARE(dispatch("HEAD", "/dns/zones").status, 200);
        QCOMPARE(dispatch("GET", "/dns/custom/a/b/c").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDnsApi)
#include "tst_dns_api.moc"
