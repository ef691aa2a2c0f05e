#include "AppController.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "CredentialStore.h"
#include "DBusNotificationSink.h"
#include "FleetMonitor.h"
#include "Logging.h"
#include "MainWindow.h"
#include "OfflineCache.h"
#include "SettingsStore.h"
#include "TrayNotificationSink.h"
#include "dialogs/CertificateChangedDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "dialogs/SslTrustDialog.h"
#include "dialogs/TotpLoginDialog.h"
#include "pages/DashboardPage.h"

#include <algorithm>

namespace {
const QString passwordPurpose = QStringLiteral("password");
}

AppController::AppController(SettingsStore* settings, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_trust(new CertTrustStore(this))
    , m_loginDialog(new LoginDialog)
    , m_mainWindow(new MainWindow)
    , m_totpDialog(new TotpLoginDialog(m_loginDialog))
    , m_trustDialog(new SslTrustDialog(m_loginDialog))
    , m_changedDialog(new CertificateChangedDialog(m_loginDialog))
    , m_profilesDialog(new ProfilesDialog(m_loginDialog))
    , m_cache(new OfflineCache)
    , m_fleet(new FleetMonitor(settings, credentials, this))
    , m_notifications(new DBusNotificationSink(this))
    , m_tray(new TrayNotificationSink(this))
{
    m_fleet->setOfflineCache(m_cache);
    m_notifications->setFallback(m_tray);
    m_fleet->setNotificationSink(m_notifications);
    m_mainWindow->dashboardPage()->setMonitor(m_fleet);
    connect(m_mainWindow, &MainWindow::openBoxRequested, this, &AppController::onOpenBox);
    connect(m_tray, &TrayNotificationSink::activated, this, [this] {
        if (m_mainWindow->isVisible()) {
            m_mainWindow->showPage(QStringLiteral("boxes"));
            m_mainWindow->raise();
            m_mainWindow->activateWindow();
        }
    });
    m_loginDialog->setObjectName(QStringLiteral("LoginDialog"));
    m_totpDialog->setObjectName(QStringLiteral("TotpLoginDialog"));
    m_trustDialog->setObjectName(QStringLiteral("SslTrustDialog"));
    m_changedDialog->setObjectName(QStringLiteral("CertificateChangedDialog"));
    m_profilesDialog->setObjectName(QStringLiteral("ProfilesDialog"));

    connect(m_loginDialog, &LoginDialog::loginRequested, this, &AppController::onLoginRequested);
    connect(m_loginDialog, &LoginDialog::profileSelected, this, &AppController::selectProfile);
    connect(m_loginDialog, &LoginDialog::manageProfilesRequested, this, &AppController::onManageBoxes);
    connect(m_loginDialog, &QDialog::rejected, this, &AppController::onLoginDialogRejected);
    connect(m_loginDialog, &LoginDialog::cancelRequested, this, [this] {
        if (m_auth) {
            m_auth->cancel();
        }
        m_pendingPassword.clear();
        m_loginDialog->setBusy(false);
        m_loginDialog->showInfo(tr("Login cancelled."));
    });

    connect(m_totpDialog, &TotpLoginDialog::codeEntered, this, [this](const QString& code) {
        if (m_auth) {
            m_totpDialog->setBusy(true);
            m_auth->submitTotp(code);
        }
    });
    connect(m_totpDialog, &QDialog::rejected, this, [this] {
        if (m_auth) {
            m_auth->cancel();
        }
        m_loginDialog->setBusy(false);
        m_loginDialog->showInfo(tr("Login cancelled."));
    });
    connect(m_trustDialog, &QDialog::accepted, this,
            [this] { onPinAccepted(m_trustDialog->host(), m_trustDialog->fingerprint()); });
    connect(m_trustDialog, &QDialog::rejected, this,
            [this] { m_loginDialog->showError(tr("The certificate was not trusted, so Boxkeeper did not connect.")); });
    connect(m_changedDialog, &QDialog::accepted, this,
            [this] { onPinAccepted(m_changedDialog->host(), m_changedDialog->presentedFingerprint()); });
    connect(m_profilesDialog, &QDialog::accepted, this, [this] {
        // A removed box (or one whose address or email changed) takes its remembered password with it.
        QList<BoxProfile> kept = m_profilesDialog->profiles();
        for (const BoxProfile& old : m_settings->profiles()) {
            const bool stillThere = std::any_of(kept.cbegin(), kept.cend(), [&old](const BoxProfile& p) {
                return p.name == old.name && p.url == old.url && p.email == old.email;
            });
            if (old.rememberPassword && !stillThere) {
                m_credentials->remove(CredentialStore::keyFor(QUrl(old.url), old.email, passwordPurpose));
                for (BoxProfile& p : kept) {
                    if (p.name == old.name) {
                        p.rememberPassword = false; // its address or email changed: nothing is stored for it
                    }
                }
            }
        }
        m_settings->setProfiles(kept);
        m_settings->sync();
        m_fleet->reloadProfiles();
        const BoxProfile current = m_settings->profile(m_loginDialog->profileName());
        m_loginDialog->setProfiles(m_settings->profiles(), current.name);
        selectProfile(current.name);
    });

    connect(m_credentials, &CredentialStore::backendUnavailable, this, [this](const QString& message) {
        m_loginDialog->setRememberAvailable(false, message);
        if (m_mainWindow->isVisible()) {
            m_mainWindow->showNotice(message);
        } else {
            m_loginDialog->showInfo(message);
        }
    });
    connect(m_credentials, &CredentialStore::failed, this,
            [this](const QString&, CredentialStore::Failure failure, const QString& message) {
                // "Not found" just means: ask. "No backend" was said once above. Anything else is shown.
                if (failure == CredentialStore::Failure::AccessDenied || failure == CredentialStore::Failure::Other) {
                    if (m_mainWindow->isVisible()) {
                        m_mainWindow->showNotice(message);
                    } else {
                        m_loginDialog->showInfo(message);
                    }
                }
            });
    connect(m_credentials, &CredentialStore::secretRead, this, [this](const QString& key, const QString& secret) {
        const BoxProfile p = m_settings->profile(m_loginDialog->profileName());
        if (p.isValid() && key == CredentialStore::keyFor(QUrl(p.url), p.email, passwordPurpose) &&
            m_loginDialog->password().isEmpty() && !m_loginDialog->isBusy()) {
            m_loginDialog->setPassword(secret);
            m_loginDialog->setRemember(true);
            if (m_autoLoginProfile == p.name) {
                m_autoLoginProfile.clear();
                m_loginDialog->accept();
            }
        }
    });

    connect(m_mainWindow, &MainWindow::logOutRequested, this, &AppController::onLogOut);
    connect(m_mainWindow, &MainWindow::switchBoxRequested, this, &AppController::onSwitchBox);
    connect(m_mainWindow, &MainWindow::manageBoxesRequested, this, &AppController::onManageBoxes);
    connect(m_mainWindow, &MainWindow::reconnectRequested, this, [this] {
        if (m_client) {
            m_client->probeConnection();
        }
    });
    connect(m_mainWindow, &MainWindow::currentPageChanged, this,
            [this](const QString& id) { m_settings->setValue(SettingsStore::Key::MainWindowPage, id); });
}

AppController::~AppController()
{
    m_settings->setValue(SettingsStore::Key::MainWindowGeometry, m_mainWindow->saveGeometry());
    delete m_auth;
    delete m_client;
    delete m_fleet; // its clients keep answers in the cache: gone before it
    delete m_mainWindow;
    delete m_loginDialog;
    delete m_cache;
}

void AppController::start(const StartOptions& options)
{
    QString selected = m_settings->lastProfile();
    if (!options.url.isEmpty()) {
        const QUrl url = ApiClient::normalizeBaseUrl(options.url);
        selected.clear();
        for (const BoxProfile& p : m_settings->profiles()) {
            if (QUrl(p.url) == url && (options.email.isEmpty() || p.email == options.email)) {
                selected = p.name;
            }
        }
        if (selected.isEmpty() && url.isValid()) {
            BoxProfile p;
            p.name = uniqueProfileName(url.host());
            p.url = url.toString();
            p.email = options.email;
            m_settings->saveProfile(p);
            selected = p.name;
        }
        if (!options.fingerprint.isEmpty() && !selected.isEmpty()) {
            BoxProfile p = m_settings->profile(selected);
            p.fingerprint = CertTrustStore::normalizeFingerprint(options.fingerprint);
            m_settings->saveProfile(p);
        }
    }
    m_loginDialog->setProfiles(m_settings->profiles(), selected);
    selectProfile(m_loginDialog->profileName());
    if (!options.url.isEmpty() && m_loginDialog->profileName().isEmpty()) {
        m_loginDialog->setUrl(options.url);
    }
    if (!options.email.isEmpty()) {
        m_loginDialog->setEmail(options.email);
    }
    const bool restored =
        m_mainWindow->restoreGeometry(m_settings->value(SettingsStore::Key::MainWindowGeometry).toByteArray());
    m_mainWindow->fitToScreen(restored);
    const QString page = m_settings->value(SettingsStore::Key::MainWindowPage).toString();
    if (!page.isEmpty()) {
        m_mainWindow->showPage(page);
    }
    m_loginDialog->show();
    if (!options.password.isEmpty()) {
        m_loginDialog->setPassword(options.password);
        m_loginDialog->accept();
    }
}

QString AppController::uniqueProfileName(const QString& base) const
{
    QString name = base.isEmpty() ? tr("My box") : base;
    for (int i = 2; m_settings->profile(name).isValid(); ++i) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(i);
    }
    return name;
}

void AppController::selectProfile(const QString& name)
{
    const BoxProfile p = m_settings->profile(name);
    m_loginDialog->showProfile(p);
    if (p.isValid() && p.rememberPassword && !p.email.isEmpty() && !m_credentials->isBackendMissing()) {
        m_credentials->read(CredentialStore::keyFor(QUrl(p.url), p.email, passwordPurpose));
    }
}

void AppController::showLogin(const QString& message, bool isError)
{
    m_loginDialog->setBusy(false);
    m_loginDialog->setProfiles(m_settings->profiles(), m_profile.name);
    if (isError) {
        m_loginDialog->showError(message);
    } else {
        m_loginDialog->showInfo(message);
    }
    m_loginDialog->show();
    m_loginDialog->raise();
    m_loginDialog->activateWindow();
}

void AppController::ensureClient(const QUrl& baseUrl)
{
    if (m_client && m_client->baseUrl() == baseUrl) {
        return;
    }
    if (m_auth) {
        m_auth->logOut();
    }
    m_mainWindow->clearSession();
    delete m_auth;
    delete m_client;
    m_client = new ApiClient(baseUrl, m_trust, this);
    m_client->setTransferTimeout(m_settings->transferTimeoutMs());
    m_client->setLongTransferTimeout(m_settings->longTransferTimeoutMs());
    m_auth = new AuthService(m_client, this);
    m_mainWindow->setAuthService(m_auth);
    connect(m_auth, &AuthService::sessionRenewed, this, [this](const Session& session) {
        m_mainWindow->setSession(m_profile.name, m_client, session);
        m_fleet->setSession(m_profile.name, session);
    });
    connect(m_client, &ApiClient::trustRequired, this, &AppController::onTrustRequired);
    connect(m_client, &ApiClient::certificateChanged, this,
            [this](const QString& host, const QString& pinned, const QString& presented) {
                onCertificateChanged(host, pinned, presented);
            });
    connect(m_auth, &AuthService::busyChanged, this, [this](bool busy) {
        if (m_totpDialog->isVisible()) {
            m_totpDialog->setBusy(busy);
        } else {
            m_loginDialog->setBusy(busy);
        }
    });
    connect(m_auth, &AuthService::loggedIn, this, &AppController::onLoggedIn);
    connect(m_auth, &AuthService::loginFailed, this, &AppController::onLoginFailed);
    connect(m_auth, &AuthService::totpRequested, this, &AppController::onTotpRequested);
    connect(m_auth, &AuthService::totpRejected, this, [this](const QString& message) {
        m_totpDialog->setBusy(false);
        m_totpDialog->showError(message);
    });
    connect(m_auth, &AuthService::sessionExpired, this, &AppController::onSessionExpired);
    connect(m_client, &ApiClient::connectionLost, this, [this](const ApiError& error) {
        if (m_auth && m_auth->isLoggedIn()) {
            // The banner names the box already: the system's reason ("Connection refused") says the rest.
            const bool plainReason = error.kind == ApiError::Kind::Network && !error.serverText.isEmpty();
            m_mainWindow->setConnectionLost(plainReason ? error.serverText : error.message);
        }
    });
    connect(m_client, &ApiClient::connectionRestored, m_mainWindow, &MainWindow::setConnectionRestored);
}

void AppController::onLoginRequested()
{
    const QUrl url = ApiClient::normalizeBaseUrl(m_loginDialog->url());
    if (url.isEmpty()) {
        m_loginDialog->showError(tr("“%1” is not an https:// address. Enter the address of the control panel, "
                                    "e.g. https://box.example.com/admin.")
                                     .arg(m_loginDialog->url()));
        return;
    }
    BoxProfile profile = m_settings->profile(m_loginDialog->profileName());
    if (!profile.isValid()) {
        // A new box: named after its host, saved once the login succeeds (with a pin accepted on the way).
        const bool sameAttempt = !m_settings->profile(m_profile.name).isValid() && QUrl(m_profile.url) == url;
        profile = BoxProfile();
        profile.name = sameAttempt ? m_profile.name : uniqueProfileName(url.host());
        profile.fingerprint = sameAttempt ? m_profile.fingerprint : QString();
    } else if (QUrl(profile.url) != url) {
        profile.fingerprint.clear(); // the address changed: the old pin belongs to another box
    }
    profile.url = url.toString();
    profile.email = m_loginDialog->email();
    m_profile = profile;

    const QString host = ApiClient::hostKey(url);
    if (profile.fingerprint.isEmpty()) {
        m_trust->removePin(host);
    } else {
        m_trust->setPin(host, profile.fingerprint);
    }
    ensureClient(url);
    m_client->setOfflineCache(m_cache, profile.name);
    m_pendingPassword = m_loginDialog->remember() ? m_loginDialog->password() : QString();
    m_auth->logIn(profile.email, m_loginDialog->password());
}

void AppController::saveProfile()
{
    if (!m_profile.isValid()) {
        return;
    }
    m_profile.fingerprint = m_trust->pin(ApiClient::hostKey(QUrl(m_profile.url)));
    m_settings->saveProfile(m_profile);
    m_settings->setLastProfile(m_profile.name);
    m_settings->sync();
    m_fleet->reloadProfiles();
}

void AppController::onLoggedIn(const Session& session)
{
    const QString key = CredentialStore::keyFor(QUrl(m_profile.url), m_profile.email, passwordPurpose);
    if (!m_pendingPassword.isEmpty() && !m_credentials->isBackendMissing()) {
        m_credentials->write(key, m_pendingPassword);
        m_profile.rememberPassword = true;
    } else if (m_profile.rememberPassword && !m_loginDialog->remember()) {
        m_credentials->remove(key);
        m_profile.rememberPassword = false;
    }
    m_pendingPassword.clear();
    saveProfile();
    if (m_totpDialog->isVisible()) {
        m_totpDialog->done(QDialog::Accepted);
    }
    m_loginDialog->setBusy(false);
    m_loginDialog->setPassword(QString());
    m_loginDialog->clearMessage();
    m_loginDialog->hide();
    m_mainWindow->setSession(m_profile.name, m_client, session);
    m_mainWindow->show();
    m_mainWindow->raise();
    m_fleet->setSession(m_profile.name, session);
    m_fleet->start(5000);
    emit loggedIn(session);
}

void AppController::onLoginFailed(const ApiError& error)
{
    m_pendingPassword.clear();
    if (m_totpDialog->isVisible()) {
        m_totpDialog->done(QDialog::Rejected);
    }
    m_loginDialog->setBusy(false);
    if (error.kind == ApiError::Kind::Cancelled) {
        return;
    }
    if (error.kind == ApiError::Kind::Tls && error.tlsProblem == ApiError::TlsProblem::Untrusted) {
        m_loginDialog->showInfo(tr("Check the box's certificate to continue."));
        return;
    }
    m_loginDialog->showError(error.message);
}

void AppController::onTotpRequested()
{
    m_loginDialog->setBusy(true);
    m_loginDialog->showInfo(tr("Waiting for the two-factor code…"));
    m_totpDialog->reset();
    m_totpDialog->open();
}

void AppController::onTrustRequired(const QString& host, const QList<QSslCertificate>& chain,
                                    const QList<QSslError>& errors)
{
    if (m_trustDialog->isVisible()) {
        return;
    }
    m_trustDialog->setCertificate(host, chain, errors);
    m_trustDialog->open();
}

void AppController::onCertificateChanged(const QString& host, const QString& pinned, const QString& presented)
{
    if (m_changedDialog->isVisible()) {
        return;
    }
    m_changedDialog->setFingerprints(host, pinned, presented);
    m_changedDialog->open();
}

void AppController::onPinAccepted(const QString& host, const QString& fingerprint)
{
    m_trust->setPin(host, fingerprint);
    m_loginDialog->setPinnedFingerprint(CertTrustStore::normalizeFingerprint(fingerprint));
    if (m_profile.isValid() && ApiClient::hostKey(QUrl(m_profile.url)) == host) {
        m_profile.fingerprint = CertTrustStore::normalizeFingerprint(fingerprint);
        if (m_settings->profile(m_profile.name).isValid()) {
            BoxProfile stored = m_settings->profile(m_profile.name);
            stored.fingerprint = m_profile.fingerprint;
            m_settings->saveProfile(stored);
            m_settings->sync();
        }
    }
    if (m_auth && m_auth->isLoggedIn()) {
        m_mainWindow->setSession(m_profile.name, m_client, m_auth->session());
    } else if (!m_loginDialog->password().isEmpty()) {
        onLoginRequested();
    }
}

void AppController::onSessionExpired(const ApiError& error)
{
    m_loginDialog->setProfiles(m_settings->profiles(), m_profile.name);
    selectProfile(m_profile.name); // refills a remembered password from the keychain
    // The box refuses the session key (it expired, the box restarted, it was revoked): that is not a wrong password,
    // whatever words the box uses for it.
    qCInfo(lcAuth, "Session on %s ended: %d %s", qPrintable(m_profile.name), error.httpStatus,
           qPrintable(error.reason));
    showLogin(tr("Your session on %1 has ended. Please log in again to continue where you were.").arg(m_profile.name),
              true);
}

void AppController::onLogOut()
{
    m_fleet->forgetSession(m_profile.name);
    if (m_auth) {
        m_auth->logOut();
    }
    m_mainWindow->clearSession();
    m_mainWindow->hide();
    showLogin(tr("You have logged out."), false);
    selectProfile(m_profile.name);
}

void AppController::onSwitchBox()
{
    onLogOut();
    m_loginDialog->showInfo(tr("Choose a box to log in to."));
}

void AppController::onManageBoxes()
{
    m_profilesDialog->setProfiles(m_settings->profiles(),
                                  m_loginDialog->isVisible() ? m_loginDialog->profileName() : m_profile.name);
    m_profilesDialog->open();
}

void AppController::onLoginDialogRejected()
{
    if (m_auth) {
        m_auth->cancel();
    }
    if (!m_mainWindow->isVisible()) {
        emit quitRequested();
    }
}

void AppController::onOpenBox(const QString& name)
{
    const BoxProfile p = m_settings->profile(name);
    if (!p.isValid()) {
        return;
    }
    if (name == m_profile.name && m_auth && m_auth->isLoggedIn()) {
        m_mainWindow->showPage(m_auth->session().isAdmin() ? QStringLiteral("status") : QStringLiteral("instructions"));
        return;
    }
    onLogOut();
    m_profile = p;
    m_loginDialog->setProfiles(m_settings->profiles(), name);
    // With a remembered password the login goes on by itself once the keychain answers; else the user types it.
    m_autoLoginProfile = p.rememberPassword ? name : QString();
    selectProfile(name);
    m_loginDialog->showInfo(p.rememberPassword ? tr("Opening %1…").arg(name) : tr("Log in to open %1.").arg(name));
}
