#include "TestAgent.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "TestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using Fields = QList<QPair<QString, QString>>;

// The /admin/mail/* routes of a live agent: lists compared with the spec, every validation message of
// the catalogue with nothing changed, and concurrent writers.
class TestMailUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void usersListShapes();
    void userValidationCatalogue();
    void quotaAndPrivilegeRoutes();
    void passwordChangeEndsSessions();
    void removalEndsAllSessions();
    void aliasValidationCatalogue();
    void aliasesListShapes();
    void domains();
    void kickOnNewDomainOnly();
    void catchAllAndDomainAliasIdna();
    void methodsAndAuth();
    void concurrentWriters();
    void lastAdministrator();
    void passwordLimits();
    void passwordWithNul();

private:
    TestHttp::Reply get(const QString& path);
    TestHttp::Reply post(const QString& path, const Fields& fields);
    QString dump();
    void expectRejected(const QString& path, const Fields& fields, const QString& message);

    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    QList<QPair<QByteArray, QByteArray>> m_auth;
};

void TestMailUsers::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_agent.certificate());
    m_auth = {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
}

void TestMailUsers::cleanupTestCase()
{
    m_agent.stop();
}

TestHttp::Reply TestMailUsers::get(const QString& path)
{
    return m_http->get(m_agent.url(path), m_auth);
}

TestHttp::Reply TestMailUsers::post(const QString& path, const Fields& fields)
{
    return m_http->postForm(m_agent.url(path), fields, m_auth);
}

QString TestMailUsers::dump()
{
    return TestDatabase::dump(m_agent.databasePath());
}

void TestMailUsers::expectRejected(const QString& path, const Fields& fields, const QString& message)
{
    const QString before = dump();
    const TestHttp::Reply r = post(path, fields);
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromUtf8(r.body), message);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(dump(), before);
}

void TestMailUsers::usersListShapes()
{
    const QString admin = m_agent.adminEmail();
    TestHttp::Reply r =
        post("/mail/users/add",
             {{"email", "bob@example.com"}, {"password", "bob password"}, {"privileges", ""}, {"quota", "2g"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("mail user added\n"));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));

    r = get("/mail/users");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("admin@example.com\nbob@example.com\n"));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    // Only format=json exactly selects JSON.
    QCOMPARE(get("/mail/users?format=JSON").body, QByteArray("admin@example.com\nbob@example.com\n"));

    r = get("/mail/users?format=json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.body.endsWith("]\n"));
    QVERIFY(r.body.startsWith("[\n  {\n    \"domain\": \"example.com\",\n    \"users\": [\n      {\n"));
    const QJsonArray groups = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(groups.size(), 1);
    const QJsonObject group = groups.at(0).toObject();
    QCOMPARE(group.keys(), (QStringList{"domain", "users"}));
    QCOMPARE(group.value("domain").toString(), QStringLiteral("example.com"));
    const QJsonArray users = group.value("users").toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject a = users.at(0).toObject();
    QCOMPARE(a.keys(), (QStringList{"box_quota", "box_size", "email", "percent", "privileges", "quota", "status"}));
    QCOMPARE(a.value("email").toString(), admin);
    QCOMPARE(a.value("privileges").toArray(), (QJsonArray{"admin"}));
    QCOMPARE(a.value("quota").toString(), QStringLiteral("0"));
    QCOMPARE(a.value("box_quota").toString(), QStringLiteral("?"));
    QCOMPARE(a.value("box_size").toString(), QStringLiteral("?"));
    QCOMPARE(a.value("percent").toString(), QString());
    QCOMPARE(a.value("status").toString(), QStringLiteral("active"));
    const QJsonObject b = users.at(1).toObject();
    QCOMPARE(b.value("quota").toString(), QStringLiteral("2G"));
    QCOMPARE(b.value("percent").toString(), QStringLiteral("?"));
    QCOMPARE(b.value("privileges").toArray(), QJsonArray());

    // Archived: removing keeps the mailbox, which is listed as inactive.
    QDir().mkpath(m_agent.storageRoot() + "/mail/mailboxes/example.com/bob");
    r = post("/mail/users/remove", {{"email", "bob@example.com"}});
    QCOMPARE(r.body, QByteArray("mail user removed\n"));
    r = get("/mail/users?format=json");
    const QJsonObject inactive =
        QJsonDocument::fromJson(r.body).array().at(0).toObject().value("users").toArray().at(1).toObject();
    QCOMPARE(inactive.keys(),
             (QStringList{"box_quota", "box_size", "email", "mailbox", "percent", "privileges", "status"}));
    QCOMPARE(inactive.value("status").toString(), QStringLiteral("inactive"));
    QCOMPARE(inactive.value("mailbox").toString(), m_agent.storageRoot() + "/mail/mailboxes/example.com/bob");
    QCOMPARE(inactive.value("percent").toString(), QStringLiteral("?"));
    QCOMPARE(get("/mail/users").body, QByteArray("admin@example.com\n"));
    // Re-creating the address re-attaches the mailbox.
    QCOMPARE(post("/mail/users/add", {{"email", "bob@example.com"}, {"password", "bob password"}}).body,
             QByteArray("mail user added\n"));
    QVERIFY(!get("/mail/users?format=json").body.contains("inactive"));
}

void TestMailUsers::userValidationCatalogue()
{
    const QString accountRule = "User account email addresses may only use the lowercase ASCII letters a-z, the "
                                "digits 0-9, underscore (_), hyphen (-), and period (.).";
    const QString dcvRule = "You may not make a user account for that address because it is frequently used for "
                            "domain control validation. Use an alias instead if necessary.";
    const QString pw = "long enough";
    expectRejected("/mail/users/add", {{"password", pw}}, "No email address provided.");
    expectRejected("/mail/users/add", {{"email", " "}, {"password", pw}}, "No email address provided.");
    expectRejected("/mail/users/add", {{"email", "bad"}, {"password", pw}}, "Invalid email address.");
    expectRejected("/mail/users/add", {{"email", "x@example.test"}, {"password", pw}}, "Invalid email address.");
    expectRejected("/mail/users/add", {{"email", "X@example.com"}, {"password", pw}}, accountRule);
    expectRejected("/mail/users/add", {{"email", QStringLiteral("x@bücher.de")}, {"password", pw}}, accountRule);
    expectRejected("/mail/users/add", {{"email", "abuse@example.com"}, {"password", pw}}, dcvRule);
    expectRejected("/mail/users/add", {{"email", "new@example.com"}}, "No password provided.");
    expectRejected("/mail/users/add", {{"email", "new@example.com"}, {"password", "1234567"}},
                   "Passwords must be at least eight characters.");
    expectRejected("/mail/users/add", {{"email", "new@example.com"}, {"password", pw}, {"privileges", "admin\n"}},
                   "That's not a valid privilege ().");
    // The panel's "privilege" (singular) is ignored by this route.
    expectRejected("/mail/users/add", {{"email", "new@example.com"}, {"password", pw}, {"quota", ""}},
                   "No quota provided.");
    expectRejected("/mail/users/add", {{"email", "new@example.com"}, {"password", pw}, {"quota", "1 G"}},
                   "Quotas cannot contain spaces, commas, or decimal points.");
    expectRejected("/mail/users/add", {{"email", "new@example.com"}, {"password", pw}, {"quota", "1K"}},
                   "Invalid quota.");
    expectRejected("/mail/users/add", {{"email", m_agent.adminEmail()}, {"password", pw}}, dcvRule);
    expectRejected("/mail/users/add", {{"email", "bob@example.com"}, {"password", pw}}, "User already exists.");
    expectRejected("/mail/users/remove", {{"email", "nobody@example.com"}}, "That's not a user (nobody@example.com).");
    expectRejected("/mail/users/remove", {}, "That's not a user ().");
    expectRejected("/mail/users/password", {{"email", "nobody@example.com"}}, "No password provided.");
    expectRejected("/mail/users/password", {{"email", "nobody@example.com"}, {"password", "short"}},
                   "Passwords must be at least eight characters.");
    expectRejected("/mail/users/password", {{"email", "nobody@example.com"}, {"password", pw}},
                   "That's not a user (nobody@example.com).");
}

void TestMailUsers::quotaAndPrivilegeRoutes()
{
    TestHttp::Reply r = get("/mail/users/quota?email=bob@example.com");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\n  \"email\": \"bob@example.com\",\n  \"quota\": \"0\"\n}\n"));
    r = get("/mail/users/quota?email=bob@example.com&text=1");
    QCOMPARE(r.body, QByteArray("0"));
    r = get("/mail/users/quota?email=nobody@example.com");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\n  \"email\": \"nobody@example.com\",\n  \"quota\": [\n    \"That's not a user "
                                "(nobody@example.com).\",\n    400\n  ]\n}\n"));
    r = get("/mail/users/quota?email=nobody@example.com&text=yes");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("That's not a user (nobody@example.com)."));

    expectRejected("/mail/users/quota", {{"email", "bob@example.com"}}, "No quota provided.");
    expectRejected("/mail/users/quota", {{"email", "bob@example.com"}, {"quota", ""}}, "No quota provided.");
    expectRejected("/mail/users/quota", {{"email", "bob@example.com"}, {"quota", "1.5G"}},
                   "Quotas cannot contain spaces, commas, or decimal points.");
    expectRejected("/mail/users/quota", {{"email", "bob@example.com"}, {"quota", "5X"}}, "Invalid quota.");
    expectRejected("/mail/users/quota", {{"email", "nobody@example.com"}, {"quota", "5G"}},
                   "That's not a user (nobody@example.com).");
    r = post("/mail/users/quota", {{"email", "bob@example.com"}, {"quota", "5g"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("OK"));
    QCOMPARE(get("/mail/users/quota?email=bob@example.com&text=1").body, QByteArray("5G"));

    r = get("/mail/users/privileges?email=" + m_agent.adminEmail());
    QCOMPARE(r.body, QByteArray("admin"));
    r = get("/mail/users/privileges?email=nobody@example.com");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("That's not a user (nobody@example.com)."));
    expectRejected("/mail/users/privileges/add", {{"email", "bob@example.com"}}, "That's not a valid privilege ().");
    expectRejected("/mail/users/privileges/remove", {{"email", "bob@example.com"}}, "That's not a valid privilege ().");
    expectRejected("/mail/users/privileges/add", {{"email", "nobody@example.com"}, {"privilege", "admin"}},
                   "That's not a user (nobody@example.com).");
    expectRejected("/mail/users/privileges/remove", {{"email", "nobody@example.com"}, {"privilege", "admin"}},
                   "That's not a user (nobody@example.com).");
    QCOMPARE(post("/mail/users/privileges/add", {{"email", "bob@example.com"}, {"privilege", "admin"}}).body,
             QByteArray("OK"));
    QCOMPARE(post("/mail/users/privileges/add", {{"email", "bob@example.com"}, {"privilege", "other"}}).body,
             QByteArray("OK"));
    QCOMPARE(post("/mail/users/privileges/add", {{"email", "bob@example.com"}, {"privilege", "admin"}}).body,
             QByteArray("OK"));
    QCOMPARE(get("/mail/users/privileges?email=bob@example.com").body, QByteArray("admin\nother"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", "bob@example.com"}, {"privilege", "other"}}).body,
             QByteArray("OK"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", "bob@example.com"}, {"privilege", "none"}}).body,
             QByteArray("OK"));
    QCOMPARE(get("/mail/users/privileges?email=bob@example.com").body, QByteArray("admin"));
}

void TestMailUsers::passwordChangeEndsSessions()
{
    // bob is an administrator now (previous test); a password change through the API ends his sessions.
    TestHttp::Reply r =
        m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth("bob@example.com", "bob password")});
    const QString key = QJsonDocument::fromJson(r.body).object().value("api_key").toString();
    QCOMPARE(key.size(), 64);
    const auto session = QList<QPair<QByteArray, QByteArray>>{TestHttp::basicAuth("bob@example.com", key)};
    QCOMPARE(m_http->get(m_agent.url("/mail/users"), session).status, 200);
    QCOMPARE(post("/mail/users/password", {{"email", "bob@example.com"}, {"password", "bob new password"}}).body,
             QByteArray("OK"));
    QCOMPARE(m_http->get(m_agent.url("/mail/users"), session).status, 401);
    r = m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth("bob@example.com", "bob new password")});
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("status").toString(), QStringLiteral("ok"));
}

// api.md §3.4: every session of a user dies with the account (archived through the API).
void TestMailUsers::removalEndsAllSessions()
{
    QCOMPARE(post("/mail/users/add",
                  {{"email", "leaver@example.com"}, {"password", "leaver password"}, {"privileges", "admin"}})
                 .body,
             QByteArray("mail user added\n"));
    QList<QList<QPair<QByteArray, QByteArray>>> sessions;
    for (int i = 0; i < 2; ++i) {
        const TestHttp::Reply r = m_http->request("POST", m_agent.url("/login"),
                                                  {TestHttp::basicAuth("leaver@example.com", "leaver password")});
        const QString key = QJsonDocument::fromJson(r.body).object().value("api_key").toString();
        QCOMPARE(key.size(), 64);
        sessions.append({TestHttp::basicAuth("leaver@example.com", key)});
        QCOMPARE(m_http->get(m_agent.url("/mail/domains"), sessions.last()).status, 200);
    }
    QCOMPARE(post("/mail/users/remove", {{"email", "leaver@example.com"}}).body, QByteArray("mail user removed\n"));
    for (const auto& session : sessions) {
        const TestHttp::Reply r = m_http->get(m_agent.url("/mail/domains"), session);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"), QByteArray("That's not a user (leaver@example.com)."));
    }
}

void TestMailUsers::aliasValidationCatalogue()
{
    expectRejected("/mail/aliases/add", {{"forwards_to", "bob@example.com"}}, "No email address provided.");
    expectRejected("/mail/aliases/add", {{"address", "Not Valid"}, {"forwards_to", "bob@example.com"}},
                   "Invalid email address (not valid).");
    expectRejected("/mail/aliases/add", {{"address", "info@example.com"}, {"forwards_to", "bob@example.com,x"}},
                   "Invalid receiver email address (x).");
    expectRejected(
        "/mail/aliases/add", {{"address", "abuse@example.com"}, {"forwards_to", "someone@else.org"}},
        "This alias can only have administrators of this system as destinations because the address is frequently "
        "used for domain control validation.");
    expectRejected("/mail/aliases/add",
                   {{"address", "info@example.com"},
                    {"forwards_to", "bob@example.com"},
                    {"permitted_senders", "ghost@example.com"}},
                   "Invalid permitted sender: ghost@example.com is not a user on this system.");
    expectRejected("/mail/aliases/add", {{"address", "info@example.com"}},
                   "The alias must either forward to an address or have a permitted sender.");
    QCOMPARE(post("/mail/aliases/add", {{"address", "info@example.com"}, {"forwards_to", "bob@example.com"}}).body,
             QByteArray("alias added\n"));
    expectRejected("/mail/aliases/add", {{"address", "INFO@example.com"}, {"forwards_to", "bob@example.com"}},
                   "Alias already exists (info@example.com).");
    expectRejected("/mail/aliases/add",
                   {{"address", "info@example.com"}, {"forwards_to", "bob@example.com"}, {"update_if_exists", "yes"}},
                   "Alias already exists (info@example.com).");
    QCOMPARE(post("/mail/aliases/add", {{"address", "info@example.com"},
                                        {"forwards_to", "bob@example.com"},
                                        {"update_if_exists", "1"},
                                        {"permitted_senders", "bob@example.com"}})
                 .body,
             QByteArray("alias updated\n"));
    expectRejected("/mail/aliases/remove", {{"address", "Info@example.com"}},
                   "That's not an alias (Info@example.com).");
    expectRejected("/mail/aliases/remove", {{"address", "postmaster@example.com"}},
                   "That's not an alias (postmaster@example.com).");
}

void TestMailUsers::aliasesListShapes()
{
    TestHttp::Reply r = get("/mail/aliases");
    QCOMPARE(r.status, 200);
    QCOMPARE(QString::fromUtf8(r.body), QStringLiteral("abuse@box.example.com\tadministrator@box.example.com\t\n"
                                                       "admin@box.example.com\tadministrator@box.example.com\t\n"
                                                       "administrator@box.example.com\tadmin@example.com\t\n"
                                                       "hostmaster@box.example.com\tadministrator@box.example.com\t\n"
                                                       "postmaster@box.example.com\tadministrator@box.example.com\t\n"
                                                       "abuse@example.com\tadministrator@box.example.com\t\n"
                                                       "admin@example.com\tadministrator@box.example.com\t\n"
                                                       "info@example.com\tbob@example.com\tbob@example.com\n"
                                                       "postmaster@example.com\tadministrator@box.example.com\t\n"));
    r = get("/mail/aliases?format=json");
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonArray groups = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value("domain").toString(), QStringLiteral("box.example.com"));
    QCOMPARE(groups.at(1).toObject().value("domain").toString(), QStringLiteral("example.com"));
    const QJsonArray first = groups.at(1).toObject().value("aliases").toArray();
    QStringList order;
    for (const QJsonValue& v : first) {
        order.append(v.toObject().value("address").toString() + (v.toObject().value("auto").toBool() ? "*" : ""));
    }
    QCOMPARE(order,
             (QStringList{"info@example.com", "abuse@example.com*", "admin@example.com*", "postmaster@example.com*"}));
    const QJsonObject info = first.at(0).toObject();
    QCOMPARE(info.keys(), (QStringList{"address", "address_display", "auto", "forwards_to", "permitted_senders"}));
    QCOMPARE(info.value("forwards_to").toArray(), (QJsonArray{"bob@example.com"}));
    QCOMPARE(info.value("permitted_senders").toArray(), (QJsonArray{"bob@example.com"}));
    QVERIFY(first.at(1).toObject().value("permitted_senders").isNull());
}

void TestMailUsers::domains()
{
    const TestHttp::Reply r = get("/mail/domains");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("box.example.com\nexample.com\n"));
}

// api.md §5.0: the kick runs only when the set of mail domains changes, and its DNS lines follow the status line.
void TestMailUsers::kickOnNewDomainOnly()
{
    // Zones written once first, so that the kick below changes exactly the new domain's zone.
    TestHttp::Reply r = post("/dns/update", {{"force", "1"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(post("/dns/update", {}).body, QByteArray());

    r = post("/mail/users/add", {{"email", "first@newdomain.org"}, {"password", "first password"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("mail user added\nupdated DNS: newdomain.org\nweb updated\n"));
    QVERIFY(QFile::exists(m_agent.dir() + "/system/etc/nsd/zones/newdomain.org.txt"));
    // The web update of the kick (api.md §5.0 item 4): the new domain's sites are in nginx's configuration.
    const QString localConf = m_agent.dir() + "/system/etc/nginx/conf.d/local.conf";
    QVERIFY(TestFiles::read(localConf).contains("## newdomain.org\n\nserver {\n"));
    QVERIFY(TestFiles::read(localConf).contains("\tserver_name www.newdomain.org;\n"));
    {
        QFile zones(m_agent.dir() + "/system/etc/nsd/nsd.conf.d/zones.conf");
        QVERIFY(zones.open(QIODevice::ReadOnly));
        QVERIFY(zones.readAll().contains("name: newdomain.org\n"));
    }
    r = post("/mail/users/add", {{"email", "second@newdomain.org"}, {"password", "second password"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("mail user added\n"));
    // An alias on a domain that has no user yet is a mail domain too.
    r = post("/mail/aliases/add", {{"address", "hello@otherdomain.net"}, {"forwards_to", "first@newdomain.org"}});
    QCOMPARE(r.body, QByteArray("alias added\nupdated DNS: otherdomain.net\nweb updated\n"));
    r = post("/mail/aliases/add", {{"address", "again@otherdomain.net"}, {"forwards_to", "first@newdomain.org"}});
    QCOMPARE(r.body, QByteArray("alias added\n"));
    QCOMPARE(get("/mail/domains").body, QByteArray("box.example.com\nexample.com\nnewdomain.org\notherdomain.net\n"));

    // Removing: nothing to do while the domain still has a user, the zone goes with the last one.
    QCOMPARE(post("/mail/aliases/remove", {{"address", "again@otherdomain.net"}}).body, QByteArray("alias removed\n"));
    QCOMPARE(post("/mail/aliases/remove", {{"address", "hello@otherdomain.net"}}).body,
             QByteArray("alias removed\nupdated DNS: DNS configuration\nweb updated\n"));
    // A user-defined postmaster@ to administrator@ (what the box would make) is not a reason to keep the domain:
    // it goes with the last user, and the answer says so (domain.md §5.4 step 2).
    QCOMPARE(post("/mail/aliases/add",
                  {{"address", "postmaster@newdomain.org"}, {"forwards_to", "administrator@box.example.com"}})
                 .body,
             QByteArray("alias added\n"));
    QCOMPARE(post("/mail/users/remove", {{"email", "second@newdomain.org"}}).body, QByteArray("mail user removed\n"));
    QCOMPARE(
        post("/mail/users/remove", {{"email", "first@newdomain.org"}}).body,
        QByteArray(
            "mail user removed\nremoved alias postmaster@newdomain.org (was to administrator@box.example.com; domain "
            "no longer used for email)\nupdated DNS: DNS configuration\nweb updated\n"));
    // nsd no longer serves it (upstream leaves the old zone file behind too).
    QFile zones(m_agent.dir() + "/system/etc/nsd/nsd.conf.d/zones.conf");
    QVERIFY(zones.open(QIODevice::ReadOnly));
    const QByteArray served = zones.readAll();
    QVERIFY(served.contains("name: example.com\n"));
    QVERIFY(!served.contains("newdomain.org"));
    QVERIFY(!TestFiles::read(localConf).contains("newdomain.org"));
    QVERIFY(TestFiles::read(localConf).contains("\tserver_name example.com;\n"));
    QCOMPARE(get("/mail/domains").body, QByteArray("box.example.com\nexample.com\n"));
}

// api.md §5.9-5.11: a catch-all on an internationalized domain and a domain alias, over HTTPS.
void TestMailUsers::catchAllAndDomainAliasIdna()
{
    TestHttp::Reply r = post("/mail/aliases/add",
                             {{"address", QStringLiteral("@b\u00fccher.de")}, {"forwards_to", "admin@example.com"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("alias added\nupdated DNS: xn--bcher-kva.de\nweb updated\n"));
    r = post("/mail/aliases/add", {{"address", "@alias.example.org"}, {"forwards_to", "@example.com"}});
    QCOMPARE(r.body, QByteArray("alias added\nupdated DNS: alias.example.org\nweb updated\n"));

    // Text: the stored (IDNA) forms, and the automatic Unicode -> IDNA domain map.
    const QString text = QString::fromUtf8(get("/mail/aliases").body);
    QVERIFY2(text.contains(QStringLiteral("\n@xn--bcher-kva.de\tadmin@example.com\t\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n@b\u00fccher.de\t@xn--bcher-kva.de\t\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n@alias.example.org\t@example.com\t\n")), qPrintable(text));

    // JSON: the domain shown in Unicode (escaped as Python does), the map left out.
    r = get("/mail/aliases?format=json");
    QVERIFY(r.body.contains("\"domain\": \"b\\u00fccher.de\""));
    QJsonObject group;
    for (const QJsonValue& g : QJsonDocument::fromJson(r.body).array()) {
        if (g.toObject().value("domain").toString() == QStringLiteral("b\u00fccher.de")) {
            group = g.toObject();
        }
    }
    const QJsonArray aliases = group.value("aliases").toArray();
    QCOMPARE(aliases.size(), 1);
    const QJsonObject catchAll = aliases.at(0).toObject();
    QCOMPARE(catchAll.value("address").toString(), QStringLiteral("@xn--bcher-kva.de"));
    QCOMPARE(catchAll.value("address_display").toString(), QStringLiteral("@b\u00fccher.de"));
    QCOMPARE(catchAll.value("auto").toBool(), false);
    QCOMPARE(catchAll.value("forwards_to").toArray(), (QJsonArray{"admin@example.com"}));
    QVERIFY(catchAll.value("permitted_senders").isNull());
    QVERIFY(!r.body.contains("\"address\": \"@b"));

    // Removal converts the domain to IDNA too; the domains go with their last alias.
    QCOMPARE(post("/mail/aliases/remove", {{"address", QStringLiteral("@b\u00fccher.de")}}).body,
             QByteArray("alias removed\nupdated DNS: DNS configuration\nweb updated\n"));
    QCOMPARE(post("/mail/aliases/remove", {{"address", "@alias.example.org"}}).body,
             QByteArray("alias removed\nupdated DNS: DNS configuration\nweb updated\n"));
    QVERIFY(!get("/mail/aliases").body.contains("xn--bcher-kva.de"));
    QCOMPARE(get("/mail/domains").body, QByteArray("box.example.com\nexample.com\n"));
}

void TestMailUsers::methodsAndAuth()
{
    TestHttp::Reply r = m_http->get(m_agent.url("/mail/users/add"), m_auth);
    QCOMPARE(r.status, 405);
    r = m_http->get(m_agent.url("/mail/users"));
    QCOMPARE(r.status, 401);
    r = m_http->get(m_agent.url("/mail/users/"), m_auth);
    QCOMPARE(r.status, 404);
}

void TestMailUsers::concurrentWriters()
{
    const QSslCertificate cert = m_agent.certificate();
    const auto auth = m_auth;
    std::atomic<int> failures{0};
    QList<QThread*> threads;
    QStringList errors;
    QMutex errorsMutex;
    for (int t = 0; t < 16; ++t) {
        threads.append(QThread::create([&, t] {
            TestHttp http(cert);
            for (int i = 0; i < 6; ++i) {
                const QString user = QStringLiteral("c%1n%2@example.com").arg(t).arg(i);
                const QString alias = QStringLiteral("alias%1n%2@example.com").arg(t).arg(i);
                QList<TestHttp::Reply> replies;
                replies.append(http.postForm(m_agent.url("/mail/users/add"),
                                             {{"email", user}, {"password", "concurrent pw"}}, auth));
                replies.append(
                    http.postForm(m_agent.url("/mail/aliases/add"), {{"address", alias}, {"forwards_to", user}}, auth));
                if (i % 2) {
                    replies.append(http.postForm(m_agent.url("/mail/users/remove"), {{"email", user}}, auth));
                    replies.append(http.postForm(m_agent.url("/mail/aliases/remove"), {{"address", alias}}, auth));
                }
                for (const TestHttp::Reply& r : replies) {
                    if (r.status != 200) {
                        failures.fetch_add(1);
                        QMutexLocker lock(&errorsMutex);
                        errors.append(QString::number(r.status) + " " + QString::fromUtf8(r.body) + r.error);
                    }
                }
            }
        }));
    }
    for (QThread* th : threads) {
        th->start();
    }
    for (QThread* th : threads) {
        th->wait();
        delete th;
    }
    QVERIFY2(failures == 0, qPrintable(errors.join('\n')));
    const QByteArray users = get("/mail/users").body;
    const QByteArray aliases = get("/mail/aliases").body;
    for (int t = 0; t < 16; ++t) {
        for (int i = 0; i < 6; ++i) {
            const QByteArray user = QStringLiteral("c%1n%2@example.com\n").arg(t).arg(i).toUtf8();
            const QByteArray alias = QStringLiteral("alias%1n%2@example.com\t").arg(t).arg(i).toUtf8();
            QCOMPARE(users.contains(user), i % 2 == 0);
            QCOMPARE(aliases.contains(alias), i % 2 == 0);
        }
    }
    QVERIFY(!m_agent.stderrOutput().contains("database is locked"));
}

// Not in upstream (README, compatibility): the last administrator can be neither archived nor demoted, by anyone;
// while another administrator remains, both stay allowed, also for yourself (scripts rely on that).
void TestMailUsers::lastAdministrator()
{
    const QString admin = m_agent.adminEmail();
    const QString archiveRefusal = "You cannot archive the last administrator.";
    const QString demoteRefusal = "You cannot remove the admin privilege from the last administrator.";
    // bob was made an administrator above: with him, the box has two.
    QCOMPARE(get("/mail/users/privileges?email=bob@example.com").body, QByteArray("admin"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", "bob@example.com"}, {"privilege", "admin"}}).body,
             QByteArray("OK"));
    // Now admin@ is the only one: refused, with their own credentials and with the system API key alike.
    expectRejected("/mail/users/privileges/remove", {{"email", admin}, {"privilege", "admin"}}, demoteRefusal);
    expectRejected("/mail/users/remove", {{"email", admin}}, archiveRefusal);
    const auto systemKey = QList<QPair<QByteArray, QByteArray>>{TestHttp::basicAuth(m_agent.systemApiKey(), "")};
    for (const QString& path :
         {QStringLiteral("/mail/users/privileges/remove"), QStringLiteral("/mail/users/remove")}) {
        const QString before = dump();
        const TestHttp::Reply r =
            m_http->postForm(m_agent.url(path), {{"email", admin}, {"privilege", "admin"}}, systemKey);
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromUtf8(r.body),
                 path.endsWith("/remove") && path.contains("privileges") ? demoteRefusal : archiveRefusal);
        QCOMPARE(dump(), before);
    }
    // Other privileges of the last administrator, and other users, are unaffected.
    QCOMPARE(post("/mail/users/privileges/add", {{"email", admin}, {"privilege", "other"}}).body, QByteArray("OK"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", admin}, {"privilege", "other"}}).body, QByteArray("OK"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", "bob@example.com"}, {"privilege", "admin"}}).body,
             QByteArray("OK"));

    // A second administrator: admin@ may demote themselves; then the other one is the last.
    QCOMPARE(post("/mail/users/add",
                  {{"email", "second@example.com"}, {"password", "second password"}, {"privileges", "admin"}})
                 .body,
             QByteArray("mail user added\n"));
    QCOMPARE(post("/mail/users/privileges/remove", {{"email", admin}, {"privilege", "admin"}}).body, QByteArray("OK"));
    const auto second =
        QList<QPair<QByteArray, QByteArray>>{TestHttp::basicAuth("second@example.com", "second password")};
    const QString before = dump();
    TestHttp::Reply r = m_http->postForm(m_agent.url("/mail/users/remove"), {{"email", "second@example.com"}}, second);
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromUtf8(r.body), archiveRefusal);
    r = m_http->postForm(m_agent.url("/mail/users/privileges/remove"),
                         {{"email", "second@example.com"}, {"privilege", "admin"}}, second);
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromUtf8(r.body), demoteRefusal);
    QCOMPARE(dump(), before);
    r = m_http->postForm(m_agent.url("/mail/users/privileges/add"), {{"email", admin}, {"privilege", "admin"}}, second);
    QCOMPARE(r.body, QByteArray("OK"));
    // Archiving yourself while another administrator remains.
    r = m_http->postForm(m_agent.url("/mail/users/remove"), {{"email", "second@example.com"}}, second);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("mail user removed\n"));
    QCOMPARE(get("/mail/users/privileges?email=" + admin).body, QByteArray("admin"));
}

namespace {

// `doveadm pw -t` with a configuration of its own (no system-wide dovecot.conf read).
bool doveadmVerifies(const QString& hash, const QString& password, QString* output)
{
    const QString doveadm = QStandardPaths::findExecutable(QStringLiteral("doveadm"));
    QTemporaryDir dir;
    QFile conf(dir.filePath(QStringLiteral("dovecot.conf")));
    if (doveadm.isEmpty() || !dir.isValid() || !conf.open(QIODevice::WriteOnly)) {
        *output = QStringLiteral("doveadm or a temporary dovecot.conf is missing");
        return false;
    }
    conf.close();
    QProcess p;
    p.start(doveadm, {QStringLiteral("-c"), conf.fileName(), QStringLiteral("pw"), QStringLiteral("-t"), hash,
                      QStringLiteral("-p"), password});
    const bool finished = p.waitForFinished(30000);
    *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && output->contains("(verified)");
}

QString storedHash(const QString& databasePath, const QString& email)
{
    const QString name = QStringLiteral("stored-hash");
    QString hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT password FROM users WHERE email=?"));
            q.addBindValue(email);
            if (q.exec() && q.next()) {
                hash = q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash;
}

} // namespace

// crypt(3) takes at most 511 bytes: up to there a password is stored as a hash Dovecot verifies; beyond, refused.
void TestMailUsers::passwordLimits()
{
    const QString tooLong = "Passwords must be at most 511 bytes long.";
    const QString longest = QString(170, QChar(0x20AC)) + "x"; // 170 x 3 bytes + 1 = 511 bytes
    QCOMPARE(longest.toUtf8().size(), 511);
    expectRejected("/mail/users/add", {{"email", "long@example.com"}, {"password", QString(512, 'x')}}, tooLong);
    expectRejected("/mail/users/add", {{"email", "long@example.com"}, {"password", QString(171, QChar(0x20AC))}},
                   tooLong);
    expectRejected("/mail/users/add", {{"email", "long@example.com"}, {"password", QString(100000, 'x')}}, tooLong);
    QCOMPARE(post("/mail/users/add", {{"email", "long@example.com"}, {"password", longest}}).body,
             QByteArray("mail user added\n"));
    QString output;
    QVERIFY2(doveadmVerifies(storedHash(m_agent.databasePath(), "long@example.com"), longest, &output),
             qPrintable(output));
    TestHttp::Reply r =
        m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth("long@example.com", longest)});
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("status").toString(), QStringLiteral("ok"));

    // The password change of an administrator locked them out before: refused, the old password still works.
    expectRejected("/mail/users/password", {{"email", m_agent.adminEmail()}, {"password", QString(512, 'y')}}, tooLong);
    const QString ascii511(511, 'z');
    QCOMPARE(post("/mail/users/password", {{"email", "long@example.com"}, {"password", ascii511}}).body,
             QByteArray("OK"));
    QVERIFY2(doveadmVerifies(storedHash(m_agent.databasePath(), "long@example.com"), ascii511, &output),
             qPrintable(output));
    r = m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth("long@example.com", ascii511)});
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(m_http->get(m_agent.url("/mail/domains"), m_auth).status, 200);
}

// A NUL (or any control character) never cuts a password short: refused when set, failing at login.
void TestMailUsers::passwordWithNul()
{
    const QString control = "Passwords cannot contain control characters.";
    const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("bcdefghij");
    expectRejected("/mail/users/add", {{"email", "nul@example.com"}, {"password", withNul}}, control);
    expectRejected("/mail/users/add", {{"email", "nul@example.com"}, {"password", "tab\tin password"}}, control);
    expectRejected("/mail/users/add", {{"email", "nul@example.com"}, {"password", "line\nbreak password"}}, control);
    expectRejected("/mail/users/add",
                   {{"email", "nul@example.com"}, {"password", QStringLiteral("c1 control ") + QChar(0x85)}}, control);
    expectRejected("/mail/users/password", {{"email", "bob@example.com"}, {"password", withNul}}, control);
    expectRejected("/mail/users/password", {{"email", "bob@example.com"}, {"password", "bob\x1b password"}}, control);
    // The request body as a client sends it: %00 in the form.
    const QString before = dump();
    TestHttp::Reply r = m_http->request("POST", m_agent.url("/mail/users/add"),
                                        {m_auth.first(), {"Content-Type", "application/x-www-form-urlencoded"}},
                                        "email=nul%40example.com&password=a%00bcdefghij");
    QCOMPARE(r.status, 400);
    QCOMPARE(QString::fromUtf8(r.body), control);
    QCOMPARE(dump(), before);

    // Login: the stored hash is of "bob new password"; a NUL and anything after it must not be ignored.
    const QString good = "bob new password";
    r = m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth("bob@example.com", good)});
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("status").toString(), QStringLiteral("ok"));
    for (const auto& [user, password] : QList<QPair<QString, QString>>{
             {"bob@example.com", good + QChar(0) + "junk"}, {"bob@example.com" + QString(QChar(0)) + "x", good}}) {
        r = m_http->request("POST", m_agent.url("/login"), {TestHttp::basicAuth(user, password)});
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("reason").toString(),
                 QStringLiteral("Incorrect email address or password."));
        r = m_http->get(m_agent.url("/mail/domains"), {TestHttp::basicAuth(user, password)});
        QCOMPARE(r.status, 401);
    }
}

QTEST_GUILESS_MAIN(TestMailUsers)
#include "tst_mail_users.moc"
