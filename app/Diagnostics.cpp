#include "Diagnostics.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>

namespace Diagnostics {

QString text(const QUrl& boxUrl, const QString& platformName, int logLines)
{
    QUrl box = boxUrl;
    box.setUserInfo(QString());
    box.setQuery(QString());
    box.setFragment(QString());
    QStringList lines;
    lines << QStringLiteral("Boxkeeper %1").arg(QCoreApplication::applicationVersion());
    lines << QStringLiteral("Qt %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    lines << QStringLiteral("OS: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Platform: %1").arg(platformName);
    lines << QStringLiteral("Box: %1").arg(box.isEmpty() ? QStringLiteral("(none)") : box.toString());
    lines << QStringLiteral("Log file: %1").arg(Logging::filePath());
    const QStringList log = Logging::recentLines(logLines);
    lines << QStringLiteral("Last %1 log line(s):").arg(log.size());
    lines += log;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Diagnostics
