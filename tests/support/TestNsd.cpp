#include "TestNsd.h"

#include "TestTool.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

TestNsd::~TestNsd()
{
    stop();
}

quint16 TestNsd::freePort()
{
    for (int i = 0; i < 20; ++i) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0)) {
            continue;
        }
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, port)) {
            return port;
        }
    }
    return 0;
}

QList<quint16> TestNsd::freePorts(int count)
{
    QList<quint16> ports;
    for (int tries = 0; ports.size() < count && tries < 10 * count; ++tries) {
        const quint16 port = freePort();
        if (port != 0 && !ports.contains(port))
            ports.append(port);
    }
    return ports.size() == count ? ports : QList<quint16>();
}

QByteArray TestNsd::config(quint16 port, const QString& systemRoot, const QString& runDir, std::optional<int> verbosity)
{
    const QString verbosityLine = verbosity ? QStringLiteral("  verbosity: %1\n").arg(*verbosity) : QString();
    return QStringLiteral("server:\n"
                          "  ip-address: 127.0.0.1@%1\n"
                          "  chroot: \"\"\n"
                          "  username: \"\"\n"
                          "  zonesdir: \"%2/etc/nsd/zones\"\n"
                          "  pidfile: \"%3/nsd.pid\"\n"
                          "  xfrdfile: \"%3/xfrd.state\"\n"
                          "  xfrdir: \"%3\"\n"
                          "  zonelistfile: \"%3/zone.list\"\n"
                          "  database: \"\"\n"
                          "  server-count: 1\n"
                          "%4"
                          "remote-control:\n"
                          "  control-enable: yes\n"
                          "  control-interface: %3/nsd.sock\n"
                          "include: \"%2/etc/nsd/nsd.conf.d/zones.conf\"\n")
        .arg(port)
        .arg(systemRoot, runDir, verbosityLine)
        .toUtf8();
}

QStringList TestNsd::dig(quint16 port, const QString& name, const QString& type, const QStringList& extra)
{
    QStringList args{QStringLiteral("-r"),      QStringLiteral("@127.0.0.1"), QStringLiteral("-p"),
                     QString::number(port),     QStringLiteral("+short"),     QStringLiteral("+time=2"),
                     QStringLiteral("+tries=2")};
    args += extra;
    args << name << type;
    const TestTool::Result r = TestTool::run(QStringLiteral("dig"), args);
    // dig +short prints its errors (";; connection timed out ...") on stdout, with exit 9 or 10.
    if (!r.ok() || r.out.startsWith(";;")) {
        return {QStringLiteral("<failed: %1>").arg(QString::fromUtf8(r.message()))};
    }
    QStringList lines;
    for (const QByteArray& l : r.out.split('\n')) {
        if (!l.trimmed().isEmpty()) {
            lines.append(QString::fromUtf8(l.trimmed()));
        }
    }
    return lines;
}

QString TestNsd::serial(quint16 port, const QString& zone)
{
    const QStringList soa = dig(port, zone, QStringLiteral("SOA"));
    if (soa.size() != 1) {
        return soa.join(QLatin1Char('\n'));
    }
    const QString field = soa.first().section(QLatin1Char(' '), 2, 2);
    bool isNumber = false;
    field.toULongLong(&isNumber);
    return isNumber ? field : soa.first();
}

bool TestNsd::start(const QString& confPath)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    TestTool::endWithTest(m_process);
    m_process.start(TestTool::path(QStringLiteral("nsd")), {QStringLiteral("-d"), QStringLiteral("-c"), confPath});
    return m_process.waitForStarted();
}

bool TestNsd::waitForListening(quint16 port, QString* error)
{
    return TestTool::waitForListening(
        m_process, port, 20000, QStringLiteral("nsd"), [this] { return readAll(); }, error);
}

void TestNsd::stop()
{
    TestTool::stopTree(m_process); // nsd's server and xfrd processes end a moment after the main one
}

QByteArray TestNsd::readAll()
{
    return m_process.readAll();
}
