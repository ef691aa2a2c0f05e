#pragma once

#include "ApiError.h"
#include "MailValidation.h"
#include "MfaStatus.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;
class AuthService;

// Two-factor authentication of the logged-in account (spec/api.md §8): status, TOTP setup, disabling.
// Enabling or disabling changes the account's password-state token, so the box drops every session of the
// account, ours included. The service therefore renews the session at once with the password the user typed for
// this action (and, after enabling, the code of the step after the one just used), through
// AuthService::renewSession; the password and secret are held only in this call chain and forgotten when it ends.
class MfaService : public QObject
{
    Q_OBJECT

public:
    MfaService(ApiClient* client, AuthService* auth, QObject* parent = nullptr);
    ~MfaService() override;

    void fetchStatus();
    void enable(const QString& secret, const QString& code, const QString& label, const QString& password);
    void disable(const QString& password);
    bool isBusy() const { return !m_job.isNull() || m_renewing; }

signals:
    void busyChanged(bool busy);
    void statusLoaded(const MfaStatus& status);
    // The request was refused; `field` says which input it concerns (Field::None if none in particular).
    void failed(const ApiError& error, MailValidation::Field field);
    // Two-factor was switched on or off and the session was renewed.
    void changed(bool enabled);
    // Switched on or off, but the session could not be renewed: the user has to log in again.
    void renewalFailed(bool enabled, const ApiError& error);

private:
    bool checkInputs(const QString* code, const QString& password); // emits failed() for the first problem
    void track(ApiJob* job);
    void renew(bool enabled, const QString& password, const QString& code);
    static QString codeAfter(const QString& secret, const QString& code);

    QPointer<ApiClient> m_client;
    QPointer<AuthService> m_auth;
    QPointer<ApiJob> m_job;
    bool m_renewing = false;
};
