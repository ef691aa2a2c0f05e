#include "TestCurl.h"

#include "TestAgent.h"
#include "TestTool.h"

#include <QDebug>

TestCurl::TestCurl(const TestAgent& agent)
    : m_agent(agent)
    , m_curl(TestTool::path(QStringLiteral("curl")))
{ }

TestCurl::Result TestCurl::run(const QStringList& args, const QString& path, int timeoutMs) const
{
    const QString host = QStringLiteral("box.example.com");
    const QString port = QString::number(m_agent.port());
    QStringList all{QStringLiteral("-sS"),
                    QStringLiteral("--cacert"),
                    m_agent.storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"),
                    QStringLiteral("--resolve"),
                    host + QLatin1Char(':') + port + QStringLiteral(":127.0.0.1"),
                    QStringLiteral("--user"),
                    m_agent.adminEmail() + QLatin1Char(':') + m_agent.adminPassword(),
                    QStringLiteral("-w"),
                    QStringLiteral("\n%{http_code}")};
    all += args;
    all.append(QStringLiteral("https://") + host + QLatin1Char(':') + port + QStringLiteral("/admin") + path);
    // Through TestTool: no ~/.curlrc of the machine's user changes what is sent.
    const TestTool::Result r = TestTool::run(m_curl, all, {}, timeoutMs);
    if (!r.ok()) {
        qWarning().noquote() << "curl failed:" << r.message();
        return {};
    }
    const QByteArray out = r.out;
    const int nl = out.lastIndexOf('\n');
    return {out.mid(nl + 1).toInt(), out.left(nl)};
}
