#pragma once

#include "ApiError.h"
#include "BackupInfo.h"
#include "RunningCalls.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;
class QTimer;

// The backups of a box for the desktop's Backup Status page: upstream's status and configuration (any box), and on
// our agent the jobs (a backup now, a verification, a restore: started, then their state polled until they end), the
// files of a backup and the export of the backup key. Results come back typed; refusals as ApiError carrying the
// box's sentence (`serverText`). Each kind of load runs once at a time, one configuration change at a time, one
// job start per kind. Everything running is aborted when the client changes or the service is destroyed; the key is
// handed over once and kept nowhere.
class BackupService : public QObject
{
    Q_OBJECT

public:
    enum class Load { Status, Config, Files, SecretKey };
    Q_ENUM(Load)
    enum class Job { Run, Verify, Restore };
    Q_ENUM(Job)

    // What a restore takes back, and where to: exactly one of path and mailbox, or neither (everything).
    struct RestoreRequest
    {
        QString path; // a file or folder relative to STORAGE_ROOT
        QString mailbox; // user@domain
        QString time; // a backup's date; empty: the latest
        QString into; // an absolute path on the box of a new or empty directory outside STORAGE_ROOT
    };

    explicit BackupService(QObject* parent = nullptr);
    ~BackupService() override;

    void setClient(ApiClient* client); // aborts running calls and polls
    ApiClient* client() const;
    bool isLoading(Load load) const { return m_loads.isRunning(load); }
    bool isSaving() const { return !m_save.isNull(); }
    // A job of this kind was started or is being watched and has not ended yet.
    bool isJobRunning(Job job) const { return m_running.value(job); }
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }

    // Each returns false (and sends nothing) without a client or while a call of its kind runs.
    bool fetchStatus();
    bool fetchConfig();
    // `destination` → target; S3's key and secret go as target_user/target_pass, to the box only.
    bool saveConfig(const BackupDestination& destination, const QString& boxDirectory, int minAgeDays,
                    const QString& user = {}, const QString& secret = {});
    bool fetchFiles(const QString& time);
    bool exportSecretKey(const QString& password);

    bool startRun(bool full = false);
    bool startVerify();
    bool startRestore(const RestoreRequest& request);
    // Reads the job's state once (jobStateLoaded); keeps polling while it runs (jobProgress, jobEnded).
    bool watchJob(Job job);

signals:
    void loadingChanged(BackupService::Load load, bool loading);
    void statusLoaded(const BackupStatusInfo& status);
    void configLoaded(const BackupConfig& config);
    void filesLoaded(const QString& time, const BackupFileList& files);
    // The key (secret_key.txt as it is): write it and forget it.
    void secretKeyLoaded(const QByteArray& key);
    void loadFailed(BackupService::Load load, const ApiError& error);

    void savingChanged(bool saving);
    void configSaved(const QString& target);
    // The box refused the configuration: its sentence is in serverText (and message).
    void configFailed(const ApiError& error);

    // The state of a job as read (a watch, each poll, the end).
    void jobStateLoaded(BackupService::Job job, const BackupJobState& state);
    void jobStarted(BackupService::Job job, const BackupJobState& state);
    void jobProgress(BackupService::Job job, const BackupJobState& state);
    void jobEnded(BackupService::Job job, const BackupJobState& state);
    // The job could not be started (e.g. 409 "A backup is already running …", 400 with the reason) or its state
    // could not be read.
    void jobFailed(BackupService::Job job, const ApiError& error);

private:
    bool canLoad(Load load) const;
    bool startLoad(Load load, ApiJob* job);
    void finishLoad(Load load);
    bool startJob(Job job, const QList<QPair<QString, QString>>& fields);
    void poll(Job job);
    void handleState(Job job, const BackupJobState& state, bool started);
    static QString jobPath(Job job);
    void abortAll();

    QPointer<ApiClient> m_client;
    RunningCalls<Load> m_loads;
    QPointer<ApiJob> m_save;
    RunningCalls<Job> m_jobCalls; // a start or a poll in flight
    QHash<Job, bool> m_running;
    QHash<Job, QTimer*> m_timers;
    int m_pollMs = 1000;
};
