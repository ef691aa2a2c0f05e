#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "TlsCertificates.h"

class CertificateDetailsDialog;
class CsrDialog;
class InstallCertificateDialog;
class ProvisionDialog;
class TlsService;
class TlsStatusModel;

// System → TLS (SSL) Certificates: every domain the box serves with its certificate's state, expiry and (where
// known) which certificate it is; "Provision" asks the box for Let's Encrypt certificates and shows each domain's
// result; "Make a CSR" and "Install certificate" handle a certificate from another provider; "Details" shows a
// row's certificate. Talks to the box only through TlsService.
class TlsPage : public ListPage
{
    Q_OBJECT

public:
    explicit TlsPage(QWidget* parent = nullptr);
    ~TlsPage() override;

    void refresh() override;
    bool isBusy() const override;

    // The box's PRIMARY_HOSTNAME (as the agent reports it, else the name the app connects to), or empty.
    void setPrimaryHostname(const QString& hostname);

    TlsStatusModel* model() const { return m_model; }
    TlsService* service() const { return m_service; }
    CsrDialog* csrDialog() const { return m_csrDialog; }
    InstallCertificateDialog* installDialog() const { return m_installDialog; }
    ProvisionDialog* provisionDialog() const { return m_provisionDialog; }
    CertificateDetailsDialog* detailsDialog() const { return m_detailsDialog; }
    QString currentDomain() const;
    bool selectDomain(const QString& domain);

    void showDetails();
    void makeCsr();
    void installCertificate(); // for the current row's domain
    void provision();

signals:
    void statusLoaded(int domains);
    void certificateInstalled(const QString& domain);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    QStringList installableDomains() const;
    void openInstall(const QString& domain);

    TlsService* m_service;
    TlsStatusModel* m_model;
    QString m_primary;
    QString m_selectAfterLoad;
    QString m_notice; // the outcome of the last action, shown with the next status
    CsrDialog* m_csrDialog;
    InstallCertificateDialog* m_installDialog;
    ProvisionDialog* m_provisionDialog;
    CertificateDetailsDialog* m_detailsDialog;
    QAction* m_detailsAction;
    QAction* m_installAction;
    QAction* m_csrAction;
    QAction* m_provisionAction;
    QAction* m_copyAction;
};
