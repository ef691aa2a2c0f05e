#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

// The backup status of domain.md §13.4–13.5, built by pure functions from duplicity's `collection-status
// --log-fd 1` output and the listing of the target, at a given "now" and in a given local time zone (tests fix
// both).
namespace BackupStatus {

// One backup set as collection-status reports it.
struct Backup
{
    QString date; // duplicity's UTC timestamp, e.g. 20260418T010512Z
    bool full = false;
    int volumes = 0;
    qint64 size = 0; // filled from the target listing
};

// A file of the target and its size in bytes.
using TargetFile = QPair<QString, qint64>;

// The sets of the machine-readable lines (" full <date> <volumes> ...", " inc <date> <volumes> ..."), one per
// date, in the order given.
QList<Backup> parseCollectionStatus(const QString& output);

// The instant of a duplicity timestamp (invalid if it is not one).
QDateTime parseDate(const QString& date);

// Upstream's relative form of the time from `date` to `ref` (dateutil's relativedelta in local wall-clock time):
// "N years, M months" ... "H hours, M minutes" (§13.4); `clip` when ref is before date.
QString relativeDate(const QDateTime& date, const QDateTime& ref, const QString& clip, const QTimeZone& zone);

// The days component of relativedelta(ref, date) (after whole years and months; 0 when ref is before date): the
// status checks' backup age (domain.md §12.2 [quirk]: 1 month and 2 days is 2).
qint64 relativeDays(const QDateTime& date, const QDateTime& ref, const QTimeZone& zone);

// The status answer: {"backups": [...newest first], "unmatched_file_size": n} with sizes from the target files,
// date_str / date_delta relative to `now`, deleted_in from `minAgeInDays`.
QJsonObject build(const QList<Backup>& backups, const QList<TargetFile>& files, const QDateTime& now, int minAgeInDays,
                  const QTimeZone& zone);

} // namespace BackupStatus
