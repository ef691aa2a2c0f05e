#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The host's gauges: load average, memory and disk use. The parsers take a file's text, so tests feed them fixed
// texts; the readers around them read the kernel's files and the file system.
namespace HostReadings {

struct Memory
{
    qint64 totalBytes = 0;
    qint64 availableBytes = 0;
    qint64 usedBytes() const { return totalBytes - availableBytes; }
};

struct Disk
{
    qint64 usedBytes = 0; // blocks in use (root's reserve counts as free)
    qint64 availableBytes = 0; // blocks an unprivileged user may still fill
};

// The 1-minute load average: the first field of /proc/loadavg ("0.52 0.58 0.59 1/467 12345").
std::optional<double> parseLoadAverage(const QByteArray& text);
// MemTotal and MemAvailable of /proc/meminfo ("MemTotal:  16318412 kB"), in bytes. On a kernel without
// MemAvailable (before 3.14) available is MemFree + Buffers + Cached. Nothing without MemTotal.
std::optional<Memory> parseMemInfo(const QByteArray& text);

// The whole of a small file such as /proc/loadavg (whose size reads as 0); empty when it cannot be read.
QByteArray readSmallFile(const QString& path);
// The use of the file system that holds `path` (statvfs).
std::optional<Disk> diskUsage(const QString& path);

} // namespace HostReadings
