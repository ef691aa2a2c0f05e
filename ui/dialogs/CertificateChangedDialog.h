#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CertificateChangedDialog;
}

// The loud warning for a pinned box whose certificate changed. The connection was already refused; accepting
// (only possible after ticking the confirmation) means "re-pin the new fingerprint".
class CertificateChangedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateChangedDialog(QWidget* parent = nullptr);
    ~CertificateChangedDialog() override;

    void setFingerprints(const QString& host, const QString& pinned, const QString& presented);
    QString host() const { return m_host; }
    QString presentedFingerprint() const { return m_presented; }

private:
    void updateButtons();

    QScopedPointer<Ui::CertificateChangedDialog> m_ui;
    QString m_host;
    QString m_presented;
};
