#pragma once

#include "MetricsRing.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class BoxConfig;
class Clock;
class MetricsSampler;

// The monitoring module: a sampler on its own thread records the box's load, memory, disk, mail queue and mail
// traffic each interval into the metrics ring, and GET /admin/boxkeeper/metrics reads time series from it.
// Thread-safe once started.
//
// Config keys of our own (each optional, read from the box's config):
// - METRICS_INTERVAL: seconds between samples (default 60; decimals allowed, at least 0.01, for tests);
// - POSTQUEUE: the postqueue program (default /usr/sbin/postqueue; on a box whose SYSTEM_ROOT is not /, a demo or
//   test box, only when set: the machine's postfix is not that box's);
// - MAIL_LOG: the mail log (default /var/log/mail.log under SYSTEM_ROOT).
// The samples are stored in STORAGE_ROOT/boxkeeper/metrics.sqlite.
class MonitoringService
{
public:
    static constexpr qint64 DefaultRangeSecs = 24 * 3600;
    static constexpr int DefaultIntervalMs = 60000;

    struct Series
    {
        int status = 200; // 400: unknown series or from after to; 503: no metrics database
        QString error; // the one-line message of a refusal
        qint64 from = 0;
        qint64 to = 0;
        QStringList names; // the series answered, in the order asked
        MetricsRing::Range range;
    };

    MonitoringService(const BoxConfig& config, const Clock& clock);
    ~MonitoringService();
    MonitoringService(const MonitoringService&) = delete;
    MonitoringService& operator=(const MonitoringService&) = delete;

    // Opens the metrics database and starts the sampler. False (with *error) when the database cannot be opened:
    // the agent then serves without metrics, the reason is logged and the route says it.
    bool start(QString* error = nullptr);
    // Stops the sampler (waits for a sample in progress).
    void stop();

    QString databasePath() const;
    int intervalMs() const { return m_intervalMs; }

    // The series named (all when `names` is empty) between `from` and `to` (Unix seconds; without `to`: now;
    // without `from`: DefaultRangeSecs before `to`).
    Series series(const QStringList& names, std::optional<qint64> from, std::optional<qint64> to) const;

    // The configured interval, program and log (see above); an unreadable METRICS_INTERVAL gives the default.
    static int intervalMs(const BoxConfig& config);
    static QString postqueue(const BoxConfig& config);
    static QString mailLog(const BoxConfig& config);

private:
    const BoxConfig& m_config;
    const Clock& m_clock;
    const int m_intervalMs;
    MetricsRing m_ring;
    QString m_unavailable; // why there are no metrics (empty once started)
    std::unique_ptr<MetricsSampler> m_sampler;
};
