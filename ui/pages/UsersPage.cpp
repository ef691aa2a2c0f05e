#include "UsersPage.h"

#include "ApiClient.h"
#include "UsersJob.h"
#include "UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_statusLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(UsersModel::AddressColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("usersTreeView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UsersModel::AddressColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setSectionResizeMode(UsersModel::AddressColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by address…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Users")), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filterEdit, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersPage::refresh);
}

UsersPage::~UsersPage()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
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
}

void UsersPage::setBusy(bool busy)
{
    m_refreshButton->setEnabled(!busy);
    if (busy) {
        m_statusLabel->setText(tr("Loading users…"));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void UsersPage::refresh()
{
    if (!m_client || m_job) {
        return;
    }
    m_job = m_client->fetchUsers();
    setBusy(true);
    connect(m_job, &UsersJob::finished, this, [this](const MailUserList& domains) {
        m_job = nullptr;
        setBusy(false);
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
        m_statusLabel->setText(tr("%n user(s)", nullptr, count) + QStringLiteral(" · ") +
                               tr("%n domain(s)", nullptr, domainCount));
        emit usersLoaded(count);
    });
    connect(m_job, &UsersJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        setBusy(false);
        if (error.kind != ApiError::Kind::Cancelled) {
            m_statusLabel->setText(tr("The users could not be loaded: %1").arg(error.message));
        }
        emit loadFailed(error);
    });
}
