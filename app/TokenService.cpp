#include "TokenService.h"

#include "ApiClient.h"
#include "JsonJob.h"
#include "TextJob.h"

TokenService::TokenService(QObject* parent)
    : QObject(parent)
{ }

TokenService::~TokenService()
{
    m_calls.abortAll(this);
}

void TokenService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool was = isBusy();
    m_calls.abortAll(this);
    m_client = client;
    if (was)
        emit busyChanged(false);
}

bool TokenService::start(Call call, ApiJob* job)
{
    const bool was = isBusy();
    m_calls.add(call, job);
    if (!was)
        emit busyChanged(true);
    connect(job, &ApiJob::failed, this, [this, call](const ApiError& error) {
        finish(call);
        emit failed(call, error);
    });
    return true;
}

void TokenService::finish(Call call)
{
    m_calls.remove(call);
    if (!isBusy())
        emit busyChanged(false);
}

bool TokenService::refuse(Call call, const QString& message)
{
    ApiError error;
    error.kind = ApiError::Kind::Parse;
    error.message = message;
    emit failed(call, error);
    return false;
}

bool TokenService::fetchTokens()
{
    if (!m_client || isBusy(Call::List))
        return false;
    JsonJob* job = m_client->getJson(ApiTokens::path());
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finish(Call::List);
        ApiTokenList tokens;
        if (!ApiTokens::parseList(document, &tokens)) {
            emit failed(Call::List, ApiError::unreadable(tr("The box's list of API tokens could not be read.")));
            return;
        }
        emit tokensLoaded(tokens);
    });
    return start(Call::List, job);
}

bool TokenService::create(const NewApiToken& token)
{
    if (!m_client || isChanging())
        return false;
    if (token.name.trimmed().isEmpty())
        return refuse(Call::Create, tr("Enter a name for the token, e.g. the machine or script that will use it."));
    if (token.scopes.isEmpty())
        return refuse(Call::Create, tr("Choose at least one scope: what the token may do."));
    const QStringList scopes = token.scopes;
    JsonJob* job = m_client->postFormJson(ApiTokens::path(), ApiTokens::createFields(token));
    connect(job, &JsonJob::finished, this, [this, scopes](const QJsonDocument& document) {
        finish(Call::Create);
        QString name;
        QString secret;
        if (!ApiTokens::parseCreated(document, &name, &secret)) {
            emit failed(Call::Create,
                        ApiError::unreadable(tr("The box made the token but its answer could not be read: revoke the "
                                                "token and make a new one.")));
            return;
        }
        emit created(name, secret, scopes);
    });
    return start(Call::Create, job);
}

bool TokenService::revoke(const QString& name)
{
    if (!m_client || isChanging() || name.isEmpty())
        return false;
    TextJob* job = m_client->postForm(ApiTokens::path() + QStringLiteral("/revoke"), {{QStringLiteral("name"), name}});
    connect(job, &TextJob::finished, this, [this, name](const QString&) {
        finish(Call::Revoke);
        emit revoked(name);
    });
    return start(Call::Revoke, job);
}
