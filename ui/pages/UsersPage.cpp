#include "UsersPage.h"

#include "ApiGuidePage.h"
#include "CsvTransfer.h"
#include "ImportPlan.h"
#include "MailApiGuide.h"
#include "UsersModel.h"
#include "UsersProxyModel.h"
#include "delegates/AdminBadgeDelegate.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/UserValueDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QTreeView>

UsersPage::UsersPage(QWidget* parent)
    : ListPage(tr("Users"), QStringLiteral("users"), new UsersModel, new UsersProxyModel, parent)
    , m_service(new MailService(this))
    , m_model(static_cast<UsersModel*>(proxy()->sourceModel()))
    , m_addDialog(new AddUserDialog(this))
    , m_valueDialog(new UserValueDialog(this))
    , m_importDialog(new ImportDialog(this))
    , m_csv(new CsvTransfer(
          ImportPlan::Kind::Users, [this] { return ImportPlan::usersCsv(m_model->users()); }, m_importDialog,
          {tr("Export users"), tr("Import users"), tr("Exported the users to %1."), QStringLiteral("users.csv")}, this))
{
    view()->header()->setSectionResizeMode(UsersModel::AddressColumn, QHeaderView::Stretch);
    view()->setItemDelegateForColumn(UsersModel::PrivilegesColumn,
                                     new AdminBadgeDelegate(UsersModel::IsAdminRole, view()));
    m_addDialog->setObjectName(QStringLiteral("AddUserDialog"));
    m_valueDialog->setObjectName(QStringLiteral("UserValueDialog"));
    m_importDialog->setObjectName(QStringLiteral("UsersImportDialog"));

    m_addAction = makeAction(tr("&Add user…"), QStringLiteral("addUserAction"), QStringLiteral("list-add"), Key::New);
    m_passwordAction = makeAction(tr("Set &password…"), QStringLiteral("setPasswordAction"),
                                  QStringLiteral("dialog-password"), Key::Edit);
    m_adminAction =
        makeAction(tr("Make &administrator"), QStringLiteral("toggleAdminAction"), QStringLiteral("security-high"));
    m_quotaAction = makeAction(tr("Set &quota…"), QStringLiteral("setQuotaAction"), QStringLiteral("drive-harddisk"));
    m_archiveAction =
        makeAction(tr("Ar&chive…"), QStringLiteral("archiveUserAction"), QStringLiteral("user-trash"), Key::Delete);
    m_copyAction =
        makeAction(tr("&Copy address"), QStringLiteral("copyAddressAction"), QStringLiteral("edit-copy"), Key::Copy);
    m_exportAction =
        makeAction(tr("&Export CSV…"), QStringLiteral("exportCsvAction"), QStringLiteral("document-export"));
    m_importAction =
        makeAction(tr("&Import CSV…"), QStringLiteral("importCsvAction"), QStringLiteral("document-import"));
    setToolBarActions({m_addAction, m_passwordAction, m_adminAction, m_quotaAction, m_archiveAction, nullptr,
                       m_exportAction, m_importAction});
    setContextMenuActions(
        {m_copyAction, nullptr, m_passwordAction, m_adminAction, m_quotaAction, m_archiveAction, nullptr, m_addAction});
    setActivateAction(m_passwordAction);
    setFilterPlaceholder(tr("Filter by address…"));
    setEmptyTexts(tr("The box has no users yet. Add the first with “Add user…”."), tr("No users match “%1”."));
    ApiGuidePage* api = MailApiGuide::users(this);
    api->setObjectName(QStringLiteral("usersApiPage"));
    setApiPage(api);

    connect(m_addAction, &QAction::triggered, this, &UsersPage::addUser);
    connect(m_passwordAction, &QAction::triggered, this, &UsersPage::setPassword);
    connect(m_adminAction, &QAction::triggered, this, &UsersPage::toggleAdmin);
    connect(m_quotaAction, &QAction::triggered, this, &UsersPage::setQuota);
    connect(m_archiveAction, &QAction::triggered, this, &UsersPage::archiveUser);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid() && !current.data(UsersModel::IsGroupRole).toBool()) {
            showCopied(current.data(UsersModel::EmailRole).toString());
        }
    });
    connect(m_exportAction, &QAction::triggered, m_csv, &CsvTransfer::chooseExportFile);
    connect(m_importAction, &QAction::triggered, m_csv, &CsvTransfer::chooseImportFile);
    connect(m_csv, &CsvTransfer::statusChanged, this, &UsersPage::showStatus);
    connect(m_addDialog, &AddUserDialog::submitted, this, &UsersPage::onAddSubmitted);
    connect(m_valueDialog, &UserValueDialog::submitted, this, &UsersPage::onValueSubmitted);
    connect(m_importDialog, &ImportDialog::importFinished, this, [this](int applied) {
        if (applied > 0) {
            refresh();
        }
    });

    connect(m_service, &MailService::loadingChanged, this,
            [this](bool loading) { setLoading(loading, loading ? tr("Loading users…") : QString()); });
    connect(m_service, &MailService::changingChanged, this, &UsersPage::updateActions);
    connect(m_service, &MailService::usersLoaded, this, &UsersPage::onLoaded);
    connect(m_service, &MailService::loadFailed, this, [this](const ApiError& error) {
        if (error.kind != ApiError::Kind::Cancelled) {
            showStatus(tr("The users could not be loaded: %1").arg(error.message));
        }
        emit loadFailed(error);
    });
    connect(m_service, &MailService::changeFailed, this, &UsersPage::onChangeFailed);
    connect(m_service, &MailService::userAdded, this, [this](const MailUser& user) {
        m_model->addUser(user);
        m_addDialog->succeeded();
        selectUser(user.email);
        showStatus(tr("Added %1.").arg(user.email));
        emit changeFinished(true, user.email);
    });
    connect(m_service, &MailService::passwordChanged, this, [this](const QString& email) {
        m_valueDialog->succeeded();
        showStatus(tr("The password of %1 was changed.").arg(email));
        emit changeFinished(true, email);
    });
    connect(m_service, &MailService::quotaChanged, this, [this](const QString& email, const QString& quota) {
        m_model->setQuota(email, quota);
        m_valueDialog->succeeded();
        showStatus(tr("The quota of %1 is now %2.").arg(email, quota));
        emit changeFinished(true, email);
    });
    connect(m_service, &MailService::adminChanged, this, [this](const QString& email, bool admin) {
        m_model->setAdmin(email, admin);
        showStatus(admin ? tr("%1 is now an administrator.").arg(email)
                         : tr("%1 is no longer an administrator.").arg(email));
        emit changeFinished(true, email);
    });
    connect(m_service, &MailService::userArchived, this, [this](const QString& email) {
        // The box lists an archived address only while its mailbox folder exists; a reported mailbox size
        // proves the folder, anything else may mean there is none.
        const bool kept = m_model->indexOfUser(email).data(UsersModel::MailboxKnownRole).toBool();
        if (kept) {
            m_model->archiveUser(email);
            showStatus(
                tr("%1 was archived: the account is deleted, its mailbox folder stays on the box's disk.").arg(email));
        } else {
            m_model->removeUser(email);
            showStatus(tr("%1 was archived: the account is deleted. If mail had arrived for it, its mailbox folder "
                          "stays on the box's disk and shows under “%2” after a refresh.")
                           .arg(email, UsersModel::archivedTitle()));
        }
        const QPersistentModelIndex next = m_afterArchive;
        m_afterArchive = QPersistentModelIndex();
        if (next.isValid()) {
            selectIndex(next);
        }
        emit changeFinished(true, email);
    });
    updateActions();
}

UsersPage::~UsersPage() = default;

void UsersPage::setAuthService(AuthService* auth)
{
    m_service->setAuthService(auth);
}

void UsersPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    m_csv->setClient(client);
}

bool UsersPage::isBusy() const
{
    return m_service->isLoading();
}

bool UsersPage::isChanging() const
{
    return m_service->isChanging();
}

QString UsersPage::currentEmail() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.data(UsersModel::IsGroupRole).toBool() ||
        current.data(UsersModel::IsArchivedRole).toBool()) {
        return {};
    }
    return current.data(UsersModel::EmailRole).toString();
}

void UsersPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool user = current.isValid() && !current.data(UsersModel::IsGroupRole).toBool();
    const bool active = user && !current.data(UsersModel::IsArchivedRole).toBool();
    const bool idle = client() && !m_service->isChanging();
    const bool admin = active && current.data(UsersModel::IsAdminRole).toBool();
    const bool own = active && m_service->isOwnAccount(current.data(UsersModel::EmailRole).toString());
    m_addAction->setEnabled(idle);
    m_passwordAction->setEnabled(idle && active);
    m_quotaAction->setEnabled(idle && active);
    m_copyAction->setEnabled(user);
    m_exportAction->setEnabled(m_model->userCount() > 0);
    m_importAction->setEnabled(idle);
    // As the box's control panel: no archiving of one's own account, no removing one's own admin privilege.
    m_adminAction->setText(admin ? tr("Remove &administrator…") : tr("Make &administrator"));
    m_adminAction->setEnabled(idle && active && !(own && admin));
    m_adminAction->setToolTip(own && admin ? MailService::ownAccountRefusal(MailService::Change::SetAdmin)
                                           : m_adminAction->text().remove(QLatin1Char('&')));
    m_archiveAction->setEnabled(idle && active && !own);
    m_archiveAction->setToolTip(own ? MailService::ownAccountRefusal(MailService::Change::ArchiveUser)
                                    : m_archiveAction->text().remove(QLatin1Char('&')));
}

bool UsersPage::selectUser(const QString& email)
{
    QModelIndex source = m_model->indexOfUser(email);
    for (int g = 0; g < m_model->rowCount() && !source.isValid(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group) && !source.isValid(); ++r) {
            if (m_model->index(r, 0, group).data(UsersModel::EmailRole).toString() == email) {
                source = m_model->index(r, 0, group);
            }
        }
    }
    return selectIndex(source);
}

void UsersPage::refresh()
{
    m_service->fetchUsers();
}

void UsersPage::onLoaded(const MailUserList& domains)
{
    const QString keep = currentEmail();
    m_model->setUsers(domains);
    for (int c = UsersModel::PrivilegesColumn; c < UsersModel::ColumnCount; ++c) {
        view()->resizeColumnToContents(c);
    }
    const int count = m_model->userCount();
    int domainCount = m_model->groupCount();
    if (domainCount > 0 && m_model->index(domainCount - 1, 0).data(UsersModel::IsArchivedRole).toBool()) {
        --domainCount;
    }
    showStatus(tr("%n user(s)", nullptr, count) + QStringLiteral(" · ") + tr("%n domain(s)", nullptr, domainCount));
    if (!keep.isEmpty()) {
        selectUser(keep);
    }
    updateActions();
    emit usersLoaded(count);
}

void UsersPage::onChangeFailed(MailService::Change change, const QString& email, const ApiError& error,
                               MailValidation::Field field)
{
    const QString shown = error.kind == ApiError::Kind::Http ? error.serverText : error.message;
    switch (change) {
    case MailService::Change::AddUser:
        m_addDialog->setBusy(false);
        m_addDialog->showFieldError(field, shown);
        break;
    case MailService::Change::SetPassword:
    case MailService::Change::SetQuota:
        m_valueDialog->setBusy(false);
        m_valueDialog->showError(shown);
        break;
    case MailService::Change::SetAdmin:
        showStatus(tr("The privileges of %1 could not be changed: %2").arg(email, error.message));
        break;
    case MailService::Change::ArchiveUser:
        m_afterArchive = QPersistentModelIndex();
        showStatus(tr("%1 could not be archived: %2").arg(email, error.message));
        break;
    case MailService::Change::SaveAlias:
    case MailService::Change::RemoveAlias:
        break;
    }
    emit changeFinished(false, error.message);
}

void UsersPage::addUser()
{
    if (!m_addAction->isEnabled()) {
        return;
    }
    m_addDialog->reset();
    m_addDialog->open();
}

void UsersPage::onAddSubmitted()
{
    MailUser user;
    user.email = m_addDialog->email();
    user.quota = m_addDialog->quota();
    if (m_addDialog->isAdmin()) {
        user.privileges.append(QStringLiteral("admin"));
    }
    if (!m_service->addUser(user, m_addDialog->password())) {
        m_addDialog->setBusy(false);
    }
}

void UsersPage::setPassword()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_passwordAction->isEnabled()) {
        return;
    }
    m_valueDialog->prepare(UserValueDialog::Mode::Password, email);
    m_valueDialog->open();
}

void UsersPage::setQuota()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_quotaAction->isEnabled()) {
        return;
    }
    m_valueDialog->prepare(UserValueDialog::Mode::Quota, email,
                           m_model->indexOfUser(email).data(UsersModel::QuotaRole).toString());
    m_valueDialog->open();
}

void UsersPage::onValueSubmitted()
{
    const QString email = m_valueDialog->email();
    const QString value = m_valueDialog->value();
    const bool sent = m_valueDialog->mode() == UserValueDialog::Mode::Password ? m_service->setPassword(email, value)
                                                                               : m_service->setQuota(email, value);
    if (!sent) {
        m_valueDialog->setBusy(false);
    }
}

void UsersPage::toggleAdmin()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_adminAction->isEnabled()) {
        return;
    }
    if (!m_model->indexOfUser(email).data(UsersModel::IsAdminRole).toBool()) {
        m_service->setAdmin(email, true);
        return;
    }
    confirm({tr("Remove administrator"), tr("Remove the administrator privilege from %1?").arg(email),
             tr("%1 can then no longer manage the box: neither here nor in its control panel. Their mail is not "
                "affected.")
                 .arg(email),
             tr("&Remove privilege"), QStringLiteral("removeAdminConfirmation")},
            [this, email] { m_service->setAdmin(email, false); });
}

void UsersPage::archiveUser()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_archiveAction->isEnabled()) {
        return;
    }
    confirm({tr("Archive user"), tr("Archive %1?").arg(email),
             tr("The account is deleted: it can no longer log in, and mail to the address is no longer accepted "
                "(aliases that forward to it stay). The box does not delete mail: the mailbox folder stays on its "
                "disk and is listed under “%1”; adding a user with the same address again gives the mail back. The "
                "box makes that folder when the first mail arrives or the user first opens the mailbox, so for an "
                "address that never had mail nothing is kept.")
                 .arg(UsersModel::archivedTitle()),
             tr("&Archive"), QStringLiteral("archiveConfirmation")},
            [this, email] {
                m_afterArchive = neighbourOf(m_model->indexOfUser(email), [this](const QModelIndex& row) {
                    return !row.data(UsersModel::IsArchivedRole).toBool() &&
                           !m_service->isOwnAccount(row.data(UsersModel::EmailRole).toString());
                });
                if (!m_service->archiveUser(email)) {
                    m_afterArchive = QPersistentModelIndex();
                }
            });
}

bool UsersPage::exportCsv(const QString& path, QString* error)
{
    return m_csv->exportCsv(path, error);
}

void UsersPage::importCsv(const QString& path)
{
    m_csv->importCsv(path);
}
