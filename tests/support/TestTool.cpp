#include "TestTool.h"

#include "TestFiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>

const QString TestTool::NotFound = QStringLiteral("<not found>");

namespace {

// The folder and what it holds are made once per process; a failure shows in the first tool's answer.
struct PrivateTree
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/boxkeeper-tools-XXXXXX")};
    QString error;

    PrivateTree()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("cannot create a temporary folder for the tools: ") + dir.errorString();
            return;
        }
        const QString root = dir.path();
        // postfix reads main.cf and, for the map types of its plugins, dynamicmaps.cf from meta_directory,
        // which is /etc/postfix unless main.cf says otherwise. The sqlite plugin (postfix-sqlite) lives in
        // shlib_directory (/usr/lib/postfix).
        const bool ok =
            QDir().mkpath(root + QStringLiteral("/home")) && QDir().mkpath(root + QStringLiteral("/postfix")) &&
            QDir().mkpath(root + QStringLiteral("/dovecot/run")) &&
            TestFiles::write(root + QStringLiteral("/openssl.cnf"), "# no configuration\n") &&
            TestFiles::write(root + QStringLiteral("/postfix/main.cf"),
                             "compatibility_level = 3.6\nmeta_directory = " + root.toUtf8() + "/postfix\n") &&
            TestFiles::write(root + QStringLiteral("/postfix/dynamicmaps.cf"),
                             "sqlite\tpostfix-sqlite.so\tdict_sqlite_open\n") &&
            TestFiles::write(root + QStringLiteral("/dovecot/dovecot.conf"),
                             "base_dir = " + root.toUtf8() + "/dovecot/run\nstate_dir = " + root.toUtf8() +
                                 "/dovecot/run\nlog_path = /dev/stderr\n");
        if (!ok) {
            error = QStringLiteral("cannot write the tools' configuration in ") + root;
        }
    }
};

PrivateTree& tree()
{
    static PrivateTree t;
    return t;
}

} // namespace

QByteArray TestTool::Result::message() const
{
    QByteArray m = command.toUtf8() + ": ";
    if (exitCode < 0) {
        m += error.toUtf8();
    } else {
        m += "exit " + QByteArray::number(exitCode);
    }
    const QByteArray text = (err.trimmed().isEmpty() ? out : err).trimmed();
    if (!text.isEmpty()) {
        m += ": " + text.left(4000);
    }
    return m;
}

QString TestTool::path(const QString& name)
{
    if (name.contains(QLatin1Char('/'))) {
        return QFile::exists(name) ? name : QString();
    }
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    }
    return found;
}

QString TestTool::privateDir()
{
    return tree().dir.path();
}

TestTool::Result TestTool::run(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs)
{
    Result r;
    r.command = (QStringList{program} + args).join(QLatin1Char(' '));
    if (!tree().error.isEmpty()) {
        r.error = tree().error;
        return r;
    }
    const QString executable = path(program);
    if (executable.isEmpty()) {
        r.error = QStringLiteral("%1 is not installed").arg(program);
        return r;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), privateDir() + QStringLiteral("/home"));
    env.insert(QStringLiteral("OPENSSL_CONF"), privateDir() + QStringLiteral("/openssl.cnf"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(executable, args);
    if (!p.waitForStarted(10000)) {
        r.error = QStringLiteral("cannot start: ") + p.errorString();
        return r;
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.error = QStringLiteral("did not finish within %1 s").arg(timeoutMs / 1000);
    } else if (p.exitStatus() != QProcess::NormalExit) {
        r.error = QStringLiteral("crashed");
    } else {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

TestTool::Result TestTool::postmap(const QStringList& args)
{
    return run(QStringLiteral("postmap"),
               QStringList{QStringLiteral("-c"), privateDir() + QStringLiteral("/postfix")} + args);
}

TestTool::Result TestTool::doveadm(const QStringList& args)
{
    return run(QStringLiteral("doveadm"),
               QStringList{QStringLiteral("-c"), privateDir() + QStringLiteral("/dovecot/dovecot.conf")} + args);
}

QString TestTool::lookup(const Result& result)
{
    if (result.exitCode == 0 && result.err.trimmed().isEmpty()) {
        return QString::fromUtf8(result.out).trimmed();
    }
    if (result.exitCode == 1 && result.out.isEmpty() && result.err.trimmed().isEmpty()) {
        return NotFound;
    }
    return QStringLiteral("<failed: %1>").arg(QString::fromUtf8(result.message()));
}

bool TestTool::waitForListening(QProcess& process, quint16 port, int timeoutMs, const QString& name,
                                const std::function<QByteArray()>& log, QString* error)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("%1 exited: %2").arg(name, QString::fromUtf8(log()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (probe.waitForConnected(200))
            return true;
        process.waitForFinished(100);
    }
    *error =
        QStringLiteral("%1 did not listen in %2 s: %3").arg(name).arg(timeoutMs / 1000).arg(QString::fromUtf8(log()));
    return false;
}

void TestTool::stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void TestTool::endWithTest(QProcess& process)
{
    process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

QList<qint64> TestTool::processTree(const QList<qint64>& roots)
{
    QHash<qint64, qint64> parents;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        // "pid (comm) state ppid …", where comm may hold spaces and parentheses
        const QByteArray stat = TestFiles::read(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parents.insert(pid, fields.at(1).toLongLong());
    }
    QList<qint64> tree;
    for (const qint64 root : roots) {
        if (root > 0 && parents.contains(root))
            tree.append(root);
    }
    for (int i = 0; i < tree.size(); ++i) {
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value() == tree.at(i) && !tree.contains(it.key()))
                tree.append(it.key());
        }
    }
    return tree;
}

void TestTool::stopTree(QProcess& process)
{
    const QList<qint64> tree = processTree({process.processId()});
    stop(process);
    const auto running = [&tree] {
        QList<qint64> left;
        for (const qint64 pid : tree) {
            if (::kill(static_cast<pid_t>(pid), 0) == 0)
                left.append(pid);
        }
        return left;
    };
    QDeadlineTimer deadline(10000);
    while (!running().isEmpty() && !deadline.hasExpired())
        QThread::msleep(50);
    for (const qint64 pid : running())
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}
