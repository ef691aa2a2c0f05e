#include "AliasesPage.h"

#include "AliasesModel.h"
#include "ApiGuidePage.h"
#include "CsvTransfer.h"
#include "ImportPlan.h"
#include "ListFilterProxyModel.h"
#include "MailApiGuide.h"
#include "dialogs/AliasDialog.h"
#include "dialogs/ImportDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QTreeView>

AliasesPage::AliasesPage(QWidget* parent)
    : ListPage(tr("Aliases"), QStringLiteral("aliases"), new AliasesModel,
               new ListFilterProxyModel(AliasesModel::FilterTextRole), parent)
    , m_service(new MailService(this))
    , m_model(static_cast<AliasesModel*>(proxy()->sourceModel()))
    , m_dialog(new AliasDialog(this))
    , m_importDialog(new ImportDialog(this))
    , m_csv(new CsvTransfer(
          ImportPlan::Kind::Aliases, [this] { return ImportPlan::aliasesCsv(m_model->aliases()); }, m_importDialog,
          {tr("Export aliases"), tr("Import aliases"), tr("Exported the aliases to %1."),
           QStringLiteral("aliases.csv")},
          this))
{
    view()->header()->setSectionResizeMode(AliasesModel::AddressColumn, QHeaderView::Interactive);
    view()->header()->resizeSection(AliasesModel::AddressColumn, 260);
    view()->header()->resizeSection(AliasesModel::ForwardsToColumn, 260);
    view()->header()->setStretchLastSection(true);
    m_dialog->setObjectName(QStringLiteral("AliasDialog"));
    m_importDialog->setObjectName(QStringLiteral("AliasesImportDialog"));

    m_addAction = makeAction(tr("&Add alias…"), QStringLiteral("addAliasAction"), QStringLiteral("list-add"), Key::New);
    m_editAction =
        makeAction(tr("&Edit…"), QStringLiteral("editAliasAction"), QStringLiteral("document-edit"), Key::Edit);
    m_removeAction =
        makeAction(tr("&Remove…"), QStringLiteral("removeAliasAction"), QStringLiteral("list-remove"), Key::Delete);
    m_copyAction =
        makeAction(tr("&Copy address"), QStringLiteral("copyAddressAction"), QStringLiteral("edit-copy"), Key::Copy);
    m_exportAction =
        makeAction(tr("&Export CSV…"), QStringLiteral("exportCsvAction"), QStringLiteral("document-export"));
    m_importAction =
        makeAction(tr("&Import CSV…"), QStringLiteral("importCsvAction"), QStringLiteral("document-import"));
    setToolBarActions({m_addAction, m_editAction, m_removeAction, nullptr, m_exportAction, m_importAction});
    setContextMenuActions({m_copyAction, m_editAction, m_removeAction, nullptr, m_addAction});
    setActivateAction(m_editAction);
    setFilterPlaceholder(tr("Filter by alias, target or sender…"));
    setEmptyTexts(tr("The box has no aliases yet. Add one with “Add alias…”."), tr("No aliases match “%1”."));
    setExplanation(
        tr("An alias forwards mail sent to its address to one or more other addresses. A <b>catch-all</b> "
           "(@domain → addresses) receives mail for every address at the domain that has no user or alias of its "
           "own. A <b>domain alias</b> (@domain → @other-domain) forwards every name at the domain to the same name "
           "at the other domain. <b>Permitted senders</b> may send mail as the alias; with none set, the forward "
           "targets may. Aliases marked <i>automatic</i> are required by the box (postmaster@, abuse@ …) and are "
           "managed by it; they cannot be edited or removed here."));
    ApiGuidePage* api = MailApiGuide::aliases(this);
    api->setObjectName(QStringLiteral("aliasesApiPage"));
    setApiPage(api);

    connect(m_addAction, &QAction::triggered, this, &AliasesPage::addAlias);
    connect(m_editAction, &QAction::triggered, this, &AliasesPage::editAlias);
    connect(m_removeAction, &QAction::triggered, this, &AliasesPage::removeAlias);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid() && !current.data(AliasesModel::IsGroupRole).toBool()) {
            showCopied(current.siblingAtColumn(AliasesModel::AddressColumn).data().toString());
        }
    });
    connect(m_exportAction, &QAction::triggered, m_csv, &CsvTransfer::chooseExportFile);
    connect(m_importAction, &QAction::triggered, m_csv, &CsvTransfer::chooseImportFile);
    connect(m_csv, &CsvTransfer::statusChanged, this, &AliasesPage::showStatus);
    connect(m_dialog, &AliasDialog::submitted, this, &AliasesPage::onDialogSubmitted);
    connect(m_importDialog, &ImportDialog::importFinished, this, [this](int applied) {
        if (applied > 0) {
            refresh();
        }
    });

    connect(m_service, &MailService::loadingChanged, this,
            [this](bool loading) { setLoading(loading, loading ? tr("Loading aliases…") : QString()); });
    connect(m_service, &MailService::changingChanged, this, &AliasesPage::updateActions);
    connect(m_service, &MailService::aliasesLoaded, this, [this](const MailAliasList& domains) {
        m_model->setAliases(domains);
        showStatus(tr("%n alias(es)", nullptr, m_model->aliasCount()));
        updateActions();
        emit aliasesLoaded(m_model->aliasCount());
    });
    connect(m_service, &MailService::loadFailed, this, [this](const ApiError& error) {
        if (error.kind != ApiError::Kind::Cancelled) {
            showStatus(tr("The aliases could not be loaded: %1").arg(error.message));
        }
    });
    connect(m_service, &MailService::changeFailed, this, &AliasesPage::onChangeFailed);
    connect(m_service, &MailService::aliasSaved, this, [this](const MailAlias& alias, bool replaced) {
        m_model->upsertAlias(alias);
        m_dialog->succeeded();
        selectAlias(alias.address);
        showStatus(replaced ? tr("Updated %1.").arg(alias.address) : tr("Added %1.").arg(alias.address));
        emit changeFinished(true, alias.address);
    });
    connect(m_service, &MailService::aliasRemoved, this, [this](const QString& address) {
        m_model->removeAlias(address);
        const QPersistentModelIndex next = m_afterRemove;
        m_afterRemove = QPersistentModelIndex();
        if (next.isValid()) {
            selectIndex(next);
        }
        updateActions();
        showStatus(tr("Removed %1.").arg(address));
        emit changeFinished(true, address);
    });
    updateActions();
}

AliasesPage::~AliasesPage() = default;

void AliasesPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    m_csv->setClient(client);
}

bool AliasesPage::isBusy() const
{
    return m_service->isLoading();
}

bool AliasesPage::isCurrentEditable() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && !current.data(AliasesModel::IsGroupRole).toBool() &&
           !current.data(AliasesModel::IsAutomaticRole).toBool();
}

void AliasesPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool alias = current.isValid() && !current.data(AliasesModel::IsGroupRole).toBool();
    const bool idle = client() && !m_service->isChanging();
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
            if (source.data(AliasesModel::AddressRole).toString() == address) {
                return selectIndex(source);
            }
        }
    }
    return false;
}

void AliasesPage::refresh()
{
    m_service->fetchAliases();
}

void AliasesPage::onChangeFailed(MailService::Change change, const QString& address, const ApiError& error,
                                 MailValidation::Field field)
{
    if (change == MailService::Change::SaveAlias) {
        m_dialog->setBusy(false);
        m_dialog->showFieldError(field, error.kind == ApiError::Kind::Http ? error.serverText : error.message);
    } else if (change == MailService::Change::RemoveAlias) {
        m_afterRemove = QPersistentModelIndex();
        showStatus(tr("%1 could not be removed: %2").arg(address, error.message));
    }
    emit changeFinished(false, error.message);
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
    const QModelIndex current = currentIndex();
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
    MailAlias alias;
    alias.address = m_dialog->address();
    alias.forwardsTo = m_dialog->forwardsTo();
    alias.permittedSenders = m_dialog->permittedSenders();
    if (!m_service->saveAlias(alias, m_dialog->isEditing())) {
        m_dialog->setBusy(false);
    }
}

void AliasesPage::removeAlias()
{
    if (!isCurrentEditable() || !m_removeAction->isEnabled()) {
        return;
    }
    const QString address = currentIndex().data(AliasesModel::AddressRole).toString();
    confirm({tr("Remove alias"), tr("Remove the alias %1?").arg(address),
             tr("Mail to this address will no longer be forwarded. Mailboxes are not affected."), tr("&Remove"),
             QStringLiteral("removeConfirmation")},
            [this, address] {
                m_afterRemove = neighbourOf(m_model->indexOfAlias(address), [](const QModelIndex& row) {
                    return !row.data(AliasesModel::IsAutomaticRole).toBool();
                });
                if (!m_service->removeAlias(address)) {
                    m_afterRemove = QPersistentModelIndex();
                }
            });
}

bool AliasesPage::exportCsv(const QString& path, QString* error)
{
    return m_csv->exportCsv(path, error);
}

void AliasesPage::importCsv(const QString& path)
{
    m_csv->importCsv(path);
}
