#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The backups of a box as the desktop shows them: upstream's status and configuration (spec/api.md §9.11–9.13) and
// the jobs, file lists and key of our agent (README "API beyond upstream"). Parsing of the box's answers and the
// composition of target URLs live here, in one place.

// One backup set of GET /system/backup/status, newest first.
struct BackupSet
{
    QString date; // duplicity's name of the set, e.g. 20260418T010512Z: what restores and file lists take as time
    QDateTime when; // `date` in UTC
    QString dateStr; // "2026-04-18 01:05:12 UTC" (the box's words)
    QString dateDelta; // "2 days, 3 hours" (ago)
    QString deletedIn; // "approx. 12 days"; empty when the box gives none
    bool full = false;
    qint64 size = 0;
    int volumes = 0;
};
using BackupSetList = QList<BackupSet>;

// GET /system/backup/status: off ({}), an error ({"error": …}) or the sets.
struct BackupStatusInfo
{
    bool off = false;
    QString error;
    BackupSetList backups;
    qint64 unmatchedSize = 0;

    qint64 totalSize() const;
};

// A backup destination as the configuration dialog edits it, and the `target` URL the box stores.
struct BackupDestination
{
    enum class Kind { Off, Local, S3, Rsync, B2 };
    Kind kind = Kind::Off;
    QString directory; // Local: a folder on the box (empty: the box's own backup folder, "local")
    QString s3Endpoint; // host[:port], e.g. s3.eu-central-1.amazonaws.com
    QString s3Region; // optional
    QString s3Bucket;
    QString s3Prefix; // optional
    QString rsyncUser;
    QString rsyncHost; // host[:port]
    QString rsyncPath; // as typed; a leading "/" makes it absolute on the host
    QString b2KeyId;
    QString b2Key;
    QString b2Bucket;

    // The `target` field for POST /system/backup/config. `boxDirectory` is the box's own backup folder
    // (file_target_directory): a Local destination there (or without a directory) is upstream's "local".
    QString target(const QString& boxDirectory) const;
    // Reads a stored target back (credentials of S3 are never returned; B2's are part of its URL).
    static BackupDestination fromTarget(const QString& target, const QString& boxDirectory);
};

// GET /system/backup/config.
struct BackupConfig
{
    QString target; // as the box shows it: "off", "file://…", "s3://…", "rsync://…", "b2://…"
    int minAgeDays = 3;
    QString fileTargetDirectory; // the box's own backup folder (STORAGE_ROOT/backup/encrypted)
    QString encPwFile;
    QString sshPublicKey; // for rsync targets; empty when the box has none
    // The box's STORAGE_ROOT, as far as the configuration tells it (the folder above backup/), else empty.
    QString storageRoot() const;
};

// The state of one backup job of our agent (GET /admin/boxkeeper/backup/run|verify|restore).
struct BackupJobState
{
    enum class State { Idle, Running, Succeeded, Failed, Skipped };
    State state = State::Idle;
    QString step; // while running
    QString message; // when ended
    QDateTime started;
    QDateTime finished;
    QJsonObject fields; // the kind's own fields: full; compared, differences, details; path, time, into

    bool isRunning() const { return state == State::Running; }
    bool hasEnded() const { return state == State::Succeeded || state == State::Failed || state == State::Skipped; }
    // Backup runs only (capability "backup-history"): the last successful and the last failed run, when there were.
    QList<BackupJobState> lastSuccess; // zero or one
    QList<BackupJobState> lastFailure; // zero or one
};

// One file of GET /admin/boxkeeper/backup/files.
struct BackupFile
{
    QString path; // relative to STORAGE_ROOT
    QDateTime modified; // the box's local time
};
using BackupFileList = QList<BackupFile>;

namespace BackupInfo {

bool parseStatus(const QJsonDocument& document, BackupStatusInfo* out);
bool parseConfig(const QJsonDocument& document, BackupConfig* out);
bool parseJobState(const QJsonDocument& document, BackupJobState* out);
bool parseFiles(const QJsonDocument& document, BackupFileList* out);
// The answer of POST /system/backup/config: a JSON string ("OK" when saved, else the reason). False if it is not
// one; `text` gets the string.
bool parseConfigAnswer(const QString& body, QString* text);

// "12.3 MB" (decimal units, as the panel counts).
QString formatSize(qint64 bytes);

} // namespace BackupInfo

Q_DECLARE_METATYPE(BackupStatusInfo)
Q_DECLARE_METATYPE(BackupJobState)
