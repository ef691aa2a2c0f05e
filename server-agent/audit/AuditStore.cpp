#include "AuditStore.h"

#include "auth/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAudit, "boxkeeper.agent.audit")

namespace {

// Retention is enforced every this many entries (and at start), not on each insert.
constexpr int PruneEvery = 64;

const char Columns[] =
    "id, time, user, token, system_key, client, method, route, path, params, status, result, message";

bool fail(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

AuditRecord entryFrom(const QSqlQuery& q)
{
    AuditRecord e;
    e.id = q.value(0).toLongLong();
    e.time = q.value(1).toLongLong();
    e.user = q.value(2).toString();
    e.token = q.value(3).toString();
    e.systemKey = q.value(4).toBool();
    e.client = q.value(5).toString();
    e.method = q.value(6).toString();
    e.route = q.value(7).toString();
    e.path = q.value(8).toString();
    e.params = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    e.status = q.value(10).toInt();
    e.result = q.value(11).toString();
    e.message = q.value(12).toString();
    return e;
}

QString who(const AuditRecord& e)
{
    if (!e.token.isEmpty())
        return QStringLiteral("token %1%2")
            .arg(e.token, e.user.isEmpty() ? QString() : QStringLiteral(" of ") + e.user);
    if (e.systemKey)
        return QStringLiteral("the system API key");
    return e.user.isEmpty() ? QStringLiteral("(no credentials)") : e.user;
}

// A bound null QString is SQL NULL; the columns want text.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

AuditStore::AuditStore(const QString& path, const Clock& clock, Retention retention)
    : m_db(path)
    , m_clock(clock)
    , m_retention(retention)
{ }

bool AuditStore::open(QString* error)
{
    // Only the agent opens this file: WAL, commits that do not wait for the disk.
    if (!m_db.openOwnFile(Database::Journal::Wal, error))
        return false;
    const bool ok = m_db.write(
        [error](QSqlDatabase& db) {
            QSqlQuery q(db);
            return (q.exec(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT "
                        "NULL, "
                        "user TEXT NOT NULL, token TEXT NOT NULL, system_key INTEGER NOT NULL, client TEXT NOT NULL, "
                        "method TEXT NOT NULL, route TEXT NOT NULL, path TEXT NOT NULL, params TEXT NOT NULL, "
                        "status INTEGER NOT NULL, result TEXT NOT NULL, message TEXT NOT NULL)")) &&
                    q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_time ON audit (time)")) &&
                    // Append-only: an entry, once written, is never changed.
                    q.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_append_only BEFORE UPDATE ON audit "
                                          "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"))) ||
                   fail(q, error);
        },
        error);
    QFile::setPermissions(m_db.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (ok)
        prune();
    return ok;
}

bool AuditStore::record(AuditRecord entry)
{
    entry.time = m_clock.nowSecs();
    const QByteArray params = QJsonDocument(entry.params).toJson(QJsonDocument::Compact);
    // The journal's copy: one line, the same fields.
    qCInfo(lcAudit).noquote() << QStringLiteral("%1 from %2: %3 %4 %5 -> %6 %7%8")
                                     .arg(who(entry), entry.client.isEmpty() ? QStringLiteral("-") : entry.client,
                                          entry.method, entry.path, QString::fromUtf8(params))
                                     .arg(entry.status)
                                     .arg(entry.result,
                                          entry.message.isEmpty() ? QString() : QStringLiteral(": ") + entry.message);
    QString error;
    const bool ok = m_db.write(
        [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO audit (time, user, token, system_key, client, method, route, path, "
                                     "params, status, result, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(entry.time), text(entry.user), text(entry.token), QVariant(entry.systemKey ? 1 : 0),
                  text(entry.client), text(entry.method), text(entry.route), text(entry.path),
                  QVariant(QString::fromUtf8(params)), QVariant(entry.status), text(entry.result), text(entry.message)})
                q.addBindValue(v);
            return q.exec() || fail(q, &error);
        },
        &error);
    if (!ok)
        qCWarning(lcAudit).noquote() << "cannot write the audit log" << m_db.path() << ":" << error;
    if ((m_recorded.fetchAndAddRelaxed(1) + 1) % PruneEvery == 0)
        prune();
    return ok;
}

void AuditStore::prune()
{
    const qint64 oldest = m_clock.nowSecs() - qint64(m_retention.days) * 86400;
    QString error;
    const bool ok = m_db.write(
        [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM audit WHERE time < ?"));
            q.addBindValue(oldest);
            if (!q.exec())
                return fail(q, &error);
            q.prepare(QStringLiteral("DELETE FROM audit WHERE id <= (SELECT max(id) FROM audit) - ?"));
            q.addBindValue(m_retention.maxEntries);
            return q.exec() || fail(q, &error);
        },
        &error);
    if (!ok)
        qCWarning(lcAudit).noquote() << "cannot apply the audit log's retention:" << error;
}

AuditStorePage AuditStore::query(const AuditStoreQuery& query) const
{
    QStringList where;
    QVariantList binds;
    if (!query.who.isEmpty()) {
        where.append(QStringLiteral("(lower(user) LIKE ? ESCAPE '\\' OR lower(token) LIKE ? ESCAPE '\\')"));
        binds << likePattern(query.who) << likePattern(query.who);
    }
    if (!query.what.isEmpty()) {
        where.append(QStringLiteral("(lower(route) LIKE ? ESCAPE '\\' OR lower(path) LIKE ? ESCAPE '\\')"));
        binds << likePattern(query.what) << likePattern(query.what);
    }
    if (!query.result.isEmpty()) {
        where.append(QStringLiteral("result = ?"));
        binds << query.result;
    }
    if (query.since) {
        where.append(QStringLiteral("time >= ?"));
        binds << *query.since;
    }
    if (query.until) {
        where.append(QStringLiteral("time <= ?"));
        binds << *query.until;
    }
    if (query.before) {
        where.append(QStringLiteral("id < ?"));
        binds << *query.before;
    }
    // One more than asked for tells whether there is a next page.
    const QString sql =
        QStringLiteral("SELECT %1 FROM audit%2 ORDER BY id DESC LIMIT %3")
            .arg(QLatin1String(Columns),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND ")))
            .arg(query.limit + 1);
    AuditStorePage page;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcAudit).noquote() << "cannot read the audit log:" << q.lastError().text();
        return page;
    }
    while (q.next()) {
        if (page.entries.size() == query.limit) {
            page.next = page.entries.constLast().id;
            break;
        }
        page.entries.append(entryFrom(q));
    }
    return page;
}
