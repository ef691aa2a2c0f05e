#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

// The desktop's log categories, one per area. Requests are logged at info level (method, path, status, time);
// never a password, session key, TOTP code, Authorization header or query string.
Q_DECLARE_LOGGING_CATEGORY(lcNet) // boxkeeper.net
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // boxkeeper.auth
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // boxkeeper.keychain
Q_DECLARE_LOGGING_CATEGORY(lcUi) // boxkeeper.ui

// The log: a message handler that writes each line to stderr (as Qt does) and to a file that is rotated at
// maxBytes, keeping `keep` older files (boxkeeper.log.1 … .N), readable by the owner only. The last lines are
// also kept in memory for "Copy diagnostics".
namespace Logging {
constexpr qint64 defaultMaxBytes = 1024 * 1024;
constexpr int defaultKeep = 3;
constexpr int recentCapacity = 200;

// AppLocalDataLocation/boxkeeper.log
QString defaultFilePath();
// Installs the handler; returns false (and still logs to stderr) if the file cannot be opened.
bool install(const QString& filePath = defaultFilePath(), qint64 maxBytes = defaultMaxBytes, int keep = defaultKeep);
// Restores Qt's handler and closes the file.
void uninstall();
QString filePath(); // empty when not installed
QStringList recentLines(int count = recentCapacity);
// One line as written: "2026-12-02T00:10:00.123Z INFO boxkeeper.net: …"
QString formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message);
} // namespace Logging
