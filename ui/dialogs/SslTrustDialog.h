#pragma once

#include <QDialog>
#include <QList>
#include <QScopedPointer>
#include <QSslCertificate>
#include <QSslError>

namespace Ui {
class SslTrustDialog;
}

// Shows a certificate the system does not trust (subject, issuer, validity, SHA-256 fingerprint, problems).
// OK stays disabled until "I trust this certificate" is ticked. Open it with open(); on accept the owner pins
// fingerprint() for host() and retries.
class SslTrustDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SslTrustDialog(QWidget* parent = nullptr);
    ~SslTrustDialog() override;

    void setCertificate(const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    QString host() const { return m_host; }
    QString fingerprint() const { return m_fingerprint; }
    bool isTrustConfirmed() const;

private:
    void updateButtons();

    QScopedPointer<Ui::SslTrustDialog> m_ui;
    QString m_host;
    QString m_fingerprint;
};
