#include "UsersPage.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "CsvTransfer.h"
#include "ImportPlan.h"
#include "ListPageActions.h"
#include "MailValidation.h"
#include "TextJob.h"
#include "UsersJob.h"
#include "UsersModel.h"
#include "UsersProxyModel.h"
#include "delegates/AdminBadgeDelegate.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/UserValueDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new UsersModel(this))
    , m_proxy(new UsersProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_statusLabel(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_addDialog(new AddUserDialog(this))
    , m_valueDialog(new UserValueDialog(this))
    , m_importDialog(new ImportDialog(this))
    , m_csv(new CsvTransfer(
          ImportPlan::Kind::Users, [this] { return ImportPlan::usersCsv(m_model->users()); }, m_importDialog,
          {tr("Export users"), tr("Import users"), tr("Exported the users to %1."), QStringLiteral("users.csv")}, this))
{
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("usersTreeView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UsersModel::AddressColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(UsersModel::AddressColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setItemDelegateForColumn(UsersModel::PrivilegesColumn,
                                     new AdminBadgeDelegate(UsersModel::IsAdminRole, m_view));

    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by address…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addDialog->setObjectName(QStringLiteral("AddUserDialog"));
    m_valueDialog->setObjectName(QStringLiteral("UserValueDialog"));
    m_importDialog->setObjectName(QStringLiteral("UsersImportDialog"));
    m_toolBar->setObjectName(QStringLiteral("usersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_addAction =
        ListPageActions::makeAction(this, tr("&Add user…"), QStringLiteral("addUserAction"), QKeySequence::New);
    m_passwordAction =
        ListPageActions::makeAction(this, tr("Set &password…"), QStringLiteral("setPasswordAction"), Qt::Key_F2);
    m_adminAction =
        ListPageActions::makeAction(this, tr("Make &administrator"), QStringLiteral("toggleAdminAction"), {});
    m_quotaAction = ListPageActions::makeAction(this, tr("Set &quota…"), QStringLiteral("setQuotaAction"), {});
    m_archiveAction =
        ListPageActions::makeAction(this, tr("Ar&chive…"), QStringLiteral("archiveUserAction"), QKeySequence::Delete);
    m_copyAction =
        ListPageActions::makeAction(this, tr("&Copy address"), QStringLiteral("copyAddressAction"), QKeySequence::Copy);
    m_exportAction = ListPageActions::makeAction(this, tr("&Export CSV…"), QStringLiteral("exportCsvAction"), {});
    m_importAction = ListPageActions::makeAction(this, tr("&Import CSV…"), QStringLiteral("importCsvAction"), {});
    m_findAction = ListPageActions::makeAction(this, tr("&Find"), QStringLiteral("findAction"), QKeySequence::Find);
    for (QAction* a : {m_addAction, m_passwordAction, m_adminAction, m_quotaAction, m_archiveAction}) {
        m_toolBar->addAction(a);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_importAction);

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Users")), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_toolBar);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    ListPageActions::connectFilter(m_filterEdit, m_proxy, m_view, m_findAction);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_addAction, &QAction::triggered, this, &UsersPage::addUser);
    connect(m_passwordAction, &QAction::triggered, this, &UsersPage::setPassword);
    connect(m_adminAction, &QAction::triggered, this, &UsersPage::toggleAdmin);
    connect(m_quotaAction, &QAction::triggered, this, &UsersPage::setQuota);
    connect(m_archiveAction, &QAction::triggered, this, &UsersPage::archiveUser);
    connect(m_copyAction, &QAction::triggered, this, &UsersPage::copyAddress);
    connect(m_exportAction, &QAction::triggered, m_csv, &CsvTransfer::chooseExportFile);
    connect(m_importAction, &QAction::triggered, m_csv, &CsvTransfer::chooseImportFile);
    connect(m_csv, &CsvTransfer::statusChanged, this, &UsersPage::showStatus);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &UsersPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(m_addDialog, &AddUserDialog::submitted, this, &UsersPage::onAddSubmitted);
    connect(m_valueDialog, &UserValueDialog::submitted, this, &UsersPage::onValueSubmitted);
    connect(m_importDialog, &ImportDialog::importFinished, this, [this](int applied) {
        if (applied > 0) {
            refresh();
        }
    });
    updateActions();
}

UsersPage::~UsersPage()
{
    for (ApiJob* job : {static_cast<ApiJob*>(m_job.data()), static_cast<ApiJob*>(m_changeJob.data())}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void UsersPage::setAuthService(AuthService* auth)
{
    m_auth = auth;
}

void UsersPage::setClient(ApiClient* client)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
        setBusy(false);
    }
    if (m_client != client) {
        m_model->clear();
    }
    m_client = client;
    m_csv->setClient(client);
    updateActions();
}

QString UsersPage::statusText() const
{
    return m_statusLabel->text();
}

void UsersPage::showStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void UsersPage::setBusy(bool busy)
{
    m_refreshButton->setEnabled(!busy);
    if (busy) {
        showStatus(tr("Loading users…"));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

QString UsersPage::currentEmail() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(UsersModel::IsGroupRole).toBool() ||
        current.data(UsersModel::IsArchivedRole).toBool()) {
        return {};
    }
    return current.data(UsersModel::EmailRole).toString();
}

void UsersPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool user = current.isValid() && !current.data(UsersModel::IsGroupRole).toBool();
    const bool active = user && !current.data(UsersModel::IsArchivedRole).toBool();
    const bool connected = !m_client.isNull();
    const bool idle = connected && m_changeJob.isNull();
    m_addAction->setEnabled(idle);
    m_passwordAction->setEnabled(idle && active);
    m_adminAction->setEnabled(idle && active);
    m_quotaAction->setEnabled(idle && active);
    m_archiveAction->setEnabled(idle && active);
    m_copyAction->setEnabled(user);
    m_exportAction->setEnabled(m_model->userCount() > 0);
    m_importAction->setEnabled(idle);
    const bool admin = active && current.data(UsersModel::IsAdminRole).toBool();
    m_adminAction->setText(admin ? tr("Remove &administrator") : tr("Make &administrator"));
}

bool UsersPage::selectUser(const QString& email)
{
    QModelIndex source = m_model->indexOfUser(email);
    if (!source.isValid()) {
        for (int g = 0; g < m_model->rowCount() && !source.isValid(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            for (int r = 0; r < m_model->rowCount(group); ++r) {
                if (m_model->index(r, 0, group).data(UsersModel::EmailRole).toString() == email) {
                    source = m_model->index(r, 0, group);
                    break;
                }
            }
        }
    }
    if (!source.isValid()) {
        return false;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        m_filterEdit->clear();
        proxyIndex = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    updateActions();
    return proxyIndex.isValid();
}

void UsersPage::refresh()
{
    if (!m_client || m_job) {
        return;
    }
    m_job = MailApi::fetchUsers(m_client);
    setBusy(true);
    connect(m_job, &UsersJob::finished, this, [this](const MailUserList& domains) {
        m_job = nullptr;
        setBusy(false);
        const QString keep = currentEmail();
        m_model->setUsers(domains);
        m_view->expandAll();
        for (int c = UsersModel::PrivilegesColumn; c < UsersModel::ColumnCount; ++c) {
            m_view->resizeColumnToContents(c);
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
    });
    connect(m_job, &UsersJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        setBusy(false);
        if (error.kind != ApiError::Kind::Cancelled) {
            showStatus(tr("The users could not be loaded: %1").arg(error.message));
        }
        emit loadFailed(error);
    });
}

TextJob* UsersPage::send(const MailApi::Request& request)
{
    m_changeJob = MailApi::send(m_client, request);
    updateActions();
    TextJob* job = m_changeJob;
    // Connected first, so the row is updated by the caller's handlers with the page already idle again.
    connect(job, &TextJob::finished, this, [this] {
        m_changeJob = nullptr;
        updateActions();
    });
    connect(job, &TextJob::failed, this, [this] {
        m_changeJob = nullptr;
        updateActions();
    });
    return job;
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
    if (!m_client || m_changeJob) {
        m_addDialog->setBusy(false);
        return;
    }
    MailUser user;
    user.email = m_addDialog->email();
    user.quota = m_addDialog->quota().toUpper();
    user.boxSize = user.boxQuota = user.percent = QStringLiteral("?");
    if (m_addDialog->isAdmin()) {
        user.privileges.append(QStringLiteral("admin"));
    }
    TextJob* job = send(MailApi::addUser(user.email, m_addDialog->password(), user.isAdmin(), user.quota));
    connect(job, &TextJob::finished, this, [this, user](const QString&) {
        m_model->addUser(user);
        m_addDialog->succeeded();
        selectUser(user.email);
        showStatus(tr("Added %1.").arg(user.email));
        emit changeFinished(true, user.email);
    });
    connect(job, &TextJob::failed, this, [this](const ApiError& error) {
        m_addDialog->setBusy(false);
        const auto field = error.kind == ApiError::Kind::Http ? MailValidation::fieldForServerMessage(error.serverText)
                                                              : MailValidation::Field::None;
        m_addDialog->showFieldError(field, error.kind == ApiError::Kind::Http ? error.serverText : error.message);
        emit changeFinished(false, error.message);
    });
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
    if (!m_client || m_changeJob) {
        m_valueDialog->setBusy(false);
        return;
    }
    const QString email = m_valueDialog->email();
    const QString value = m_valueDialog->value();
    const bool password = m_valueDialog->mode() == UserValueDialog::Mode::Password;
    TextJob* job = send(password ? MailApi::setPassword(email, value) : MailApi::setQuota(email, value));
    connect(job, &TextJob::finished, this, [this, email, value, password](const QString&) {
        if (!password) {
            m_model->setQuota(email, value);
        }
        m_valueDialog->succeeded();
        if (password && m_client && email == m_client->email() && m_auth) {
            // The box ends every session of an account whose password changes, ours too: open a new one with the
            // new password at once (with two-factor on, the next call asks to log in again instead).
            m_auth->renewSession(value);
        }
        showStatus(password ? tr("The password of %1 was changed.").arg(email)
                            : tr("The quota of %1 is now %2.").arg(email, value.toUpper()));
        emit changeFinished(true, email);
    });
    connect(job, &TextJob::failed, this, [this](const ApiError& error) {
        m_valueDialog->setBusy(false);
        m_valueDialog->showError(error.kind == ApiError::Kind::Http ? error.serverText : error.message);
        emit changeFinished(false, error.message);
    });
}

void UsersPage::toggleAdmin()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_adminAction->isEnabled()) {
        return;
    }
    const bool makeAdmin = !m_model->indexOfUser(email).data(UsersModel::IsAdminRole).toBool();
    TextJob* job = send(MailApi::setAdmin(email, makeAdmin));
    connect(job, &TextJob::finished, this, [this, email, makeAdmin](const QString&) {
        m_model->setAdmin(email, makeAdmin);
        showStatus(makeAdmin ? tr("%1 is now an administrator.").arg(email)
                             : tr("%1 is no longer an administrator.").arg(email));
        emit changeFinished(true, email);
    });
    connect(job, &TextJob::failed, this, [this, email](const ApiError& error) {
        showStatus(tr("The privileges of %1 could not be changed: %2").arg(email, error.message));
        emit changeFinished(false, error.message);
    });
}

void UsersPage::archiveUser()
{
    const QString email = currentEmail();
    if (email.isEmpty() || !m_archiveAction->isEnabled()) {
        return;
    }
    if (m_client && email == m_client->email()) {
        showStatus(tr("You cannot archive the account you are logged in with."));
        return;
    }
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("Archive user"), tr("Archive %1?").arg(email),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("archiveConfirmation"));
    m_confirmation->setInformativeText(
        tr("The account is removed and can no longer log in or receive mail. Its mailbox stays on the box's disk, "
           "and the address appears under “Archived accounts”. Adding the user again with the same address restores "
           "access to the mail."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("&Archive"));
    connect(m_confirmation, &QMessageBox::finished, this, [this, email](int result) {
        m_confirmation->deleteLater();
        if (result != QMessageBox::Yes || !m_client || m_changeJob) {
            return;
        }
        TextJob* job = send(MailApi::removeUser(email));
        connect(job, &TextJob::finished, this, [this, email](const QString&) {
            m_model->archiveUser(email);
            showStatus(tr("%1 was archived; the mailbox stays on disk.").arg(email));
            emit changeFinished(true, email);
        });
        connect(job, &TextJob::failed, this, [this, email](const ApiError& error) {
            showStatus(tr("%1 could not be archived: %2").arg(email, error.message));
            emit changeFinished(false, error.message);
        });
    });
    m_confirmation->open();
}

void UsersPage::copyAddress()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(UsersModel::IsGroupRole).toBool()) {
        return;
    }
    showStatus(ListPageActions::copyToClipboard(current.data(UsersModel::EmailRole).toString()));
}

bool UsersPage::exportCsv(const QString& path, QString* error)
{
    return m_csv->exportCsv(path, error);
}

void UsersPage::importCsv(const QString& path)
{
    m_csv->importCsv(path);
}

void UsersPage::showContextMenu(const QPoint& pos)
{
    ListPageActions::popupContextMenu(
        this, m_view, pos, QStringLiteral("usersContextMenu"),
        {m_copyAction, nullptr, m_passwordAction, m_adminAction, m_quotaAction, m_archiveAction, nullptr, m_addAction},
        [this] { updateActions(); });
}
