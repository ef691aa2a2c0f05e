#include "TestMailServer.h"

#include "TestFiles.h"
#include "TestNsd.h"
#include "TestTool.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool changeOwner(const QString& path, const char* user, const char* group, mode_t mode)
{
    const struct passwd* pw = getpwnam(user);
    const struct group* gr = getgrnam(group);
    const QByteArray native = QFile::encodeName(path);
    return pw && gr && chown(native.constData(), pw->pw_uid, gr->gr_gid) == 0 && chmod(native.constData(), mode) == 0;
}

// Lets other users pass through every folder from `path` up to the root (search permission only).
bool makeEnterable(const QString& path)
{
    QDir dir(path);
    do {
        struct stat st;
        const QByteArray native = QFile::encodeName(dir.absolutePath());
        if (stat(native.constData(), &st) != 0)
            return false;
        if (!(st.st_mode & S_IXOTH) && chmod(native.constData(), (st.st_mode & 07777) | S_IXOTH) != 0)
            return false;
    } while (dir.cdUp() && !dir.isRoot());
    return true;
}

} // namespace

TestMailServer::~TestMailServer()
{
    stop();
}

bool TestMailServer::start(const QString& dir, const QString& storageRoot, const QString& hostname, QString* error)
{
    if (geteuid() != 0) {
        *error = QStringLiteral("postfix's master needs root");
        return false;
    }
    for (const char* tool : {"postfix", "postconf", "dovecot", "doveadm"}) {
        if (TestTool::path(QLatin1String(tool)).isEmpty()) {
            *error = QStringLiteral("%1 is not installed (see ./dev deps)").arg(QLatin1String(tool));
            return false;
        }
    }
    m_dir = dir;
    const QList<quint16> list = TestNsd::freePorts(5);
    if (list.isEmpty()) {
        *error = QStringLiteral("no free loopback ports");
        return false;
    }
    m_smtp = list.at(0);
    m_submission = list.at(1);
    m_imap = list.at(2);
    m_imaps = list.at(3);
    m_lmtp = list.at(4);

    const QString mailboxes = storageRoot + QStringLiteral("/mail/mailboxes");
    if (!QDir().mkpath(dir) || !QDir().mkpath(mailboxes) || !makeEnterable(dir) || !grantAccess(storageRoot) ||
        !changeOwner(mailboxes, "mail", "mail", 0755)) {
        *error = QStringLiteral("cannot prepare %1 and %2 for the mail services").arg(dir, mailboxes);
        return false;
    }
    if (!writeConfiguration(storageRoot, hostname, error) || !makeQueue(error))
        return false;

    // postfix's master in the foreground (it detaches only when started with -w by `postfix start`), then dovecot.
    const TestTool::Result daemons =
        TestTool::run(QStringLiteral("postconf"),
                      {QStringLiteral("-c"), m_postfixConf, QStringLiteral("-h"), QStringLiteral("daemon_directory")});
    if (!daemons.ok()) {
        *error = QString::fromUtf8(daemons.message());
        return false;
    }
    m_master.setProcessChannelMode(QProcess::MergedChannels);
    TestTool::endWithTest(m_master);
    m_master.start(QString::fromUtf8(daemons.out.trimmed()) + QStringLiteral("/master"),
                   {QStringLiteral("-c"), m_postfixConf});
    if (!TestTool::waitForListening(
            m_master, m_smtp, 20000, QStringLiteral("postfix"), [this] { return log() + m_master.readAll(); }, error) ||
        !TestTool::waitForListening(
            m_master, m_submission, 5000, QStringLiteral("postfix"), [this] { return log() + m_master.readAll(); },
            error))
        return false;

    m_dovecot.setProcessChannelMode(QProcess::MergedChannels);
    TestTool::endWithTest(m_dovecot);
    m_dovecot.start(TestTool::path(QStringLiteral("dovecot")),
                    {QStringLiteral("-c"), m_dovecotConf, QStringLiteral("-F")});
    const auto dovecotLog = [this] { return log() + m_dovecot.readAll(); };
    for (const quint16 port : {m_imap, m_imaps, m_lmtp}) {
        if (!TestTool::waitForListening(m_dovecot, port, 20000, QStringLiteral("dovecot"), dovecotLog, error))
            return false;
    }
    QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(dir + QStringLiteral("/postfix-queue/private/auth"))) {
        if (deadline.hasExpired()) {
            *error = QStringLiteral("dovecot made no SASL socket for postfix: ") + QString::fromUtf8(dovecotLog());
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

bool TestMailServer::grantAccess(const QString& storageRoot)
{
    return makeEnterable(storageRoot);
}

bool TestMailServer::writeConfiguration(const QString& storageRoot, const QString& hostname, QString* error)
{
    const QHash<QString, QString> values{{"DIR", m_dir},
                                         {"STORAGE_ROOT", storageRoot},
                                         {"DB", storageRoot + QStringLiteral("/mail/users.sqlite")},
                                         {"MAILBOXES", storageRoot + QStringLiteral("/mail/mailboxes")},
                                         {"MAIL_UID", QStringLiteral("mail")},
                                         {"MAIL_GID", QStringLiteral("mail")},
                                         {"HOSTNAME", hostname},
                                         {"NAME", QString::number(QCoreApplication::applicationPid())},
                                         {"SMTP_PORT", QString::number(m_smtp)},
                                         {"SUBMISSION_PORT", QString::number(m_submission)},
                                         {"IMAP_PORT", QString::number(m_imap)},
                                         {"IMAPS_PORT", QString::number(m_imaps)},
                                         {"LMTP_PORT", QString::number(m_lmtp)}};
    const QString postfix = m_dir + QStringLiteral("/postfix/");
    m_postfixConf = m_dir + QStringLiteral("/postfix");
    m_dovecotConf = m_dir + QStringLiteral("/dovecot.conf");
    m_restartScript = m_dir + QStringLiteral("/restart-mail-services");
    bool ok =
        TestFiles::writeTemplate(QStringLiteral("mail/postfix-main.cf"), postfix + QStringLiteral("main.cf"), values) &&
        TestFiles::writeTemplate(QStringLiteral("mail/postfix-master.cf"), postfix + QStringLiteral("master.cf"),
                                 values) &&
        // the sqlite map type is a plugin, named in meta_directory's dynamicmaps.cf
        TestFiles::write(postfix + QStringLiteral("dynamicmaps.cf"), "sqlite\tpostfix-sqlite.so\tdict_sqlite_open\n") &&
        TestFiles::writeTemplate(QStringLiteral("mail/dovecot-box.conf"), m_dovecotConf, values) &&
        TestFiles::writeTemplate(QStringLiteral("mail/dovecot-sql.conf.ext"),
                                 m_dir + QStringLiteral("/dovecot-sql.conf.ext"), values) &&
        TestFiles::write(m_restartScript, "#!/bin/sh\nset -e\n" + TestTool::path("postfix").toUtf8() + " -c " +
                                              m_postfixConf.toUtf8() + " reload\n" +
                                              TestTool::path("doveadm").toUtf8() + " -c " + m_dovecotConf.toUtf8() +
                                              " reload\n") &&
        QFile::setPermissions(m_restartScript,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const char* map :
         {"virtual-mailbox-domains.cf", "virtual-mailbox-maps.cf", "virtual-alias-maps.cf", "sender-login-maps.cf"})
        ok = ok && TestFiles::writeTemplate(QStringLiteral("mail/") + QLatin1String(map), postfix + QLatin1String(map),
                                            values);
    for (const char* folder : {"dovecot-run", "dovecot-state"})
        ok = ok && QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(folder));
    if (!ok)
        *error = QStringLiteral("cannot write the mail services' configuration in ") + m_dir;
    return ok;
}

// The queue as `postfix start` would make it from postfix-files (which lives in /etc/postfix, not read here).
bool TestMailServer::makeQueue(QString* error)
{
    const QString queue = m_dir + QStringLiteral("/postfix-queue/");
    bool ok = QDir().mkpath(queue) && changeOwner(queue, "root", "root", 0755) &&
              QDir().mkpath(m_dir + QStringLiteral("/postfix-data")) &&
              changeOwner(m_dir + QStringLiteral("/postfix-data"), "postfix", "root", 0700);
    for (const char* folder :
         {"active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private", "saved", "trace"})
        ok = ok && QDir().mkpath(queue + QLatin1String(folder)) &&
             changeOwner(queue + QLatin1String(folder), "postfix", "root", 0700);
    ok = ok && QDir().mkpath(queue + QStringLiteral("maildrop")) &&
         changeOwner(queue + QStringLiteral("maildrop"), "postfix", "postdrop", 0730) &&
         QDir().mkpath(queue + QStringLiteral("public")) &&
         changeOwner(queue + QStringLiteral("public"), "postfix", "postdrop", 0710) &&
         QDir().mkpath(queue + QStringLiteral("pid")) &&
         changeOwner(queue + QStringLiteral("pid"), "root", "root", 0755);
    if (!ok)
        *error = QStringLiteral("cannot make postfix's queue in ") + queue;
    return ok;
}

void TestMailServer::stop()
{
    TestTool::stopTree(m_dovecot);
    TestTool::stopTree(m_master);
}

QList<qint64> TestMailServer::pids() const
{
    return {m_master.processId(), m_dovecot.processId()};
}

QByteArray TestMailServer::log() const
{
    return "--- mail.log\n" + TestFiles::read(m_dir + QStringLiteral("/mail.log")).right(20000) + "--- dovecot.log\n" +
           TestFiles::read(m_dir + QStringLiteral("/dovecot.log")).right(20000);
}
