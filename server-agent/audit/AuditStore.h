#pragma once

#include "box/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Clock;

// One change made through the agent (or refused), as the audit log keeps it.
struct AuditRecord
{
    qint64 id = 0;
    qint64 time = 0; // Unix seconds
    QString user; // the administrator's email; for a refused request the user name given, if any
    QString token; // the API token's name when one was used
    bool systemKey = false; // the system API key (the box's own tools)
    QString client; // the client's address (http/ClientAddress)
    QString method;
    QString route; // the route's pattern, e.g. "/dns/custom/<qname>/<rtype>"
    QString path; // the path asked for
    QJsonObject params; // parameters, secrets replaced by "***" (audit/AuditPolicy)
    int status = 0;
    QString result; // "ok", "refused", "invalid", "failed" (AuditPolicy::result)
    QString message; // the first line of the answer when not ok
};

// What GET /admin/boxkeeper/audit asks for: every field optional.
struct AuditStoreQuery
{
    QString who; // substring of the user or the token name, case-insensitive
    QString what; // substring of the route or the path, case-insensitive
    QString result;
    std::optional<qint64> since; // entries at or after (Unix seconds)
    std::optional<qint64> until; // entries at or before
    std::optional<qint64> before; // entries with a smaller id (the next page, newest first)
    int limit = 100;
};

struct AuditStorePage
{
    QList<AuditRecord> entries; // newest first
    std::optional<qint64> next; // `before` for the following page; none when this is the last
};

// The audit log: STORAGE_ROOT/boxkeeper/audit.sqlite (a file of the agent's own, mode 0600, WAL), one table that is
// only ever appended to (a trigger refuses updates) except for the retention bound: entries older than the retention
// period, and the oldest beyond the maximum count, are deleted as new ones arrive. Each entry is also written to the
// agent's log (the journal under systemd) as one line. Thread-safe.
class AuditStore
{
public:
    struct Retention
    {
        int days = 365;
        int maxEntries = 100000;
    };
    AuditStore(const QString& path, const Clock& clock, Retention retention);

    bool open(QString* error);
    // Appends `entry` (its id and time are set here). False, with the reason logged, if the write failed.
    bool record(AuditRecord entry);
    AuditStorePage query(const AuditStoreQuery& query) const;
    QString path() const { return m_db.path(); }

private:
    void prune();

    Database m_db;
    const Clock& m_clock;
    Retention m_retention;
    QAtomicInteger<quint64> m_recorded{0}; // entries recorded since start: retention is applied at every 64th
};
