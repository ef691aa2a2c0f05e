#include "FakeAptGet.h"
#include "TestFiles.h"
#include "tst_auth_support.h"

#include "audit/AuditStore.h"
#include "auth/Clock.h"
#include "auth/Totp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace AuthTestSupport;

// The audit log (issue 16) against a real agent over HTTPS: every kind of change leaves exactly one entry, with no
// password, secret, key or code in it (nor in the log's files or the agent's log); reads leave none; refused requests
// are recorded as refused; the query route's filters and paging; and the store's append-only table and retention.
class TestAudit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    QStringList m_secrets; // every secret sent, for the grep at the end
    const QString m_second = QStringLiteral("second-admin@example.com");
    const QString m_secondPassword = QStringLiteral("Second-Admin-Pw-8841");

    Headers admin() const { return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}; }
    QString auditPath() const { return m_agent.storageRoot() + QStringLiteral("/boxkeeper/audit.sqlite"); }

    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields, const Headers& headers)
    {
        return m_http->postForm(m_agent.url(path), fields, headers);
    }
    QJsonObject audit(const QString& query = QString())
    {
        const auto r = m_http->get(m_agent.url(QStringLiteral("/boxkeeper/audit") + query), admin());
        return QJsonDocument::fromJson(r.body).object();
    }
    QJsonArray entries(const QString& query = QStringLiteral("?limit=1000"))
    {
        return audit(query).value(QStringLiteral("entries")).toArray();
    }
    qint64 lastId()
    {
        const QJsonArray all = entries(QStringLiteral("?limit=1"));
        return all.isEmpty() ? 0 : all.first().toObject().value(QStringLiteral("id")).toInteger();
    }
    // The entries written since `id` (oldest first).
    QList<QJsonObject> since(qint64 id)
    {
        QList<QJsonObject> out;
        for (const QJsonValue& v : entries()) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() > id)
                out.prepend(v.toObject());
        }
        return out;
    }
    static QRegularExpression anything() { return QRegularExpression(QStringLiteral(".*")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString apt = FakeAptGet::install(m_tmp.filePath(QStringLiteral("apt")));
        QVERIFY(!apt.isEmpty());
        const QString shutdown = m_tmp.filePath(QStringLiteral("shutdown"));
        QVERIFY(TestFiles::write(shutdown, "#!/bin/sh\necho \"shutdown $*\"\n"));
        QVERIFY(QFile::setPermissions(shutdown, QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QVERIFY2(
            m_agent.restartWith({{"APT_GET", apt.toUtf8()}, {"REBOOT_COMMAND", shutdown.toUtf8() + " -r now"}}, &error),
            qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QVERIFY(addUser(m_agent, m_second, m_secondPassword, QStringLiteral("admin")));
        m_secrets.append(m_secondPassword);
    }

    void cleanupTestCase() { m_agent.stop(); }

    // Each change, one at a time: exactly one new entry, for its route, method and result, its secrets as "***".
    void eachChangeOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QStringList>("hidden"); // parameters that must read "***"
        QTest::addColumn<QString>("shown"); // a parameter that must be there as sent (name=value)

        const auto row = [](const char* name, QByteArray method, QString path, QString route, QByteArray body,
                            QString result, QStringList hidden, QString shown) {
            QTest::newRow(name) << method << path << route << body << result << hidden << shown;
        };
        row("user add", "POST", "/mail/users/add", "/mail/users/add",
            "email=audited%40example.com&password=First-Secret-Pw-1&privileges=", "ok", {"password"},
            "email=audited@example.com");
        row("password", "POST", "/mail/users/password", "/mail/users/password",
            "email=audited%40example.com&password=Second-Secret-Pw-2", "ok", {"password"}, "email=audited@example.com");
        row("quota", "POST", "/mail/users/quota", "/mail/users/quota", "email=audited%40example.com&quota=2G", "ok", {},
            "quota=2G");
        row("privilege add", "POST", "/mail/users/privileges/add", "/mail/users/privileges/add",
            "email=audited%40example.com&privilege=admin", "ok", {}, "privilege=admin");
        row("privilege remove", "POST", "/mail/users/privileges/remove", "/mail/users/privileges/remove",
            "email=audited%40example.com&privilege=admin", "ok", {}, "privilege=admin");
        row("alias add", "POST", "/mail/aliases/add", "/mail/aliases/add",
            "address=team%40example.com&forwards_to=audited%40example.com", "ok", {}, "address=team@example.com");
        row("alias remove", "POST", "/mail/aliases/remove", "/mail/aliases/remove", "address=team%40example.com", "ok",
            {}, "address=team@example.com");
        row("user remove", "POST", "/mail/users/remove", "/mail/users/remove", "email=audited%40example.com", "ok", {},
            "email=audited@example.com");
        row("bad input", "POST", "/mail/users/add", "/mail/users/add", "email=not-an-address&password=Third-Pw-3",
            "invalid", {"password"}, "email=not-an-address");
        row("dns record", "PUT", "/dns/custom/host.example.com/A", "/dns/custom/<qname>/<rtype>", "192.0.2.77", "ok",
            {}, "value=192.0.2.77");
        row("dns remove", "DELETE", "/dns/custom/host.example.com/A", "/dns/custom/<qname>/<rtype>", "", "ok", {},
            "qname=host.example.com");
        row("dns update", "POST", "/dns/update", "/dns/update", "force=1", "ok", {}, "force=1");
        row("secondary ns", "POST", "/dns/secondary-nameserver", "/dns/secondary-nameserver", "hostnames=", "ok", {},
            "hostnames=");
        // Upstream answers this refusal with 200 and its sentence: the entry's result follows the HTTP status.
        row("tls install", "POST", "/ssl/install", "/ssl/install", "domain=example.com&cert=garbage&chain=", "ok", {},
            "cert=garbage");
        row("tls provision", "POST", "/ssl/provision", "/ssl/provision", "", QString(), {}, QString());
        row("backup config", "POST", "/system/backup/config", "/system/backup/config",
            "target=off&target_user=&target_pass=Backup-Secret-4&min_age=3", "ok", {"target_pass"}, "target=off");
        row("backup run", "POST", "/boxkeeper/backup/run", "/boxkeeper/backup/run", "", QString(), {}, QString());
        row("restore", "POST", "/boxkeeper/backup/restore", "/boxkeeper/backup/restore",
            "password=Restore-Secret-5&path=nothing", QString(), {"password"}, "path=nothing");
        row("token create", "POST", "/boxkeeper/tokens", "/boxkeeper/tokens", "name=router&scopes=dns%3Aexample.com",
            "ok", {}, "scopes=dns:example.com");
        row("token revoke", "POST", "/boxkeeper/tokens/revoke", "/boxkeeper/tokens/revoke", "name=router", "ok", {},
            "name=router");
        row("privacy", "POST", "/system/privacy", "/system/privacy", "value=private", "ok", {}, "value=private");
        row("updates", "POST", "/system/update-packages", "/system/update-packages", "", "ok", {}, QString());
        row("reboot", "POST", "/system/reboot", "/system/reboot", "", QString(), {}, QString());
    }

    void eachChangeOnce()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, route);
        QFETCH(QByteArray, body);
        QFETCH(QString, result);
        QFETCH(QStringList, hidden);
        QFETCH(QString, shown);
        for (const QString& name : hidden)
            m_secrets.append(QUrlQuery(QString::fromUtf8(body)).queryItemValue(name, QUrl::FullyDecoded));

        const qint64 before = lastId();
        Headers headers = admin();
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        const auto reply = m_http->request(method, m_agent.url(path), headers, body, 120000);
        QVERIFY2(reply.status > 0, qPrintable(reply.error));
        const QList<QJsonObject> added = since(before);
        QCOMPARE(added.size(), 1);
        const QJsonObject e = added.first();
        QCOMPARE(e.value(QStringLiteral("method")).toString(), QString::fromLatin1(method));
        QCOMPARE(e.value(QStringLiteral("path")).toString(), path);
        QCOMPARE(e.value(QStringLiteral("route")).toString(), route);
        QCOMPARE(e.value(QStringLiteral("status")).toInt(), reply.status);
        if (!result.isEmpty())
            QCOMPARE(e.value(QStringLiteral("result")).toString(), result);
        QCOMPARE(e.value(QStringLiteral("user")).toString(), m_agent.adminEmail());
        QCOMPARE(e.value(QStringLiteral("client")).toString(), QStringLiteral("127.0.0.1"));
        const QJsonObject params = e.value(QStringLiteral("params")).toObject();
        for (const QString& name : hidden)
            QCOMPARE(params.value(name).toString(), QStringLiteral("***"));
        if (!shown.isEmpty()) {
            const QString name = shown.section(QLatin1Char('='), 0, 0);
            QCOMPARE(params.value(name).toString(), shown.section(QLatin1Char('='), 1));
        }
        if (e.value(QStringLiteral("result")).toString() != QLatin1String("ok"))
            QCOMPARE(e.value(QStringLiteral("message")).toString(),
                     QString::fromUtf8(reply.body).trimmed().section(QLatin1Char('\n'), 0, 0).left(200));
    }

    // Two-factor: enabling records the device's label, never its secret or the code.
    void twoFactor()
    {
        const Headers second{TestHttp::basicAuth(m_second, m_secondPassword)};
        const QJsonObject status = jsonObject(post(QStringLiteral("/mfa/status"), {}, second));
        const QString secret = status.value(QStringLiteral("new_mfa"))
                                   .toObject()
                                   .value(QStringLiteral("totp"))
                                   .toObject()
                                   .value(QStringLiteral("secret"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        const QString code = Totp::at(*Totp::base32Decode(secret), QDateTime::currentSecsSinceEpoch());
        m_secrets << secret;
        const qint64 before = lastId();
        const auto r = post(QStringLiteral("/mfa/totp/enable"),
                            {{QStringLiteral("secret"), secret},
                             {QStringLiteral("token"), code},
                             {QStringLiteral("label"), QStringLiteral("audit phone")}},
                            second);
        QCOMPARE(r.status, 200);
        QList<QJsonObject> added = since(before); // /mfa/status, a read, left none
        QCOMPARE(added.size(), 1);
        QJsonObject params = added.first().value(QStringLiteral("params")).toObject();
        QCOMPARE(added.first().value(QStringLiteral("user")).toString(), m_second);
        QCOMPARE(params.value(QStringLiteral("secret")).toString(), QStringLiteral("***"));
        QCOMPARE(params.value(QStringLiteral("token")).toString(), QStringLiteral("***"));
        QCOMPARE(params.value(QStringLiteral("label")).toString(), QStringLiteral("audit phone"));

        // Without a code now: refused, and recorded as refused under the user name given.
        const qint64 beforeDisable = lastId();
        QCOMPARE(post(QStringLiteral("/mfa/disable"), {}, second).status, 401);
        added = since(beforeDisable);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(added.first().value(QStringLiteral("user")).toString(), m_second);
    }

    // Reads leave nothing, POSTs that only read included.
    void readsLeaveNothing()
    {
        const qint64 before = lastId();
        QCOMPARE(m_http->get(m_agent.url(QStringLiteral("/mail/users?format=json")), admin()).status, 200);
        QCOMPARE(m_http->get(m_agent.url(QStringLiteral("/dns/custom")), admin()).status, 200);
        QCOMPARE(post(QStringLiteral("/mfa/status"), {}, admin()).status, 200);
        QCOMPARE(post(QStringLiteral("/boxkeeper/dns/preview"),
                      {{QStringLiteral("method"), QStringLiteral("PUT")},
                       {QStringLiteral("qname"), QStringLiteral("x.example.com")},
                       {QStringLiteral("value"), QStringLiteral("192.0.2.1")}},
                      admin())
                     .status,
                 200);
        QCOMPARE(since(before).size(), 0);
    }

    // Refused: a wrong password and no credentials, each one entry, "refused", the password nowhere.
    void refusedRecorded()
    {
        const QString wrong = QStringLiteral("Wrong-Password-6");
        m_secrets << wrong;
        const qint64 before = lastId();
        QCOMPARE(post(QStringLiteral("/mail/users/add"),
                      {{QStringLiteral("email"), QStringLiteral("intruder@example.com")},
                       {QStringLiteral("password"), QStringLiteral("Intruder-Pw-7")}},
                      {TestHttp::basicAuth(m_agent.adminEmail(), wrong)})
                     .status,
                 401);
        m_secrets << QStringLiteral("Intruder-Pw-7");
        QCOMPARE(m_http->request("DELETE", m_agent.url(QStringLiteral("/dns/custom/example.com/TXT"))).status, 401);
        const QList<QJsonObject> added = since(before);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(added.at(0).value(QStringLiteral("user")).toString(), m_agent.adminEmail());
        QCOMPARE(added.at(0).value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(added.at(0).value(QStringLiteral("params")).toObject().value(QStringLiteral("password")).toString(),
                 QStringLiteral("***"));
        QCOMPARE(added.at(1).value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(added.at(1).value(QStringLiteral("user")).toString(), QString());
        // Nothing was changed.
        QVERIFY(!m_http->get(m_agent.url(QStringLiteral("/mail/users")), admin()).body.contains("intruder"));
    }

    // A line break in what a request names (the path, the user) cannot start a log line of its own: no forged
    // failed-login line for fail2ban, and the entry keeps the text as sent.
    void noForgedLogLines()
    {
        const QByteArray forged = "boxkeeper-agent: authentication failure for victim@example.com from 192.0.2.99";
        const qint64 before = lastId();
        const auto r = m_http->request(
            "DELETE", m_agent.url(QStringLiteral("/dns/custom/x%0A") + QString::fromLatin1(forged.toPercentEncoding())),
            {TestHttp::basicAuth(QStringLiteral("someone\n") + QString::fromLatin1(forged), QStringLiteral("pw"))});
        QCOMPARE(r.status, 401);
        const QList<QJsonObject> added = since(before);
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().value(QStringLiteral("path")).toString().contains(QLatin1Char('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(m_agent.stderrOutput().contains("DELETE /dns/custom/x"), 5000);
        for (const QByteArray& line : m_agent.stderrOutput().split('\n'))
            QVERIFY2(!line.startsWith(forged), line.constData());
    }

    // A token's changes name the token and its creator.
    void tokenNamed()
    {
        const auto made = post(QStringLiteral("/boxkeeper/tokens"),
                               {{QStringLiteral("name"), QStringLiteral("laptop")},
                                {QStringLiteral("scopes"), QStringLiteral("dns:example.com")}},
                               admin());
        const QString secret = jsonObject(made).value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());
        m_secrets << secret;
        const qint64 before = lastId();
        const auto r = m_http->request("PUT", m_agent.url(QStringLiteral("/dns/custom/laptop.example.com")),
                                       {{"Authorization", "Bearer " + secret.toLatin1()}}, "192.0.2.55");
        QCOMPARE(r.status, 200);
        const QList<QJsonObject> added = since(before);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().value(QStringLiteral("token")).toString(), QStringLiteral("laptop"));
        QCOMPARE(added.first().value(QStringLiteral("user")).toString(), m_agent.adminEmail());
        QVERIFY(audit(QStringLiteral("?who=LAPTOP")).value(QStringLiteral("entries")).toArray().size() >= 1);
    }

    // Filters and paging: newest first, `next` leads to the older entries without gaps or repeats.
    void filtersAndPaging()
    {
        const int total = int(entries().size());
        QVERIFY(total >= 25);
        QList<qint64> ids;
        QString query = QStringLiteral("?limit=7");
        for (int pages = 0; pages < 20; ++pages) {
            const QJsonObject page = audit(query);
            for (const QJsonValue& v : page.value(QStringLiteral("entries")).toArray())
                ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
            if (page.value(QStringLiteral("next")).isNull())
                break;
            query = QStringLiteral("?limit=7&before=%1").arg(page.value(QStringLiteral("next")).toInteger());
        }
        QCOMPARE(ids.size(), total);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) < ids.at(i - 1));

        for (const QJsonValue& v : entries(QStringLiteral("?what=/mail/aliases&limit=1000")))
            QVERIFY(v.toObject().value(QStringLiteral("route")).toString().startsWith(QLatin1String("/mail/aliases")));
        QCOMPARE(entries(QStringLiteral("?what=/mail/aliases")).size(), 2);
        for (const QJsonValue& v : entries(QStringLiteral("?result=refused&limit=1000")))
            QCOMPARE(v.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
        QVERIFY(entries(QStringLiteral("?result=refused")).size() >= 3);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(entries(QStringLiteral("?since=%1&limit=1000").arg(today)).size(), total);
        QCOMPARE(entries(QStringLiteral("?until=2000-01-01&limit=1000")).size(), 0);
        QCOMPARE(entries(QStringLiteral("?since=2999-01-01&limit=1000")).size(), 0);

        const auto bad = [this](const QString& query) {
            return m_http->get(m_agent.url(QStringLiteral("/boxkeeper/audit") + query), admin());
        };
        QCOMPARE(bad(QStringLiteral("?since=yesterday")).status, 400);
        QCOMPARE(bad(QStringLiteral("?since=yesterday")).body, QByteArray("Invalid date: since."));
        QCOMPARE(bad(QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(bad(QStringLiteral("?result=maybe")).status, 400);
        // Administrators only.
        QCOMPARE(m_http->get(m_agent.url(QStringLiteral("/boxkeeper/audit"))).status, 401);
    }

    // No secret sent is in the audit log's files, the agent's log (its journal) or an answer of the audit route.
    void secretsStayOut()
    {
        QVERIFY(m_secrets.size() >= 8);
        QByteArray stored;
        const QDir dir(m_agent.storageRoot() + QStringLiteral("/boxkeeper"));
        for (const QString& name : dir.entryList({QStringLiteral("audit.sqlite*")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            stored += f.readAll();
        }
        QVERIFY(stored.contains("/mail/users/add"));
        QCOMPARE(QFile::permissions(auditPath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray answers =
            m_http->get(m_agent.url(QStringLiteral("/boxkeeper/audit?limit=1000")), admin()).body;
        const QByteArray log = m_agent.stderrOutput();
        QVERIFY(log.contains("POST /mail/users/add"));
        for (const QString& secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            const QByteArray raw = secret.toUtf8();
            QVERIFY2(!stored.contains(raw), raw.constData());
            QVERIFY2(!log.contains(raw), raw.constData());
            QVERIFY2(!answers.contains(raw), raw.constData());
        }
    }

    // The store: its table refuses updates; entries beyond the retention bounds go.
    void appendOnlyAndRetention()
    {
        QTemporaryDir dir;
        ManualClock clock(1'700'000'000'000);
        AuditStore log(dir.filePath(QStringLiteral("audit.sqlite")), clock, AuditStore::Retention{30, 50});
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        AuditRecord e;
        e.method = QStringLiteral("POST");
        e.route = e.path = QStringLiteral("/mail/users/add");
        e.status = 200;
        e.result = QStringLiteral("ok");
        for (int i = 0; i < 300; ++i) {
            e.params = QJsonObject{{QStringLiteral("n"), i}};
            QVERIFY(log.record(e));
        }
        AuditStoreQuery all;
        all.limit = 1000;
        AuditStorePage page = log.query(all);
        QVERIFY2(page.entries.size() >= 50 && page.entries.size() < 50 + 64,
                 qPrintable(QString::number(page.entries.size())));
        QCOMPARE(page.entries.first().params.value(QStringLiteral("n")).toInt(), 299);

        QVERIFY(!TestDatabase::exec(log.path(), QStringLiteral("UPDATE audit SET user='someone else'"), {}));
        page = log.query(all);
        QVERIFY(std::all_of(page.entries.begin(), page.entries.end(),
                            [](const AuditRecord& entry) { return entry.user.isEmpty(); }));

        // 31 days later the old entries are past the retention period: they go with the next pruning.
        clock.advanceSecs(31 * 86400);
        for (int i = 0; i < 64; ++i)
            QVERIFY(log.record(e));
        page = log.query(all);
        QVERIFY(!page.entries.isEmpty());
        QVERIFY(std::all_of(page.entries.begin(), page.entries.end(),
                            [&clock](const AuditRecord& entry) { return entry.time >= clock.nowSecs() - 30 * 86400; }));
        QVERIFY(page.entries.size() <= 64);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
