#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

// The time series the monitoring module records, one column each in the metrics database. The order is the
// database's column order: new series are appended, never reordered.
namespace MetricSeries {

enum Index {
    Load, // load average over 1 minute (/proc/loadavg)
    MemoryUsed, // bytes: MemTotal - MemAvailable (/proc/meminfo)
    MemoryAvailable, // bytes: MemAvailable
    DiskUsed, // bytes used on the file system of STORAGE_ROOT (statvfs: blocks - free blocks)
    DiskAvailable, // bytes available to unprivileged users there (statvfs: available blocks)
    MailQueue, // messages in postfix's queues (postqueue -j)
    MessagesReceived, // deliveries to local mailboxes since the previous sample (mail log)
    MessagesSent, // deliveries to other servers since the previous sample (mail log)
    MessagesRejected, // recipients refused by postfix's SMTP server since the previous sample (mail log)
    SeriesCount
};

enum class Kind {
    Gauge, // a reading at the sample's time
    Counter, // events since the previous sample: a sample taken twice within a second adds up
};

struct Info
{
    const char* name; // the series' name in the API and its column in the database
    Kind kind;
};

inline constexpr std::array<Info, SeriesCount> All{{
    {"load", Kind::Gauge},
    {"memory_used", Kind::Gauge},
    {"memory_available", Kind::Gauge},
    {"disk_used", Kind::Gauge},
    {"disk_available", Kind::Gauge},
    {"mail_queue", Kind::Gauge},
    {"messages_received", Kind::Counter},
    {"messages_sent", Kind::Counter},
    {"messages_rejected", Kind::Counter},
}};

// The series' index, or -1 for a name that is not one.
inline int indexOf(const QString& name)
{
    for (int i = 0; i < SeriesCount; ++i) {
        if (name == QLatin1String(All[i].name))
            return i;
    }
    return -1;
}

} // namespace MetricSeries

// One sample: a value per series, none where its source could not be read (no postqueue, no mail log).
struct MetricSample
{
    qint64 time = 0; // Unix time in seconds
    std::array<std::optional<double>, MetricSeries::SeriesCount> values;
};
