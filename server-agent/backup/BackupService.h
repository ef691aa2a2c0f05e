#pragma once

#include "BackupHistory.h"
#include "BackupJobs.h"
#include "BackupSettings.h"
#include "CollectionStatusCache.h"
#include "box/BoxConfig.h"
#include "box/JobQueue.h"
#include "box/ProcessRunner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class Clock;

// Backups with duplicity as upstream makes them (domain.md §13): the settings in STORAGE_ROOT/backup/custom.yaml,
// the status from `duplicity collection-status` and the target's files, and a backup run (full or incremental,
// retention by min_age) on the module's own job queue. The targets' schemes are BackupTarget's.
class BackupService
{
public:
    // What a route answers: a JSON value (status 200 unless said otherwise) or, for a refusal, a text line.
    struct Answer
    {
        int status = 200;
        QJsonValue json;
        QString text; // set: answer this text with `status` instead of the JSON
    };

    BackupService(const BoxConfig& config, const Clock& clock);
    ~BackupService();
    BackupService(const BackupService&) = delete;
    BackupService& operator=(const BackupService&) = delete;

    // GET /system/backup/config (api.md §9.12).
    QJsonObject config() const;
    // POST /system/backup/config (api.md §9.13): the JSON string "OK" or upstream's message (both 200), or 400
    // with a text line where upstream fails with 500 or where a scheme cannot be checked yet; nothing is written
    // then.
    Answer setConfig(const QString& target, const QString& targetUser, const QString& targetPass,
                     const QString& minAge);
    // GET /system/backup/status (api.md §9.11): {}, {"error": ...} or the backups.
    QJsonObject status() const;

    // POST /boxkeeper/backup/run: starts a backup on the job queue and answers at once (202 with the run's
    // state), or 409 while one runs. `forceFull` makes it a full backup.
    Answer startRun(bool forceFull);
    // GET /boxkeeper/backup/run: the run in progress or the last one's result ({"state": "idle"} before any, also
    // across agent restarts and runs of `--daily`), with "last_success" and "last_failure" (BackupHistory) when
    // there were such runs.
    QJsonObject runState() const;
    // GET /boxkeeper/backup/files: the files a backup holds, as `duplicity list-current-files` lists them, at
    // `time` (a backup's date as the status gives it, e.g. 20260418T010512Z, or seconds since 1970; empty: the
    // latest): {"files": [{"modified": "<ISO local time>", "path": "<relative to STORAGE_ROOT>"}, ...], "time":
    // ...}. 400 for a bad time or backups that are off, 500 with duplicity's reason when it cannot list.
    Answer files(const QString& time) const;
    // The nightly backup of `boxkeeper-agent --daily` (domain.md §13.3): a run as startRun(false) makes it, waited
    // for. Its message ("Incremental backup made.", "Backups are turned off.", the reason it failed); *ok false
    // when it failed or another run was going.
    QString daily(bool* ok);

    // Python's int() of a form value: surrounding whitespace, an optional sign, digits (single underscores
    // between them); nullopt for anything else.
    static std::optional<int> parsePythonInt(const QString& text);
    // The secret key's text as setup makes it: 2048 random bytes, base64 in lines of 64 characters.
    static QByteArray newSecretKey();

private:
    friend class BackupRestore; // verify and restore (BackupRestore.h) use the paths, duplicity and the jobs

    struct RunResult
    {
        bool ok = false;
        bool skipped = false;
        bool full = false;
        QString message;
    };

    // duplicity's reason for a failure: the last line of its error output (a traceback's exception, GnuPG's log
    // line), else the runner's sentence.
    static QString duplicityMessage(const ProcessResult& r);
    // Whether `time` is empty, a backup's date or seconds since 1970 (what duplicity's --time gets from us), and
    // the 400 sentence when it is not.
    static bool isBackupTime(const QString& time);
    static QString badTimeMessage();

    QString backupRoot() const;
    QString settingsPath() const;
    QString secretKeyPath() const;
    QString cacheDir() const;
    QString localTargetDir() const;
    BackupSettings loadSettings() const;
    // The URL duplicity gets for the settings' target; empty (with *error) when this agent cannot use it.
    QString duplicityUrl(const BackupSettings& settings, QString* error) const;
    // The passphrase (first line of secret_key.txt, at least 43 characters); empty with *error otherwise.
    QString passphrase(QString* error) const;
    bool ensureSecretKey(QString* error) const;
    ProcessRunner duplicity(const QStringList& arguments, const QString& passphrase) const;
    // The collection status and sizes; nullopt with *error when duplicity or the listing failed.
    std::optional<QJsonObject> readStatus(const BackupSettings& settings, QString* error) const;
    RunResult run(Job& job, bool forceFull);
    bool shouldForceFull(const QJsonObject& status, const BackupSettings& settings) const;
    // Runs a service command of the config (`key`), if any; false with *error when it fails.
    bool serviceCommand(const QString& key, const QString& realBoxDefault, QString* error) const;
    // The mail services stopped and started around a snapshot or a restore (BACKUP_STOP_COMMAND and
    // BACKUP_START_COMMAND, upstream's services on the machine's own box).
    bool stopServices(QString* error) const;
    bool startServices(QString* error) const;
    // STORAGE_ROOT/backup/<name> (before-backup, after-backup) run with the target as its argument, if it exists:
    // as STORAGE_USER when the agent runs as root on the machine's own box, else as the agent's user (README).
    bool runHook(const QString& name, const QString& target, QString* error) const;

    const BoxConfig& m_config;
    const Clock& m_clock;
    BackupHistory m_history;
    mutable CollectionStatusCache m_statusCache;
    BackupJobs m_jobs; // last: its queue's destructor waits for the job in progress
};
