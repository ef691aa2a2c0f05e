#include "Icons.h"

#include <QFile>
#include <QString>

namespace Icons {

QIcon themed(const QString& name)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    return QIcon::fromTheme(name, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
}

} // namespace Icons
