#include "LogFormat.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstring>

namespace {

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QByteArray line;
    if (context.category && std::strcmp(context.category, LogFormat::FailedLoginCategory) == 0) {
        line = message.toUtf8();
    } else {
        const char* level = "";
        switch (type) {
        case QtWarningMsg:
            level = "warning: ";
            break;
        case QtCriticalMsg:
            level = "error: ";
            break;
        case QtFatalMsg:
            level = "fatal: ";
            break;
        default:
            break;
        }
        if (context.category && std::strcmp(context.category, "default") != 0) {
            line = QByteArray(context.category) + ": ";
        }
        line += level + message.toUtf8();
    }
    // One message, one line: a line break from a request (a path, a user name, a tool's output) cannot start a line
    // of its own, such as a forged failed-login line for fail2ban.
    line.replace('\r', "\\r").replace('\n', "\\n");
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void LogFormat::install()
{
    qInstallMessageHandler(&handler);
}
