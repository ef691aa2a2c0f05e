#pragma once

#include "BackupInfo.h"

#include <QDialog>

class QComboBox;
class DialogErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Backup Status → Configure: where the box keeps its backups, one form per kind of target — off, a folder on the
// box, S3-compatible storage (endpoint, region, bucket, prefix, access key and secret), rsync over SSH (host, path,
// user, and the box's public key to copy to that host), Backblaze B2 — and how many days backups are kept at least.
// Credentials go to the box with the save and are kept nowhere on the desktop; the box does not give them back,
// so a change of an S3 target asks for them again. The page sends the configuration: the dialog emits
// submitted(), then succeeded() closes it or showError() shows the box's sentence.
class BackupConfigDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupConfigDialog(QWidget* parent = nullptr);

    void prepare(const BackupConfig& config);
    BackupDestination destination() const;
    QString boxDirectory() const { return m_config.fileTargetDirectory; }
    int minAgeDays() const;
    QString accessKey() const;
    QString secretKey() const;

    void setBusy(bool busy);
    void showError(const QString& message);
    QString error() const;
    void succeeded();
    void accept() override;

    QComboBox* kindCombo() const { return m_kind; }

signals:
    void submitted();

private:
    QWidget* offPage();
    QWidget* localPage();
    QWidget* s3Page();
    QWidget* rsyncPage();
    QWidget* b2Page();
    QLineEdit* edit(const QString& name, const QString& placeholder = {}, bool secret = false);
    void updateKind();
    // The first required field left empty: its sentence, and the field focused; empty when all are there.
    QString missingField();

    BackupConfig m_config;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QLineEdit* m_directory = nullptr;
    QLineEdit* m_s3Endpoint = nullptr;
    QLineEdit* m_s3Region = nullptr;
    QLineEdit* m_s3Bucket = nullptr;
    QLineEdit* m_s3Prefix = nullptr;
    QLineEdit* m_s3Key = nullptr;
    QLineEdit* m_s3Secret = nullptr;
    QLineEdit* m_rsyncHost = nullptr;
    QLineEdit* m_rsyncPath = nullptr;
    QLineEdit* m_rsyncUser = nullptr;
    QPlainTextEdit* m_publicKey = nullptr;
    QPushButton* m_copyKey = nullptr;
    QLineEdit* m_b2KeyId = nullptr;
    QLineEdit* m_b2Key = nullptr;
    QLineEdit* m_b2Bucket = nullptr;
    QSpinBox* m_minAge;
    QLabel* m_minAgeLabel;
    DialogErrorLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};
