#pragma once

#include "MailLogLine.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the mail log incrementally and counts its new lines (MailLogLine), as `tail -F` follows a file:
// - it keeps the log open and its read offset, so each poll reads only what was appended;
// - a rotation (the path names another file: logrotate's rename, or the log removed and created again) is noticed
//   by the inode: the rest of the old file is read through the open handle, then the new file from its start;
// - a log that shrank (truncated in place, logrotate's copytruncate) is read again from its start;
// - what the log held before start() is not counted (it is history, not traffic since the agent started).
// A line is counted once it is complete (ends with '\n'). Not thread-safe: one sampler thread uses it.
class MailLogFollower
{
public:
    explicit MailLogFollower(const QString& path);
    ~MailLogFollower();
    MailLogFollower(const MailLogFollower&) = delete;
    MailLogFollower& operator=(const MailLogFollower&) = delete;

    QString path() const { return m_path; }

    // Opens the log, if it exists, at its end.
    void start();
    // The counts of the lines added since the previous poll (or start()). Nothing when the log does not exist
    // or cannot be read (no value, rather than zero messages). A log that appears after start() is read from
    // its beginning.
    std::optional<MailLogLine::Counts> poll();

private:
    bool open(bool atEnd);
    void close();
    // Reads the open file to its end, counting complete lines; false on a read error.
    bool readToEnd(MailLogLine::Counts* counts);

    QString m_path;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    QByteArray m_partial; // a last line without its '\n' yet
};
