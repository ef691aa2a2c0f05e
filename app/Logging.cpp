#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>
#include <deque>

Q_LOGGING_CATEGORY(lcNet, "boxkeeper.net")
Q_LOGGING_CATEGORY(lcAuth, "boxkeeper.auth")
Q_LOGGING_CATEGORY(lcKeychain, "boxkeeper.keychain")
Q_LOGGING_CATEGORY(lcUi, "boxkeeper.ui")

namespace {
struct LogState
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = Logging::defaultMaxBytes;
    int keep = Logging::defaultKeep;
    std::deque<QString> recent;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState& state()
{
    // Never destroyed: Qt may still log from other objects' destructors after main() returns.
    static auto* s = new LogState;
    return *s;
}

bool openFile(LogState& s)
{
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return false;
    }
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// boxkeeper.log → .1 → .2 … → .keep (the oldest goes).
void rotate(LogState& s)
{
    const QString path = s.file.fileName();
    s.file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(path).arg(s.keep));
    for (int i = s.keep - 1; i >= 1; --i) {
        QFile::rename(QStringLiteral("%1.%2").arg(path).arg(i), QStringLiteral("%1.%2").arg(path).arg(i + 1));
    }
    if (s.keep > 0) {
        QFile::rename(path, path + QStringLiteral(".1"));
    } else {
        QFile::remove(path);
    }
    openFile(s);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = Logging::formatLine(type, context, message);
    const QByteArray bytes = line.toUtf8() + '\n';
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.recent.push_back(line);
        while (s.recent.size() > size_t(Logging::recentCapacity)) {
            s.recent.pop_front();
        }
        if (s.file.isOpen()) {
            if (s.file.size() > 0 && s.file.size() + bytes.size() > s.maxBytes) {
                rotate(s);
            }
            if (s.file.isOpen()) {
                s.file.write(bytes);
                s.file.flush();
            }
        }
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg) {
        std::abort();
    }
}
} // namespace

namespace Logging {

QString defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("boxkeeper.log"));
}

QString formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* level = "DEBUG";
    switch (type) {
    case QtDebugMsg:
        level = "DEBUG";
        break;
    case QtInfoMsg:
        level = "INFO";
        break;
    case QtWarningMsg:
        level = "WARNING";
        break;
    case QtCriticalMsg:
        level = "CRITICAL";
        break;
    case QtFatalMsg:
        level = "FATAL";
        break;
    }
    const QString category = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(level), category, message);
}

bool install(const QString& filePath, qint64 maxBytes, int keep)
{
    LogState& s = state();
    bool opened = false;
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.close();
        }
        s.maxBytes = qMax<qint64>(1024, maxBytes);
        s.keep = qMax(0, keep);
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        s.file.setFileName(filePath);
        opened = openFile(s);
        if (!s.installed) {
            s.previous = qInstallMessageHandler(handler);
            s.installed = true;
        }
    }
    if (!opened) {
        qCWarning(lcUi, "Cannot write the log file %s: %s", qPrintable(filePath), qPrintable(s.file.errorString()));
    }
    return opened;
}

void uninstall()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
    s.file.setFileName(QString());
}

QString filePath()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

QStringList recentLines(int count)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    QStringList lines;
    const int n = qMin(count, int(s.recent.size()));
    for (auto it = s.recent.end() - n; it != s.recent.end(); ++it) {
        lines.append(*it);
    }
    return lines;
}

} // namespace Logging
