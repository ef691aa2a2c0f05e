#pragma once

#include "TlsCertificates.h"
#include "TlsService.h"

#include <QAbstractTableModel>
#include <QHash>

// The TLS page's table: one row per domain of GET /ssl/status, in the box's order — the domain, its state in a
// word, when its certificate expires, which certificate it is (where known: see TlsKnownCertificate, and the
// primary hostname's ssl_certificate.pem) and the box's sentence as sent.
class TlsStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DomainColumn, StateColumn, ExpiresColumn, CertificateColumn, TextColumn, ColumnCount };
    enum Role {
        FilterTextRole = Qt::UserRole + 1, // lower-case domain, state and text
        DomainRole, // the ASCII domain
        StateRole, // TlsDomainStatus::State as int
        SortRole,
    };

    explicit TlsStatusModel(QObject* parent = nullptr);

    // Rows are updated in place when the domains are the same as before, else the model is reset.
    void setStatus(const TlsStatus& status);
    // What is known of each domain's certificate (by lower-case domain).
    void setKnownCertificates(const QHash<QString, TlsKnownCertificate>& known);
    // The box's PRIMARY_HOSTNAME: its services always use ssl/ssl_certificate.pem (domain.md §9.4).
    void setPrimaryHostname(const QString& hostname);
    void clear();

    const TlsStatus& status() const { return m_status; }
    TlsDomainStatus domainStatus(int row) const { return m_status.domains.value(row); }
    int rowOf(const QString& domain) const;
    TlsKnownCertificate knownCertificate(const QString& domain) const { return m_known.value(domain.toLower()); }
    // The Certificate column's text for `row`.
    QString certificateText(int row) const;
    static QString stateText(TlsDomainStatus::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString filterText(int row) const;

    TlsStatus m_status;
    QHash<QString, TlsKnownCertificate> m_known;
    QString m_primary;
    QStringList m_filterTexts;
};
