#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "boxkeeper.agent.db")

namespace {

// Closes and removes a thread's connections when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections*> s_threadConnections;

const char* const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, "
    "password TEXT NOT NULL, extra, privileges TEXT NOT NULL DEFAULT '', quota TEXT NOT NULL DEFAULT '0')",
    "CREATE TABLE IF NOT EXISTS aliases (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, "
    "destination TEXT NOT NULL, permitted_senders TEXT)",
    "CREATE TABLE IF NOT EXISTS mfa (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, "
    "type TEXT NOT NULL, secret TEXT NOT NULL, mru_token TEXT, label TEXT, "
    "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE)",
    "CREATE TABLE IF NOT EXISTS auto_aliases (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, "
    "destination TEXT NOT NULL, permitted_senders TEXT)",
};

} // namespace

Database::Database(const QString& path)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("boxkeeper-%1-").arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

Database::~Database() = default;

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, true);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_path << db.lastError().text();
    } else {
        // Every worker thread has its own connection; SQLite's default page cache (2 MiB each) would
        // multiply by the pool size. The file stays in the OS page cache anyway.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -256"));
        if (m_relaxedSync.loadAcquire())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    if (!s_threadConnections.hasLocalData()) {
        s_threadConnections.setLocalData(new ThreadConnections);
    }
    s_threadConnections.localData()->names.append(name);
    return db;
}

bool Database::openOwnFile(Journal journal, QString* error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder of %1").arg(m_path);
        return false;
    }
    m_relaxedSync.storeRelease(journal == Journal::Wal);
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (journal == Journal::Wal) {
        // Outside a transaction: the journal mode is the file's, kept across connections and restarts.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::ensureSchema(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return write(
        [](QSqlDatabase& db) {
            QSqlQuery q(db);
            for (const char* sql : SchemaStatements) {
                if (!q.exec(QLatin1String(sql))) {
                    return false;
                }
            }
            return true;
        },
        error);
}

bool Database::write(const std::function<bool(QSqlDatabase&)>& fn, QString* error)
{
    QMutexLocker lock(&m_writeMutex);
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    bool ok = false;
    try {
        ok = fn(db);
    } catch (...) {
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    if (!ok) {
        if (error && error->isEmpty()) {
            *error = db.lastError().text();
        }
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error) {
            *error = q.lastError().text();
        }
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_version.fetchAndAddRelease(1);
    return true;
}
