#include "box/BoxConfig.h"
#include "box/Database.h"
#include "box/DomainOrder.h"
#include "mail/MailService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

namespace {
const QString Admin = QStringLiteral("admin@example.com");
const QString Pw = QStringLiteral("correct horse");
} // namespace

// MailService on a temporary box (users.sqlite + mailboxes), without HTTP.
class TestMailService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstUserAndKick();
    void hookOnlyWhenDomainsChange();
    void addUserValidation();
    void removeUserArchives();
    void usersJsonExact();
    void passwordQuotaPrivileges();
    void aliasesAddAndList();
    void aliasValidation();
    void dcvAliases();
    void kickRemovesUnneededAliases();
    void unicodeDomainMaps();
    void removeAliasIsCaseSensitive();
    void concurrentWriters();
    void listCacheSeesOtherWriters();

private:
    QString dump();
    QStringList autoAliases();
    void writeFile(const QString& relative, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<BoxConfig> m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MailService> m_mail;
    QStringList m_hookCalls;
};

void TestMailService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString storage = m_dir->filePath("user-data");
    QDir().mkpath(storage + "/mail/mailboxes");
    QString error;
    m_config = BoxConfig::parse("STORAGE_ROOT=" + storage.toUtf8() +
                                    "\nPRIMARY_HOSTNAME=box.example.com\n"
                                    "PUBLIC_IP=192.0.2.1\nSYSTEM_ROOT=" +
                                    m_dir->filePath("system").toUtf8() + "\n",
                                &error);
    QVERIFY2(m_config, qPrintable(error));
    m_db = std::make_unique<Database>(m_config->usersDatabasePath());
    QVERIFY(m_db->ensureSchema(&error));
    m_mail = std::make_unique<MailService>(*m_config, *m_db);
    m_hookCalls.clear();
    m_mail->setDomainsChangedHook([this](const MailKick::Domains& sets) {
        const QStringList domains = DomainOrder::sorted(sets.mail.values(), m_config->primaryHostname());
        m_hookCalls.append(domains.join(','));
        return QStringLiteral("updated DNS: %1\n").arg(domains.join(','));
    });
}

void TestMailService::cleanup()
{
    m_mail.reset();
    m_db.reset();
    m_config.reset();
    m_dir.reset();
}

QString TestMailService::dump()
{
    QString out;
    QSqlQuery q(m_db->connection());
    for (const char* table : {"users", "aliases", "auto_aliases", "mfa"}) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        out += QLatin1String(table) + ":\n";
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                out += (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()) + '|';
            }
            out += '\n';
        }
    }
    return out;
}

QStringList TestMailService::autoAliases()
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.exec("SELECT source, destination, permitted_senders IS NULL FROM auto_aliases ORDER BY source");
    while (q.next()) {
        out.append(q.value(0).toString() + " -> " + q.value(1).toString() + (q.value(2).toBool() ? "" : " (senders!)"));
    }
    return out;
}

void TestMailService::writeFile(const QString& relative, const QByteArray& content)
{
    const QString path = m_config->storagePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TestMailService::firstUserAndKick()
{
    // The very first user may have a DCV address (setup's first admin).
    MailResult r = m_mail->addUser(Admin, Pw, "admin", std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.text, QStringLiteral("mail user added\nupdated DNS: example.com\n"));
    QCOMPARE(autoAliases(), (QStringList{"abuse@example.com -> administrator@box.example.com",
                                         "admin@example.com -> administrator@box.example.com",
                                         "hostmaster@box.example.com -> administrator@box.example.com",
                                         "postmaster@example.com -> administrator@box.example.com"}));
    QCOMPARE(m_mail->usersText(), QByteArray("admin@example.com\n"));
    QCOMPARE(m_mail->domainsText(), QByteArray("example.com\n"));
    QSqlQuery q(m_db->connection());
    q.exec("SELECT password, privileges, quota FROM users");
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().startsWith("{SHA512-CRYPT}$6$"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("0"));
}

void TestMailService::hookOnlyWhenDomainsChange()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QCOMPARE(m_hookCalls.size(), 1);
    QCOMPARE(m_mail->addUser("bob@example.com", Pw, "", std::nullopt).text, QStringLiteral("mail user added\n"));
    QCOMPARE(m_mail->addAlias("info@example.com", "bob@example.com", "", false).text, QStringLiteral("alias added\n"));
    QCOMPARE(m_hookCalls.size(), 1);
    // An alias on a new domain adds a mail domain.
    QCOMPARE(m_mail->addAlias("info@other.org", "bob@example.com", "", false).text,
             QStringLiteral("alias added\nupdated DNS: example.com,other.org\n"));
    // A user on a domain that so far only had aliases changes the user domains.
    QCOMPARE(m_mail->addUser("carol@other.org", Pw, "", std::nullopt).text,
             QStringLiteral("mail user added\nupdated DNS: example.com,other.org\n"));
    QCOMPARE(m_mail->removeUser("carol@other.org").text,
             QStringLiteral("mail user removed\nupdated DNS: example.com,other.org\n"));
    QCOMPARE(m_mail->removeAlias("info@other.org").text, QStringLiteral("alias removed\nupdated DNS: example.com\n"));
    QCOMPARE(m_hookCalls.size(), 5);
    QCOMPARE(m_mail->removeUser("bob@example.com").text, QStringLiteral("mail user removed\n"));
}

void TestMailService::addUserValidation()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    const QString before = dump();
    struct Case
    {
        QString email, password, privileges;
        std::optional<QString> quota;
        QString message;
    };
    const QList<Case> cases{
        {"", Pw, "", std::nullopt, "No email address provided."},
        {"   ", Pw, "", std::nullopt, "No email address provided."},
        {"not-an-address", Pw, "", std::nullopt, "Invalid email address."},
        {"a@localhost", Pw, "", std::nullopt, "Invalid email address."},
        {"Bob@example.com", Pw, "", std::nullopt,
         "User account email addresses may only use the lowercase ASCII letters a-z, the digits 0-9, underscore "
         "(_), hyphen (-), and period (.)."},
        {"bob+x@example.com", Pw, "", std::nullopt,
         "User account email addresses may only use the lowercase ASCII letters a-z, the digits 0-9, underscore "
         "(_), hyphen (-), and period (.)."},
        {"postmaster@example.com", "", "", std::nullopt,
         "You may not make a user account for that address because it is frequently used for domain control "
         "validation. Use an alias instead if necessary."},
        {"webmaster+x@example.com", Pw, "", std::nullopt,
         "User account email addresses may only use the lowercase ASCII letters a-z, the digits 0-9, underscore "
         "(_), hyphen (-), and period (.)."},
        {"bob@example.com", "", "", std::nullopt, "No password provided."},
        {"bob@example.com", "    ", "", std::nullopt, "No password provided."},
        {"bob@example.com", "short", "", std::nullopt, "Passwords must be at least eight characters."},
        {"bob@example.com", QStringLiteral("ääääääää").left(7), "", std::nullopt,
         "Passwords must be at least eight characters."},
        {"bob@example.com", Pw, "admin\n", std::nullopt, "That's not a valid privilege ()."},
        {"bob@example.com", Pw, "admin\n \nx", std::nullopt, "That's not a valid privilege ( )."},
        {"bob@example.com", Pw, "", QString(""), "No quota provided."},
        {"bob@example.com", Pw, "", QString("1.5G"), "Quotas cannot contain spaces, commas, or decimal points."},
        {"bob@example.com", Pw, "", QString("5T"), "Invalid quota."},
        {Admin, Pw, "", std::nullopt,
         "You may not make a user account for that address because it is frequently used for domain control "
         "validation. Use an alias instead if necessary."},
    };
    for (const Case& c : cases) {
        const MailResult r = m_mail->addUser(c.email, c.password, c.privileges, c.quota);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.text, c.message);
        QCOMPARE(dump(), before);
    }
    QVERIFY(m_mail->addUser("bob@example.com", Pw, "", QString("5g")).isOk());
    const QString withBob = dump();
    const MailResult again = m_mail->addUser("bob@example.com", Pw, "", std::nullopt);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.text, QStringLiteral("User already exists."));
    QCOMPARE(dump(), withBob);
    QCOMPARE(m_mail->quota("bob@example.com").value_or("-"), QStringLiteral("5G"));
    // Eight code points are enough, whatever their UTF-8 length.
    QVERIFY(m_mail->addUser("carol@example.com", QStringLiteral("ääääääää"), "", std::nullopt).isOk());
}

void TestMailService::removeUserArchives()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QVERIFY(m_mail->addUser("bob@example.com", Pw, "", std::nullopt).isOk());
    QDir().mkpath(m_config->storagePath("mail/mailboxes/example.com/bob"));
    const QString before = dump();
    const MailResult missing = m_mail->removeUser("Bob@example.com");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.text, QStringLiteral("That's not a user (Bob@example.com)."));
    QCOMPARE(dump(), before);
    QCOMPARE(m_mail->removeUser("bob@example.com").text, QStringLiteral("mail user removed\n"));
    QCOMPARE(m_mail->usersText(), QByteArray("admin@example.com\n"));
    const QByteArray json = m_mail->usersJson();
    QVERIFY(json.contains("\"status\": \"inactive\""));
    QVERIFY(json.contains("\"mailbox\": \"" + m_config->storagePath("mail/mailboxes/example.com/bob").toUtf8() + "\""));
}

void TestMailService::usersJsonExact()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QVERIFY(m_mail->addUser("bob@example.com", Pw, "", QString("1G")).isOk());
    QVERIFY(m_mail->addUser("me@xn--bcher-kva.de", Pw, "x\nadmin", QString("0")).isOk());
    writeFile("mail/mailboxes/example.com/bob/maildirsize", "1073741824S\n1610612 3\n53687091 1\n");
    writeFile("mail/mailboxes/example.com/admin/maildirsize", "0S\n1572864 2\n");
    QDir().mkpath(m_config->storagePath("mail/mailboxes/example.com/zed"));
    QDir().mkpath(m_config->storagePath("mail/mailboxes/old.org/ann"));
    const QString root = m_config->storagePath("mail/mailboxes");
    const QByteArray expected = "[\n"
                                "  {\n"
                                "    \"domain\": \"example.com\",\n"
                                "    \"users\": [\n"
                                "      {\n"
                                "        \"box_quota\": 0,\n"
                                "        \"box_size\": \"1.5M\",\n"
                                "        \"email\": \"admin@example.com\",\n"
                                "        \"percent\": \"\",\n"
                                "        \"privileges\": [\n"
                                "          \"admin\"\n"
                                "        ],\n"
                                "        \"quota\": \"0\",\n"
                                "        \"status\": \"active\"\n"
                                "      },\n"
                                "      {\n"
                                "        \"box_quota\": 1073741824,\n"
                                "        \"box_size\": \"52.7M\",\n"
                                "        \"email\": \"bob@example.com\",\n"
                                "        \"percent\": \"  5%\",\n"
                                "        \"privileges\": [],\n"
                                "        \"quota\": \"1G\",\n"
                                "        \"status\": \"active\"\n"
                                "      },\n"
                                "      {\n"
                                "        \"box_quota\": \"?\",\n"
                                "        \"box_size\": \"?\",\n"
                                "        \"email\": \"zed@example.com\",\n"
                                "        \"mailbox\": \"" +
                                root.toUtf8() +
                                "/example.com/zed\",\n"
                                "        \"percent\": \"?\",\n"
                                "        \"privileges\": [],\n"
                                "        \"status\": \"inactive\"\n"
                                "      }\n"
                                "    ]\n"
                                "  },\n"
                                "  {\n"
                                "    \"domain\": \"b\\u00fccher.de\",\n"
                                "    \"users\": [\n"
                                "      {\n"
                                "        \"box_quota\": \"?\",\n"
                                "        \"box_size\": \"?\",\n"
                                "        \"email\": \"me@xn--bcher-kva.de\",\n"
                                "        \"percent\": \"\",\n"
                                "        \"privileges\": [\n"
                                "          \"x\",\n"
                                "          \"admin\"\n"
                                "        ],\n"
                                "        \"quota\": \"0\",\n"
                                "        \"status\": \"active\"\n"
                                "      }\n"
                                "    ]\n"
                                "  },\n"
                                "  {\n"
                                "    \"domain\": \"old.org\",\n"
                                "    \"users\": [\n"
                                "      {\n"
                                "        \"box_quota\": \"?\",\n"
                                "        \"box_size\": \"?\",\n"
                                "        \"email\": \"ann@old.org\",\n"
                                "        \"mailbox\": \"" +
                                root.toUtf8() +
                                "/old.org/ann\",\n"
                                "        \"percent\": \"?\",\n"
                                "        \"privileges\": [],\n"
                                "        \"status\": \"inactive\"\n"
                                "      }\n"
                                "    ]\n"
                                "  }\n"
                                "]\n";
    QCOMPARE(QString::fromUtf8(m_mail->usersJson()), QString::fromUtf8(expected));
    QCOMPARE(m_mail->usersText(), QByteArray("admin@example.com\nbob@example.com\nme@xn--bcher-kva.de\n"));
}

void TestMailService::passwordQuotaPrivileges()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    const QString before = dump();
    QCOMPARE(m_mail->setPassword(Admin, "").text, QStringLiteral("No password provided."));
    QCOMPARE(m_mail->setPassword("nobody@example.com", "short").text,
             QStringLiteral("Passwords must be at least eight characters."));
    QCOMPARE(m_mail->setPassword("nobody@example.com", Pw).text,
             QStringLiteral("That's not a user (nobody@example.com)."));
    QCOMPARE(m_mail->setPassword(Admin, QString(512, 'x')).text,
             QStringLiteral("Passwords must be at most 511 bytes long."));
    QCOMPARE(m_mail->setPassword(Admin, QString(Pw) + QChar(0) + "rest").text,
             QStringLiteral("Passwords cannot contain control characters."));
    QCOMPARE(m_mail->addUser("new@example.com", QString(Pw) + QChar(0x7f), "", std::nullopt).text,
             QStringLiteral("Passwords cannot contain control characters."));
    QCOMPARE(m_mail->setQuota(Admin, std::nullopt).text, QStringLiteral("No quota provided."));
    QCOMPARE(m_mail->setQuota(Admin, QString(" ")).text, QStringLiteral("No quota provided."));
    QCOMPARE(m_mail->setQuota(Admin, QString("1,0")).text,
             QStringLiteral("Quotas cannot contain spaces, commas, or decimal points."));
    QCOMPARE(m_mail->setQuota(Admin, QString("x")).text, QStringLiteral("Invalid quota."));
    QCOMPARE(m_mail->setQuota("nobody@example.com", QString("1G")).text,
             QStringLiteral("That's not a user (nobody@example.com)."));
    QCOMPARE(m_mail->addPrivilege(Admin, "").text, QStringLiteral("That's not a valid privilege ()."));
    QCOMPARE(m_mail->addPrivilege(Admin, "a\nb").text, QStringLiteral("That's not a valid privilege (a\nb)."));
    QCOMPARE(m_mail->removePrivilege(Admin, " ").text, QStringLiteral("That's not a valid privilege ( )."));
    QCOMPARE(m_mail->addPrivilege("nobody@example.com", "admin").text,
             QStringLiteral("That's not a user (nobody@example.com)."));
    QCOMPARE(dump(), before);

    QCOMPARE(m_mail->setPassword(Admin, "another password").text, QStringLiteral("OK"));
    QVERIFY(dump() != before);
    QCOMPARE(m_mail->setQuota(Admin, QString("500m")).text, QStringLiteral("OK"));
    QCOMPARE(m_mail->quota(Admin).value_or("-"), QStringLiteral("500M"));
    QVERIFY(!m_mail->quota("nobody@example.com"));
    QCOMPARE(m_mail->addPrivilege(Admin, "admin").text, QStringLiteral("OK"));
    QCOMPARE(m_mail->addPrivilege(Admin, "backup").text, QStringLiteral("OK"));
    QCOMPARE(m_mail->privileges(Admin).value_or(QStringList()), (QStringList{"admin", "backup"}));
    QCOMPARE(m_mail->removePrivilege(Admin, "nothere").text, QStringLiteral("OK"));
    // The last administrator can be neither demoted nor archived (400, nothing changes).
    const QString withAdmin = dump();
    const MailResult demoted = m_mail->removePrivilege(Admin, "admin");
    QCOMPARE(demoted.text, QStringLiteral("You cannot remove the admin privilege from the last administrator."));
    QCOMPARE(demoted.status, 400);
    const MailResult archived = m_mail->removeUser(Admin);
    QCOMPARE(archived.text, QStringLiteral("You cannot archive the last administrator."));
    QCOMPARE(archived.status, 400);
    QCOMPARE(dump(), withAdmin);
    // With another administrator, both are allowed.
    QVERIFY(m_mail->addUser("second@example.com", Pw, "backup\nadmin", std::nullopt).isOk());
    QCOMPARE(m_mail->removePrivilege(Admin, "admin").text, QStringLiteral("OK"));
    QCOMPARE(m_mail->privileges(Admin).value_or(QStringList{"-"}), (QStringList{"backup"}));
    QCOMPARE(m_mail->removeUser(Admin).text, QStringLiteral("mail user removed\n"));
    QCOMPARE(m_mail->removeUser("second@example.com").text,
             QStringLiteral("You cannot archive the last administrator."));
    QVERIFY(!m_mail->privileges("nobody@example.com"));
}

void TestMailService::aliasesAddAndList()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QVERIFY(m_mail->addUser("bob@example.com", Pw, "", std::nullopt).isOk());
    QCOMPARE(m_mail->addAlias(" Info@Example.com ", "bob@example.com,\nAdmin@Example.com", "", false).text,
             QStringLiteral("alias added\n"));
    QCOMPARE(m_mail->addAlias("@example.com", "bob@example.com", "", false).text, QStringLiteral("alias added\n"));
    QCOMPARE(m_mail->addAlias("@example.net", "@example.com", "", false).text,
             QStringLiteral("alias added\nupdated DNS: example.com,example.net\n"));
    QCOMPARE(m_mail->addAlias("send@example.com", "", "bob@example.com, admin@example.com", false).text,
             QStringLiteral("alias added\n"));
    QCOMPARE(m_mail->addAlias("info@example.com", "bob@example.com", "", false).text,
             QStringLiteral("Alias already exists (info@example.com)."));
    QCOMPARE(m_mail->addAlias("info@example.com", "bob@example.com", "bob@example.com", true).text,
             QStringLiteral("alias updated\n"));

    QCOMPARE(QString::fromUtf8(m_mail->aliasesText()),
             QStringLiteral("hostmaster@box.example.com\tadministrator@box.example.com\t\n"
                            "@example.com\tbob@example.com\t\n"
                            "abuse@example.com\tadministrator@box.example.com\t\n"
                            "admin@example.com\tadministrator@box.example.com\t\n"
                            "info@example.com\tbob@example.com\tbob@example.com\n"
                            "postmaster@example.com\tadministrator@box.example.com\t\n"
                            "send@example.com\t\tbob@example.com,admin@example.com\n"
                            "@example.net\t@example.com\t\n"));
    const QByteArray json = m_mail->aliasesJson();
    const QByteArray send = "      {\n"
                            "        \"address\": \"send@example.com\",\n"
                            "        \"address_display\": \"send@example.com\",\n"
                            "        \"auto\": false,\n"
                            "        \"forwards_to\": [\n"
                            "          \"\"\n"
                            "        ],\n"
                            "        \"permitted_senders\": [\n"
                            "          \"bob@example.com\",\n"
                            "          \"admin@example.com\"\n"
                            "        ]\n"
                            "      },\n"
                            "      {\n"
                            "        \"address\": \"abuse@example.com\",\n";
    QVERIFY2(json.contains(send), json.constData());
    QVERIFY(json.contains("\"permitted_senders\": null"));
    QVERIFY(json.startsWith("[\n  {\n    \"aliases\": [\n      {\n        \"address\": "
                            "\"hostmaster@box.example.com\",\n"));
    // Groups in canonical domain order: P first, then the rest of its zone, then the other zones.
    const int boxAt = json.indexOf("\"domain\": \"box.example.com\"");
    const int comAt = json.indexOf("\"domain\": \"example.com\"");
    const int netAt = json.indexOf("\"domain\": \"example.net\"");
    QVERIFY(boxAt > 0 && comAt > 0 && netAt > 0);
    QVERIFY(boxAt < comAt);
    QVERIFY(comAt < netAt);
    QVERIFY(json.contains("\"address\": \"@example.com\""));
    QCOMPARE(m_mail->domainsText(), QByteArray("example.com\nexample.net\n"));
}

void TestMailService::aliasValidation()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    const QString before = dump();
    struct Case
    {
        QString address, forwards, senders, message;
    };
    const QList<Case> cases{
        {"", "bob@example.com", "", "No email address provided."},
        {"  ", "bob@example.com", "", "No email address provided."},
        {"not an address", "bob@example.com", "", "Invalid email address (not an address)."},
        {"Foo@LOCALHOST", "bob@example.com", "", "Invalid email address (foo@localhost)."},
        {"info@example.com", "bob@example.com, nope", "", "Invalid receiver email address (nope)."},
        {"info@example.com", "@example.com,bob@example.com", "", "Invalid receiver email address (@example.com)."},
        {"info@example.com", QStringLiteral("x@bücher.de, y"), "", "Invalid receiver email address (y)."},
        {"info@example.com", "bob@example.com", "bob@example.com",
         "Invalid permitted sender: bob@example.com is not a user on this system."},
        {"info@example.com", "", "Admin@example.com",
         "Invalid permitted sender: Admin@example.com is not a user on this system."},
        {"info@example.com", "", "", "The alias must either forward to an address or have a permitted sender."},
        {"info@example.com", " , \n ", " ,", "The alias must either forward to an address or have a permitted sender."},
    };
    for (const Case& c : cases) {
        const MailResult r = m_mail->addAlias(c.address, c.forwards, c.senders, false);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.text, c.message);
        QCOMPARE(dump(), before);
    }
    const MailResult r = m_mail->removeAlias("nothing@example.com");
    QCOMPARE(r.text, QStringLiteral("That's not an alias (nothing@example.com)."));
    QCOMPARE(dump(), before);
}

void TestMailService::dcvAliases()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QVERIFY(m_mail->addUser("bob@example.com", Pw, "", std::nullopt).isOk());
    const QString dcvMessage = QStringLiteral(
        "This alias can only have administrators of this system as destinations because the address is frequently "
        "used for domain control validation.");
    const QString before = dump();
    QCOMPARE(m_mail->addAlias("webmaster@example.com", "bob@example.com", "", false).text, dcvMessage);
    QCOMPARE(m_mail->addAlias("abuse+x@example.com", "someone@elsewhere.org", "", false).text, dcvMessage);
    // The single "@domain" destination shortcut is not available for DCV sources.
    QCOMPARE(m_mail->addAlias("hostmaster@example.com", "@example.com", "", false).text,
             QStringLiteral("Invalid receiver email address (@example.com)."));
    QCOMPARE(dump(), before);
    // Admins (a +tag is ignored for the lookup) and DCV addresses are allowed.
    QCOMPARE(m_mail->addAlias("webmaster@example.com", "admin+web@example.com", "", false).text,
             QStringLiteral("alias added\n"));
    // (Destinations do not make mail domains: no kick hook for elsewhere.org.)
    QCOMPARE(m_mail->addAlias("hostmaster@example.com", "postmaster@elsewhere.org, admin@example.com", "", false).text,
             QStringLiteral("alias added\n"));
}

void TestMailService::kickRemovesUnneededAliases()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    // postmaster@ on a domain without other mail is not required: the kick of the same call removes it.
    QCOMPARE(
        m_mail->addAlias("postmaster@other.org", "administrator@box.example.com", "", false).text,
        QStringLiteral("alias added\nremoved alias postmaster@other.org (was to administrator@box.example.com; domain "
                       "no longer used for email)\n"));
    // While the domain has real mail, the alias stays; once the last address goes, it is removed.
    QVERIFY(m_mail->addAlias("info@other.org", Admin, "", false).isOk());
    QVERIFY(m_mail->addAlias("abuse@other.org", "administrator@box.example.com", "", false).isOk());
    QVERIFY(m_mail->addAlias("admin@other.org", "webmaster@example.com", "", false).isOk());
    QCOMPARE(
        m_mail->removeAlias("info@other.org").text,
        QStringLiteral("alias removed\nremoved alias abuse@other.org (was to administrator@box.example.com; domain "
                       "no longer used for email)\n"));
    // admin@other.org (to someone else than administrator@) stays, so other.org is still a mail domain.
    QCOMPARE(m_mail->aliasesText().count("other.org"), 1);
    QCOMPARE(m_mail->domainsText(), QByteArray("example.com\nother.org\n"));
}

void TestMailService::unicodeDomainMaps()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    // An upper-case non-ASCII domain fails the strict IDNA conversion and is stored lower-cased in Unicode.
    QVERIFY(m_mail->addAlias(QStringLiteral("Info@BÜCHER.de"), QStringLiteral("Bob@Bücher.de"), "", false).isOk());
    QVERIFY(m_mail->aliasesText().contains(QStringLiteral("info@bücher.de\tBob@Bücher.de\t\n").toUtf8()));
    // A lower-case one is converted; destinations keep their local part's case.
    QVERIFY(m_mail->addAlias(QStringLiteral("Team@bücher.de"), QStringLiteral("Bob@bücher.de"), "", false).isOk());
    QVERIFY(m_mail->aliasesText().contains("team@xn--bcher-kva.de\tBob@xn--bcher-kva.de\t\n"));
    QVERIFY(autoAliases().contains(QStringLiteral("@bücher.de -> @xn--bcher-kva.de")));
}

void TestMailService::removeAliasIsCaseSensitive()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QVERIFY(m_mail->addAlias(QStringLiteral("info@bücher.de"), Admin, "", false).isOk());
    QVERIFY(autoAliases().contains(QStringLiteral("@bücher.de -> @xn--bcher-kva.de")));
    QVERIFY(m_mail->aliasesText().contains(QStringLiteral("@bücher.de\t@xn--bcher-kva.de\t\n").toUtf8()));
    const QByteArray json = m_mail->aliasesJson();
    QVERIFY(!json.contains("\"address\": \"@b\\u00fccher.de\""));
    QVERIFY(json.contains("\"address_display\": \"info@b\\u00fccher.de\""));
    QCOMPARE(m_mail->removeAlias(QStringLiteral("Info@bücher.de")).text,
             QStringLiteral("That's not an alias (Info@xn--bcher-kva.de)."));
    QCOMPARE(m_mail->removeAlias(QStringLiteral("info@bücher.de")).text,
             QStringLiteral("alias removed\nupdated DNS: example.com\n"));
    QVERIFY(!autoAliases().join(' ').contains("bcher"));
}

void TestMailService::concurrentWriters()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    std::atomic<int> failures{0};
    QString firstFailure;
    QList<QThread*> threads;
    for (int t = 0; t < 16; ++t) {
        threads.append(QThread::create([this, t, &failures, &firstFailure] {
            for (int i = 0; i < 8; ++i) {
                const QString user = QStringLiteral("u%1x%2@d%3.example.org").arg(t).arg(i).arg(t % 4);
                const QString alias = QStringLiteral("a%1x%2@d%3.example.org").arg(t).arg(i).arg(t % 4);
                const MailResult a = m_mail->addUser(user, Pw, "", std::nullopt);
                const MailResult b = m_mail->addAlias(alias, user, "", false);
                MailResult c = MailResult::ok("");
                if (i % 2 == 1) {
                    c = m_mail->removeUser(user);
                }
                if (!a.isOk() || !b.isOk() || !c.isOk()) {
                    if (failures.fetch_add(1) == 0) {
                        firstFailure = a.text + b.text + c.text;
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
    QVERIFY2(failures == 0, qPrintable(firstFailure));
    QSqlQuery q(m_db->connection());
    q.exec("SELECT COUNT(*) FROM users");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1 + 16 * 4);
    q.exec("SELECT COUNT(*) FROM aliases");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 16 * 8);
    QCOMPARE(m_mail->domainsText(),
             QByteArray("example.com\nd0.example.org\nd1.example.org\nd2.example.org\nd3.example.org\n"));
}

void TestMailService::listCacheSeesOtherWriters()
{
    QVERIFY(m_mail->addUser(Admin, Pw, "admin", std::nullopt).isOk());
    QCOMPARE(m_mail->usersText(), QByteArray("admin@example.com\n"));
    // Another program (e.g. upstream's tools) writes the file directly: the cached answer must not survive.
    QThread::msleep(20);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec("INSERT INTO users (email, password) VALUES ('zed@example.com', 'x')"));
        other.close();
    }
    QSqlDatabase::removeDatabase("other-writer");
    QCOMPARE(m_mail->usersText(), QByteArray("admin@example.com\nzed@example.com\n"));
    QVERIFY(m_mail->usersJson().contains("zed@example.com"));
}

QTEST_GUILESS_MAIN(TestMailService)
#include "tst_mail_service.moc"
