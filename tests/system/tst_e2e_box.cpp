// A whole box end to end: the agent manages a throw-away box whose real services (nsd, postfix, dovecot, nginx) run
// on loopback ports on what the agent writes (TestLiveBox), and an admin drives it through the desktop's client core
// (AuthService, MailService, DnsService, TlsService) as the desktop's pages do. What a mail user and
// another mail server see is checked with real protocols: SMTP to postfix, submission with authentication, IMAP(S)
// to dovecot, DNS answers of nsd, HTTPS from nginx, the certificate each service shows (`openssl s_client`).
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "DnsService.h"
#include "MailService.h"
#include "TestFiles.h"
#include "TestLiveBox.h"
#include "TestMailClient.h"
#include "TestTool.h"
#include "TlsService.h"

#include <QDir>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

#include <memory>

namespace {

constexpr int Timeout = 30000;

QString processName(qint64 pid)
{
    return QString::fromUtf8(TestFiles::read(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed()) +
           QStringLiteral("[%1]").arg(pid);
}

// The listening TCP and bound UDP sockets of the machine: inode → "address:port" as /proc/net shows them (hex).
QHash<QByteArray, QString> boundSockets()
{
    QHash<QByteArray, QString> sockets;
    for (const char* table : {"tcp", "tcp6", "udp", "udp6"}) {
        const bool tcp = QByteArray(table).startsWith("tcp");
        const QList<QByteArray> lines =
            TestFiles::read(QStringLiteral("/proc/net/") + QLatin1String(table)).split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).simplified().split(' ');
            if (f.size() < 10 || (tcp && f.at(3) != "0A"))
                continue;
            sockets.insert(f.at(9), QString::fromLatin1(table) + QLatin1Char(' ') + QString::fromLatin1(f.at(1)));
        }
    }
    return sockets;
}

// 127.0.0.1 and ::1 as /proc/net writes them, with the port after the colon.
bool isLoopback(const QString& socket)
{
    const QString address = socket.section(QLatin1Char(' '), 1).section(QLatin1Char(':'), 0, 0);
    return address == QLatin1String("0100007F") || address == QLatin1String("00000000000000000000000001000000");
}

} // namespace

class TestE2eBox : public QObject
{
    Q_OBJECT

private:
    TestLiveBox m_box;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthService> m_auth;
    MailService m_mail;
    DnsService m_dns;
    TlsService m_tls;
    QList<qint64> m_seen; // every process of the servers seen while they ran

    static constexpr const char* Domain = "shop.example";
    static QString address(const char* name) { return QLatin1String(name) + QLatin1Char('@') + QLatin1String(Domain); }
    QString mailbox(const QString& email) const
    {
        return m_box.agent().storageRoot() + QStringLiteral("/mail/mailboxes/") + email.section(QLatin1Char('@'), 1) +
               QLatin1Char('/') + email.section(QLatin1Char('@'), 0, 0);
    }
    QString boxCertificate() const
    {
        return QString::fromUtf8(
            QSslCertificate::fromPath(m_box.agent().storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"))
                .value(0)
                .toPem());
    }
    // The mail services' logs in the test's output; the failure message names them.
    QString failureLog()
    {
        qWarning().noquote() << m_box.mail().log();
        return QStringLiteral("see the mail services' logs above");
    }

    // A mail service change: true once `done` came, false (with the box's answer in a warning) if it failed.
    template <typename Signal>
    bool mailChange(bool started, Signal done)
    {
        QSignalSpy ok(&m_mail, done);
        QSignalSpy failed(&m_mail, &MailService::changeFailed);
        if (!started || !QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, Timeout))
            return false;
        if (!failed.isEmpty())
            qWarning().noquote() << "the box refused:" << failed.first().at(2).value<ApiError>().serverText;
        return !ok.isEmpty();
    }
    bool addUser(const QString& email, const QString& password)
    {
        MailUser user;
        user.email = email;
        return mailChange(m_mail.addUser(user, password), &MailService::userAdded);
    }
    bool saveAlias(const QString& address, const QStringList& forwardsTo, const QStringList& permittedSenders = {})
    {
        MailAlias alias;
        alias.address = address;
        alias.forwardsTo = forwardsTo;
        alias.permittedSenders = permittedSenders;
        return mailChange(m_mail.saveAlias(alias, false), &MailService::aliasSaved);
    }

    // Another mail server delivers to the box (SMTP, port 25's role): the server's final answer.
    QString deliver(const QString& to, const QString& subject)
    {
        return TestMailClient::sendMail(m_box.mail().smtpPort(), {}, QStringLiteral("friend@remote.example"), {to},
                                        TestMailClient::message(QStringLiteral("friend@remote.example"), to, subject));
    }
    // A mail user's program sends through submission: the server's final answer.
    QString submit(const TestMailClient::SmtpLogin& login, const QString& from, const QString& to,
                   const QString& subject)
    {
        return TestMailClient::sendMail(m_box.mail().submissionPort(), login, from, {to},
                                        TestMailClient::message(from, to, subject));
    }
    bool receives(const QString& email, const QString& password, const QString& subject)
    {
        return QTest::qWaitFor(
            [&] {
                return TestMailClient::readInbox(m_box.mail().imapsPort(), true, email, password).hasSubject(subject);
            },
            Timeout);
    }

private slots:
    void initTestCase()
    {
        const QStringList missing = TestLiveBox::missingTools();
        // Dependencies of the tests (./dev deps installs them): missing, they are a failure, not a skip.
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not installed: ") + missing.join(QLatin1String(", "))));
        if (geteuid() != 0)
            QSKIP("postfix's master needs root");
        QString error;
        QVERIFY2(m_box.start(&error), qPrintable(error));

        // The admin logs in as the desktop does, trusting the box's self-signed certificate by its fingerprint.
        m_trust.setPin(ApiClient::hostKey(m_box.agent().baseUrl()), m_box.agent().fingerprint());
        m_client = std::make_unique<ApiClient>(m_box.agent().baseUrl(), &m_trust);
        m_auth = std::make_unique<AuthService>(m_client.get());
        QSignalSpy loggedIn(m_auth.get(), &AuthService::loggedIn);
        m_auth->logIn(m_box.agent().adminEmail(), m_box.agent().adminPassword());
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty(), Timeout);
        m_mail.setClient(m_client.get());
        m_mail.setAuthService(m_auth.get());
        m_dns.setClient(m_client.get());
        m_tls.setClient(m_client.get());

        QTRY_COMPARE_WITH_TIMEOUT(m_box.dig(QStringLiteral("example.com"), QStringLiteral("MX")),
                                  QStringList{QStringLiteral("10 box.example.com.")}, 10000);
    }

    void cleanupTestCase()
    {
        m_seen += TestTool::processTree(m_box.serverPids());
        m_mail.setClient(nullptr);
        m_dns.setClient(nullptr);
        m_tls.setClient(nullptr);
        m_auth.reset();
        m_client.reset();
        m_box.stop();
        // Nothing the test started outlives it.
        QStringList left;
        for (qint64 pid : TestTool::processTree(m_seen))
            left.append(processName(pid));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still running: ") + left.join(QLatin1String(", "))));
    }

    // A certificate installed through the client core (System ▸ TLS certificates ▸ install) is the one nginx,
    // postfix (SMTP and submission, STARTTLS) and dovecot (IMAP with STARTTLS, IMAPS) show afterwards.
    void installedCertificateServedEverywhere()
    {
        const quint16 https = m_box.httpsPort();
        TestMailServer& mail = m_box.mail();
        const auto served = [&] {
            return QByteArrayList{
                TestLiveBox::servedCertificate(https, QLatin1String(TestLiveBox::Hostname)),
                TestLiveBox::servedCertificate(mail.smtpPort(), QLatin1String(TestLiveBox::Hostname),
                                               QStringLiteral("smtp")),
                TestLiveBox::servedCertificate(mail.submissionPort(), QLatin1String(TestLiveBox::Hostname),
                                               QStringLiteral("smtp")),
                TestLiveBox::servedCertificate(mail.imapPort(), QLatin1String(TestLiveBox::Hostname),
                                               QStringLiteral("imap")),
                TestLiveBox::servedCertificate(mail.imapsPort(), QLatin1String(TestLiveBox::Hostname))};
        };
        const QByteArray selfSigned = boxCertificate().toUtf8();
        QCOMPARE(served(), QByteArrayList(5, selfSigned));

        // Valid for the box and for the MTA-STS name of the domain the next test adds.
        const QByteArray certificate = m_box.serverCertificate(
            {QLatin1String(TestLiveBox::Hostname), QStringLiteral("mta-sts.") + QLatin1String(Domain)});
        QSignalSpy installed(&m_tls, &TlsService::installed);
        QSignalSpy refused(&m_tls, &TlsService::installRefused);
        QVERIFY(m_tls.install(QLatin1String(TestLiveBox::Hostname), QString::fromUtf8(certificate),
                              QString::fromUtf8(m_box.chain())));
        QTRY_VERIFY_WITH_TIMEOUT(!installed.isEmpty() || !refused.isEmpty(), 60000);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
        const QStringList log = installed.first().at(1).toStringList();
        QVERIFY2(log.contains(QStringLiteral("updating primary certificate")), qPrintable(log.join('\n')));
        QVERIFY2(log.contains(QStringLiteral("mail services restarted")), qPrintable(log.join('\n')));
        QVERIFY2(log.contains(QStringLiteral("web updated")), qPrintable(log.join('\n')));
        const QByteArray expected = QSslCertificate(certificate).toPem();
        QCOMPARE(boxCertificate().toUtf8(), expected);
        QTRY_COMPARE_WITH_TIMEOUT(served(), QByteArrayList(5, expected), 20000);
    }

    // A user on a domain the box did not have: nsd serves the domain's mail records right after the add, another
    // server's message is accepted over SMTP, and the user reads it over IMAPS and IMAP with STARTTLS.
    void newDomainUserReceivesMail()
    {
        const QString alice = address("alice");
        QCOMPARE(m_box.dig(QLatin1String(Domain), QStringLiteral("MX")), QStringList());
        QCOMPARE(deliver(alice, QStringLiteral("too early")).left(3), QStringLiteral("550"));

        QVERIFY(addUser(alice, QStringLiteral("alice's first password")));
        const QString domain = QLatin1String(Domain);
        QTRY_COMPARE_WITH_TIMEOUT(m_box.dig(domain, QStringLiteral("MX")),
                                  QStringList{QStringLiteral("10 box.example.com.")}, 5000);
        QCOMPARE(m_box.dig(domain, QStringLiteral("A")), QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(m_box.dig(domain, QStringLiteral("TXT")), QStringList{QStringLiteral("\"v=spf1 mx -all\"")});
        const QStringList dkim = m_box.dig(QStringLiteral("mail._domainkey.") + domain, QStringLiteral("TXT"));
        QVERIFY2(dkim.size() == 1 &&
                     dkim.first().startsWith(QLatin1String("\"v=DKIM1; h=sha256; k=rsa; s=email; p=MII")),
                 qPrintable(dkim.join('\n')));
        QCOMPARE(m_box.dig(QStringLiteral("_dmarc.") + domain, QStringLiteral("TXT")),
                 QStringList{QStringLiteral("\"v=DMARC1; p=quarantine;\"")});
        QCOMPARE(m_box.dig(QStringLiteral("mta-sts.") + domain, QStringLiteral("A")),
                 QStringList{QStringLiteral("127.0.0.1")});
        // The MTA-STS policy's id: both the box's and mta-sts.<domain>'s certificates are valid (the installed one).
        const QStringList sts = m_box.dig(QStringLiteral("_mta-sts.") + domain, QStringLiteral("TXT"));
        QVERIFY2(sts.size() == 1 && sts.first().startsWith(QLatin1String("\"v=STSv1; id=")),
                 qPrintable(sts.join('\n')));

        QCOMPARE(deliver(alice, QStringLiteral("Welcome")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(alice, QStringLiteral("alice's first password"), QStringLiteral("Welcome")),
                 qPrintable(failureLog()));
        const TestMailClient::Mailbox viaStartTls =
            TestMailClient::readInbox(m_box.mail().imapPort(), false, alice, QStringLiteral("alice's first password"));
        QVERIFY2(viaStartTls.error.isEmpty(), qPrintable(viaStartTls.error));
        QVERIFY(viaStartTls.hasSubject(QStringLiteral("Welcome")));
        QVERIFY(QDir(mailbox(alice) + QStringLiteral("/new")).count() > 2);
    }

    // A password set through the client core is the one dovecot and postfix's submission take at once.
    void passwordChangeTakesEffect()
    {
        const QString alice = address("alice");
        QSignalSpy changed(&m_mail, &MailService::passwordChanged);
        QVERIFY(
            mailChange(m_mail.setPassword(alice, QStringLiteral("a new pass phrase")), &MailService::passwordChanged));
        const TestMailClient::Mailbox old =
            TestMailClient::readInbox(m_box.mail().imapsPort(), true, alice, QStringLiteral("alice's first password"));
        QVERIFY2(old.error.contains(QLatin1String("AUTHENTICATIONFAILED")), qPrintable(old.error));
        const TestMailClient::Mailbox now =
            TestMailClient::readInbox(m_box.mail().imapsPort(), true, alice, QStringLiteral("a new pass phrase"));
        QVERIFY2(now.error.isEmpty(), qPrintable(now.error + failureLog()));
        QVERIFY(now.hasSubject(QStringLiteral("Welcome")));

        const TestMailClient::SmtpLogin oldLogin{true, alice, QStringLiteral("alice's first password")};
        QCOMPARE(submit(oldLogin, alice, alice, QStringLiteral("old password")).left(3), QStringLiteral("535"));
    }

    // The user sends through submission (STARTTLS and AUTH required) to another user; an address the user may not
    // send as (an alias whose permitted senders leave them out) is refused, and allowed for a permitted sender.
    void submission()
    {
        const QString alice = address("alice");
        const QString bob = QStringLiteral("bob@example.com");
        QVERIFY(addUser(bob, QStringLiteral("bob's password")));
        const TestMailClient::SmtpLogin asAlice{true, alice, QStringLiteral("a new pass phrase")};

        QCOMPARE(submit(asAlice, alice, bob, QStringLiteral("From Alice")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(bob, QStringLiteral("bob's password"), QStringLiteral("From Alice")),
                 qPrintable(failureLog()));

        // Without authentication the submission port takes nothing.
        QCOMPARE(submit({true, {}, {}}, alice, bob, QStringLiteral("anonymous")).left(3), QStringLiteral("554"));

        const QString sales = address("sales");
        QVERIFY(saveAlias(sales, {bob}, {bob}));
        const QString refused = submit(asAlice, sales, bob, QStringLiteral("as sales"));
        QVERIFY2(refused.startsWith(QLatin1String("553 5.7.1")) && refused.contains(QLatin1String("not owned by user")),
                 qPrintable(refused));
        const TestMailClient::SmtpLogin asBob{true, bob, QStringLiteral("bob's password")};
        QCOMPARE(submit(asBob, sales, alice, QStringLiteral("From Sales")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(alice, QStringLiteral("a new pass phrase"), QStringLiteral("From Sales")),
                 qPrintable(failureLog()));
    }

    // An alias with two targets delivers to both; a catch-all and a domain alias deliver.
    void aliasesDeliver()
    {
        const QString alice = address("alice");
        const QString bob = QStringLiteral("bob@example.com");
        QVERIFY(saveAlias(address("team"), {alice, bob}));
        QCOMPARE(deliver(address("team"), QStringLiteral("To the team")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(alice, QStringLiteral("a new pass phrase"), QStringLiteral("To the team")),
                 qPrintable(failureLog()));
        QVERIFY2(receives(bob, QStringLiteral("bob's password"), QStringLiteral("To the team")),
                 qPrintable(failureLog()));

        // Any other name at shop.example goes to the catch-all's target.
        QCOMPARE(deliver(address("orders"), QStringLiteral("No such name")).left(3), QStringLiteral("550"));
        QVERIFY(saveAlias(QStringLiteral("@") + QLatin1String(Domain), {alice}));
        QCOMPARE(deliver(address("orders"), QStringLiteral("Caught")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(alice, QStringLiteral("a new pass phrase"), QStringLiteral("Caught")),
                 qPrintable(failureLog()));

        // Every name at shop.example.net goes to the same name at shop.example: a new mail domain of the box.
        QVERIFY(saveAlias(QStringLiteral("@shop.example.net"), {QStringLiteral("@") + QLatin1String(Domain)}));
        QTRY_COMPARE_WITH_TIMEOUT(m_box.dig(QStringLiteral("shop.example.net"), QStringLiteral("MX")),
                                  QStringList{QStringLiteral("10 box.example.com.")}, 5000);
        QCOMPARE(deliver(QStringLiteral("alice@shop.example.net"), QStringLiteral("Other domain")).left(3),
                 QStringLiteral("250"));
        QVERIFY2(receives(alice, QStringLiteral("a new pass phrase"), QStringLiteral("Other domain")),
                 qPrintable(failureLog()));
    }

    // A removed user (the panel archives: the account goes, the mailbox stays on disk) receives nothing more.
    void archivedUserReceivesNothing()
    {
        const QString carol = QStringLiteral("carol@example.com");
        QVERIFY(addUser(carol, QStringLiteral("carol's password")));
        QCOMPARE(deliver(carol, QStringLiteral("Before")).left(3), QStringLiteral("250"));
        QVERIFY2(receives(carol, QStringLiteral("carol's password"), QStringLiteral("Before")),
                 qPrintable(failureLog()));

        QVERIFY(mailChange(m_mail.archiveUser(carol), &MailService::userArchived));
        const QString refused = deliver(carol, QStringLiteral("After"));
        QVERIFY2(refused.startsWith(QLatin1String("550 5.1.1")), qPrintable(refused));
        const TestMailClient::Mailbox login =
            TestMailClient::readInbox(m_box.mail().imapsPort(), true, carol, QStringLiteral("carol's password"));
        QVERIFY2(login.error.contains(QLatin1String("AUTHENTICATIONFAILED")), qPrintable(login.error));
        // Her mail is still on disk: one message file in the maildir.
        QStringList kept;
        for (const char* folder : {"/new", "/cur"}) {
            const QDir dir(mailbox(carol) + QLatin1String(folder));
            for (const QString& file : dir.entryList(QDir::Files)) {
                if (TestFiles::read(dir.filePath(file)).contains("\nSubject: Before"))
                    kept.append(file);
            }
        }
        QCOMPARE(kept.size(), 1);
    }

    // A custom record set through the client core (Custom DNS) is served by nsd; removing it removes it.
    void customRecordServed()
    {
        const QString name = QStringLiteral("printer.") + QLatin1String(Domain);
        QCOMPARE(m_box.dig(name, QStringLiteral("A")), QStringList());
        const auto change = [this](DnsRecordChange::Kind kind, const QString& qname, const QString& type,
                                   const QString& value) {
            QSignalSpy changed(&m_dns, &DnsService::recordChanged);
            QSignalSpy failed(&m_dns, &DnsService::changeFailed);
            DnsRecordChange c;
            c.kind = kind;
            c.qname = qname;
            c.rtype = type;
            c.value = value;
            return m_dns.changeRecord(c) &&
                   QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, Timeout) &&
                   !changed.isEmpty();
        };
        QVERIFY(change(DnsRecordChange::Kind::Add, name, QStringLiteral("A"), QStringLiteral("192.0.2.7")));
        QTRY_COMPARE_WITH_TIMEOUT(m_box.dig(name, QStringLiteral("A")), QStringList{QStringLiteral("192.0.2.7")}, 5000);
        QVERIFY(change(DnsRecordChange::Kind::Add, QLatin1String(Domain), QStringLiteral("TXT"),
                       QStringLiteral("google-site-verification=abc")));
        QTRY_VERIFY_WITH_TIMEOUT(m_box.dig(QLatin1String(Domain), QStringLiteral("TXT"))
                                     .contains(QStringLiteral("\"google-site-verification=abc\"")),
                                 5000);
        QVERIFY(change(DnsRecordChange::Kind::RemoveAll, name, QStringLiteral("A"), {}));
        QTRY_COMPARE_WITH_TIMEOUT(m_box.dig(name, QStringLiteral("A")), QStringList(), 5000);
    }

    // nginx serves the static site and the new domain's MTA-STS policy, each with the certificate the agent chose.
    void webServesSiteAndPolicy()
    {
        const QString root = m_box.agent().storageRoot() + QStringLiteral("/www/default/index.html");
        QVERIFY(TestFiles::write(root, "<h1>Hello from the box</h1>\n"));
        const QString ca = m_box.dir() + QStringLiteral("/ca.pem");
        const auto get = [&](const QString& host, const QString& path) {
            return TestTool::run(QStringLiteral("curl"),
                                 {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"), ca,
                                  QStringLiteral("--resolve"),
                                  QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(m_box.httpsPort()),
                                  QStringLiteral("https://%1:%2%3").arg(host).arg(m_box.httpsPort()).arg(path)});
        };
        // curl verifies each name against the throw-away CA: the installed certificate is served for both.
        const TestTool::Result site = get(QLatin1String(TestLiveBox::Hostname), QStringLiteral("/"));
        QVERIFY2(site.ok(), site.message());
        QCOMPARE(site.out, QByteArray("<h1>Hello from the box</h1>\n"));
        const TestTool::Result policy =
            get(QStringLiteral("mta-sts.") + QLatin1String(Domain), QStringLiteral("/.well-known/mta-sts.txt"));
        QVERIFY2(policy.ok(), policy.message());
        QCOMPARE(policy.out, QByteArray("version: STSv1\nmode: enforce\nmx: box.example.com\nmax_age: 604800\n"));
    }

    // Every server this test started, and each of their processes, listens on loopback only and writes only in
    // the test's folders.
    void everythingOnLoopback()
    {
        const QList<qint64> tree = TestTool::processTree(m_box.serverPids());
        m_seen += tree;
        QVERIFY(tree.size() > 5);
        const QHash<QByteArray, QString> bound = boundSockets();
        const QStringList allowed{m_box.dir() + QLatin1Char('/'), m_box.agent().dir() + QLatin1Char('/'),
                                  QStringLiteral("/dev/null"), QStringLiteral("/dev/urandom"),
                                  QStringLiteral("/memfd:")};
        QStringList listening;
        QStringList outside;
        int loopbackSockets = 0;
        for (const qint64 pid : tree) {
            const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
            for (const QString& fd : QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot)) {
                // QFileInfo resolves only paths; readlink gives "socket:[inode]" and "pipe:[…]" too.
                QByteArray raw(4096, '\0');
                const ssize_t n =
                    readlink(QFile::encodeName(fdDir + QLatin1Char('/') + fd).constData(), raw.data(), raw.size());
                if (n <= 0)
                    continue; // closed meanwhile
                const QString what = QString::fromUtf8(raw.left(n));
                if (what.startsWith(QLatin1String("socket:["))) {
                    const QByteArray inode = what.mid(8, what.size() - 9).toLatin1();
                    if (bound.contains(inode)) {
                        if (isLoopback(bound.value(inode)))
                            ++loopbackSockets;
                        else
                            listening.append(processName(pid) + QLatin1Char(' ') + bound.value(inode));
                    }
                    continue;
                }
                if (!what.startsWith(QLatin1Char('/')))
                    continue; // pipes, anonymous inodes
                const QByteArray info = TestFiles::read(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
                const int flagsAt = info.indexOf("flags:");
                const int flags =
                    info.mid(flagsAt + 6, info.indexOf('\n', flagsAt) - flagsAt - 6).trimmed().toInt(nullptr, 8);
                if ((flags & O_ACCMODE) == O_RDONLY)
                    continue;
                if (!std::any_of(allowed.cbegin(), allowed.cend(),
                                 [&](const QString& a) { return what.startsWith(a); }))
                    outside.append(processName(pid) + QLatin1Char(' ') + what);
            }
        }
        QVERIFY2(listening.isEmpty(), qPrintable(QStringLiteral("not on loopback: ") + listening.join(", ")));
        QVERIFY2(outside.isEmpty(), qPrintable(QStringLiteral("open for writing elsewhere: ") + outside.join(", ")));
        // agent, nsd (TCP and UDP), postfix's two services, dovecot's three, nginx's two
        QVERIFY2(loopbackSockets >= 10, qPrintable(QString::number(loopbackSockets)));
    }
};

QTEST_GUILESS_MAIN(TestE2eBox)
#include "tst_e2e_box.moc"
