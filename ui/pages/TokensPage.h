#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "TokenService.h"

class DnsService;
class QAction;
class TokenDialog;
class TokenListModel;
class TokenSecretDialog;

// System → API Tokens: the box's API tokens (name, scopes, created, last used, expiry, whether expired), "New
// token…" with the scopes picked in TokenDialog, the secret shown once in TokenSecretDialog with a curl example,
// revoke with a confirmation. Our agent only (capability "tokens"): on a box without it the page says so in one
// sentence and offers no action. Talks to the box only through TokenService (and DnsService for the zones).
class TokensPage : public ListPage
{
    Q_OBJECT

public:
    explicit TokensPage(QWidget* parent = nullptr);
    ~TokensPage() override;

    void refresh() override;
    bool isBusy() const override;
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }

    TokenListModel* model() const { return m_model; }
    TokenDialog* dialog() const { return m_dialog; }
    TokenSecretDialog* secretDialog() const { return m_secretDialog; }
    bool selectToken(const QString& name);
    void newToken();
    void revokeToken(); // the current one, after the confirmation

    static QString unavailableText();

signals:
    void tokensLoaded(int count);
    void changeFinished(bool ok, const QString& message);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    void onFailed(TokenService::Call call, const ApiError& error);
    void updateAvailability();

    TokenService* m_service;
    DnsService* m_dns;
    TokenListModel* m_model;
    TokenDialog* m_dialog;
    TokenSecretDialog* m_secretDialog;
    bool m_available = true;
    QStringList m_zones;
    QString m_pending; // the token just made, to select once listed
    QString m_changeMessage; // what the change just made did, for the status line after the reload
    QAction* m_newAction;
    QAction* m_revokeAction;
    QAction* m_copyAction;
};
