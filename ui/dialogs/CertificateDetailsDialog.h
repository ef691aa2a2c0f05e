#pragma once

#include "TlsCertificates.h"
#include "TlsService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

// TLS Certificates → "Details" of a row: subject, names (SANs), issuer, validity, SHA-256 fingerprint of the
// certificate and of each certificate of its chain. The box's status does not include the certificate itself, so
// the full details are shown for a certificate installed from here (its text is known); for the others the dialog
// shows what the box reports and says so, and any certificate file can be opened to see its details.
class CertificateDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDetailsDialog(QWidget* parent = nullptr);

    // `primary`: the domain is the box's PRIMARY_HOSTNAME (its services use ssl_certificate.pem).
    void setDomain(const TlsDomainStatus& status, const TlsKnownCertificate& known, bool primary);
    // Shows the certificates of a PEM text (e.g. a file the user opened); false if it holds none.
    bool showPem(const QByteArray& pem, const QString& origin);
    bool openFile(const QString& path);

    QString explanation() const;
    QString detailsText() const; // the details as plain text
    QList<CertificateDetails> certificates() const { return m_certificates; }

private:
    void chooseFile();
    void render();

    TlsDomainStatus m_status;
    QString m_origin;
    QList<CertificateDetails> m_certificates;
    QLabel* m_explanation;
    QTextBrowser* m_details;
    QPushButton* m_openButton;
    QPushButton* m_copyButton;
};
