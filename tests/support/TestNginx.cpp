#include "TestNginx.h"

#include "TestFiles.h"
#include "TestTool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

TestNginx::~TestNginx()
{
    stop();
}

QString TestNginx::program()
{
    return TestTool::path(QStringLiteral("nginx"));
}

bool TestNginx::prepare(const QString& dir, const QString& includeFile, QString* error)
{
    m_dir = dir;
    QDir().mkpath(dir);
    const QByteArray d = dir.toUtf8();
    QByteArray conf = "daemon off;\npid " + d + "/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n";
    conf += "\taccess_log off;\n";
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += "\t" + QByteArray(temp) + "_temp_path " + d + "/" + temp + ";\n";
    conf += "\tinclude " + includeFile.toUtf8() + ";\n}\n";
    if (!TestFiles::write(configPath(), conf)) {
        *error = QStringLiteral("cannot write %1").arg(configPath());
        return false;
    }
    return true;
}

QString TestNginx::configPath() const
{
    return m_dir + QStringLiteral("/nginx.conf");
}

QString TestNginx::reloadCommand() const
{
    return QStringLiteral("%1 -c %2 -s reload").arg(program(), configPath());
}

bool TestNginx::start(QString* error)
{
    QFile::remove(m_dir + QStringLiteral("/nginx.pid"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program(), {QStringLiteral("-c"), configPath()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (QFile::exists(m_dir + QStringLiteral("/nginx.pid")))
            return true;
        if (m_process.waitForFinished(100)) {
            *error = QStringLiteral("nginx exited: %1").arg(QString::fromUtf8(m_process.readAll()));
            return false;
        }
    }
    *error = QStringLiteral("nginx wrote no pid file in 10 s: %1").arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void TestNginx::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: a fast shutdown of the master and its workers
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray TestNginx::output()
{
    return m_process.readAll();
}
