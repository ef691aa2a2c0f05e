#include "MfaService.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "JsonJob.h"
#include "TextJob.h"
#include "TotpCode.h"

#include <QRegularExpression>

MfaService::MfaService(ApiClient* client, AuthService* auth, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
{ }

MfaService::~MfaService()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void MfaService::track(ApiJob* job)
{
    m_job = job;
    emit busyChanged(true);
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_job = nullptr;
        emit busyChanged(isBusy());
        MailValidation::Field field = MailValidation::Field::None;
        if (error.kind == ApiError::Kind::Http) {
            field = MailValidation::fieldForServerMessage(error.serverText);
        }
        emit failed(error, field);
    });
}

void MfaService::fetchStatus()
{
    if (!m_client || isBusy()) {
        return;
    }
    JsonJob* job = m_client->postFormJson(QStringLiteral("/mfa/status"), {});
    track(job);
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        m_job = nullptr;
        MfaStatus status;
        if (!MfaStatus::parse(document, &status)) {
            emit busyChanged(false);
            emit failed(ApiError::unreadable(tr("The box's two-factor status could not be read.")),
                        MailValidation::Field::None);
            return;
        }
        emit busyChanged(false);
        emit statusLoaded(status);
    });
}

bool MfaService::checkInputs(const QString* code, const QString& password)
{
    ApiError error;
    error.kind = ApiError::Kind::Parse;
    if (code && !QRegularExpression(QStringLiteral("^\\d{6}$")).match(*code).hasMatch()) {
        error.message = tr("Enter the six-digit code your authenticator app shows now.");
        emit failed(error, MailValidation::Field::Code);
        return false;
    }
    if (password.isEmpty()) {
        error.message = tr("Enter your password. Changing two-factor authentication ends your session on the box; "
                           "Boxkeeper uses the password once to open a new one right away.");
        emit failed(error, MailValidation::Field::Password);
        return false;
    }
    return true;
}

void MfaService::enable(const QString& secret, const QString& code, const QString& label, const QString& password)
{
    if (!m_client || isBusy() || !checkInputs(&code, password)) {
        return;
    }
    QList<QPair<QString, QString>> fields{{QStringLiteral("secret"), secret}, {QStringLiteral("token"), code}};
    if (!label.trimmed().isEmpty()) {
        fields.append({QStringLiteral("label"), label.trimmed()});
    }
    TextJob* job = m_client->postForm(QStringLiteral("/mfa/totp/enable"), fields);
    track(job);
    connect(job, &TextJob::finished, this,
            [this, password, secret, code](const QString&) { renew(true, password, codeAfter(secret, code)); });
}

void MfaService::disable(const QString& password)
{
    if (!m_client || isBusy() || !checkInputs(nullptr, password)) {
        return;
    }
    TextJob* job = m_client->postForm(QStringLiteral("/mfa/disable"), {{QStringLiteral("mfa-id"), QString()}});
    track(job);
    connect(job, &TextJob::finished, this, [this, password](const QString&) { renew(false, password, QString()); });
}

QString MfaService::codeAfter(const QString& secret, const QString& code)
{
    // The box accepts each time step once and counts the enabling code as used: the renewal takes the next step's
    // code, which the box's one-step window accepts at once. Where the typed code is not within a step of our clock,
    // guess the current step; a refusal then ends in renewalFailed() and a normal login.
    const QByteArray key = TotpCode::base32Decode(secret);
    const quint64 step = TotpCode::stepOfCode(key, code);
    return TotpCode::forStep(key, (step ? step : TotpCode::currentStep()) + 1);
}

void MfaService::renew(bool enabled, const QString& password, const QString& code)
{
    m_job = nullptr;
    if (!m_auth) {
        return;
    }
    m_renewing = true;
    auto* context = new QObject(this);
    const auto done = [this, context] {
        m_renewing = false;
        context->deleteLater();
        emit busyChanged(false);
    };
    connect(m_auth, &AuthService::sessionRenewed, context, [this, enabled, done] {
        done();
        emit changed(enabled);
    });
    connect(m_auth, &AuthService::renewalFailed, context, [this, enabled, done](const ApiError& error) {
        done();
        emit renewalFailed(enabled, error);
    });
    m_auth->renewSession(password, code);
}
