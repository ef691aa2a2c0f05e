#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>

// The results of the backup runs, kept across agent restarts (and shared with `boxkeeper-agent --daily`) in
// STORAGE_ROOT/backup/boxkeeper-runs.json, written in one step (box/AtomicFile):
//   {"last": <the last run>, "last_failure": <the last failed run>, "last_success": <the last good run>}
// each as GET /boxkeeper/backup/run shows a finished run ({"state", "message", "full", "started", "finished"}).
// A skipped run (backups off) is the last run but neither a success nor a failure.
class BackupHistory
{
public:
    explicit BackupHistory(const QString& path);

    QString path() const { return m_path; }
    // The file's content; {} when there is none or it cannot be read.
    QJsonObject read() const;
    // Records a finished run; false with *error when the file cannot be written.
    bool record(const QJsonObject& run, QString* error = nullptr);

private:
    const QString m_path;
    mutable QMutex m_mutex; // one writer at a time in this process
};
