#pragma once

#include "ApiError.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class TlsService;

// TLS Certificates → "Make a CSR": a certificate signing request for one of the box's domains, made by the box with
// its private key (POST /ssl/csr/<domain>), to give to a certificate provider. The country comes from upstream's
// list, the common countries first; the request is shown as PEM with Copy and Save. "Install the certificate…"
// goes on to the install dialog for the same domain once the provider has issued it.
class CsrDialog : public QDialog
{
    Q_OBJECT

public:
    CsrDialog(TlsService* service, QWidget* parent = nullptr);

    // The domains the box can hold certificates for; `current` is chosen (the first if empty). Clears the request.
    void setDomains(const QStringList& domains, const QString& current);
    QString domain() const;
    QString countryCode() const;
    bool selectCountry(const QString& code); // false if the list has no such code
    QString csr() const;
    QString message() const;
    bool isBusy() const;

    void makeCsr();
    void saveCsr(const QString& path);

signals:
    void csrShown(const QString& domain);
    void saved(bool ok, const QString& message);
    void installRequested(const QString& domain);

private:
    void fillCountries();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    void chooseSaveFile();

    QPointer<TlsService> m_service;
    QComboBox* m_domainCombo;
    QComboBox* m_countryCombo;
    QPushButton* m_makeButton;
    QPlainTextEdit* m_csrEdit;
    QPushButton* m_copyButton;
    QPushButton* m_saveButton;
    QPushButton* m_installButton;
    QLabel* m_messageLabel;
};
