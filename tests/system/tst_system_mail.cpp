#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <memory>

// Users and aliases made through the API, seen by the real mail system: dovecot's SQL passdb
// (doveadm auth test) and postfix's sqlite maps (postmap -q), configured as on a Mail-in-a-Box box.
class TestSystemMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dovecotAuth();
    void postfixMaps();

private:
    QString writeTemplate(const QString& name, const QString& target);
    bool startDovecot(QString* error);
    // `doveadm -c <this test's dovecot.conf> auth test EMAIL PASSWORD`
    TestTool::Result authTest(const QString& email, const QString& password);
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields);

    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_dovecot;
};

void TestSystemMail::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_agent.certificate());
    const QList<QPair<QString, QString>> alice{{"email", "alice@example.com"}, {"password", "alice secret pw"}};
    QVERIFY(post("/mail/users/add", alice).body.startsWith("mail user added\n"));
    QVERIFY(post("/mail/users/add", {{"email", "bob@example.com"}, {"password", "bob secret pw"}})
                .body.startsWith("mail user added\n"));
    QVERIFY(post("/mail/aliases/add",
                 {{"address", "info@example.com"}, {"forwards_to", "alice@example.com, bob@example.com"}})
                .body.startsWith("alias added\n"));
    QVERIFY(post("/mail/aliases/add", {{"address", "@other.org"}, {"forwards_to", "bob@example.com"}})
                .body.startsWith("alias added\n"));
    QVERIFY(post("/mail/aliases/add", {{"address", "@alias.net"}, {"forwards_to", "@example.com"}})
                .body.startsWith("alias added\n"));
    QVERIFY(post("/mail/aliases/add", {{"address", "sales@example.com"}, {"permitted_senders", "bob@example.com"}})
                .body.startsWith("alias added\n"));
    QVERIFY(post("/mail/aliases/add", {{"address", "alice@example.com"},
                                       {"forwards_to", "bob@example.com"},
                                       {"permitted_senders", "alice@example.com,bob@example.com"}})
                .body.startsWith("alias added\n"));
}

void TestSystemMail::cleanupTestCase()
{
    if (m_dovecot) {
        m_dovecot->terminate();
        if (!m_dovecot->waitForFinished(10000)) {
            m_dovecot->kill();
            m_dovecot->waitForFinished(5000);
        }
    }
    m_agent.stop();
}

TestHttp::Reply TestSystemMail::post(const QString& path, const QList<QPair<QString, QString>>& fields)
{
    return m_http->postForm(m_agent.url(path), fields,
                            {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
}

QString TestSystemMail::writeTemplate(const QString& name, const QString& target)
{
    const struct passwd* pw = getpwuid(getuid());
    const struct group* gr = getgrgid(getgid());
    const QString path = m_dir.filePath(target);
    const bool ok = TestFiles::writeTemplate(QStringLiteral("mail/") + name, path,
                                             {{"DIR", m_dir.path()},
                                              {"DB", m_agent.databasePath()},
                                              {"USER", QString::fromLocal8Bit(pw ? pw->pw_name : "root")},
                                              {"GROUP", QString::fromLocal8Bit(gr ? gr->gr_name : "root")},
                                              {"MAIL_UID", QString::number(getuid())},
                                              {"MAIL_GID", QString::number(getgid())},
                                              {"MAILBOXES", m_dir.filePath("mail")},
                                              {"NAME", QString::number(QCoreApplication::applicationPid())}});
    return ok ? path : QString();
}

TestTool::Result TestSystemMail::authTest(const QString& email, const QString& password)
{
    return TestTool::run(QStringLiteral("doveadm"),
                         {"-c", m_dir.filePath("dovecot.conf"), "auth", "test", email, password});
}

bool TestSystemMail::startDovecot(QString* error)
{
    const QString conf = writeTemplate("dovecot.conf", "dovecot.conf");
    if (conf.isEmpty() || writeTemplate("dovecot-sql.conf.ext", "dovecot-sql.conf.ext").isEmpty()) {
        *error = "cannot write the dovecot configuration";
        return false;
    }
    QDir().mkpath(m_dir.filePath("run"));
    QDir().mkpath(m_dir.filePath("state"));
    m_dovecot = std::make_unique<QProcess>();
    m_dovecot->setProcessChannelMode(QProcess::MergedChannels);
    m_dovecot->start(TestTool::path("dovecot"), {"-c", conf, "-F"});
    if (!m_dovecot->waitForStarted(10000)) {
        *error = "cannot start dovecot";
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(m_dir.filePath("run/auth-client"))) {
            return true;
        }
        if (m_dovecot->state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    QFile log(m_dir.filePath("dovecot.log"));
    log.open(QIODevice::ReadOnly);
    *error = "dovecot did not come up: " + QString::fromUtf8(m_dovecot->readAll() + log.readAll());
    return false;
}

void TestSystemMail::dovecotAuth()
{
    if (TestTool::path("doveadm").isEmpty() || TestTool::path("dovecot").isEmpty()) {
        QSKIP("dovecot is not installed");
    }
    QString error;
    QVERIFY2(startDovecot(&error), qPrintable(error));
    // doveadm exits 77 with "auth failed" for a refused login; anything else (no auth socket, a bad
    // configuration) is a failure of the test, never a refusal.
    const auto succeeds = [this](const QString& email, const QString& password) {
        const TestTool::Result r = authTest(email, password);
        return r.exitCode == 0 && r.out.contains("auth succeeded") ? QByteArray("succeeded") : r.message();
    };
    const auto refuses = [this](const QString& email, const QString& password) {
        const TestTool::Result r = authTest(email, password);
        return r.exitCode == 77 && r.out.contains("auth failed") ? QByteArray("refused") : r.message();
    };

    QCOMPARE(succeeds("alice@example.com", "alice secret pw"), QByteArray("succeeded"));
    QCOMPARE(refuses("alice@example.com", "wrong password"), QByteArray("refused"));
    QCOMPARE(refuses("nobody@example.com", "alice secret pw"), QByteArray("refused"));
    // The demo's first admin, hashed by the agent, works too.
    QCOMPARE(succeeds(m_agent.adminEmail(), m_agent.adminPassword()), QByteArray("succeeded"));

    // A password set through the API replaces the old one; a UTF-8 password works for mail.
    QCOMPARE(post("/mail/users/password",
                  {{"email", "alice@example.com"}, {"password", QStringLiteral("nouveau mot de passe é")}})
                 .body,
             QByteArray("OK"));
    QCOMPARE(succeeds("alice@example.com", QStringLiteral("nouveau mot de passe é")), QByteArray("succeeded"));
    QCOMPARE(refuses("alice@example.com", "alice secret pw"), QByteArray("refused"));
    // an archived (removed) user can no longer log in
    QVERIFY(post("/mail/users/remove", {{"email", "bob@example.com"}}).body.startsWith("mail user removed\n"));
    QCOMPARE(refuses("bob@example.com", "bob secret pw"), QByteArray("refused"));
    QVERIFY(post("/mail/users/add", {{"email", "bob@example.com"}, {"password", "bob secret pw"}})
                .body.startsWith("mail user added\n"));
}

void TestSystemMail::postfixMaps()
{
    if (TestTool::path("postmap").isEmpty()) {
        QSKIP("postfix is not installed");
    }
    const QString domains = writeTemplate("virtual-mailbox-domains.cf", "virtual-mailbox-domains.cf");
    const QString mailboxes = writeTemplate("virtual-mailbox-maps.cf", "virtual-mailbox-maps.cf");
    const QString aliases = writeTemplate("virtual-alias-maps.cf", "virtual-alias-maps.cf");
    const QString senders = writeTemplate("sender-login-maps.cf", "sender-login-maps.cf");
    QVERIFY(!domains.isEmpty() && !mailboxes.isEmpty() && !aliases.isEmpty() && !senders.isEmpty());
    // postmap with a configuration of its own (no /etc/postfix): the value, "<none>", or the failure.
    const auto query = [](const QString& map, const QString& key) {
        const QString answer = TestTool::lookup(TestTool::postmap({"-q", key, "sqlite:" + map}));
        return answer == TestTool::NotFound ? QStringLiteral("<none>") : answer;
    };
    // Our domains: users, aliases, catch-alls, automatic aliases.
    QCOMPARE(query(domains, "example.com"), QStringLiteral("1"));
    QCOMPARE(query(domains, "other.org"), QStringLiteral("1"));
    QCOMPARE(query(domains, "alias.net"), QStringLiteral("1"));
    QCOMPARE(query(domains, "box.example.com"), QStringLiteral("1"));
    QCOMPARE(query(domains, "elsewhere.net"), QStringLiteral("<none>"));
    // Mailboxes: users only.
    QCOMPARE(query(mailboxes, "alice@example.com"), QStringLiteral("1"));
    QCOMPARE(query(mailboxes, "info@example.com"), QStringLiteral("<none>"));
    // Alias rewriting by priority: explicit alias, then the user itself, then automatic aliases.
    QCOMPARE(query(aliases, "info@example.com"), QStringLiteral("alice@example.com,bob@example.com"));
    QCOMPARE(query(aliases, "alice@example.com"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(aliases, "bob@example.com"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(aliases, "postmaster@example.com"), QStringLiteral("administrator@box.example.com"));
    QCOMPARE(query(aliases, "abuse@example.com"), QStringLiteral("administrator@box.example.com"));
    QCOMPARE(query(aliases, "hostmaster@box.example.com"), QStringLiteral("administrator@box.example.com"));
    QCOMPARE(query(aliases, "administrator@box.example.com"), m_agent.adminEmail());
    QCOMPARE(query(aliases, "@other.org"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(aliases, "anyone@other.org"), QStringLiteral("<none>")); // postfix then asks for @other.org
    QCOMPARE(query(aliases, "@alias.net"), QStringLiteral("@example.com"));
    QCOMPARE(query(aliases, "sales@example.com"), QStringLiteral("<none>")); // send-only
    // Catch-all domains are not "real" mail domains: no postmaster@ automatic alias there.
    QCOMPARE(query(aliases, "postmaster@other.org"), QStringLiteral("<none>"));
    // Who may send as an address.
    QCOMPARE(query(senders, "alice@example.com"), QStringLiteral("alice@example.com,bob@example.com"));
    QCOMPARE(query(senders, "bob@example.com"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(senders, "info@example.com"), QStringLiteral("alice@example.com,bob@example.com"));
    QCOMPARE(query(senders, "sales@example.com"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(senders, "@other.org"), QStringLiteral("bob@example.com"));
    QCOMPARE(query(senders, "nobody@example.com"), QStringLiteral("<none>"));
    // A change through the API is visible at once.
    QVERIFY(post("/mail/aliases/remove", {{"address", "info@example.com"}}).body.startsWith("alias removed\n"));
    QCOMPARE(query(aliases, "info@example.com"), QStringLiteral("<none>"));
}

QTEST_GUILESS_MAIN(TestSystemMail)
#include "tst_system_mail.moc"
