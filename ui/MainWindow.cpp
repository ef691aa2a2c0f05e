#include "MainWindow.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "pages/AliasesPage.h"
#include "pages/InstructionsPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/SyncPage.h"
#include "pages/TwoFactorPage.h"
#include "pages/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_usersPage(new UsersPage(this))
    , m_aliasesPage(new AliasesPage(this))
    , m_twoFactorPage(new TwoFactorPage(this))
    , m_instructionsPage(new InstructionsPage(this))
    , m_syncPage(new SyncPage(this))
    , m_loginLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Boxkeeper"));
    m_navigation->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setMinimumWidth(200);
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    m_aliasesPage->setObjectName(QStringLiteral("aliasesPage"));
    m_twoFactorPage->setObjectName(QStringLiteral("twoFactorPage"));
    m_instructionsPage->setObjectName(QStringLiteral("instructionsPage"));
    m_syncPage->setObjectName(QStringLiteral("syncPage"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    QMenu* boxMenu = menuBar()->addMenu(tr("&Box"));
    m_switchBoxAction = boxMenu->addAction(tr("&Switch box…"));
    m_switchBoxAction->setObjectName(QStringLiteral("switchBoxAction"));
    m_manageBoxesAction = boxMenu->addAction(tr("&Manage boxes…"));
    m_manageBoxesAction->setObjectName(QStringLiteral("manageBoxesAction"));
    boxMenu->addSeparator();
    m_logOutAction = boxMenu->addAction(tr("&Log out"));
    m_logOutAction->setObjectName(QStringLiteral("logOutAction"));
    boxMenu->addSeparator();
    QAction* quitAction = boxMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_switchBoxAction, &QAction::triggered, this, &MainWindow::switchBoxRequested);
    connect(m_manageBoxesAction, &QAction::triggered, this, &MainWindow::manageBoxesRequested);
    connect(m_logOutAction, &QAction::triggered, this, &MainWindow::logOutRequested);

    m_loginLabel->setObjectName(QStringLiteral("loginLabel"));
    statusBar()->addPermanentWidget(m_loginLabel);

    buildNavigation();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onCurrentItemChanged);
    resize(1000, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    const auto group = [this](const QString& title) {
        auto* item = new QTreeWidgetItem(m_navigation, QStringList{title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        return item;
    };
    const auto placeholder = [this](const QString& title) { return new PlaceholderPage(title, m_stack); };

    QTreeWidgetItem* system = group(tr("System"));
    addPage(system, QStringLiteral("status"), tr("Status Checks"), placeholder(tr("Status Checks")), false);
    addPage(system, QStringLiteral("tls"), tr("TLS (SSL) Certificates"), placeholder(tr("TLS (SSL) Certificates")),
            false);
    addPage(system, QStringLiteral("backup"), tr("Backup Status"), placeholder(tr("Backup Status")), false);
    addPage(system, QStringLiteral("custom-dns"), tr("Custom DNS"), placeholder(tr("Custom DNS")), false);
    addPage(system, QStringLiteral("external-dns"), tr("External DNS"), placeholder(tr("External DNS")), false);
    addPage(system, QStringLiteral("monitoring"), tr("Monitoring"), placeholder(tr("Monitoring")), false);

    QTreeWidgetItem* mail = group(tr("Mail & Users"));
    addPage(mail, QStringLiteral("instructions"), tr("Instructions"), m_instructionsPage, true);
    addPage(mail, QStringLiteral("users"), tr("Users"), m_usersPage, false);
    addPage(mail, QStringLiteral("aliases"), tr("Aliases"), m_aliasesPage, false);
    addPage(mail, QStringLiteral("mfa"), tr("Two-Factor Authentication"), m_twoFactorPage, true);

    addPage(nullptr, QStringLiteral("sync"), tr("Contacts/Calendar"), m_syncPage, true);
    addPage(nullptr, QStringLiteral("web"), tr("Web"), placeholder(tr("Web")), false);
    m_navigation->expandAll();
}

void MainWindow::addPage(QTreeWidgetItem* group, const QString& id, const QString& title, QWidget* page, bool forUsers)
{
    auto* item =
        group ? new QTreeWidgetItem(group, QStringList{title}) : new QTreeWidgetItem(m_navigation, QStringList{title});
    item->setData(0, PageIdRole, id);
    m_items.insert(id, item);
    m_pages.insert(id, page);
    m_forUsers.insert(id, forUsers);
    m_stack->addWidget(page);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids = m_items.keys();
    ids.sort();
    return ids;
}

bool MainWindow::isPageAvailable(const QString& id) const
{
    QTreeWidgetItem* item = m_items.value(id);
    return item && !item->isHidden();
}

QString MainWindow::currentPage() const
{
    QTreeWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(0, PageIdRole).toString() : QString();
}

bool MainWindow::showPage(const QString& id)
{
    if (!isPageAvailable(id)) {
        return false;
    }
    m_navigation->setCurrentItem(m_items.value(id));
    return true;
}

void MainWindow::onCurrentItemChanged(QTreeWidgetItem* current)
{
    const QString id = current ? current->data(0, PageIdRole).toString() : QString();
    if (id.isEmpty()) {
        return;
    }
    m_stack->setCurrentWidget(m_pages.value(id));
    reloadPage(id);
    emit currentPageChanged(id);
}

void MainWindow::reloadPage(const QString& id)
{
    if (!m_client || !m_session.isValid()) {
        return;
    }
    if (id == QLatin1String("users")) {
        m_usersPage->refresh();
    } else if (id == QLatin1String("aliases")) {
        m_aliasesPage->refresh();
    } else if (id == QLatin1String("mfa")) {
        m_twoFactorPage->refresh();
    }
}

void MainWindow::setSession(const QString& boxName, ApiClient* client, const Session& session)
{
    m_client = client;
    m_session = session;
    m_usersPage->setClient(client);
    m_aliasesPage->setClient(client);
    m_twoFactorPage->setServices(client, m_auth);
    m_twoFactorPage->setAvailable(session.isAdmin());
    const QString host = client ? client->baseUrl().host() : QString();
    m_instructionsPage->setBox(host, session.email);
    m_syncPage->setBox(host, session.email);
    setWindowTitle(tr("%1 — %2 — Boxkeeper").arg(boxName, session.email));
    m_loginLabel->setText(session.isAdmin() ? tr("Logged in as %1 (administrator)").arg(session.email)
                                            : tr("Logged in as %1").arg(session.email));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setHidden(!session.isAdmin() && !m_forUsers.value(it.key()));
    }
    // Groups with no visible entry are hidden too.
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigation->topLevelItem(i);
        if (top->childCount() == 0) {
            continue;
        }
        bool any = false;
        for (int c = 0; c < top->childCount(); ++c) {
            any = any || !top->child(c)->isHidden();
        }
        top->setHidden(!any);
    }
    const QString current = currentPage();
    if (!current.isEmpty() && isPageAvailable(current)) {
        reloadPage(current);
    } else {
        showPage(session.isAdmin() ? QStringLiteral("users") : QStringLiteral("instructions"));
    }
}

void MainWindow::clearSession()
{
    m_session = Session();
    m_client = nullptr;
    m_usersPage->setClient(nullptr);
    m_aliasesPage->setClient(nullptr);
    m_twoFactorPage->setServices(nullptr, nullptr);
    m_instructionsPage->setBox(QString(), QString());
    m_syncPage->setBox(QString(), QString());
    m_loginLabel->clear();
    setWindowTitle(tr("Boxkeeper"));
}

void MainWindow::setAuthService(AuthService* auth)
{
    m_auth = auth;
    m_usersPage->setAuthService(auth);
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}
