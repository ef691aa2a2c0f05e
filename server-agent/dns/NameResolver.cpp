#include "NameResolver.h"

#include "RecordValidator.h"

#include <QProcess>

NameResolver::NameResolver(const QString& resolver)
{
    QString r = resolver.trimmed();
    if (r.startsWith(QLatin1Char('['))) {
        const int close = r.indexOf(QLatin1Char(']'));
        m_server = r.mid(1, close - 1);
        if (r.mid(close + 1).startsWith(QLatin1Char(':')))
            m_port = r.mid(close + 2);
    } else if (r.count(QLatin1Char(':')) == 1) {
        m_server = r.section(QLatin1Char(':'), 0, 0);
        m_port = r.section(QLatin1Char(':'), 1);
    } else {
        m_server = r;
    }
}

QStringList NameResolver::lookup(const QString& name, const QString& type) const
{
    QStringList args;
    if (!m_server.isEmpty())
        args << QLatin1Char('@') + m_server;
    if (!m_port.isEmpty())
        args << QStringLiteral("-p") << m_port;
    args << QStringLiteral("+short") << QStringLiteral("+time=5") << QStringLiteral("+tries=1") << QStringLiteral("-t")
         << type << QStringLiteral("-q") << name;
    QProcess dig;
    dig.start(QStringLiteral("dig"), args);
    if (!dig.waitForFinished(12000) || dig.exitStatus() != QProcess::NormalExit || dig.exitCode() != 0) {
        dig.kill();
        dig.waitForFinished(1000);
        return {};
    }
    QStringList addresses;
    for (const QByteArray& line : dig.readAllStandardOutput().split('\n')) {
        const QString a = QString::fromLatin1(line).trimmed();
        if ((type == QLatin1String("A") && RecordValidator::isIpv4(a)) ||
            (type == QLatin1String("AAAA") && RecordValidator::isIpv6(a)))
            addresses.append(a);
    }
    return addresses;
}
