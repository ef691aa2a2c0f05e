#pragma once

#include "ApiError.h"
#include "MailAlias.h"
#include "MailApi.h"
#include "MailUser.h"
#include "MailValidation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiJob;
class AuthService;
class TextJob;

// The mail users and aliases of a box (spec/api.md §5) for the desktop: list, add, archive, password, quota,
// administrator privilege; list, add or update, remove aliases. Results come back typed (MailUserList, MailUser,
// MailAlias …), refusals as ApiError with the input they concern. One list call and one change run at a time;
// both are aborted when the client changes or the service is destroyed. Pages call these methods and never build
// requests (MailApi holds the request shapes).
class MailService : public QObject
{
    Q_OBJECT

public:
    enum class Change { AddUser, SetPassword, SetQuota, SetAdmin, ArchiveUser, SaveAlias, RemoveAlias };
    Q_ENUM(Change)

    explicit MailService(QObject* parent = nullptr);
    ~MailService() override;

    void setClient(ApiClient* client); // aborts running calls
    // Renews our own session after our own password changed (the box ends every session of that account).
    void setAuthService(AuthService* auth);
    bool isLoading() const { return !m_load.isNull(); }
    bool isChanging() const { return !m_change.isNull(); }

    // True if `email` is the account this client is logged in with.
    bool isOwnAccount(const QString& email) const;
    // Why the logged-in admin may not do `change` to their own account (archive, remove the admin privilege), as
    // the panel says it; empty if allowed.
    static QString ownAccountRefusal(Change change);

    // Each returns false (and sends nothing) without a client or while another call of its kind runs.
    bool fetchUsers();
    bool fetchAliases();
    bool addUser(const MailUser& user, const QString& password);
    bool setPassword(const QString& email, const QString& password);
    bool setQuota(const QString& email, const QString& quota);
    bool setAdmin(const QString& email, bool admin);
    bool archiveUser(const QString& email); // removes the user; the box keeps the mailbox folder
    bool saveAlias(const MailAlias& alias, bool replaceExisting);
    bool removeAlias(const QString& address);

    // Sends one request of MailApi (the CSV import sends its rows this way).
    static TextJob* send(ApiClient* client, const MailApi::Request& request);

signals:
    void loadingChanged(bool loading);
    void changingChanged(bool changing);
    void usersLoaded(const MailUserList& domains);
    void aliasesLoaded(const MailAliasList& domains);
    void loadFailed(const ApiError& error);

    void userAdded(const MailUser& user); // as the box now lists it (sizes unknown until the next fetch)
    void passwordChanged(const QString& email);
    void quotaChanged(const QString& email, const QString& quota);
    void adminChanged(const QString& email, bool admin);
    void userArchived(const QString& email);
    void aliasSaved(const MailAlias& alias, bool replaced);
    void aliasRemoved(const QString& address);
    // A change was refused or failed; `key` is the user's or alias's address, `field` the input it concerns.
    void changeFailed(MailService::Change change, const QString& key, const ApiError& error,
                      MailValidation::Field field);

private:
    // Sends a change; on success runs `done` (which emits the typed result) after the service is idle again.
    bool change(Change kind, const QString& key, const MailApi::Request& request, const std::function<void()>& done);
    void refuse(Change kind, const QString& key, const QString& message);
    void startLoad(ApiJob* job);

    QPointer<ApiClient> m_client;
    QPointer<AuthService> m_auth;
    QPointer<ApiJob> m_load;
    QPointer<TextJob> m_change;
};
