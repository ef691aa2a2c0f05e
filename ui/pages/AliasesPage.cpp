#include "AliasesPage.h"

#include "AliasesJob.h"
#include "AliasesModel.h"
#include "ApiClient.h"
#include "CsvTransfer.h"
#include "ImportPlan.h"
#include "ListPageActions.h"
#include "TextJob.h"
#include "dialogs/AliasDialog.h"
#include "dialogs/ImportDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

AliasesPage::AliasesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AliasesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_statusLabel(new QLabel(this))
    , m_dialog(new AliasDialog(this))
    , m_importDialog(new ImportDialog(this))
    , m_csv(new CsvTransfer(
          ImportPlan::Kind::Aliases, [this] { return ImportPlan::aliasesCsv(m_model->aliases()); }, m_importDialog,
          {tr("Export aliases"), tr("Import aliases"), tr("Exported the aliases to %1."),
           QStringLiteral("aliases.csv")},
          this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(AliasesModel::AddressColumn);
    m_proxy->setFilterRole(AliasesModel::FilterTextRole); // address, targets and senders
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("aliasesTreeView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AliasesModel::AddressColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(AliasesModel::AddressColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(AliasesModel::AddressColumn, 260);
    m_view->header()->resizeSection(AliasesModel::ForwardsToColumn, 260);

    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by alias, target or sender…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_dialog->setObjectName(QStringLiteral("AliasDialog"));
    m_importDialog->setObjectName(QStringLiteral("AliasesImportDialog"));

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("aliasesToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addAction =
        ListPageActions::makeAction(this, tr("&Add alias…"), QStringLiteral("addAliasAction"), QKeySequence::New);
    m_editAction = ListPageActions::makeAction(this, tr("&Edit…"), QStringLiteral("editAliasAction"), Qt::Key_F2);
    m_removeAction =
        ListPageActions::makeAction(this, tr("&Remove…"), QStringLiteral("removeAliasAction"), QKeySequence::Delete);
    m_copyAction =
        ListPageActions::makeAction(this, tr("&Copy address"), QStringLiteral("copyAddressAction"), QKeySequence::Copy);
    m_exportAction = ListPageActions::makeAction(this, tr("&Export CSV…"), QStringLiteral("exportCsvAction"), {});
    m_importAction = ListPageActions::makeAction(this, tr("&Import CSV…"), QStringLiteral("importCsvAction"), {});
    m_findAction = ListPageActions::makeAction(this, tr("&Find"), QStringLiteral("findAction"), QKeySequence::Find);
    toolBar->addActions({m_addAction, m_editAction, m_removeAction});
    toolBar->addSeparator();
    toolBar->addActions({m_exportAction, m_importAction});

    auto* explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    explanation->setText(
        tr("An alias forwards mail sent to its address to one or more other addresses. A <b>catch-all</b> "
           "(@domain → addresses) receives mail for every address at the domain that has no user or alias of its "
           "own. A <b>domain alias</b> (@domain → @other-domain) forwards every name at the domain to the same name "
           "at the other domain. <b>Permitted senders</b> may send mail as the alias; with none set, the forward "
           "targets may. Aliases marked <i>automatic</i> are required by the box (postmaster@, abuse@ …) and are "
           "managed by it; they cannot be edited or removed here."));

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Aliases")), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(toolBar);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    ListPageActions::connectFilter(m_filterEdit, m_proxy, m_view, m_findAction);
    connect(m_refreshButton, &QPushButton::clicked, this, &AliasesPage::refresh);
    connect(m_addAction, &QAction::triggered, this, &AliasesPage::addAlias);
    connect(m_editAction, &QAction::triggered, this, &AliasesPage::editAlias);
    connect(m_removeAction, &QAction::triggered, this, &AliasesPage::removeAlias);
    connect(m_copyAction, &QAction::triggered, this, &AliasesPage::copyAddress);
    connect(m_exportAction, &QAction::triggered, m_csv, &CsvTransfer::chooseExportFile);
    connect(m_importAction, &QAction::triggered, m_csv, &CsvTransfer::chooseImportFile);
    connect(m_csv, &CsvTransfer::statusChanged, this, &AliasesPage::showStatus);
    connect(m_view, &QTreeView::doubleClicked, this, &AliasesPage::editAlias);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &AliasesPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AliasesPage::updateActions);
    connect(m_dialog, &AliasDialog::submitted, this, &AliasesPage::onDialogSubmitted);
    connect(m_importDialog, &ImportDialog::importFinished, this, [this](int applied) {
        if (applied > 0) {
            refresh();
        }
    });
    updateActions();
}

AliasesPage::~AliasesPage()
{
    for (ApiJob* job : {static_cast<ApiJob*>(m_job.data()), static_cast<ApiJob*>(m_changeJob.data())}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void AliasesPage::setClient(ApiClient* client)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    if (m_client != client) {
        m_model->clear();
    }
    m_client = client;
    m_csv->setClient(client);
    updateActions();
}

QString AliasesPage::statusText() const
{
    return m_statusLabel->text();
}

void AliasesPage::showStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

bool AliasesPage::isCurrentEditable() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && !current.data(AliasesModel::IsGroupRole).toBool() &&
           !current.data(AliasesModel::IsAutomaticRole).toBool();
}

void AliasesPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool alias = current.isValid() && !current.data(AliasesModel::IsGroupRole).toBool();
    const bool idle = m_client && !m_changeJob;
    m_addAction->setEnabled(idle);
    m_editAction->setEnabled(idle && isCurrentEditable());
    m_removeAction->setEnabled(idle && isCurrentEditable());
    m_copyAction->setEnabled(alias);
    m_exportAction->setEnabled(m_model->aliasCount() > 0);
    m_importAction->setEnabled(idle);
}

bool AliasesPage::selectAlias(const QString& address)
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex source = m_model->index(r, 0, group);
            if (source.data(AliasesModel::AddressRole).toString() != address) {
                continue;
            }
            QModelIndex proxyIndex = m_proxy->mapFromSource(source);
            if (!proxyIndex.isValid()) {
                m_filterEdit->clear();
                proxyIndex = m_proxy->mapFromSource(source);
            }
            m_view->setCurrentIndex(proxyIndex);
            m_view->scrollTo(proxyIndex);
            updateActions();
            return true;
        }
    }
    return false;
}

void AliasesPage::refresh()
{
    if (!m_client || m_job) {
        return;
    }
    m_job = MailApi::fetchAliases(m_client);
    m_refreshButton->setEnabled(false);
    showStatus(tr("Loading aliases…"));
    connect(m_job, &AliasesJob::finished, this, [this](const MailAliasList& domains) {
        m_job = nullptr;
        m_refreshButton->setEnabled(true);
        m_model->setAliases(domains);
        m_view->expandAll();
        showStatus(tr("%n alias(es)", nullptr, m_model->aliasCount()));
        updateActions();
        emit aliasesLoaded(m_model->aliasCount());
    });
    connect(m_job, &AliasesJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        m_refreshButton->setEnabled(true);
        if (error.kind != ApiError::Kind::Cancelled) {
            showStatus(tr("The aliases could not be loaded: %1").arg(error.message));
        }
    });
}

void AliasesPage::addAlias()
{
    if (!m_addAction->isEnabled()) {
        return;
    }
    m_dialog->prepareNew();
    m_dialog->open();
}

void AliasesPage::editAlias()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(AliasesModel::IsGroupRole).toBool()) {
        return;
    }
    if (current.data(AliasesModel::IsAutomaticRole).toBool()) {
        showStatus(tr("%1 is an automatic alias the box requires; it cannot be edited.")
                       .arg(current.siblingAtColumn(AliasesModel::AddressColumn).data().toString()));
        return;
    }
    if (!m_editAction->isEnabled()) {
        return;
    }
    MailAlias alias;
    alias.address = current.data(AliasesModel::AddressRole).toString();
    alias.addressDisplay = current.siblingAtColumn(AliasesModel::AddressColumn).data().toString();
    alias.forwardsTo = current.data(AliasesModel::ForwardsToRole).toStringList();
    alias.permittedSenders = current.data(AliasesModel::PermittedSendersRole).toStringList();
    m_dialog->prepareEdit(alias);
    m_dialog->open();
}

void AliasesPage::onDialogSubmitted()
{
    if (!m_client || m_changeJob) {
        m_dialog->setBusy(false);
        return;
    }
    MailAlias alias;
    alias.address = m_dialog->address();
    alias.addressDisplay = alias.address;
    alias.forwardsTo = m_dialog->forwardsTo();
    alias.permittedSenders = m_dialog->permittedSenders();
    const bool editing = m_dialog->isEditing();
    m_changeJob =
        MailApi::send(m_client, MailApi::addAlias(alias.address, alias.forwardsTo, alias.permittedSenders, editing));
    updateActions();
    connect(m_changeJob, &TextJob::finished, this, [this, alias, editing](const QString&) {
        m_changeJob = nullptr;
        MailAlias stored = alias;
        if (!editing) {
            stored.address = alias.address.toLower(); // the box stores new addresses lower-cased
            stored.addressDisplay = stored.address;
        }
        m_model->upsertAlias(stored);
        m_dialog->succeeded();
        selectAlias(stored.address);
        showStatus(editing ? tr("Updated %1.").arg(stored.address) : tr("Added %1.").arg(stored.address));
        emit changeFinished(true, stored.address);
    });
    connect(m_changeJob, &TextJob::failed, this, [this](const ApiError& error) {
        m_changeJob = nullptr;
        updateActions();
        m_dialog->setBusy(false);
        const auto field = error.kind == ApiError::Kind::Http ? MailValidation::fieldForServerMessage(error.serverText)
                                                              : MailValidation::Field::None;
        m_dialog->showFieldError(field, error.kind == ApiError::Kind::Http ? error.serverText : error.message);
        emit changeFinished(false, error.message);
    });
}

void AliasesPage::removeAlias()
{
    if (!isCurrentEditable() || !m_removeAction->isEnabled()) {
        return;
    }
    const QString address = m_view->currentIndex().data(AliasesModel::AddressRole).toString();
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Remove alias"), tr("Remove the alias %1?").arg(address),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("removeConfirmation"));
    m_confirmation->setInformativeText(tr("Mail to this address will no longer be forwarded. Mailboxes are not "
                                          "affected."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirmation, &QMessageBox::finished, this, [this, address](int result) {
        m_confirmation->deleteLater();
        if (result != QMessageBox::Yes || !m_client || m_changeJob) {
            return;
        }
        m_changeJob = MailApi::send(m_client, MailApi::removeAlias(address));
        updateActions();
        connect(m_changeJob, &TextJob::finished, this, [this, address](const QString&) {
            m_changeJob = nullptr;
            m_model->removeAlias(address);
            updateActions();
            showStatus(tr("Removed %1.").arg(address));
            emit changeFinished(true, address);
        });
        connect(m_changeJob, &TextJob::failed, this, [this, address](const ApiError& error) {
            m_changeJob = nullptr;
            updateActions();
            showStatus(tr("%1 could not be removed: %2").arg(address, error.message));
            emit changeFinished(false, error.message);
        });
    });
    m_confirmation->open();
}

void AliasesPage::copyAddress()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(AliasesModel::IsGroupRole).toBool()) {
        return;
    }
    showStatus(
        ListPageActions::copyToClipboard(current.siblingAtColumn(AliasesModel::AddressColumn).data().toString()));
}

bool AliasesPage::exportCsv(const QString& path, QString* error)
{
    return m_csv->exportCsv(path, error);
}

void AliasesPage::importCsv(const QString& path)
{
    m_csv->importCsv(path);
}

void AliasesPage::showContextMenu(const QPoint& pos)
{
    ListPageActions::popupContextMenu(this, m_view, pos, QStringLiteral("aliasesContextMenu"),
                                      {m_copyAction, m_editAction, m_removeAction, nullptr, m_addAction},
                                      [this] { updateActions(); });
}
