#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

// duplicity's `collection-status` output, kept while the backup chain is unchanged, so that GET
// /system/backup/status reads the target's file list but starts no duplicity when nothing changed (a status with
// 100 backups in the chain costs duplicity seconds). The key is the target URL with the name, size and
// modification time of every file of the target: a new, removed or rewritten set changes it. A backup run, a
// restore or a verification (which may fetch into the archive dir) drops the cached output too. Thread-safe.
class CollectionStatusCache
{
public:
    struct TargetFile
    {
        QString name;
        qint64 size = 0;
        QDateTime modified;
    };

    static QByteArray key(const QString& url, const QList<TargetFile>& files);

    std::optional<QByteArray> find(const QByteArray& key) const;
    void store(const QByteArray& key, const QByteArray& output);
    void clear();

private:
    mutable QMutex m_mutex;
    QByteArray m_key;
    QByteArray m_output;
};
