#include "AuthService.h"

#include "ApiClient.h"
#include "BoxCapabilities.h"
#include "Logging.h"
#include "LoginJob.h"
#include "TextJob.h"

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
    if (m_capabilitiesJob) {
        m_capabilitiesJob->disconnect(this);
        m_capabilitiesJob->abort();
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
    if (m_capabilitiesJob) {
        m_capabilitiesJob->disconnect(this);
        m_capabilitiesJob->abort();
        m_capabilitiesJob = nullptr;
        m_client->clearSessionCredentials();
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
    m_password.clear();
    m_waitingForTotp = false;
    m_client->setSessionCredentials(session.email, session.apiKey);
    qCInfo(lcAuth, "Logged in as %s (%s)", qPrintable(session.email),
           qPrintable(session.privileges.join(QLatin1Char(','))));
    fetchCapabilities(session);
}

void AuthService::fetchCapabilities(const Session& session)
{
    // Once per login: what the agent says about the box (an unmodified box answers 404, which is fine).
    m_capabilitiesJob = m_client->getText(BoxCapabilities::path());
    const auto done = [this](const Session& s) {
        m_capabilitiesJob = nullptr;
        m_session = s;
        setBusy(false);
        emit loggedIn(m_session);
    };
    connect(m_capabilitiesJob, &TextJob::finished, this, [session, done](const QString& text) {
        Session s = session;
        if (!BoxCapabilities::apply(text.toUtf8(), &s)) {
            qCInfo(lcAuth, "The box's capabilities answer is not the agent's; none are used");
        }
        done(s);
    });
    connect(m_capabilitiesJob, &TextJob::failed, this, [session, done](const ApiError& error) {
        qCInfo(lcAuth, "No capabilities from the box (%s)",
               error.httpStatus ? qPrintable(QString::number(error.httpStatus)) : qPrintable(error.message));
        done(session);
    });
}

void AuthService::onLoginFailed(const ApiError& error)
{
    m_job = nullptr;
    setBusy(false);
    qCInfo(lcAuth, "Login as %s not completed: %s", qPrintable(m_email),
           qPrintable(error.reason.isEmpty() ? error.message : error.reason));
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
        Session renewed = session; // the box is the same: its capabilities stay
        renewed.hasCapabilities = m_session.hasCapabilities;
        renewed.agentVersion = m_session.agentVersion;
        renewed.primaryHostname = m_session.primaryHostname;
        renewed.features = m_session.features;
        m_session = renewed;
        m_client->setSessionCredentials(session.email, session.apiKey);
        emit sessionRenewed(m_session);
    });
    connect(m_renewJob, &LoginJob::failed, this, [this](const ApiError& error) {
        m_renewJob = nullptr;
        emit renewalFailed(error);
    });
}
