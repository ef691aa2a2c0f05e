#include "HostReadings.h"

#include <QFile>

#include <sys/statvfs.h>

namespace {

// The number of kB on a "Key:   1234 kB" line of meminfo, or nothing.
std::optional<qint64> memInfoValue(const QByteArray& text, const QByteArray& key)
{
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(at, end - at);
        at = end + 1;
        if (!line.startsWith(key) || line.size() <= key.size() || line.at(key.size()) != ':')
            continue;
        QByteArray value = line.mid(key.size() + 1).trimmed();
        qint64 factor = 1;
        if (value.endsWith(" kB")) {
            value.chop(3);
            factor = 1024;
        }
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        return n * factor;
    }
    return std::nullopt;
}

} // namespace

std::optional<double> HostReadings::parseLoadAverage(const QByteArray& text)
{
    const QByteArray first = text.trimmed().split(' ').value(0);
    bool ok = false;
    const double load = first.toDouble(&ok);
    if (!ok || load < 0)
        return std::nullopt;
    return load;
}

std::optional<HostReadings::Memory> HostReadings::parseMemInfo(const QByteArray& text)
{
    const std::optional<qint64> total = memInfoValue(text, "MemTotal");
    if (!total)
        return std::nullopt;
    std::optional<qint64> available = memInfoValue(text, "MemAvailable");
    if (!available) {
        const std::optional<qint64> free = memInfoValue(text, "MemFree");
        if (!free)
            return std::nullopt;
        available = *free + memInfoValue(text, "Buffers").value_or(0) + memInfoValue(text, "Cached").value_or(0);
    }
    Memory m;
    m.totalBytes = *total;
    m.availableBytes = qMin(*available, *total);
    return m;
}

QByteArray HostReadings::readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray text;
    char buffer[4096];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        text.append(buffer, n);
        if (text.size() > 1024 * 1024)
            break;
    }
    return text;
}

std::optional<HostReadings::Disk> HostReadings::diskUsage(const QString& path)
{
    struct statvfs st;
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    const qint64 unit = st.f_frsize ? qint64(st.f_frsize) : qint64(st.f_bsize);
    Disk d;
    d.usedBytes = qint64(st.f_blocks - st.f_bfree) * unit;
    d.availableBytes = qint64(st.f_bavail) * unit;
    return d;
}
