#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"
#include "TestTree.h"
#include "UpstreamBox.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "dns/DnsService.h"
#include "tls/TlsService.h"
#include "web/WebService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {

// What the box's generated files (zones, nsd's zone list, OpenDKIM tables, nginx's configuration, the MTA-STS
// policy) are on a box that upstream's daemon ran: the output of its DNS and web updates. They are written here by the
// agent's generators (held to upstream's formats by the DNS and web tests) through the library, in this process and
// before the agent starts, and brought to a fixed point (the MTA-STS policy the web update writes is an input of the
// zones), as upstream's kicks leave them.
bool writeGeneratedFiles(const QString& configPath, QString* error)
{
    const auto config = BoxConfig::load(configPath, error);
    if (!config)
        return false;
    Database db(config->usersDatabasePath());
    DnsService dns(*config, db);
    const SystemClock clock;
    const TlsService::DomainSource domains = [&dns] {
        TlsService::WebDomains d;
        const DnsService::Result r = dns.webDomains(&d.web, &d.hostedElsewhere);
        if (r.status != 200)
            d.error = r.text;
        d.zones = dns.zones();
        return d;
    };
    TlsService tls(*config, domains, clock);
    WebService web(*config, domains, tls);
    for (int round = 0; round < 3; ++round) {
        const DnsService::Result d = dns.runUpdate(round == 0);
        const WebService::Result w = web.update();
        if (d.status != 200 || w.status != 200) {
            *error = QStringLiteral("generating the box's files: %1 %2").arg(d.text, w.text);
            return false;
        }
        if (round > 0 && d.text.isEmpty() && w.text.isEmpty())
            return true;
    }
    *error = QStringLiteral("the box's generated files do not settle");
    return false;
}

struct Rows
{
    QStringList users, aliases, autoAliases, mfa;
};

// The database's rows as text, each table by id (auto_aliases, rebuilt by every kick, as a sorted set without ids).
Rows readRows(const QString& path)
{
    Rows rows;
    const QString name = QStringLiteral("rows-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            auto read = [&db](const QString& sql, QStringList* out) {
                QSqlQuery q(db);
                q.exec(sql);
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                    *out << fields.join(QLatin1Char('|'));
                }
            };
            read(QStringLiteral("SELECT id, email, password, extra, privileges, quota FROM users ORDER BY id"),
                 &rows.users);
            read(QStringLiteral("SELECT id, source, destination, permitted_senders FROM aliases ORDER BY id"),
                 &rows.aliases);
            read(QStringLiteral("SELECT source, destination, permitted_senders FROM auto_aliases"), &rows.autoAliases);
            read(QStringLiteral("SELECT id, user_id, type, secret, mru_token, label FROM mfa ORDER BY id"), &rows.mfa);
            rows.autoAliases.sort();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QJsonDocument json(const TestHttp::Reply& r)
{
    return QJsonDocument::fromJson(r.body);
}

QSet<QString> lines(const QByteArray& body)
{
    QSet<QString> set;
    for (const QString& line : QString::fromUtf8(body).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        set.insert(line);
    return set;
}

} // namespace

// Taking over a box that Mail-in-a-Box set up and ran (UpstreamBox: its files as upstream leaves them): the agent,
// started as a box's service starts it (--config, no demo box), changes nothing at start but the system API key
// (which upstream's start script writes anew too) and its own state folder; serves every read route of upstream's
// API on the box's data, changing nothing; its first write (a new user) changes users.sqlite and nothing else; and a
// custom record's change rewrites custom.yaml as upstream does and regenerates just that record's zone.
class TestSystemMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    UpstreamBox m_box;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    TestTree::Snapshot m_before; // the box before the agent's first start

    static QString admin() { return UpstreamBox::users().at(0).email; }
    static QString adminPassword() { return UpstreamBox::users().at(0).password; }

    TestHttp::Reply get(const QString& path)
    {
        return m_http->request("GET", m_agent.url(path), {TestHttp::basicAuth(admin(), adminPassword())}, {}, 120000);
    }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields = {})
    {
        return m_http->request(
            "POST", m_agent.url(path),
            {TestHttp::basicAuth(admin(), adminPassword()), {"Content-Type", "application/x-www-form-urlencoded"}},
            TestHttp::formEncode(fields), 120000);
    }

    // What the agent may change on a box it takes over without being asked to, relative to the box's root:
    // the system API key (written anew at each start, as upstream's start script does: its folder's time moves
    // with it) and the agent's own state (STORAGE_ROOT/boxkeeper: the monitoring samples in SQLite with its WAL
    // files; STORAGE_ROOT's time moves when that folder is made), nothing of upstream's. "X/**": X and all below it.
    static QStringList allowedAtStart()
    {
        return {QStringLiteral("home/user-data"), QStringLiteral("home/user-data/boxkeeper/**"),
                QStringLiteral("var/lib/mailinabox"), QStringLiteral("var/lib/mailinabox/api.key")};
    }

    // What reading may change besides: duplicity's lock file in its cache (made and removed by every duplicity call,
    // upstream's status read too: the folder's time moves), and gpg's home for duplicity, which the agent keeps in
    // backup/home on a box in a folder (SYSTEM_ROOT not /; on the machine's own box it is root's home).
    static QStringList allowedAfterReads()
    {
        return allowedAtStart() + QStringList{QStringLiteral("home/user-data/backup/cache/*"),
                                              QStringLiteral("home/user-data/backup"),
                                              QStringLiteral("home/user-data/backup/home/**")};
    }

    // "X/**": X and everything below it; "X/*": the folders directly in X (their times), not what is in them.
    static bool allowed(const QString& path, const QStringList& patterns, const TestTree::Snapshot& after)
    {
        for (const QString& p : patterns) {
            if (p.endsWith(QLatin1String("/**"))) {
                if (path == p.chopped(3) || path.startsWith(p.chopped(2)))
                    return true;
            } else if (p.endsWith(QLatin1String("/*"))) {
                if (path.startsWith(p.chopped(1)) && !path.mid(p.size() - 1).contains(QLatin1Char('/')) &&
                    after.value(path).type == 'd')
                    return true;
            } else if (path == p) {
                return true;
            }
        }
        return false;
    }

    // The differences outside the allowed paths, as "<path> (<what>)".
    static QStringList unexpectedChanges(const TestTree::Snapshot& before, const TestTree::Snapshot& after,
                                         const QStringList& patterns)
    {
        QStringList unexpected;
        const QMap<QString, QString> changes = TestTree::compare(before, after);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (!allowed(it.key(), patterns, after))
                unexpected << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
        }
        return unexpected;
    }

private slots:
    void initTestCase()
    {
        for (const char* name : {"doveadm", "ldns-keygen", "ldns-signzone", "ldns-key2ds", "openssl"}) {
            if (TestTool::path(QLatin1String(name)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(name))));
        }
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_box.create(m_tmp.filePath(QStringLiteral("root")), m_tmp.filePath(QStringLiteral("ca.pem")), &error),
                 qPrintable(error));
        QVERIFY2(writeGeneratedFiles(m_box.configPath(), &error), qPrintable(error));
        QVERIFY(QFile::exists(m_box.root() + QStringLiteral("/etc/nsd/zones/example.com.txt.signed")));
        QVERIFY(QFile::exists(m_box.root() + QStringLiteral("/etc/nginx/conf.d/local.conf")));

        m_before = TestTree::take(m_box.root());
        // Every file's time is in the past, so that a rewrite with the same bytes still shows.
        QTest::qWait(20);
        QVERIFY2(m_agent.startWithConfig(m_box.configPath(), &error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(QSslCertificate(m_box.primaryCertificate(), QSsl::Pem));
        m_http->setCaCertificates({QSslCertificate(m_box.caCertificate(), QSsl::Pem)});
    }

    void cleanupTestCase()
    {
        m_agent.stop();
        // The agent logged no warning or error about the box (a DNS repair at start, a file it could not read).
        const QByteArray log = m_agent.stderrOutput();
        QVERIFY2(!log.contains("warning: ") && !log.contains("error: "), log.constData());
    }

    void startChangesNothing()
    {
        // It serves with the installed certificate (the symlink's target, with its chain).
        const TestHttp::Reply r = get(QStringLiteral("/system/version"));
        QVERIFY2(r.status == 200, qPrintable(r.error + QString::fromUtf8(r.body)));
        // The work the agent does in the background at start (the signed zones checked, the first samples).
        QTest::qWait(3000);
        const TestTree::Snapshot now = TestTree::take(m_box.root());
        qInfo().noquote() << "changed at start:" << TestTree::differences(m_before, now).join(QStringLiteral("; "));
        const QStringList unexpected = unexpectedChanges(m_before, now, allowedAtStart());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
        // The key is new, in upstream's form and with upstream's mode.
        const QString keyPath = QStringLiteral("var/lib/mailinabox/api.key");
        QVERIFY(now.value(keyPath).sha256 != m_before.value(keyPath).sha256);
        QCOMPARE(now.value(keyPath).mode, 0640u);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(QString::fromLatin1(TestFiles::read(m_box.root() + QLatin1Char('/') + keyPath)))
                    .hasMatch());
    }

    void upstreamPasswordsWork()
    {
        // Upstream's {SHA512-CRYPT} hashes (doveadm pw) verify over Basic auth; a wrong password does not.
        QCOMPARE(get(QStringLiteral("/mail/users")).status, 200);
        const TestHttp::Reply wrong = m_http->request("GET", m_agent.url(QStringLiteral("/mail/users")),
                                                      {TestHttp::basicAuth(admin(), QStringLiteral("nope"))});
        QCOMPARE(wrong.status, 401);
        for (const UpstreamBox::User& user : UpstreamBox::users()) {
            const TestHttp::Reply login = m_http->request("POST", m_agent.url(QStringLiteral("/login")),
                                                          {TestHttp::basicAuth(user.email, user.password)});
            QCOMPARE(login.status, 200);
            const QJsonObject o = json(login).object();
            // alice has a TOTP device in the mfa table: her password is right, the code is missing.
            const QString expected = user.email == QLatin1String("alice@example.com")
                                         ? QStringLiteral("missing-totp-token")
                                         : QStringLiteral("ok");
            QVERIFY2(o.value(QStringLiteral("status")).toString() == expected, qPrintable(user.email + login.body));
        }
    }

    void mailRoutes()
    {
        QCOMPARE(lines(get(QStringLiteral("/mail/users")).body),
                 (QSet<QString>{"me@example.com", "alice@example.com", "bob@example.net"}));

        const TestHttp::Reply users = get(QStringLiteral("/mail/users?format=json"));
        QCOMPARE(users.status, 200);
        QHash<QString, QJsonObject> byEmail;
        for (const QJsonValue& group : json(users).array()) {
            for (const QJsonValue& u : group[QStringLiteral("users")].toArray())
                byEmail.insert(u[QStringLiteral("email")].toString(), u.toObject());
        }
        QCOMPARE(byEmail.size(), 4);
        QCOMPARE(byEmail[QStringLiteral("me@example.com")][QStringLiteral("privileges")].toArray(),
                 QJsonArray({QStringLiteral("admin")}));
        // alice's quota and Dovecot's maildirsize: 52428 bytes of 1 GiB.
        const QJsonObject alice = byEmail[QStringLiteral("alice@example.com")];
        QCOMPARE(alice[QStringLiteral("quota")].toString(), QStringLiteral("1G"));
        QCOMPARE(alice[QStringLiteral("box_quota")].toInteger(), qint64(1073741824));
        QCOMPARE(alice[QStringLiteral("box_size")].toString(), QStringLiteral("51.2K"));
        QCOMPARE(alice[QStringLiteral("percent")].toString(), QStringLiteral("  0%"));
        // The archived account: a Maildir without a user.
        const QJsonObject old = byEmail[QStringLiteral("olduser@example.net")];
        QCOMPARE(old[QStringLiteral("status")].toString(), QStringLiteral("inactive"));
        QCOMPARE(old[QStringLiteral("mailbox")].toString(),
                 m_box.storagePath(QStringLiteral("mail/mailboxes/example.net/olduser")));

        const QSet<QString> aliases = lines(get(QStringLiteral("/mail/aliases")).body);
        for (const UpstreamBox::Alias& a : UpstreamBox::aliases() + UpstreamBox::automaticAliases())
            QVERIFY2(
                aliases.contains(a.source + QLatin1Char('\t') + a.destination + QLatin1Char('\t') + a.permittedSenders),
                qPrintable(a.source));
        QCOMPARE(aliases.size(), UpstreamBox::aliases().size() + UpstreamBox::automaticAliases().size());

        const TestHttp::Reply aliasesJson = get(QStringLiteral("/mail/aliases?format=json"));
        QCOMPARE(aliasesJson.status, 200);
        QJsonObject noreply;
        for (const QJsonValue& group : json(aliasesJson).array()) {
            for (const QJsonValue& a : group[QStringLiteral("aliases")].toArray()) {
                if (a[QStringLiteral("address")].toString() == QLatin1String("noreply@example.com"))
                    noreply = a.toObject();
            }
        }
        QCOMPARE(noreply[QStringLiteral("permitted_senders")].toArray(),
                 QJsonArray({QStringLiteral("me@example.com")}));
        QCOMPARE(noreply[QStringLiteral("auto")].toBool(true), false);

        QCOMPARE(lines(get(QStringLiteral("/mail/domains")).body),
                 (QSet<QString>{"box.example.com", "example.com", "example.net"}));
        QCOMPARE(get(QStringLiteral("/mail/users/privileges?email=me@example.com")).body, QByteArray("admin"));
        const TestHttp::Reply quota = get(QStringLiteral("/mail/users/quota?email=alice@example.com"));
        QCOMPARE(quota.status, 200);
        QCOMPARE(json(quota)[QStringLiteral("quota")].toString(), QStringLiteral("1G"));
    }

    void dnsRoutes()
    {
        const TestHttp::Reply custom = get(QStringLiteral("/dns/custom"));
        QCOMPARE(custom.status, 200);
        QStringList records;
        for (const QJsonValue& r : json(custom).array()) {
            records << QStringLiteral("%1 %2 %3")
                           .arg(r[QStringLiteral("qname")].toString(), r[QStringLiteral("rtype")].toString(),
                                r[QStringLiteral("value")].toString());
        }
        // In stored order, the secondary nameservers' pseudo-record left out.
        QCOMPARE(records, QStringList({QStringLiteral("laptop.example.com A 198.51.100.7"),
                                       QStringLiteral("example.com TXT google-site-verification=abc"),
                                       QStringLiteral("example.com TXT v=spf1 include:_spf.example.net -all"),
                                       QStringLiteral("example.com MX 20 backup.example.net."),
                                       QStringLiteral("www.example.net CNAME elsewhere.example.org.")}));
        QCOMPARE(json(get(QStringLiteral("/dns/custom/laptop.example.com"))).array().size(), 1);
        QCOMPARE(json(get(QStringLiteral("/dns/secondary-nameserver")))[QStringLiteral("hostnames")].toArray(),
                 QJsonArray::fromStringList(UpstreamBox::secondaryNameservers()));

        const TestHttp::Reply zones = get(QStringLiteral("/dns/zones"));
        QCOMPARE(zones.status, 200);
        const QJsonArray zoneList = json(zones).array();
        QVERIFY2(zoneList.contains(QStringLiteral("example.com")) && zoneList.contains(QStringLiteral("example.net")),
                 zones.body.constData());
        for (const QJsonValue& zone : zoneList) {
            const TestHttp::Reply file = get(QStringLiteral("/dns/zonefile/") + zone.toString());
            QCOMPARE(file.status, 200);
            QCOMPARE(file.body, TestFiles::read(m_box.root() + QStringLiteral("/etc/nsd/zones/") + zone.toString() +
                                                QStringLiteral(".txt")));
            // The secondary nameserver is published in every zone.
            QVERIFY2(file.body.contains("ns2.provider.net."), qPrintable(zone.toString()));
        }

        const TestHttp::Reply dump = get(QStringLiteral("/dns/dump"));
        QCOMPARE(dump.status, 200);
        QSet<QString> dumped;
        for (const QJsonValue& zone : json(dump).array()) {
            for (const QJsonValue& r : zone.toArray().at(1).toArray())
                dumped.insert(QStringLiteral("%1 %2 %3")
                                  .arg(r[QStringLiteral("qname")].toString(), r[QStringLiteral("rtype")].toString(),
                                       r[QStringLiteral("value")].toString()));
        }
        QVERIFY(dumped.contains(QStringLiteral("laptop.example.com A 198.51.100.7")));
        QVERIFY(dumped.contains(QStringLiteral("example.com MX 20 backup.example.net.")));
        QVERIFY(dumped.contains(QStringLiteral("www.example.net CNAME elsewhere.example.org.")));
    }

    void tlsAndWebRoutes()
    {
        const TestHttp::Reply ssl = get(QStringLiteral("/ssl/status"));
        QCOMPARE(ssl.status, 200);
        QHash<QString, QJsonObject> byDomain;
        for (const QJsonValue& s : json(ssl)[QStringLiteral("status")].toArray())
            byDomain.insert(s[QStringLiteral("domain")].toString(), s.toObject());
        // The box's name uses the installed certificate (its expiry, not the self-signed one's), valid through the CA.
        const QJsonObject primary = byDomain.value(QLatin1String(UpstreamBox::Hostname));
        QCOMPARE(primary[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QVERIFY2(primary[QStringLiteral("text")].toString().startsWith(
                     QStringLiteral("Signed & valid. The certificate expires in ")) &&
                     primary[QStringLiteral("text")].toString().contains(
                         m_box.primaryNotAfter().toString(QStringLiteral("yyyy-MM-dd"))),
                 qPrintable(primary[QStringLiteral("text")].toString()));
        QCOMPARE(byDomain.value(QStringLiteral("www.example.com"))[QStringLiteral("status")].toString(),
                 QStringLiteral("success"));
        // The custom CNAME makes www.example.net hosted elsewhere.
        QCOMPARE(byDomain.value(QStringLiteral("www.example.net"))[QStringLiteral("status")].toString(),
                 QStringLiteral("not-applicable"));

        const TestHttp::Reply web = get(QStringLiteral("/web/domains"));
        QCOMPARE(web.status, 200);
        bool found = false;
        for (const QJsonValue& d : json(web).array()) {
            if (d[QStringLiteral("domain")].toString() == QLatin1String(UpstreamBox::Hostname)) {
                found = true;
                QCOMPARE(d[QStringLiteral("ssl_certificate")].toArray().at(0).toString(), QStringLiteral("success"));
            }
        }
        QVERIFY2(found, web.body.constData());
    }

    void systemRoutes()
    {
        QVERIFY(!get(QStringLiteral("/system/version")).body.isEmpty());
        QCOMPARE(get(QStringLiteral("/system/privacy")).body.trimmed(), QByteArray("true"));
        QCOMPARE(get(QStringLiteral("/system/reboot")).body.trimmed(), QByteArray("false"));

        const TestHttp::Reply config = get(QStringLiteral("/system/backup/config"));
        QCOMPARE(config.status, 200);
        const QJsonObject c = json(config).object();
        QCOMPARE(c[QStringLiteral("target")].toString(),
                 QStringLiteral("file://") + m_box.storagePath(QStringLiteral("backup/encrypted")));
        QCOMPARE(c[QStringLiteral("min_age_in_days")].toInt(), 7);
        QCOMPARE(c[QStringLiteral("enc_pw_file")].toString(),
                 m_box.storagePath(QStringLiteral("backup/secret_key.txt")));
        QVERIFY(!c.contains(QStringLiteral("target_user")));
        if (QFile::exists(m_box.root() + QStringLiteral("/root/.ssh/id_rsa_miab.pub")))
            QCOMPARE(c[QStringLiteral("ssh_pub_key")].toString().toUtf8(),
                     TestFiles::read(m_box.root() + QStringLiteral("/root/.ssh/id_rsa_miab.pub")));

        const TestHttp::Reply backups = get(QStringLiteral("/system/backup/status"));
        QCOMPARE(backups.status, 200);
        if (QFileInfo::exists(m_box.storagePath(QStringLiteral("backup/encrypted")))) {
            // Last night's full backup, read by the real duplicity.
            const QJsonArray list = json(backups)[QStringLiteral("backups")].toArray();
            QVERIFY2(list.size() == 1 && list.at(0)[QStringLiteral("full")].toBool(), backups.body.constData());
        }

        // The admin's own TOTP status (none, and a new secret offered) and alice's device from the mfa table.
        const TestHttp::Reply mine = post(QStringLiteral("/mfa/status"));
        QCOMPARE(mine.status, 200);
        QCOMPARE(json(mine)[QStringLiteral("enabled_mfa")].toArray().size(), 0);
        QVERIFY(json(mine)[QStringLiteral("new_mfa")].isObject());
        const TestHttp::Reply alices = post(QStringLiteral("/mfa/status"), {{"user", "alice@example.com"}});
        QCOMPARE(alices.status, 200);
        const QJsonArray devices = json(alices)[QStringLiteral("enabled_mfa")].toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0)[QStringLiteral("label")].toString(), UpstreamBox::totpLabel());

        // The status checks (POST, but they only read); on a box in a folder the machine's services are not probed.
        const TestHttp::Reply status = post(QStringLiteral("/system/status"));
        QCOMPARE(status.status, 200);
        QVERIFY2(json(status).isArray() && !json(status).array().isEmpty(), status.body.left(500).constData());

        // Package updates: upstream runs apt-get update (the machine's state); a box in a folder refuses.
        QCOMPARE(get(QStringLiteral("/system/updates")).status, 503);
    }

    // The agent's own reads beyond upstream's API, which the desktop calls on the box it took over.
    void agentRoutes()
    {
        for (const char* path :
             {"/boxkeeper/capabilities", "/boxkeeper/metrics", "/boxkeeper/status/changes", "/boxkeeper/backup/run"}) {
            const TestHttp::Reply r = get(QLatin1String(path));
            QVERIFY2(r.status == 200,
                     qPrintable(QLatin1String(path) + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        }
        if (QFileInfo::exists(m_box.storagePath(QStringLiteral("backup/encrypted")))) {
            // The files of last night's backup, listed by duplicity.
            const TestHttp::Reply files = get(QStringLiteral("/boxkeeper/backup/files"));
            QVERIFY2(files.status == 200 && files.body.contains("mail/users.sqlite"), files.body.left(500).constData());
        }
        // What a new custom record would publish: nothing is written.
        const TestHttp::Reply preview =
            post(QStringLiteral("/boxkeeper/dns/preview"),
                 {{"method", "POST"}, {"qname", "new.example.com"}, {"rtype", "A"}, {"value", "198.51.100.8"}});
        QVERIFY2(preview.status == 200 && preview.body.contains("198.51.100.8"), preview.body.constData());
    }

    void readsChangeNothing()
    {
        const TestTree::Snapshot now = TestTree::take(m_box.root());
        qInfo().noquote() << "changed after the reads:"
                          << TestTree::differences(m_before, now).join(QStringLiteral("; "));
        const QStringList unexpected = unexpectedChanges(m_before, now, allowedAfterReads());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void firstWriteKeepsEverythingElse()
    {
        const TestTree::Snapshot before = TestTree::take(m_box.root());
        const QString database = m_box.storagePath(QStringLiteral("mail/users.sqlite"));
        const Rows rowsBefore = readRows(database);
        QTest::qWait(20);

        // A new user in a domain the box has: the kick regenerates nothing (no DNS or web text after the status line).
        const TestHttp::Reply added =
            post(QStringLiteral("/mail/users/add"), {{"email", "carol@example.com"}, {"password", "carol-secret-333"}});
        QCOMPARE(added.status, 200);
        QCOMPARE(added.body, QByteArray("mail user added\n"));

        const TestTree::Snapshot after = TestTree::take(m_box.root());
        qInfo().noquote() << "changed by the write:" << TestTree::differences(before, after).join(QStringLiteral("; "));
        // users.sqlite only; its folder's time moves with SQLite's journal. The agent's own state may move on.
        const QStringList unexpected = unexpectedChanges(before, after,
                                                         {QStringLiteral("home/user-data/mail"),
                                                          QStringLiteral("home/user-data/mail/users.sqlite"),
                                                          QStringLiteral("home/user-data/boxkeeper/**")});
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
        QVERIFY(TestTree::changedPaths(before, after).contains(QStringLiteral("home/user-data/mail/users.sqlite")));

        // In the database: one more user, every other row as it was.
        const Rows rowsAfter = readRows(database);
        QCOMPARE(rowsAfter.users.mid(0, rowsBefore.users.size()), rowsBefore.users);
        QCOMPARE(rowsAfter.users.size(), rowsBefore.users.size() + 1);
        QCOMPARE(rowsAfter.aliases, rowsBefore.aliases);
        QCOMPARE(rowsAfter.autoAliases, rowsBefore.autoAliases);
        QCOMPARE(rowsAfter.mfa, rowsBefore.mfa);
        // The new user's hash in upstream's form, which Dovecot verifies.
        const QString hash = rowsAfter.users.constLast().section(QLatin1Char('|'), 2, 2);
        QVERIFY2(hash.startsWith(QLatin1String("{SHA512-CRYPT}$6$")), qPrintable(hash));
        const TestTool::Result check = TestTool::doveadm({QStringLiteral("pw"), QStringLiteral("-t"), hash,
                                                          QStringLiteral("-p"), QStringLiteral("carol-secret-333")});
        QVERIFY2(check.ok(), check.message().constData());
    }

    // A change of a custom record: custom.yaml rewritten in upstream's form (only that record's line moves) and
    // the one zone that holds the record regenerated and signed again; every other file as it was.
    void customRecordChangeKeepsEverythingElse()
    {
        const TestTree::Snapshot before = TestTree::take(m_box.root());
        const QByteArray yaml = TestFiles::read(m_box.storagePath(QStringLiteral("dns/custom.yaml")));
        QTest::qWait(20);
        const TestHttp::Reply changed =
            m_http->request("PUT", m_agent.url(QStringLiteral("/dns/custom/laptop.example.com")),
                            {TestHttp::basicAuth(admin(), adminPassword())}, "198.51.100.9", 120000);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, QByteArray("updated DNS: example.com\n"));

        // As upstream sets a record: the old value dropped, the new one appended (so its name moves to the end).
        QByteArray expected = yaml;
        expected.replace("laptop.example.com: 198.51.100.7\n", "");
        expected += "laptop.example.com: 198.51.100.9\n";
        QCOMPARE(TestFiles::read(m_box.storagePath(QStringLiteral("dns/custom.yaml"))), expected);
        const TestTree::Snapshot after = TestTree::take(m_box.root());
        qInfo().noquote() << "changed by the record:"
                          << TestTree::differences(before, after).join(QStringLiteral("; "));
        const QStringList unexpected = unexpectedChanges(
            before, after,
            {QStringLiteral("home/user-data/dns"), QStringLiteral("home/user-data/dns/custom.yaml"),
             QStringLiteral("etc/nsd/zones"), QStringLiteral("etc/nsd/zones/example.com.txt"),
             QStringLiteral("etc/nsd/zones/example.com.txt.signed"), QStringLiteral("home/user-data/boxkeeper/**")});
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSystemMigration)
#include "tst_system_migration.moc"
