#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The length of postfix's mail queue, from `postqueue -j`: one JSON object per queued message and line
// ({"queue_name": "deferred", "queue_id": "4BXY2Z0sNqz9tVb", "arrival_time": ..., "recipients": [...]}), nothing
// at all for an empty queue.
namespace MailQueue {

// The number of messages listed; nothing when a non-empty line is not such an object (not postqueue's output).
std::optional<int> parseJson(const QByteArray& output);

// Runs `<postqueue> -j` through box/ProcessRunner (10 s at most) and counts. Nothing when the tool is missing or
// fails, e.g. "postqueue: fatal: Queue report unavailable - mail system is down" while postfix is stopped.
std::optional<int> length(const QString& postqueue);

} // namespace MailQueue
