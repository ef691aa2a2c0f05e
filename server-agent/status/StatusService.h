#pragma once

#include "StatusOutput.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class BackupService;
class BoxConfig;
class Clock;
class DnsService;
class MailService;
class SystemService;
class TlsService;

// The status checks (api.md §9.3, domain.md §12): every check upstream's status_checks.py runs, in its groups and
// order, with its texts, from what the other modules already know (zones, custom records and DS files from dns/,
// aliases and mail domains from mail/, certificate checks from tls/, updates and version from system/, the
// backup status from backup/). The checks run in parallel on the service's own threads, each with a time limit
// (STATUS_CHECK_TIMEOUT), and are put back in upstream's order. Lookups go through DNS_RESOLVER (box/NameResolver);
// the other config keys are in server-agent/status/README.md. Thread-safe.
class StatusService
{
public:
    struct Modules
    {
        DnsService& dns;
        MailService& mail;
        TlsService& tls;
        SystemService& system;
        BackupService& backup;
    };

    StatusService(const BoxConfig& config, const Clock& clock, Modules modules);
    ~StatusService();
    StatusService(const StatusService&) = delete;
    StatusService& operator=(const StatusService&) = delete;

    // POST /system/status: all checks (`rounded`: the nightly run's rounded values, as upstream's
    // run_and_output_changes).
    StatusOutput run(bool rounded = false);

    // The nightly part of `boxkeeper-agent --daily`: the checks (rounded values), the change report since the
    // previous run as upstream's nightly mail prints it (empty when nothing changed or on the first run), the
    // results kept in STORAGE_ROOT/boxkeeper/status_checks.json and the report in
    // STORAGE_ROOT/boxkeeper/status_changes.json. *ok false when a file could not be written.
    QString daily(bool* ok);
    // GET /boxkeeper/status/changes: the last nightly report ({} before any).
    QJsonObject lastChanges() const;
    // The report's JSON for `changes` made at `msecs` (exposed for the unit tests): {"time", "text", "sections":
    // [{"category", "change": added|removed|previously|currently|section-removed, "items": [...]}]}.
    static QJsonObject changesJson(const StatusOutput& changes, qint64 msecs);

private:
    struct Facts;
    std::shared_ptr<const Facts> readFacts() const;

    void servicesChecks(StatusOutput* out, bool* fatal);
    StatusOutput systemChecks(bool rounded);
    StatusOutput networkChecks();
    StatusOutput domainChecks(const std::shared_ptr<const Facts>& facts, const QString& domain, bool rounded) const;

    // Runs `checks` on the pool, at most STATUS_CHECK_TIMEOUT seconds each once started; a check that does not
    // finish in time gives its `late` output instead.
    QList<StatusOutput> runAll(const QList<std::function<StatusOutput()>>& checks, const QList<StatusOutput>& late);

    const BoxConfig& m_config;
    const Clock& m_clock;
    Modules m_modules;
    int m_timeoutMs;
    mutable QThreadPool m_pool;
    mutable QMutex m_dailyMutex;
};
