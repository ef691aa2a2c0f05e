#include "MainWindow.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "Banner.h"
#include "BoxCapabilities.h"
#include "Diagnostics.h"
#include "Icons.h"
#include "Logging.h"
#include "pages/AliasesPage.h"
#include "pages/AuditPage.h"
#include "pages/BackupPage.h"
#include "pages/CustomDnsPage.h"
#include "pages/DashboardPage.h"
#include "pages/ExternalDnsPage.h"
#include "pages/InstructionsPage.h"
#include "pages/MonitoringPage.h"
#include "pages/StatusPage.h"
#include "pages/SyncPage.h"
#include "pages/SystemPage.h"
#include "pages/TlsPage.h"
#include "pages/TokensPage.h"
#include "pages/TwoFactorPage.h"
#include "pages/UsersPage.h"
#include "pages/WebPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

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
    , m_customDnsPage(new CustomDnsPage(this))
    , m_externalDnsPage(new ExternalDnsPage(this))
    , m_monitoringPage(new MonitoringPage(this))
    , m_tlsPage(new TlsPage(this))
    , m_backupPage(new BackupPage(this))
    , m_statusPage(new StatusPage(this))
    , m_systemPage(new SystemPage(this))
    , m_webPage(new WebPage(this))
    , m_tokensPage(new TokensPage(this))
    , m_auditPage(new AuditPage(this))
    , m_dashboardPage(new DashboardPage(this))
    , m_loginLabel(new QLabel(this))
    , m_connectionBanner(new Banner(this))
    , m_noticeBanner(new Banner(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Boxkeeper"));
    m_navigation->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIconSize(QSize(16, 16));
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    m_aliasesPage->setObjectName(QStringLiteral("aliasesPage"));
    m_twoFactorPage->setObjectName(QStringLiteral("twoFactorPage"));
    m_instructionsPage->setObjectName(QStringLiteral("instructionsPage"));
    m_syncPage->setObjectName(QStringLiteral("syncPage"));
    m_customDnsPage->setObjectName(QStringLiteral("customDnsPage"));
    m_externalDnsPage->setObjectName(QStringLiteral("externalDnsPage"));
    m_monitoringPage->setObjectName(QStringLiteral("monitoringPage"));
    m_tlsPage->setObjectName(QStringLiteral("tlsPage"));
    m_backupPage->setObjectName(QStringLiteral("backupPage"));
    m_statusPage->setObjectName(QStringLiteral("statusPage"));
    m_systemPage->setObjectName(QStringLiteral("systemPage"));
    m_webPage->setObjectName(QStringLiteral("webPage"));
    m_tokensPage->setObjectName(QStringLiteral("tokensPage"));
    m_auditPage->setObjectName(QStringLiteral("auditPage"));
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    connect(m_dashboardPage, &DashboardPage::openRequested, this, &MainWindow::openBoxRequested);

    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));
    connect(m_connectionBanner, &Banner::actionTriggered, this, [this] {
        m_connectionBanner->actionButton()->setEnabled(false);
        m_connectionBanner->showMessage(Banner::Kind::Error, tr("Connecting to %1…").arg(m_boxName), tr("&Reconnect"));
        m_connectionBanner->actionButton()->setEnabled(false);
        emit reconnectRequested();
    });

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    // One page area for every page: it keeps its place and size when the page changes, and a page that needs more
    // room than a small screen has scrolls inside it instead of growing the window past the screen.
    auto* pageArea = new QScrollArea(this);
    pageArea->setObjectName(QStringLiteral("pageScrollArea"));
    pageArea->setWidgetResizable(true);
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setWidget(m_stack);
    splitter->addWidget(m_navigation);
    splitter->addWidget(pageArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildMenus();
    m_loginLabel->setObjectName(QStringLiteral("loginLabel"));
    statusBar()->addPermanentWidget(m_loginLabel);

    buildNavigation();
    fitNavigationWidth();
    splitter->setSizes({m_navigation->minimumWidth(), 100000}); // the pages get the rest
    connect(m_instructionsPage, &InstructionsPage::syncPageRequested, this,
            [this] { showPage(QStringLiteral("sync")); });
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onCurrentItemChanged);
    fitToScreen(false);
}

void MainWindow::buildMenus()
{
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

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_diagnosticsAction = helpMenu->addAction(Icons::themed(QStringLiteral("edit-copy")), tr("&Copy diagnostics"));
    m_diagnosticsAction->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    m_diagnosticsAction->setToolTip(tr("Copy the app and system versions, the box's address and the last lines of "
                                       "the log, to paste into a bug report. No passwords or keys are included."));
    helpMenu->addSeparator();
    m_aboutAction = helpMenu->addAction(tr("&About Boxkeeper"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Boxkeeper"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/boxkeeper.svg")).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>Boxkeeper %1</h3>"
           "<p>The control panel of your Mail-in-a-Box, on your desktop.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Boxkeeper is free software under the GNU General Public License, version 3 or later: "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">https://www.gnu.org/licenses/gpl-3.0.html</a></p>"
           "<p>It manages boxes set up with Mail-in-a-Box: "
           "<a href=\"https://mailinabox.email/\">https://mailinabox.email/</a></p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QLatin1String(QT_VERSION_STR),
                 QLatin1String(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

QString MainWindow::diagnostics() const
{
    return Diagnostics::text(m_client ? m_client->baseUrl() : QUrl(), QGuiApplication::platformName());
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    qCInfo(lcUi, "Diagnostics copied to the clipboard");
    showStatus(tr("Diagnostics copied to the clipboard. Paste them into your bug report."));
}

void MainWindow::fitNavigationWidth()
{
    // Wide enough for its longest entry (translations differ), so no entry is elided.
    m_navigation->resizeColumnToContents(0);
    int widest = 0;
    const QFontMetrics plain(m_navigation->font());
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const QFontMetrics metrics((*it)->font(0));
        const int indent = (*it)->parent() ? m_navigation->indentation() : 0;
        const int icon = (*it)->icon(0).isNull() ? 0 : m_navigation->iconSize().width() + 8;
        widest = qMax(widest, metrics.horizontalAdvance((*it)->text(0)) + indent + icon);
    }
    // Item margins, and room for a vertical scroll bar on a short screen.
    const int frame = 2 * m_navigation->frameWidth() + 2 * plain.averageCharWidth() +
                      m_navigation->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_navigation);
    m_navigation->setMinimumWidth(widest + frame);
}

void MainWindow::fitToScreen(bool keepSize)
{
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize limit(available.width() * 9 / 10, available.height() * 9 / 10);
    QSize size = keepSize ? this->size() : QSize(1280, 800).expandedTo(sizeHint());
    size = size.boundedTo(limit);
    QRect frame(QPoint(), size);
    if (keepSize && available.contains(geometry())) {
        resize(size);
        return;
    }
    frame.moveCenter(available.center());
    resize(size);
    move(frame.topLeft());
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

    addPage(nullptr, QStringLiteral("boxes"), tr("Boxes"), m_dashboardPage, true);

    QTreeWidgetItem* system = group(tr("System"));
    addPage(system, QStringLiteral("status"), tr("Status Checks"), m_statusPage, false);
    addPage(system, QStringLiteral("tls"), tr("TLS (SSL) Certificates"), m_tlsPage, false);
    addPage(system, QStringLiteral("backup"), tr("Backup Status"), m_backupPage, false);
    addPage(system, QStringLiteral("custom-dns"), tr("Custom DNS"), m_customDnsPage, false);
    addPage(system, QStringLiteral("external-dns"), tr("External DNS"), m_externalDnsPage, false);
    addPage(system, QStringLiteral("monitoring"), tr("Monitoring"), m_monitoringPage, false);
    addPage(system, QStringLiteral("system"), tr("System"), m_systemPage, false);
    addPage(system, QStringLiteral("tokens"), tr("API Tokens"), m_tokensPage, false);
    addPage(system, QStringLiteral("audit"), tr("Audit Log"), m_auditPage, false);

    QTreeWidgetItem* mail = group(tr("Mail & Users"));
    addPage(mail, QStringLiteral("instructions"), tr("Instructions"), m_instructionsPage, true);
    addPage(mail, QStringLiteral("users"), tr("Users"), m_usersPage, false);
    addPage(mail, QStringLiteral("aliases"), tr("Aliases"), m_aliasesPage, false);
    addPage(mail, QStringLiteral("mfa"), tr("Two-Factor Authentication"), m_twoFactorPage, true);

    addPage(nullptr, QStringLiteral("sync"), tr("Contacts/Calendar"), m_syncPage, true);
    addPage(nullptr, QStringLiteral("web"), tr("Web"), m_webPage, false);
    m_navigation->expandAll();
}

void MainWindow::addPage(QTreeWidgetItem* group, const QString& id, const QString& title, QWidget* page, bool forUsers)
{
    // The freedesktop icon name of each entry (bundled under resources/icons when the theme has none).
    static const QHash<QString, QString> icons{
        {QStringLiteral("status"), QStringLiteral("dialog-information")},
        {QStringLiteral("system"), QStringLiteral("drive-harddisk")},
        {QStringLiteral("tls"), QStringLiteral("security-high")},
        {QStringLiteral("backup"), QStringLiteral("document-save")},
        {QStringLiteral("custom-dns"), QStringLiteral("network-server")},
        {QStringLiteral("external-dns"), QStringLiteral("network-workgroup")},
        {QStringLiteral("monitoring"), QStringLiteral("utilities-system-monitor")},
        {QStringLiteral("tokens"), QStringLiteral("document-encrypt")},
        {QStringLiteral("audit"), QStringLiteral("document-open-recent")},
        {QStringLiteral("instructions"), QStringLiteral("help-contents")},
        {QStringLiteral("users"), QStringLiteral("system-users")},
        {QStringLiteral("aliases"), QStringLiteral("mail-forward")},
        {QStringLiteral("mfa"), QStringLiteral("dialog-password")},
        {QStringLiteral("sync"), QStringLiteral("x-office-calendar")},
        {QStringLiteral("web"), QStringLiteral("internet-web-browser")},
        {QStringLiteral("boxes"), QStringLiteral("boxkeeper")},
    };
    auto* item =
        group ? new QTreeWidgetItem(group, QStringList{title}) : new QTreeWidgetItem(m_navigation, QStringList{title});
    item->setIcon(0, Icons::themed(icons.value(id)));
    item->setToolTip(0, title);
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
    } else if (id == QLatin1String("custom-dns")) {
        m_customDnsPage->refresh();
    } else if (id == QLatin1String("external-dns")) {
        m_externalDnsPage->refresh();
    } else if (id == QLatin1String("monitoring")) {
        m_monitoringPage->refresh();
    } else if (id == QLatin1String("tls")) {
        m_tlsPage->refresh();
    } else if (id == QLatin1String("backup")) {
        m_backupPage->refresh();
    } else if (id == QLatin1String("status")) {
        m_statusPage->refresh();
    } else if (id == QLatin1String("system")) {
        m_systemPage->refresh();
    } else if (id == QLatin1String("web")) {
        m_webPage->refresh();
    } else if (id == QLatin1String("tokens")) {
        m_tokensPage->refresh();
    } else if (id == QLatin1String("audit")) {
        m_auditPage->refresh();
    }
}

void MainWindow::setSession(const QString& boxName, ApiClient* client, const Session& session)
{
    m_client = client;
    m_session = session;
    m_usersPage->setClient(client);
    m_aliasesPage->setClient(client);
    m_customDnsPage->setClient(client);
    m_customDnsPage->setPreviewAvailable(session.features.contains(QStringLiteral("dns-preview")));
    m_externalDnsPage->setClient(client);
    m_monitoringPage->setAvailable(session.features.contains(QStringLiteral("metrics")));
    m_monitoringPage->setClient(client);
    m_tlsPage->setClient(client);
    m_backupPage->setFeatures(session.features);
    m_backupPage->setClient(client);
    m_statusPage->setClient(client);
    m_statusPage->setChangesAvailable(session.features.contains(QStringLiteral("status-changes")));
    m_systemPage->setClient(client);
    m_webPage->setClient(client);
    m_tokensPage->setClient(client);
    m_tokensPage->setAvailable(session.features.contains(QStringLiteral("tokens")));
    m_auditPage->setClient(client);
    m_auditPage->setAvailable(session.features.contains(QStringLiteral("audit")));
    m_twoFactorPage->setServices(client, m_auth);
    m_twoFactorPage->setAvailable(session.isAdmin());
    m_boxName = boxName;
    m_dashboardPage->setCurrentBox(boxName);
    // The box's PRIMARY_HOSTNAME (as the agent reports it), else the name in the address the app connects to.
    const QString primary = client ? BoxCapabilities::hostname(session, client->baseUrl()) : QString();
    const QString host = !primary.isEmpty() ? primary : (client ? client->baseUrl().host() : QString());
    m_instructionsPage->setBox(host, session.email, !primary.isEmpty());
    m_syncPage->setBox(host, session.email);
    m_usersPage->setBoxHostname(host);
    m_aliasesPage->setBoxHostname(host);
    m_customDnsPage->setBoxHostname(host);
    m_tlsPage->setPrimaryHostname(primary);
    m_systemPage->setBoxHostname(host);
    m_webPage->setBoxHostname(host);
    m_tokensPage->setBoxHostname(host);
    setWindowTitle(tr("%1 — %2 — Boxkeeper").arg(boxName, session.email));
    m_connectionLost = false;
    m_connectionBanner->hide();
    m_stack->setEnabled(true);
    updateLoginLabel();
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
    m_customDnsPage->setClient(nullptr);
    m_externalDnsPage->setClient(nullptr);
    m_monitoringPage->setClient(nullptr);
    m_tlsPage->setClient(nullptr);
    m_backupPage->setClient(nullptr);
    m_statusPage->setClient(nullptr);
    m_systemPage->setClient(nullptr);
    m_webPage->setClient(nullptr);
    m_tokensPage->setClient(nullptr);
    m_auditPage->setClient(nullptr);
    m_twoFactorPage->setServices(nullptr, nullptr);
    m_instructionsPage->setBox(QString(), QString());
    m_syncPage->setBox(QString(), QString());
    m_connectionLost = false;
    m_connectionBanner->hide();
    m_noticeBanner->hide();
    m_stack->setEnabled(true);
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

void MainWindow::showNotice(const QString& message, int timeoutMs)
{
    m_noticeBanner->showMessage(Banner::Kind::Notice, message, QString(), timeoutMs);
}

void MainWindow::updateLoginLabel()
{
    if (!m_session.isValid()) {
        m_loginLabel->clear();
    } else if (m_connectionLost) {
        m_loginLabel->setText(tr("Not connected to %1").arg(m_boxName));
    } else {
        m_loginLabel->setText(m_session.isAdmin() ? tr("Logged in as %1 (administrator)").arg(m_session.email)
                                                  : tr("Logged in as %1").arg(m_session.email));
    }
}

void MainWindow::setConnectionLost(const QString& reason)
{
    m_connectionLost = true;
    qCWarning(lcUi, "Connection to %s lost: %s", qPrintable(m_boxName), qPrintable(reason));
    m_connectionBanner->showMessage(Banner::Kind::Error, tr("Cannot reach %1: %2").arg(m_boxName, reason),
                                    tr("&Reconnect"));
    m_connectionBanner->actionButton()->setEnabled(true);
    // What is on the pages may be stale and no action would reach the box: the pages wait, greyed out.
    m_stack->setEnabled(false);
    statusBar()->clearMessage();
    updateLoginLabel();
}

void MainWindow::setConnectionRestored()
{
    const bool wasLost = m_connectionLost;
    m_connectionLost = false;
    m_connectionBanner->hide();
    m_stack->setEnabled(true);
    updateLoginLabel();
    if (wasLost) {
        qCInfo(lcUi, "Connection to %s restored", qPrintable(m_boxName));
        showStatus(tr("Connected to %1 again.").arg(m_boxName));
        reloadPage(currentPage());
    }
}
