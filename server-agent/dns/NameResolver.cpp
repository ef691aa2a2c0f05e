#include "NameResolver.h"

#include "RecordValidator.h"
#include "box/ProcessRunner.h"

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
    // dig itself gives up after 5 s (+time=5 +tries=1); the runner's limit is for a dig that hangs.
    const ProcessResult r = ProcessRunner(QStringLiteral("dig")).args(args).timeout(12000).run();
    if (!r.ok())
        return {};
    QStringList addresses;
    for (const QByteArray& line : r.output.split('\n')) {
        const QString a = QString::fromLatin1(line).trimmed();
        if ((type == QLatin1String("A") && RecordValidator::isIpv4(a)) ||
            (type == QLatin1String("AAAA") && RecordValidator::isIpv6(a)))
            addresses.append(a);
    }
    return addresses;
}
