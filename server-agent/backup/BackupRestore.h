#pragma once

#include "BackupService.h"

#include <QJsonObject>
#include <QString>

// Beyond upstream (README): the latest backup verified against the live data, a restore of one file or folder, one
// mailbox or everything at a backup's time, and the export of the backup secret key. Verification and restore run
// as jobs of the backup module (BackupJobs: one at a time with the backup runs, state readable while they run).
// Stateless: everything lives in the BackupService it is given.
class BackupRestore
{
public:
    // What POST /boxkeeper/backup/restore asks for.
    struct Request
    {
        QString path; // a file or folder relative to STORAGE_ROOT; empty with mailbox empty: everything
        QString mailbox; // user@domain: mail/mailboxes/<domain>/<user>
        QString time; // a backup's date or seconds since 1970; empty: the latest
        QString into; // a new (or empty) directory outside STORAGE_ROOT
        bool intoStorageRoot = false; // over the live data instead (services stopped around it)
        QString requestedBy; // the administrator, for the log
    };

    // POST /boxkeeper/backup/verify: `duplicity verify --compare-data` of the latest backup against STORAGE_ROOT
    // (upstream's `backup.py --verify`), as a job: 202 with its state, 409 while a job runs, 400 when backups are off
    // or cannot be read.
    static BackupService::Answer startVerify(BackupService& backups);
    // GET /boxkeeper/backup/verify: the verification in progress or the last one's result, with "compared" and
    // "differences" (counts) and "details" (the first differences, as duplicity words them).
    static QJsonObject verifyState(const BackupService& backups);

    // POST /boxkeeper/backup/restore: checks the request (400 with one sentence, nothing done), then restores as a
    // job: 202 with its state, 409 while a job runs.
    static BackupService::Answer startRestore(BackupService& backups, const Request& request);
    static QJsonObject restoreState(const BackupService& backups);

    // POST /boxkeeper/backup/secret-key (the password is checked by the route): secret_key.txt as it is, or 404.
    static BackupService::Answer secretKey(const BackupService& backups);

    // The checks of a restore request, for tests: the sentence of the first problem, empty when it can be done.
    // *relative gets the path below STORAGE_ROOT to restore (empty: everything).
    static QString check(const BackupService& backups, const Request& request, QString* relative);

private:
    static BackupJobs::Outcome verify(BackupService& backups, Job& job);
    static BackupJobs::Outcome restore(BackupService& backups, Job& job, const Request& request,
                                       const QString& relative);
    // Restored into `staging` (below STORAGE_ROOT/backup), moved over the live data with the services stopped.
    static BackupJobs::Outcome swapIntoStorageRoot(BackupService& backups, Job& job, const QString& staging,
                                                   const QString& relative, const QString& what);
};
