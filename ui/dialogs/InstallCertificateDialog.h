#pragma once

#include "ApiError.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class TlsService;

// TLS Certificates → "Install certificate": the certificate a provider issued (for the box's CSR) and its
// intermediate chain, pasted or read from files, for one domain (POST /ssl/install). What the text holds is shown
// as it is typed (names, issuer, validity), read here; the box checks it against its private key and the CA store,
// and a refusal is shown exactly as the box words it, with nothing changed on the box. On success the dialog closes
// and installed() carries the box's log.
class InstallCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    InstallCertificateDialog(TlsService* service, QWidget* parent = nullptr);

    void setDomains(const QStringList& domains, const QString& current); // clears the texts and the message
    QString domain() const;
    QPlainTextEdit* certificateEdit() const { return m_certificateEdit; }
    QPlainTextEdit* chainEdit() const { return m_chainEdit; }
    QString summary() const; // what the certificate text holds, in words
    QString message() const; // the box's refusal (as it is) or another problem
    bool isBusy() const;

    void install();
    // A certificate file: its first certificate goes to the certificate, the others (a full chain) to the chain
    // when that is empty. False (with a message) if the file cannot be read or holds no certificate.
    bool loadCertificateFile(const QString& path);
    bool loadChainFile(const QString& path);

signals:
    void installed(const QString& domain, const QStringList& log);
    void refused(const QString& domain, const QString& boxText);

private:
    void chooseFile(bool chain);
    bool readFile(const QString& path, QByteArray* out);
    void updateSummary();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);

    QPointer<TlsService> m_service;
    QComboBox* m_domainCombo;
    QPlainTextEdit* m_certificateEdit;
    QPushButton* m_chooseCertificateButton;
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_chainEdit;
    QPushButton* m_chooseChainButton;
    QLabel* m_messageLabel;
    QPushButton* m_installButton;
    QString m_pendingDomain;
};
