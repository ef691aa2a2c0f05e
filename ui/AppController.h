#pragma once

#include "ApiError.h"
#include "BoxProfile.h"
#include "Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class ApiClient;
class AuthService;
class CertTrustStore;
class CertificateChangedDialog;
class CredentialStore;
class DBusNotificationSink;
class FleetMonitor;
class LoginDialog;
class MainWindow;
class OfflineCache;
class ProfilesDialog;
class SettingsStore;
class SslTrustDialog;
class TotpLoginDialog;
class TrayNotificationSink;

// Wires the client core to the windows: login dialog → AuthService → main window; TOTP step, certificate trust
// on first use, changed-certificate warning, session expiry, log out, switching and managing boxes.
// Every dialog is opened with show()/open(); nothing here blocks.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct StartOptions
    {
        QString url;
        QString email;
        QString fingerprint; // pinned for the URL's host before the first connection
        QString password; // from --password-stdin: log in at once
    };

    AppController(SettingsStore* settings, CredentialStore* credentials, QObject* parent = nullptr);
    ~AppController() override;

    void start(const StartOptions& options);

    LoginDialog* loginDialog() const { return m_loginDialog; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    TotpLoginDialog* totpDialog() const { return m_totpDialog; }
    SslTrustDialog* trustDialog() const { return m_trustDialog; }
    CertificateChangedDialog* certificateChangedDialog() const { return m_changedDialog; }
    ProfilesDialog* profilesDialog() const { return m_profilesDialog; }
    ApiClient* client() const { return m_client; }
    AuthService* auth() const { return m_auth; }
    CertTrustStore* trustStore() const { return m_trust; }
    QString currentProfileName() const { return m_profile.name; }
    SettingsStore* settings() const { return m_settings; }
    // The dashboard's background watch over every box, started with the first login.
    FleetMonitor* fleetMonitor() const { return m_fleet; }
    OfflineCache* offlineCache() const { return m_cache; }

signals:
    void loggedIn(const Session& session);
    void quitRequested();

private:
    void showLogin(const QString& message, bool isError);
    void selectProfile(const QString& name);
    void onLoginRequested();
    void ensureClient(const QUrl& baseUrl);
    void saveProfile();
    void onLoggedIn(const Session& session);
    void onLoginFailed(const ApiError& error);
    void onTotpRequested();
    void onTrustRequired(const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    void onCertificateChanged(const QString& host, const QString& pinned, const QString& presented);
    void onPinAccepted(const QString& host, const QString& fingerprint);
    void onSessionExpired(const ApiError& error);
    void onLogOut();
    void onSwitchBox();
    void onManageBoxes();
    void onLoginDialogRejected();
    void onOpenBox(const QString& name);
    QString uniqueProfileName(const QString& base) const;

    SettingsStore* m_settings;
    CredentialStore* m_credentials;
    CertTrustStore* m_trust;
    ApiClient* m_client = nullptr;
    AuthService* m_auth = nullptr;
    LoginDialog* m_loginDialog;
    MainWindow* m_mainWindow;
    TotpLoginDialog* m_totpDialog;
    SslTrustDialog* m_trustDialog;
    CertificateChangedDialog* m_changedDialog;
    ProfilesDialog* m_profilesDialog;
    BoxProfile m_profile; // the box of the current login attempt or session
    QString m_pendingPassword; // only while a login runs with "remember me" ticked
    OfflineCache* m_cache;
    FleetMonitor* m_fleet;
    DBusNotificationSink* m_notifications;
    TrayNotificationSink* m_tray;
    QString m_autoLoginProfile; // "Open" on the dashboard: log in as soon as the remembered password is read
};
