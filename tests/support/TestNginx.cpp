#include "TestNginx.h"

#include "TestFiles.h"
#include "TestTool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTcpSocket>

#include <unistd.h>

TestNginx::~TestNginx()
{
    stop();
}

QString TestNginx::path()
{
    return TestTool::path(QStringLiteral("nginx"));
}

QString TestNginx::writeConfig(const QString& runDir, const QString& include)
{
    if (!QDir().mkpath(runDir))
        return {};
    const QByteArray dir = runDir.toUtf8();
    QByteArray conf = "daemon off;\n";
    if (geteuid() == 0)
        conf += "user root;\n"; // the workers read the test's folders, which only their owner may enter
    conf += "pid " + dir + "/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n\taccess_log off;\n";
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += "\t" + QByteArray(temp) + "_temp_path " + dir + "/" + temp + ";\n";
    conf += "\tinclude " + include.toUtf8() + ";\n}\n";
    const QString path = runDir + QStringLiteral("/nginx.conf");
    return TestFiles::write(path, conf) ? path : QString();
}

QString TestNginx::reloadCommand(const QString& confPath)
{
    return QStringLiteral("%1 -e stderr -c %2 -s reload").arg(path(), confPath);
}

bool TestNginx::start(const QString& confPath, quint16 port, QString* error)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    TestTool::endWithTest(m_process);
    m_process.start(path(), {QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-c"), confPath});
    if (!m_process.waitForStarted()) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (socket.waitForConnected(200))
            return true;
        m_process.waitForReadyRead(100);
    }
    *error = QStringLiteral("nginx does not serve 127.0.0.1:%1: %2").arg(port).arg(QString::fromUtf8(output()));
    return false;
}

void TestNginx::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished();
}

QByteArray TestNginx::output()
{
    m_output += m_process.readAll();
    return m_output;
}
