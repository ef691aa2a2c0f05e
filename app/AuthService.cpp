#include "AuthService.h"

#include "ApiClient.h"
#include "LoginJob.h"

AuthService::AuthService(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &ApiClient::sessionExpired, this, [this](const ApiError& error) {
        if (!m_session.isValid()) {
            return;
        }
        m_session = Session();
        emit sessionExpired(error);
    });
}

AuthService::~AuthService()
{
    if (m_renewJob) {
        m_renewJob->disconnect(this);
        m_renewJob->abort();
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool AuthService::isBusy() const
{
    return m_busy;
}

void AuthService::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void AuthService::logIn(const QString& email, const QString& password)
{
    cancel();
    m_email = email;
    m_password = password;
    m_waitingForTotp = false;
    send(QString());
}

void AuthService::submitTotp(const QString& code)
{
    if (!m_waitingForTotp || m_busy) {
        return;
    }
    send(code.trimmed());
}

void AuthService::send(const QString& totpCode)
{
    m_job = m_client->login(m_email, m_password, totpCode);
    connect(m_job, &LoginJob::finished, this, &AuthService::onLoginFinished);
    connect(m_job, &LoginJob::failed, this, &AuthService::onLoginFailed);
    setBusy(true);
}

void AuthService::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    m_waitingForTotp = false;
    m_password.clear();
    setBusy(false);
}

void AuthService::logOut()
{
    cancel();
    if (m_session.isValid()) {
        m_client->logout(); // best effort: the job deletes itself; the key is forgotten here at once
    }
    m_client->clearSessionCredentials();
    m_session = Session();
    emit loggedOut();
}

void AuthService::onLoginFinished(const Session& session)
{
    m_job = nullptr;
    m_session = session;
    m_password.clear();
    m_waitingForTotp = false;
    m_client->setSessionCredentials(session.email, session.apiKey);
    setBusy(false);
    emit loggedIn(session);
}

void AuthService::onLoginFailed(const ApiError& error)
{
    m_job = nullptr;
    setBusy(false);
    if (error.kind == ApiError::Kind::Auth && error.reason.contains(QLatin1String("missing-totp-token"))) {
        m_waitingForTotp = true;
        emit totpRequested();
        return;
    }
    if (m_waitingForTotp && error.kind == ApiError::Kind::Auth &&
        error.reason.contains(QLatin1String("invalid-totp-token"))) {
        emit totpRejected(error.message);
        return;
    }
    m_waitingForTotp = false;
    m_password.clear();
    emit loginFailed(error);
}

void AuthService::renewSession(const QString& password, const QString& totpCode)
{
    if (m_renewJob) {
        m_renewJob->disconnect(this);
        m_renewJob->abort();
    }
    const QString email = m_session.isValid() ? m_session.email : m_client->email();
    m_renewJob = m_client->login(email, password, totpCode);
    connect(m_renewJob, &LoginJob::finished, this, [this](const Session& session) {
        m_renewJob = nullptr;
        m_session = session;
        m_client->setSessionCredentials(session.email, session.apiKey);
        emit sessionRenewed(session);
    });
    connect(m_renewJob, &LoginJob::failed, this, [this](const ApiError& error) {
        m_renewJob = nullptr;
        emit renewalFailed(error);
    });
}
