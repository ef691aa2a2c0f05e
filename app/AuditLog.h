#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

#include <optional>

// The audit log of a box as the desktop shows it (our agent only, capability "audit"): every change made through
// the agent with its time, who made it (user or token, client address), the route and its parameters (secrets as
// "***") and the result. GET /admin/boxkeeper/audit pages through it newest first, with filters.

// One entry of the log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString user; // the account's email; empty for a token
    QString token; // the token's name; empty for an account
    bool systemKey = false; // made with the box's system API key (its local tools)
    QString client; // the client address
    QString method;
    QString route;
    QString path;
    QJsonObject params; // secrets already shown as "***" by the box
    int status = 0;
    QString result; // "ok", "refused", "invalid", "failed"
    QString message; // the first line of the box's answer for refusals and failures

    QString who() const; // the user, "token NAME", "system API key", or empty
    QString action() const; // "POST /mail/users/add"
    QString paramsText() const; // "email=a@example.com, privileges=" (keys sorted, values compact)
    QString resultText() const; // translated: "OK", "Refused (403): …"
};
using AuditEntryList = QList<AuditEntry>;

// What the page asks for. Dates are local days, sent to the box as UTC times of the days' boundaries.
struct AuditFilter
{
    QString who; // substring of the user or token name
    QString what; // substring of the route or path
    QString result; // empty, "ok", "refused", "invalid" or "failed"
    QDate since; // from the start of this local day
    QDate until; // through the end of this local day

    bool operator==(const AuditFilter& o) const
    {
        return who == o.who && what == o.what && result == o.result && since == o.since && until == o.until;
    }
};

// One answer of the route: its entries (newest first) and where the next page starts.
struct AuditLogPage
{
    AuditEntryList entries;
    std::optional<qint64> next; // the `before` of the next (older) page; none at the end of the log
};

namespace AuditLog {
inline QString path()
{
    return QStringLiteral("/boxkeeper/audit");
}
QStringList results(); // "ok", "refused", "invalid", "failed"
QString resultName(const QString& result); // translated
// The query of a page: the filter's fields that are set, `before` when given, `limit`.
QUrlQuery query(const AuditFilter& filter, std::optional<qint64> before, int limit);
bool parsePage(const QJsonDocument& document, AuditLogPage* out);
// The entries as CSV (CsvDocument) with a header line: id, time (UTC, ISO), local time, user, token, client, method,
// path, parameters, status, result, message.
QString csv(const AuditEntryList& entries);
} // namespace AuditLog

Q_DECLARE_METATYPE(AuditEntry)
Q_DECLARE_METATYPE(AuditLogPage)
