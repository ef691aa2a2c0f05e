#pragma once

#include "Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class AliasesPage;
class AuditPage;
class BackupPage;
class CustomDnsPage;
class DashboardPage;
class ExternalDnsPage;
class Banner;
class ApiClient;
class AuthService;
class InstructionsPage;
class MonitoringPage;
class SyncPage;
class TlsPage;
class TokensPage;
class StatusPage;
class SystemPage;
class WebPage;
class TwoFactorPage;
class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class UsersPage;

// The main window: a navigation pane that mirrors the control panel's menu, one page per entry, the box and
// login in the title. Knows no HTTP: pages talk to the box through the ApiClient they are given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the pages this session may use (admins: all; others: what upstream shows non-admins) and reloads the
    // current page. The page shown stays the same across re-logins.
    void setSession(const QString& boxName, ApiClient* client, const Session& session);
    void clearSession();
    // The login service of the current box: the two-factor page renews the session through it.
    void setAuthService(AuthService* auth);

    QString currentPage() const;
    bool showPage(const QString& id); // false if unknown or hidden for this session
    bool isPageAvailable(const QString& id) const;
    QStringList pageIds() const;
    UsersPage* usersPage() const { return m_usersPage; }
    AliasesPage* aliasesPage() const { return m_aliasesPage; }
    TwoFactorPage* twoFactorPage() const { return m_twoFactorPage; }
    InstructionsPage* instructionsPage() const { return m_instructionsPage; }
    SyncPage* syncPage() const { return m_syncPage; }
    CustomDnsPage* customDnsPage() const { return m_customDnsPage; }
    ExternalDnsPage* externalDnsPage() const { return m_externalDnsPage; }
    MonitoringPage* monitoringPage() const { return m_monitoringPage; }
    TlsPage* tlsPage() const { return m_tlsPage; }
    BackupPage* backupPage() const { return m_backupPage; }
    StatusPage* statusPage() const { return m_statusPage; }
    SystemPage* systemPage() const { return m_systemPage; }
    WebPage* webPage() const { return m_webPage; }
    TokensPage* tokensPage() const { return m_tokensPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    QWidget* page(const QString& id) const { return m_pages.value(id); }
    void showStatus(const QString& message); // a passing note in the status bar
    // A notice the user should read once (e.g. a keychain problem): a banner with a close button, gone by itself.
    void showNotice(const QString& message, int timeoutMs = 30000);
    // The box stopped answering: a banner "Cannot reach …" with Reconnect, the pages disabled, the status bar says so.
    void setConnectionLost(const QString& reason);
    void setConnectionRestored();
    bool isConnectionLost() const { return m_connectionLost; }
    Banner* connectionBanner() const { return m_connectionBanner; }
    Banner* noticeBanner() const { return m_noticeBanner; }
    QString diagnostics() const;
    void copyDiagnostics();
    // At most ~90% of the available screen, centred on it; also pulls a restored geometry back onto the screen.
    void fitToScreen(bool keepSize);
    QTreeWidget* navigation() const { return m_navigation; }

signals:
    void logOutRequested();
    void switchBoxRequested();
    void manageBoxesRequested();
    void currentPageChanged(const QString& id);
    void reconnectRequested();
    // The dashboard's "Open" for a box: log in to it (or show its pages when it is the one open).
    void openBoxRequested(const QString& box);

private:
    void buildNavigation();
    void addPage(QTreeWidgetItem* group, const QString& id, const QString& title, QWidget* page, bool forUsers);
    void onCurrentItemChanged(QTreeWidgetItem* current);
    void reloadPage(const QString& id);
    void buildMenus();
    void showAbout();
    void fitNavigationWidth();
    void updateLoginLabel();

    QTreeWidget* m_navigation;
    QStackedWidget* m_stack;
    UsersPage* m_usersPage;
    AliasesPage* m_aliasesPage;
    TwoFactorPage* m_twoFactorPage;
    InstructionsPage* m_instructionsPage;
    SyncPage* m_syncPage;
    CustomDnsPage* m_customDnsPage;
    ExternalDnsPage* m_externalDnsPage;
    MonitoringPage* m_monitoringPage;
    TlsPage* m_tlsPage;
    BackupPage* m_backupPage;
    StatusPage* m_statusPage;
    SystemPage* m_systemPage;
    WebPage* m_webPage;
    TokensPage* m_tokensPage;
    AuditPage* m_auditPage;
    DashboardPage* m_dashboardPage;
    QPointer<AuthService> m_auth;
    QLabel* m_loginLabel;
    QAction* m_logOutAction;
    QAction* m_switchBoxAction;
    QAction* m_manageBoxesAction;
    QAction* m_aboutAction = nullptr;
    QAction* m_diagnosticsAction = nullptr;
    Banner* m_connectionBanner;
    Banner* m_noticeBanner;
    QString m_boxName;
    bool m_connectionLost = false;
    QHash<QString, QTreeWidgetItem*> m_items;
    QHash<QString, QWidget*> m_pages;
    QHash<QString, bool> m_forUsers;
    QPointer<ApiClient> m_client;
    Session m_session;
};
