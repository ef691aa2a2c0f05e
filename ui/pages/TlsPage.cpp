#include "TlsPage.h"

#include "ApiClient.h"
#include "DnsRecords.h"
#include "Icons.h"
#include "ListFilterProxyModel.h"
#include "TlsService.h"
#include "TlsStatusModel.h"
#include "dialogs/CertificateDetailsDialog.h"
#include "dialogs/CsrDialog.h"
#include "dialogs/InstallCertificateDialog.h"
#include "dialogs/ProvisionDialog.h"

#include <QAction>
#include <QColor>
#include <QHeaderView>
#include <QTreeView>

namespace {

// The filter proxy of the page, which also colours the State column by the box's class (as the web panel does)
// and gives it an icon, so the state does not rest on colour alone.
class TlsProxyModel : public ListFilterProxyModel
{
public:
    TlsProxyModel()
        : ListFilterProxyModel(TlsStatusModel::FilterTextRole)
    { }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() == TlsStatusModel::StateColumn &&
            (role == Qt::ForegroundRole || role == Qt::DecorationRole)) {
            const auto state = TlsDomainStatus::State(index.data(TlsStatusModel::StateRole).toInt());
            if (role == Qt::DecorationRole) {
                switch (state) {
                case TlsDomainStatus::State::Valid:
                    return Icons::themed(QStringLiteral("security-high"));
                case TlsDomainStatus::State::SelfSigned:
                    return Icons::themed(QStringLiteral("dialog-warning"));
                case TlsDomainStatus::State::Problem:
                case TlsDomainStatus::State::Missing:
                    return Icons::themed(QStringLiteral("dialog-error"));
                default:
                    return QVariant();
                }
            }
            switch (state) {
            case TlsDomainStatus::State::Valid:
                return QColor(0x1b, 0x5e, 0x20);
            case TlsDomainStatus::State::SelfSigned:
                return QColor(0x8a, 0x6d, 0x00);
            case TlsDomainStatus::State::Problem:
            case TlsDomainStatus::State::Missing:
                return QColor(0xb0, 0x00, 0x20);
            default:
                return QVariant();
            }
        }
        return ListFilterProxyModel::data(index, role);
    }
};

} // namespace

TlsPage::TlsPage(QWidget* parent)
    : ListPage(tr("TLS (SSL) Certificates"), QStringLiteral("tls"), new TlsStatusModel, new TlsProxyModel, parent)
    , m_service(new TlsService(this))
    , m_model(static_cast<TlsStatusModel*>(proxy()->sourceModel()))
    , m_csrDialog(new CsrDialog(m_service, this))
    , m_installDialog(new InstallCertificateDialog(m_service, this))
    , m_provisionDialog(new ProvisionDialog(m_service, this))
    , m_detailsDialog(new CertificateDetailsDialog(this))
{
    proxy()->setSortRole(TlsStatusModel::SortRole);
    view()->setRootIsDecorated(false);
    view()->sortByColumn(TlsStatusModel::DomainColumn, Qt::AscendingOrder); // the box's order
    QHeaderView* header = view()->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TlsStatusModel::DomainColumn, 230);
    header->resizeSection(TlsStatusModel::StateColumn, 150);
    header->resizeSection(TlsStatusModel::ExpiresColumn, 170);
    header->resizeSection(TlsStatusModel::CertificateColumn, 220);
    header->setStretchLastSection(true);

    m_detailsAction = makeAction(tr("&Details…"), QStringLiteral("certificateDetailsAction"),
                                 QStringLiteral("dialog-information"), Key::Edit);
    m_installAction = makeAction(tr("&Install certificate…"), QStringLiteral("installCertificateAction"),
                                 QStringLiteral("document-open"), Key::New);
    m_csrAction = makeAction(tr("Make a &CSR…"), QStringLiteral("makeCsrAction"), QStringLiteral("document-new"));
    m_provisionAction =
        makeAction(tr("&Provision certificates…"), QStringLiteral("provisionAction"), QStringLiteral("security-high"));
    m_copyAction = makeAction(tr("&Copy the box's text"), QStringLiteral("copyStatusTextAction"),
                              QStringLiteral("edit-copy"), Key::Copy);
    setToolBarActions({m_provisionAction, nullptr, m_detailsAction, m_csrAction, m_installAction});
    setContextMenuActions({m_detailsAction, m_copyAction, nullptr, m_csrAction, m_installAction});
    setFilterPlaceholder(tr("Filter by domain, state or text…"));
    setEmptyTexts(tr("The box serves no domains."), tr("No domains match “%1”."));
    setExplanation(tr("A TLS (formerly SSL) certificate proves to anyone connecting to a domain that the connection "
                      "is with its owner. The box needs one for its own name and for every domain it serves a "
                      "website for. Certificates from Let's Encrypt are provisioned with “Provision certificates” "
                      "and renewed by the box 14 days before they expire; for another provider, make a CSR and "
                      "install the certificate the provider issues."));

    connect(m_detailsAction, &QAction::triggered, this, &TlsPage::showDetails);
    connect(m_installAction, &QAction::triggered, this, &TlsPage::installCertificate);
    connect(m_csrAction, &QAction::triggered, this, &TlsPage::makeCsr);
    connect(m_provisionAction, &QAction::triggered, this, &TlsPage::provision);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid())
            showCopied(m_model->domainStatus(current.row()).text);
    });
    // Rows have no children: a double click or Return on a row opens its details.
    connect(view(), &QTreeView::activated, this, [this] { showDetails(); });
    connect(m_csrDialog, &CsrDialog::installRequested, this, [this](const QString& domain) {
        m_csrDialog->close();
        openInstall(domain);
    });
    connect(m_installDialog, &InstallCertificateDialog::installed, this,
            [this](const QString& domain, const QStringList& log) {
                m_notice = log.isEmpty()
                               ? tr("The certificate for %1 was installed.").arg(DnsRecords::displayName(domain))
                               : tr("The certificate for %1 was installed. The box: %2")
                                     .arg(DnsRecords::displayName(domain), log.join(QStringLiteral("; ")));
                showStatus(m_notice);
                m_model->setKnownCertificates(m_service->knownCertificates());
                m_selectAfterLoad = domain;
                m_service->fetchStatus();
                emit certificateInstalled(domain);
            });
    connect(m_provisionDialog, &ProvisionDialog::finishedProvisioning, this, [this] {
        m_model->setKnownCertificates(m_service->knownCertificates());
        m_service->fetchStatus();
    });

    connect(m_service, &TlsService::busyChanged, this, [this](TlsService::Call call, bool busy) {
        if (call == TlsService::Call::Status)
            setLoading(busy, !busy                 ? QString()
                             : !m_notice.isEmpty() ? m_notice
                                                   : tr("Loading the certificates' status…"));
        updateActions();
    });
    connect(m_service, &TlsService::statusLoaded, this, [this](const TlsStatus& status) {
        const QString keep = m_selectAfterLoad.isEmpty() ? currentDomain() : m_selectAfterLoad;
        m_selectAfterLoad.clear();
        m_model->setStatus(status);
        m_model->setKnownCertificates(m_service->knownCertificates());
        int valid = 0;
        for (const TlsDomainStatus& d : status.domains)
            valid += d.state == TlsDomainStatus::State::Valid ? 1 : 0;
        // What was just done stays above the counts.
        const QString notice = m_notice.isEmpty() ? QString() : m_notice + QLatin1Char('\n');
        m_notice.clear();
        showStatus(notice + tr("%n domain(s)", nullptr, int(status.domains.size())) + QStringLiteral(", ") +
                   tr("%n with a valid certificate", nullptr, valid) +
                   (status.canProvision.isEmpty() ? QString()
                                                  : QStringLiteral(", ") + tr("%n can get one automatically", nullptr,
                                                                              int(status.canProvision.size()))));
        if (!keep.isEmpty())
            selectDomain(keep);
        if (m_provisionDialog->isVisible())
            m_provisionDialog->setCandidates(status.canProvision);
        updateActions();
        emit statusLoaded(int(status.domains.size()));
    });
    connect(m_service, &TlsService::failed, this, [this](TlsService::Call call, const ApiError& error) {
        if (call == TlsService::Call::Status && error.kind != ApiError::Kind::Cancelled)
            showStatus(tr("The certificates' status could not be loaded: %1").arg(error.message));
    });
    updateActions();
}

TlsPage::~TlsPage() = default;

void TlsPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    for (QDialog* dialog :
         std::initializer_list<QDialog*>{m_csrDialog, m_installDialog, m_provisionDialog, m_detailsDialog}) {
        dialog->close();
    }
}

void TlsPage::setPrimaryHostname(const QString& hostname)
{
    m_primary = hostname;
    m_model->setPrimaryHostname(hostname);
}

bool TlsPage::isBusy() const
{
    return m_service->isBusy(TlsService::Call::Status);
}

void TlsPage::refresh()
{
    m_service->fetchStatus();
}

QString TlsPage::currentDomain() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(TlsStatusModel::DomainRole).toString() : QString();
}

bool TlsPage::selectDomain(const QString& domain)
{
    const int row = m_model->rowOf(domain);
    return row >= 0 && selectIndex(m_model->index(row, 0));
}

void TlsPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool row = current.isValid();
    const bool installable =
        row && m_model->domainStatus(current.row()).canInstall() && !m_service->isBusy(TlsService::Call::Install);
    const bool hasDomains = !installableDomains().isEmpty();
    m_detailsAction->setEnabled(row);
    m_copyAction->setEnabled(row);
    m_installAction->setEnabled(client() && hasDomains && (installable || !row));
    m_csrAction->setEnabled(client() && hasDomains);
    m_provisionAction->setEnabled(client() && !m_service->isBusy(TlsService::Call::Provision));
    m_provisionAction->setText(m_service->isBusy(TlsService::Call::Provision) ? tr("&Provisioning…")
                                                                              : tr("&Provision certificates…"));
}

QStringList TlsPage::installableDomains() const
{
    QStringList out;
    for (const TlsDomainStatus& d : m_model->status().domains) {
        if (d.canInstall())
            out.append(d.domain);
    }
    return out;
}

void TlsPage::showDetails()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const TlsDomainStatus status = m_model->domainStatus(current.row());
    m_detailsDialog->setDomain(status, m_model->knownCertificate(status.domain),
                               !m_primary.isEmpty() && status.domain.compare(m_primary, Qt::CaseInsensitive) == 0);
    m_detailsDialog->open();
}

void TlsPage::makeCsr()
{
    if (!client())
        return;
    m_csrDialog->setDomains(installableDomains(), currentDomain());
    m_csrDialog->open();
}

void TlsPage::installCertificate()
{
    openInstall(currentDomain());
}

void TlsPage::openInstall(const QString& domain)
{
    if (!client())
        return;
    m_installDialog->setDomains(installableDomains(), domain);
    m_installDialog->open();
}

void TlsPage::provision()
{
    if (!client())
        return;
    m_provisionDialog->setCandidates(m_model->status().canProvision);
    m_provisionDialog->clearResults();
    m_provisionDialog->open();
}
