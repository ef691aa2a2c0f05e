#pragma once

#include "BackupInfo.h"
#include "BackupService.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizard>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// Backup Status → Restore (our agent only): choose a backup, browse its files by mailbox and folder, choose a file
// or folder, a mailbox or everything, choose a new directory on the box, read exactly what will happen, then the
// restore runs on the box with its progress and result. Nothing of the live data changes: the restore goes into the
// new directory. Talks to the box only through BackupService.
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TimePage, FilesPage, IntoPage, ConfirmPage, ProgressPage };
    enum class Choice { None, Everything, Mailbox, Path };

    RestoreWizard(BackupService* service, QWidget* parent = nullptr);

    // `storageRoot` (the box's STORAGE_ROOT, when known) proposes a directory beside it.
    void prepare(const BackupSetList& backups, const QString& storageRoot);

    QTreeWidget* backupsTree() const { return m_backups; }
    QTreeWidget* filesTree() const { return m_files; }
    QLineEdit* intoEdit() const { return m_into; }
    QString confirmationText() const;
    QString resultText() const;
    bool hasEnded() const { return m_ended; }
    // Makes the backup of that date the chosen one; false if there is none.
    bool selectBackup(const QString& date);
    // Selects the item of a mailbox (user@domain) or of a path in the files tree; false if there is none.
    bool selectMailbox(const QString& mailbox);
    bool selectPath(const QString& path);
    bool selectEverything();

    BackupService::RestoreRequest request() const;

    void initializePage(int id) override;
    bool validateCurrentPage() override;

signals:
    void restoreEnded(bool ok, const QString& message);

private:
    QWizardPage* makeTimePage();
    QWizardPage* makeFilesPage();
    QWizardPage* makeIntoPage();
    QWizardPage* makeConfirmPage();
    QWizardPage* makeProgressPage();
    void showFiles(const QString& time, const BackupFileList& files);
    void choose(QTreeWidgetItem* item);
    bool selectItem(int kind, const QString& value);
    const BackupSet* chosenSet() const;
    QString whatText() const;
    QString intoProblem() const; // why the directory cannot be taken; empty if it can
    void updateElapsed();
    void finishRestore(bool ok, const QString& message);

    QPointer<BackupService> m_service;
    BackupSetList m_sets;
    QString m_storageRoot;
    QString m_filesTime; // the backup whose files the tree shows
    Choice m_choice = Choice::None;
    QString m_choiceValue;
    QTreeWidget* m_backups;
    QTreeWidget* m_files;
    QLabel* m_filesState;
    QLineEdit* m_into;
    QLabel* m_intoProblem;
    QLabel* m_confirmation;
    QProgressBar* m_progress;
    QLabel* m_step;
    QLabel* m_result;
    QTimer* m_elapsedTimer;
    QElapsedTimer m_elapsed;
    bool m_started = false;
    bool m_ended = false;
};
