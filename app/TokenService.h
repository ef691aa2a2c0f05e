#pragma once

#include "ApiError.h"
#include "ApiTokens.h"
#include "RunningCalls.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;

// The box's API tokens for the desktop's Tokens page (our agent only, capability "tokens"): list them, create one
// (its secret comes back once, in created(), and is kept nowhere here), revoke one. Results come back typed;
// refusals as ApiError with the box's sentence in `serverText`. One call of each kind at a time; everything running
// is aborted when the client changes or the service is destroyed.
class TokenService : public QObject
{
    Q_OBJECT

public:
    enum class Call { List, Create, Revoke };
    Q_ENUM(Call)

    explicit TokenService(QObject* parent = nullptr);
    ~TokenService() override;

    void setClient(ApiClient* client); // aborts running calls
    bool isBusy() const { return m_calls.isAnyRunning(); }
    bool isBusy(Call call) const { return m_calls.isRunning(call); }

    // Each returns false (and sends nothing) without a client or while a call of its kind runs; create() and
    // revoke() also while the other runs, and for input the box would refuse anyway (failed() says why).
    bool fetchTokens();
    bool create(const NewApiToken& token);
    bool revoke(const QString& name);

signals:
    void busyChanged(bool busy);
    void tokensLoaded(const ApiTokenList& tokens);
    // The only time the secret is known: show it, then forget it.
    void created(const QString& name, const QString& secret, const QStringList& scopes);
    void revoked(const QString& name);
    void failed(TokenService::Call call, const ApiError& error);

private:
    bool start(Call call, ApiJob* job);
    void finish(Call call);
    bool refuse(Call call, const QString& message);
    bool isChanging() const { return isBusy(Call::Create) || isBusy(Call::Revoke); }

    QPointer<ApiClient> m_client;
    RunningCalls<Call> m_calls;
};
