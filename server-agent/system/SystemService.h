#pragma once

#include "box/JobQueue.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class BoxConfig;
class Clock;

// The box's system routes (api.md §9.4–9.10): version, latest upstream version, package updates, reboot,
// privacy. Thread-safe. apt-get runs as jobs on the service's own JobQueue, one at a time (apt takes its
// lock anyway); the requesting thread waits for its job holding no lock, and the cached list of updates
// is answered without waiting for a running job.
//
// Config keys of our own (each optional, read from the box's config):
// - UPSTREAM_VERSION_URL: where the latest version is read (default upstream's setup.sh?ping=1);
// - APT_GET: the apt-get program (default /usr/bin/apt-get);
// - REBOOT_COMMAND: the reboot command line (default /sbin/shutdown -r now).
// On a box whose SYSTEM_ROOT is not / (a demo or test box) apt-get and the reboot command run only when
// configured: the defaults would act on the machine, not on that box.
class SystemService
{
public:
    struct Result
    {
        int status = 200;
        QString text;
    };

    static constexpr qint64 UpdatesCacheMSecs = 8 * 3600 * 1000; // upstream keeps the list 8 hours
    static constexpr const char* RebootNotRequired = "No reboot is required, so it is not allowed.";

    SystemService(const BoxConfig& config, const Clock& clock);
    ~SystemService();
    SystemService(const SystemService&) = delete;
    SystemService& operator=(const SystemService&) = delete;

    // The upstream release whose API the agent answers like ("v75").
    static QString version();
    // The latest upstream release named by UPSTREAM_VERSION_URL (5 s at most); 502/504 with a sentence when
    // it cannot be had. It ignores the privacy setting, as upstream's route does.
    Result latestUpstreamVersion() const;

    // "<package> (<version>)\n" per upgradable package: apt-get -qq update, then a simulated upgrade;
    // the list is kept for 8 hours, answered while an upgrade runs and dropped when it ends.
    Result pendingUpdates();
    // apt-get -qq update, then apt-get -y upgrade (DEBIAN_FRONTEND=noninteractive): the upgrade's output,
    // or 500 with the reason when either fails.
    Result updatePackages();

    // The upgradable packages for the status checks ("<package> (<version>)" each), as status_checks.py's
    // list_apt_updates(apt_update=False): the kept list while it is fresh, else a simulated upgrade without
    // `apt-get update`; nullopt when apt-get cannot run here (a test box without APT_GET) or fails.
    std::optional<QStringList> upgradablePackages();

    // SYSTEM_ROOT/var/run/reboot-required exists.
    bool rebootRequired() const;
    // Runs the reboot command when a reboot is required (its output); else RebootNotRequired.
    Result reboot();

    // STORAGE_ROOT/settings.yaml's privacy key (default true).
    bool privacy() const;
    // Stores it, keeping the file's other keys; 500 with the reason when the file cannot be read as
    // settings (it is then left alone) or written.
    Result setPrivacy(bool value);

    // The queue apt-get runs on (the running job's step).
    JobQueue& jobs() { return m_jobs; }

private:
    std::optional<QString> aptGet() const;
    std::optional<QStringList> rebootCommand() const;
    QString settingsPath() const;
    std::optional<QString> cachedUpdates() const;
    // Runs `fn` as a job and waits for its result (503 if the agent stopped before it ran).
    Result submit(const QString& name, std::function<Result(Job&)> fn, const QString& mergeKey = QString());
    Result listUpdatesJob(Job& job);
    Result updatePackagesJob(Job& job);

    const BoxConfig& m_config;
    const Clock& m_clock;

    mutable QMutex m_cacheMutex; // held only to read or replace the cached list
    std::optional<QString> m_updates;
    qint64 m_updatesAt = 0;

    QMutex m_settingsMutex; // one read-modify-write of settings.yaml at a time

    JobQueue m_jobs; // last: its thread ends (finishing the running job) before the rest goes
};
