#pragma once

#include "ApiError.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class LoginJob;
class TextJob;

// The login flow of spec/api.md §3.6 on one ApiClient:
//   logIn(email, password) → loggedIn(session) | totpRequested() | loginFailed(error)
//   submitTotp(code)       → loggedIn(session) | totpRejected(message) | loginFailed(error)
// After login every call of the client carries email:session-key. A 401 on such a call → sessionExpired().
class AuthService : public QObject
{
    Q_OBJECT

public:
    explicit AuthService(ApiClient* client, QObject* parent = nullptr);
    ~AuthService() override;

    ApiClient* client() const { return m_client; }
    const Session& session() const { return m_session; }
    bool isLoggedIn() const { return m_session.isValid(); }
    bool isBusy() const;
    bool isWaitingForTotp() const { return m_waitingForTotp; }

    void logIn(const QString& email, const QString& password);
    void submitTotp(const QString& code);
    void cancel(); // abandons a running login or TOTP step
    void logOut(); // forgets the session here and deletes it on the box (best effort)
    // Replaces the session after the box dropped it on purpose (password or two-factor change): logs in again as
    // the same user with `password` (and `totpCode` if two-factor is on). The password is not kept.
    // → sessionRenewed(session) | renewalFailed(error). Nothing else changes: no loggedIn(), no dialogs.
    void renewSession(const QString& password, const QString& totpCode = {});

signals:
    void busyChanged(bool busy);
    void totpRequested();
    void totpRejected(const QString& message);
    void loggedIn(const Session& session);
    void loginFailed(const ApiError& error);
    void loggedOut();
    void sessionExpired(const ApiError& error);
    void sessionRenewed(const Session& session);
    void renewalFailed(const ApiError& error);

private:
    void send(const QString& totpCode);
    void onLoginFinished(const Session& session);
    void onLoginFailed(const ApiError& error);
    void fetchCapabilities(const Session& session);
    void setBusy(bool busy);

    ApiClient* m_client;
    QPointer<LoginJob> m_job;
    QPointer<LoginJob> m_renewJob;
    QPointer<TextJob> m_capabilitiesJob;
    Session m_session;
    QString m_email;
    QString m_password; // only while the TOTP step waits; cleared after
    bool m_waitingForTotp = false;
    bool m_busy = false;
};
