#include "TokensPage.h"

#include "ApiClient.h"
#include "DnsService.h"
#include "ListFilterProxyModel.h"
#include "TokenListModel.h"
#include "dialogs/TokenDialog.h"
#include "dialogs/TokenSecretDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>

TokensPage::TokensPage(QWidget* parent)
    : ListPage(tr("API Tokens"), QStringLiteral("tokens"), new TokenListModel,
               new ListFilterProxyModel(TokenListModel::FilterTextRole), parent)
    , m_service(new TokenService(this))
    , m_dns(new DnsService(this))
    , m_model(static_cast<TokenListModel*>(proxy()->sourceModel()))
    , m_dialog(new TokenDialog(this))
    , m_secretDialog(new TokenSecretDialog(this))
{
    proxy()->setSortRole(TokenListModel::SortRole);
    view()->setRootIsDecorated(false);
    view()->header()->setSectionResizeMode(TokenListModel::NameColumn, QHeaderView::Interactive);
    view()->header()->resizeSection(TokenListModel::NameColumn, 150);
    view()->header()->setSectionResizeMode(TokenListModel::ScopesColumn, QHeaderView::Stretch);
    for (int column : {TokenListModel::CreatedColumn, TokenListModel::LastUsedColumn, TokenListModel::ExpiresColumn,
                       TokenListModel::StateColumn})
        view()->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_newAction = makeAction(tr("&New token…"), QStringLiteral("newTokenAction"), QStringLiteral("list-add"), Key::New);
    m_revokeAction =
        makeAction(tr("&Revoke…"), QStringLiteral("revokeTokenAction"), QStringLiteral("edit-delete"), Key::Delete);
    m_copyAction =
        makeAction(tr("&Copy name"), QStringLiteral("copyTokenNameAction"), QStringLiteral("edit-copy"), Key::Copy);
    setToolBarActions({m_newAction, m_revokeAction});
    setContextMenuActions({m_copyAction, nullptr, m_revokeAction, nullptr, m_newAction});
    setFilterPlaceholder(tr("Filter by name or scope…"));
    setEmptyTexts(tr("The box has no API tokens. Make one with “New token…”."), tr("No tokens match “%1”."));

    connect(m_newAction, &QAction::triggered, this, &TokensPage::newToken);
    connect(m_revokeAction, &QAction::triggered, this, &TokensPage::revokeToken);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid())
            showCopied(current.data(TokenListModel::NameRole).toString());
    });
    connect(m_dialog, &TokenDialog::submitted, this, [this] {
        if (!m_service->create(m_dialog->token()))
            m_dialog->setBusy(false);
    });
    connect(m_secretDialog, &TokenSecretDialog::copied, this,
            [this](const QString& what) { showStatus(tr("Copied %1.").arg(what)); });

    connect(m_service, &TokenService::busyChanged, this, [this](bool) {
        setLoading(m_service->isBusy(TokenService::Call::List),
                   m_service->isBusy(TokenService::Call::List) ? tr("Loading the API tokens…") : QString());
        updateActions();
    });
    connect(m_service, &TokenService::tokensLoaded, this, [this](const ApiTokenList& tokens) {
        m_model->setTokens(tokens);
        // The sentence of a change just made stays until the next reload.
        showStatus(!m_changeMessage.isEmpty() ? m_changeMessage : tr("%n API token(s)", nullptr, int(tokens.size())));
        m_changeMessage.clear();
        if (!m_pending.isEmpty()) {
            selectToken(m_pending);
            m_pending.clear();
        }
        updateActions();
        emit tokensLoaded(int(tokens.size()));
    });
    connect(m_service, &TokenService::created, this,
            [this](const QString& name, const QString& secret, const QStringList& scopes) {
                m_dialog->succeeded();
                m_secretDialog->setToken(name, secret, ApiTokens::curlExample(boxHostname(), secret, scopes));
                m_secretDialog->open();
                const QString message = tr("Created the token %1.").arg(name);
                showStatus(message);
                m_changeMessage = message;
                m_pending = name;
                m_service->fetchTokens();
                emit changeFinished(true, message);
            });
    connect(m_service, &TokenService::revoked, this, [this](const QString& name) {
        m_model->removeToken(name);
        const QString message = tr("Revoked the token %1: it no longer works.").arg(name);
        showStatus(message);
        updateEmptyState();
        emit changeFinished(true, message);
    });
    connect(m_service, &TokenService::failed, this, &TokensPage::onFailed);
    connect(m_dns, &DnsService::zonesLoaded, this, [this](const QStringList& zones) {
        m_zones = zones;
        if (m_dialog->isVisible())
            m_dialog->setZones(zones);
    });
    updateAvailability();
}

TokensPage::~TokensPage() = default;

QString TokensPage::unavailableText()
{
    return tr("API tokens come with the Boxkeeper agent; this box does not offer them (scripts there log in with an "
              "administrator's email and password).");
}

void TokensPage::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    updateAvailability();
    if (available && isVisible())
        refresh();
}

void TokensPage::updateAvailability()
{
    m_newAction->setVisible(m_available);
    m_revokeAction->setVisible(m_available);
    m_copyAction->setVisible(m_available);
    // Without tokens there is nothing to list either: the sentence alone.
    filterEdit()->setVisible(m_available);
    view()->setVisible(m_available);
    for (QWidget* w : {static_cast<QWidget*>(findChild<QToolBar*>(QStringLiteral("tokensToolBar"))),
                       static_cast<QWidget*>(findChild<QPushButton*>(QStringLiteral("refreshButton")))}) {
        if (w)
            w->setVisible(m_available);
    }
    // The sentence then stays at the top, where the list would be.
    if (auto* explanation = findChild<QLabel*>(QStringLiteral("explanationLabel"))) {
        explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        explanation->setSizePolicy(QSizePolicy::Preferred,
                                   m_available ? QSizePolicy::Preferred : QSizePolicy::Expanding);
    }
    if (m_available) {
        setExplanation(
            tr("A token lets a script or device use the box's API without an administrator's password: a router that "
               "updates its address in the DNS, a monitoring job that reads the status. Give each its own token with "
               "the least it needs; revoke it when the device goes. The box stores only a hash of each secret."));
        setEmptyTexts(tr("The box has no API tokens. Make one with “New token…”."), tr("No tokens match “%1”."));
    } else {
        m_model->clear();
        setExplanation(unavailableText());
        setEmptyTexts(QString(), QString());
        showStatus(QString());
    }
    updateActions();
}

void TokensPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_dns->setClient(client);
    m_model->clear();
    m_zones.clear();
    m_pending.clear();
    m_dialog->reject();
    m_secretDialog->reject();
}

bool TokensPage::isBusy() const
{
    return m_service->isBusy(TokenService::Call::List);
}

void TokensPage::refresh()
{
    if (!m_available)
        return;
    m_service->fetchTokens();
    m_dns->fetchZones();
}

void TokensPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool idle = client() && m_available && !m_service->isBusy(TokenService::Call::Create) &&
                      !m_service->isBusy(TokenService::Call::Revoke);
    m_newAction->setEnabled(idle);
    m_revokeAction->setEnabled(idle && current.isValid());
    m_copyAction->setEnabled(current.isValid());
}

bool TokensPage::selectToken(const QString& name)
{
    return selectIndex(m_model->indexOf(name));
}

void TokensPage::newToken()
{
    if (!m_newAction->isEnabled())
        return;
    m_dialog->prepare(m_zones);
    m_dialog->open();
}

void TokensPage::revokeToken()
{
    const QModelIndex current = currentIndex();
    if (!m_revokeAction->isEnabled() || !current.isValid())
        return;
    const QString name = current.data(TokenListModel::NameRole).toString();
    confirm({tr("Revoke API token"), tr("Revoke the token %1?").arg(name),
             tr("Scripts and devices that use it are refused from then on. This cannot be undone; a new token has a "
                "new secret."),
             tr("&Revoke"), QStringLiteral("revokeTokenConfirmation")},
            [this, name] {
                if (m_service->revoke(name))
                    showStatus(tr("Revoking the token %1…").arg(name));
            });
}

void TokensPage::onFailed(TokenService::Call call, const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    // The box's own sentence where it gave one ("A token named … already exists."), else ours.
    const bool boxSaid = (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Auth) &&
                         !error.serverText.trimmed().isEmpty();
    const QString message = boxSaid ? error.serverText.trimmed() : error.message;
    switch (call) {
    case TokenService::Call::List:
        showStatus(tr("The API tokens could not be loaded: %1").arg(message));
        break;
    case TokenService::Call::Create:
        m_dialog->setBusy(false);
        m_dialog->showError(message);
        showStatus(tr("The token was not created: %1").arg(message));
        emit changeFinished(false, message);
        break;
    case TokenService::Call::Revoke:
        showStatus(tr("The token was not revoked: %1").arg(message));
        emit changeFinished(false, message);
        break;
    }
}
