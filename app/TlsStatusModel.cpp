#include "TlsStatusModel.h"

#include "DnsRecords.h"

#include <QFileInfo>
#include <QLocale>

#include <limits>

TlsStatusModel::TlsStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString TlsStatusModel::stateText(TlsDomainStatus::State state)
{
    switch (state) {
    case TlsDomainStatus::State::Valid:
        return tr("Signed & valid");
    case TlsDomainStatus::State::SelfSigned:
        return tr("Self-signed");
    case TlsDomainStatus::State::Problem:
        return tr("Problem");
    case TlsDomainStatus::State::Missing:
        return tr("No certificate");
    case TlsDomainStatus::State::NotApplicable:
        return tr("Hosted elsewhere");
    case TlsDomainStatus::State::Unknown:
        break;
    }
    return tr("Unknown");
}

void TlsStatusModel::setStatus(const TlsStatus& status)
{
    bool sameRows = status.domains.size() == m_status.domains.size();
    for (int i = 0; sameRows && i < status.domains.size(); ++i)
        sameRows = status.domains.at(i).domain == m_status.domains.at(i).domain;
    if (!sameRows)
        beginResetModel();
    m_status = status;
    m_filterTexts.clear();
    for (int row = 0; row < m_status.domains.size(); ++row)
        m_filterTexts.append(filterText(row));
    if (!sameRows) {
        endResetModel();
    } else if (!m_status.domains.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void TlsStatusModel::setKnownCertificates(const QHash<QString, TlsKnownCertificate>& known)
{
    m_known = known;
    if (!m_status.domains.isEmpty())
        emit dataChanged(index(0, CertificateColumn), index(rowCount() - 1, CertificateColumn));
}

void TlsStatusModel::setPrimaryHostname(const QString& hostname)
{
    m_primary = hostname.toLower();
    if (!m_status.domains.isEmpty())
        emit dataChanged(index(0, CertificateColumn), index(rowCount() - 1, CertificateColumn));
}

void TlsStatusModel::clear()
{
    beginResetModel();
    m_status = TlsStatus();
    m_known.clear();
    m_filterTexts.clear();
    endResetModel();
}

int TlsStatusModel::rowOf(const QString& domain) const
{
    for (int row = 0; row < m_status.domains.size(); ++row) {
        if (m_status.domains.at(row).domain.compare(domain, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString TlsStatusModel::certificateText(int row) const
{
    const TlsDomainStatus d = m_status.domains.value(row);
    if (d.state == TlsDomainStatus::State::NotApplicable || d.state == TlsDomainStatus::State::Missing)
        return QString();
    const TlsKnownCertificate known = m_known.value(d.domain.toLower());
    if (!known.pem.isEmpty()) {
        const QList<CertificateDetails> chain = CertificateDetails::fromPem(known.pem);
        if (!chain.isEmpty()) {
            const CertificateDetails& c = chain.constFirst();
            return tr("Installed from here: %1, issued by %2")
                .arg(c.commonName, c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName);
        }
    }
    if (!known.file.isEmpty())
        return QFileInfo(known.file).fileName();
    if (!m_primary.isEmpty() && d.domain.toLower() == m_primary)
        return QStringLiteral("ssl_certificate.pem");
    return QString();
}

QString TlsStatusModel::filterText(int row) const
{
    const TlsDomainStatus& d = m_status.domains.at(row);
    return QStringList{DnsRecords::displayName(d.domain), d.domain, stateText(d.state), d.text}
        .join(QLatin1Char(' '))
        .toLower();
}

int TlsStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_status.domains.size());
}

int TlsStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TlsStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_status.domains.size())
        return {};
    const TlsDomainStatus& d = m_status.domains.at(index.row());
    switch (role) {
    case FilterTextRole:
        return m_filterTexts.value(index.row());
    case DomainRole:
        return d.domain;
    case StateRole:
        return int(d.state);
    case SortRole:
        switch (index.column()) {
        case DomainColumn:
            return index.row(); // the box's order
        case StateColumn:
            return int(d.state);
        case ExpiresColumn:
            return d.expires.isValid() ? d.expires.toJulianDay() : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DomainColumn:
            return DnsRecords::displayName(d.domain);
        case StateColumn:
            return stateText(d.state);
        case ExpiresColumn:
            if (!d.expires.isValid())
                return QString();
            return tr("%1 (in %n day(s))", nullptr, d.daysLeft)
                .arg(QLocale().toString(d.expires, QLocale::ShortFormat));
        case CertificateColumn:
            return certificateText(index.row());
        case TextColumn:
            return d.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CertificateColumn: {
            const QString text = certificateText(index.row());
            if (!text.isEmpty())
                return text;
            if (d.state == TlsDomainStatus::State::Missing || d.state == TlsDomainStatus::State::NotApplicable)
                return QString();
            return tr("The box's status does not say which certificate file this is. Provisioning names the files "
                      "of valid certificates; a certificate installed from here is shown with its details.");
        }
        case TextColumn:
            return d.text;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant TlsStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("State");
    case ExpiresColumn:
        return tr("Expires");
    case CertificateColumn:
        return tr("Certificate");
    case TextColumn:
        return tr("What the box says");
    default:
        return {};
    }
}
