#pragma once

#include <QString>
#include <QUrl>

// The text "Copy diagnostics" puts on the clipboard: app and Qt versions, OS, Qt platform, the box's address (no
// user, password or query) and the last lines of the log. Nothing secret: the log holds none.
namespace Diagnostics {
QString text(const QUrl& boxUrl, const QString& platformName, int logLines = 200);
}
