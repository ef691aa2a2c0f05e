#include "TestSshd.h"

#include "TestFiles.h"
#include "TestNsd.h"
#include "TestTool.h"

#include <QFile>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

TestSshd::~TestSshd()
{
    stop();
}

QString TestSshd::program()
{
    return QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")) ? QStringLiteral("/usr/sbin/sshd") : QString();
}

namespace {

bool needsNamespace()
{
    return getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd"));
}

} // namespace

QString TestSshd::cannotRun()
{
    if (program().isEmpty())
        return QStringLiteral("sshd (openssh-server) is not installed (./dev deps)");
    if (needsNamespace() &&
        !TestTool::run(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("--propagation"),
                                                   QStringLiteral("private"), QStringLiteral("true")})
             .ok())
        return QStringLiteral("sshd needs /run/sshd, which this machine lacks, and no mount namespace can be made "
                              "here to give it one");
    return {};
}

QString TestSshd::user() const
{
    const passwd* pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

bool TestSshd::start(const QString& dir, const QByteArray& authorizedKeys, QString* error)
{
    m_dir = dir;
    m_port = TestNsd::freePort();
    const QString hostKey = dir + QStringLiteral("/ssh_host_ed25519_key");
    QFile::remove(hostKey);
    QFile::remove(hostKey + QStringLiteral(".pub"));
    const TestTool::Result keygen = TestTool::run(
        QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey});
    if (!keygen.ok()) {
        *error = QString::fromUtf8(keygen.message());
        return false;
    }
    const QString config = dir + QStringLiteral("/sshd_config");
    const QByteArray text = "Port " + QByteArray::number(m_port) +
                            "\n"
                            "ListenAddress 127.0.0.1\n"
                            "HostKey " +
                            hostKey.toUtf8() +
                            "\n"
                            "PidFile none\n"
                            "AuthorizedKeysFile " +
                            dir.toUtf8() +
                            "/authorized_keys\n"
                            // the test's folder lies below /tmp, which sshd's StrictModes refuses
                            "StrictModes no\n"
                            "PubkeyAuthentication yes\n"
                            "PasswordAuthentication no\n"
                            "KbdInteractiveAuthentication no\n"
                            "UsePAM no\n"
                            "PermitRootLogin prohibit-password\n"
                            "PrintMotd no\n"
                            "LogLevel VERBOSE\n";
    if (!TestFiles::write(config, text) ||
        !TestFiles::write(dir + QStringLiteral("/authorized_keys"), authorizedKeys)) {
        *error = QStringLiteral("cannot write sshd's files in %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir + QStringLiteral("/authorized_keys"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList sshd{program(), QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config};
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (needsNamespace()) {
        m_process.start(QStringLiteral("unshare"),
                        QStringList{QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                                    QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("mount -t tmpfs -o size=1m,mode=0755 boxkeeper-sshd /run && "
                                                   "mkdir -m 0755 /run/sshd && exec \"$@\""),
                                    QStringLiteral("sh")} +
                            sshd);
    } else {
        m_process.start(sshd.first(), sshd.mid(1));
    }
    return TestTool::waitForListening(
        m_process, m_port, 15000, QStringLiteral("sshd"), [this] { return log(); }, error);
}

void TestSshd::stop()
{
    TestTool::stop(m_process);
    log();
}

QString TestSshd::sshCommand(const QString& keyPath) const
{
    return QStringLiteral("ssh -i %1 -p %2 -F /dev/null -oBatchMode=yes -oStrictHostKeyChecking=no "
                          "-oUserKnownHostsFile=/dev/null -oLogLevel=ERROR")
        .arg(keyPath)
        .arg(m_port);
}

QByteArray TestSshd::log() const
{
    m_log += m_process.readAll();
    return m_log;
}
