#include "BackupStatus.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr qint64 MSecsPerDay = 24LL * 3600 * 1000;

// A wall-clock time in `zone` as a naive (UTC-labelled) date and time, for calendar arithmetic as Python does it
// on datetimes of one time zone.
QDateTime wallClock(const QDateTime& t, const QTimeZone& zone)
{
    const QDateTime local = t.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

// dateutil's `dt + relativedelta(months=n)`: the day clipped to the length of the target month.
QDateTime addMonthsClipped(const QDateTime& t, int months)
{
    // QDate::addMonths clips the day to the month's end too.
    return QDateTime(t.date().addMonths(months), t.time(), Qt::UTC);
}

QString dateStr(const QDateTime& date, const QDateTime& now, const QTimeZone& zone)
{
    return date.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') +
           zone.abbreviation(now);
}

// Python's round() of a float to an integer: halves to even.
qint64 pyRound(double x)
{
    return static_cast<qint64>(std::nearbyint(x));
}

} // namespace

QList<BackupStatus::Backup> BackupStatus::parseCollectionStatus(const QString& output)
{
    QList<Backup> backups;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String(" full")) && !line.startsWith(QLatin1String(" inc")))
            continue;
        const QStringList keys = line.simplified().split(QLatin1Char(' '));
        if (keys.size() < 3 || !parseDate(keys[1]).isValid())
            continue;
        bool ok = false;
        const int volumes = keys[2].toInt(&ok);
        if (!ok)
            continue;
        Backup b;
        b.date = keys[1];
        b.full = keys[0] == QLatin1String("full");
        b.volumes = volumes;
        const auto same =
            std::find_if(backups.begin(), backups.end(), [&b](const Backup& x) { return x.date == b.date; });
        if (same != backups.end())
            *same = b;
        else
            backups.append(b);
    }
    return backups;
}

QDateTime BackupStatus::parseDate(const QString& date)
{
    QDateTime t = QDateTime::fromString(date, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

namespace {

// relativedelta(ref, date) for ref >= date in local wall-clock time: whole months, then the seconds left.
qint64 monthsAndSeconds(const QDateTime& date, const QDateTime& ref, const QTimeZone& zone, int* monthsOut)
{
    const QDateTime from = wallClock(date, zone);
    const QDateTime to = wallClock(ref, zone);
    int months = (to.date().year() - from.date().year()) * 12 + (to.date().month() - from.date().month());
    QDateTime stepped = addMonthsClipped(from, months);
    while (to < stepped) {
        --months;
        stepped = addMonthsClipped(from, months);
    }
    *monthsOut = months;
    return stepped.secsTo(to);
}

} // namespace

qint64 BackupStatus::relativeDays(const QDateTime& date, const QDateTime& ref, const QTimeZone& zone)
{
    if (!date.isValid() || ref < date)
        return 0;
    int months = 0;
    return monthsAndSeconds(date, ref, zone, &months) / 86400;
}

QString BackupStatus::relativeDate(const QDateTime& date, const QDateTime& ref, const QString& clip,
                                   const QTimeZone& zone)
{
    if (ref < date)
        return clip;
    int months = 0;
    const qint64 seconds = monthsAndSeconds(date, ref, zone, &months);
    const int years = months / 12;
    const int remMonths = months % 12;
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (years > 1)
        return QStringLiteral("%1 years, %2 months").arg(years).arg(remMonths);
    if (years == 1)
        return QStringLiteral("%1 year, %2 months").arg(years).arg(remMonths);
    if (remMonths > 1)
        return QStringLiteral("%1 months, %2 days").arg(remMonths).arg(days);
    if (remMonths == 1)
        return QStringLiteral("%1 month, %2 days").arg(remMonths).arg(days);
    if (days >= 7)
        return QStringLiteral("%1 days").arg(days);
    if (days > 1)
        return QStringLiteral("%1 days, %2 hours").arg(days).arg(hours);
    if (days == 1)
        return QStringLiteral("%1 day, %2 hours").arg(days).arg(hours);
    return QStringLiteral("%1 hours, %2 minutes").arg(hours).arg(minutes);
}

QJsonObject BackupStatus::build(const QList<Backup>& parsed, const QList<TargetFile>& files, const QDateTime& now,
                                int minAgeInDays, const QTimeZone& zone)
{
    QList<Backup> backups = parsed;
    // Sizes: every file of a set is named after the set's date; signature files whose date matches no set are
    // counted apart.
    static const QRegularExpression name(QStringLiteral("^duplicity-(full|full-signatures|(inc|new-signatures)\\.(?<"
                                                        "incbase>\\d+T\\d+Z)\\.to)\\.(?<date>\\d+T\\d+Z)\\."));
    qint64 unmatched = 0;
    for (const auto& [file, size] : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch())
            continue;
        const QString date = m.captured(QStringLiteral("date"));
        const auto set =
            std::find_if(backups.begin(), backups.end(), [&date](const Backup& b) { return b.date == date; });
        if (set != backups.end())
            set->size += size;
        else
            unmatched += size;
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) { return a.date > b.date; });

    // The newest chain: its increments' count and size, its full backup's size and date.
    int incrementCount = 0;
    qint64 incrementSize = 0;
    QDateTime firstDate;
    std::optional<qint64> firstFullSize;
    QDateTime firstFullDate;
    for (const Backup& b : backups) {
        if (!firstDate.isValid())
            firstDate = parseDate(b.date);
        if (b.full) {
            firstFullSize = b.size;
            firstFullDate = parseDate(b.date);
            break;
        }
        ++incrementCount;
        incrementSize += b.size;
    }

    // The newest chain goes when the next full backup exists and it is old enough (§13.5).
    QString deletedIn;
    if (incrementCount > 0 && incrementSize > 0 && firstFullSize) {
        const double daysToNextFull =
            (0.5 * double(*firstFullSize) - double(incrementSize)) / (double(incrementSize) / double(incrementCount));
        qint64 nextFull = firstDate.toMSecsSinceEpoch() + qint64(daysToNextFull * double(MSecsPerDay));
        nextFull = std::min(nextFull, firstFullDate.toMSecsSinceEpoch() + qint64(minAgeInDays * 10 + 1) * MSecsPerDay);
        const qint64 deletedOn = std::max(nextFull, firstDate.toMSecsSinceEpoch() + qint64(minAgeInDays) * MSecsPerDay);
        const double days = double(deletedOn - now.toMSecsSinceEpoch()) / double(MSecsPerDay);
        deletedIn = QStringLiteral("approx. %1 days").arg(pyRound(days + 0.5));
    }

    QJsonArray list;
    bool sawFull = false;
    for (const Backup& b : backups) {
        const QDateTime date = parseDate(b.date);
        QJsonObject o;
        o.insert(QStringLiteral("date"), b.date);
        o.insert(QStringLiteral("date_str"), dateStr(date, now, zone));
        o.insert(QStringLiteral("date_delta"), relativeDate(date, now, QStringLiteral("the future?"), zone));
        o.insert(QStringLiteral("full"), b.full);
        o.insert(QStringLiteral("size"), b.size);
        o.insert(QStringLiteral("volumes"), b.volumes);
        if (!deletedIn.isEmpty())
            o.insert(QStringLiteral("deleted_in"), deletedIn);
        if (b.full) {
            // The chain before starts at the next entry.
            sawFull = true;
            deletedIn.clear();
        } else if (sawFull && deletedIn.isEmpty()) {
            // An older chain: deleted once its newest increment is old enough.
            deletedIn = relativeDate(now, date.addMSecs(qint64(minAgeInDays) * MSecsPerDay),
                                     QStringLiteral("on next daily backup"), zone);
            o.insert(QStringLiteral("deleted_in"), deletedIn);
        }
        list.append(o);
    }
    QJsonObject status;
    status.insert(QStringLiteral("backups"), list);
    status.insert(QStringLiteral("unmatched_file_size"), unmatched);
    return status;
}
