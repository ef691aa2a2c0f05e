#pragma once

#include "ApiError.h"
#include "BackupInfo.h"
#include "BackupService.h"
#include "ListPage.h"

#include <QElapsedTimer>
#include <QPointer>

class BackupConfigDialog;
class BackupListModel;
class QFileDialog;
class QInputDialog;
class QLabel;
class QProgressBar;
class QTimer;
class RestoreWizard;

// System → Backup Status: the box's backups (When / Type / Size / Deleted in, with totals), where they go and the
// box's problem with them in plain words; the configuration dialog (any box). On our agent also: a backup now and a
// verification with their progress and result, the restore wizard, and saving the backup key to a file of the
// admin's choice after the password was re-entered. What the box does not offer is hidden, with one sentence
// saying so (decided by the box's capabilities). Talks to the box only through BackupService.
class BackupPage : public ListPage
{
    Q_OBJECT

public:
    explicit BackupPage(QWidget* parent = nullptr);
    ~BackupPage() override;

    void refresh() override;
    bool isBusy() const override;
    // The box's extensions (GET /admin/boxkeeper/capabilities' features; empty on an unmodified box).
    void setFeatures(const QStringList& features);

    BackupService* service() const { return m_service; }
    BackupListModel* model() const { return m_model; }
    const BackupStatusInfo& backupStatus() const { return m_status; }
    const BackupConfig& config() const { return m_config; }
    BackupConfigDialog* configDialog() const;
    RestoreWizard* restoreWizard() const;

    void configure(); // opens the configuration dialog
    void backUpNow();
    void verify();
    void restore(); // opens the restore wizard
    void saveBackupKey(); // asks for the password, then where to save the key

signals:
    void statusShown(); // the table and the texts show the box's answer
    void configSaved(const QString& target);
    void jobEnded(BackupService::Job job, bool ok, const QString& message);
    void keySaved(bool ok, const QString& message);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    QWidget* buildPanel();
    void showBackupStatus(const BackupStatusInfo& status);
    void showConfig(const BackupConfig& config);
    void showJobState(BackupService::Job job, const BackupJobState& state);
    void showJobEnd(BackupService::Job job, const BackupJobState& state);
    void updateProblem();
    void updateAvailability();
    void updateElapsed();
    void writeKey(const QString& path);
    void forgetKey();
    bool has(const char* feature) const;
    bool anyJobRunning() const;

    BackupService* m_service;
    BackupListModel* m_model;
    BackupStatusInfo m_status;
    BackupConfig m_config;
    bool m_configLoaded = false;
    bool m_statusLoaded = false;
    QStringList m_features;
    QList<BackupJobState> m_lastFailure;
    QList<BackupJobState> m_lastSuccess;
    QAction* m_configureAction;
    QAction* m_runAction;
    QAction* m_verifyAction;
    QAction* m_restoreAction;
    QAction* m_keyAction;
    QLabel* m_targetLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QLabel* m_unavailableLabel = nullptr;
    QTimer* m_elapsedTimer;
    QElapsedTimer m_elapsed;
    BackupService::Job m_shownJob = BackupService::Job::Run;
    QString m_shownStep;
    QPointer<BackupConfigDialog> m_configDialog;
    QPointer<RestoreWizard> m_wizard;
    QPointer<QInputDialog> m_passwordDialog;
    QPointer<QFileDialog> m_saveDialog;
    QByteArray m_key; // between its arrival and its file; wiped after
};
