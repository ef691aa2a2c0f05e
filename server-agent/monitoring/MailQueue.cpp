#include "MailQueue.h"

#include "box/ProcessRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMailQueue, "boxkeeper.agent.monitoring.mailqueue", QtInfoMsg)

std::optional<int> MailQueue::parseJson(const QByteArray& output)
{
    int count = 0;
    qsizetype at = 0;
    while (at < output.size()) {
        qsizetype end = output.indexOf('\n', at);
        if (end < 0)
            end = output.size();
        const QByteArray line = output.mid(at, end - at).trimmed();
        at = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject() ||
            !doc.object().value(QLatin1String("queue_id")).isString())
            return std::nullopt;
        ++count;
    }
    return count;
}

std::optional<int> MailQueue::length(const QString& postqueue)
{
    const ProcessResult r = ProcessRunner(postqueue).arg(QStringLiteral("-j")).timeout(10000).run();
    if (!r.ok()) {
        qCDebug(lcMailQueue) << r.message();
        return std::nullopt;
    }
    const std::optional<int> n = parseJson(r.output);
    if (!n)
        qCDebug(lcMailQueue) << postqueue << "-j printed something that is not its JSON lines";
    return n;
}
