#pragma once

#include <QAtomicInteger>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The box's users.sqlite (domain.md §2), shared with postfix and dovecot. The agent's own metrics database
// (monitoring/MetricsRing) uses it too, without ensureSchema() and in WAL mode (no other program opens that file).
//
// Each thread gets its own QSqlDatabase connection (Qt forbids sharing one across threads).
// Writes are serialised in this process by one mutex and run in one IMMEDIATE transaction each,
// with a busy timeout for the mail system's readers. The journal mode is left as upstream has it
// (rollback journal, not WAL): postfix and dovecot open the file read-only and WAL would need them
// to write the -shm file.
class Database
{
public:
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }

    // Creates the file and upstream's tables if absent (fresh-install DDL). Existing tables are kept.
    bool ensureSchema(QString* error = nullptr);

    // For a file of the agent's own, that no other program opens (metrics, audit log, tokens): creates its folder and
    // opens it. With Journal::Wal the file is switched to WAL and every connection commits without waiting for the
    // disk (synchronous=NORMAL: a crash of the agent loses nothing, a power cut at most the last commits).
    enum class Journal { Rollback, Wal };
    bool openOwnFile(Journal journal, QString* error);

    // This thread's open connection to the file.
    QSqlDatabase connection() const;

    // Runs `fn` in one write transaction, serialised with every other writer of this process.
    // `fn` returns true to commit, false to roll back. Returns false if it rolled back or failed
    // (the SQL error text in *error).
    bool write(const std::function<bool(QSqlDatabase&)>& fn, QString* error = nullptr);

    // Increases on every committed write; caches of query results key on it.
    quint64 version() const { return m_version.loadAcquire(); }

private:
    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_writeMutex;
    QAtomicInteger<quint64> m_version{1};
    QAtomicInteger<bool> m_relaxedSync{false};
};
