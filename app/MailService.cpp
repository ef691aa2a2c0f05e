#include "MailService.h"

#include "AliasesJob.h"
#include "ApiClient.h"
#include "AuthService.h"
#include "TextJob.h"
#include "UsersJob.h"

#include <functional>

MailService::MailService(QObject* parent)
    : QObject(parent)
{ }

MailService::~MailService()
{
    for (ApiJob* job : {m_load.data(), static_cast<ApiJob*>(m_change.data())}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void MailService::setClient(ApiClient* client)
{
    if (client == m_client) {
        return;
    }
    for (ApiJob* job : {m_load.data(), static_cast<ApiJob*>(m_change.data())}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    const bool wasLoading = isLoading();
    const bool wasChanging = isChanging();
    m_load = nullptr;
    m_change = nullptr;
    m_client = client;
    if (wasLoading) {
        emit loadingChanged(false);
    }
    if (wasChanging) {
        emit changingChanged(false);
    }
}

void MailService::setAuthService(AuthService* auth)
{
    m_auth = auth;
}

bool MailService::isOwnAccount(const QString& email) const
{
    return m_client && !email.isEmpty() && email.compare(m_client->email(), Qt::CaseInsensitive) == 0;
}

QString MailService::ownAccountRefusal(Change change)
{
    switch (change) {
    case Change::ArchiveUser:
        return tr("You cannot archive your own account.");
    case Change::SetAdmin:
        return tr("You cannot remove the admin privilege from yourself.");
    default:
        return {};
    }
}

TextJob* MailService::send(ApiClient* client, const MailApi::Request& request)
{
    return client->postForm(request.path, request.fields);
}

void MailService::startLoad(ApiJob* job)
{
    m_load = job;
    emit loadingChanged(true);
    connect(job, &ApiJob::failed, this, [this](const ApiError& error) {
        m_load = nullptr;
        emit loadingChanged(false);
        emit loadFailed(error);
    });
}

bool MailService::fetchUsers()
{
    if (!m_client || m_load) {
        return false;
    }
    UsersJob* job = m_client->fetchUsers();
    connect(job, &UsersJob::finished, this, [this](const MailUserList& domains) {
        m_load = nullptr;
        emit loadingChanged(false);
        emit usersLoaded(domains);
    });
    startLoad(job);
    return true;
}

bool MailService::fetchAliases()
{
    if (!m_client || m_load) {
        return false;
    }
    AliasesJob* job = m_client->fetchAliases();
    connect(job, &AliasesJob::finished, this, [this](const MailAliasList& domains) {
        m_load = nullptr;
        emit loadingChanged(false);
        emit aliasesLoaded(domains);
    });
    startLoad(job);
    return true;
}

void MailService::refuse(Change kind, const QString& key, const QString& message)
{
    ApiError error;
    error.kind = ApiError::Kind::Parse; // refused here, nothing was sent
    error.message = message;
    emit changeFailed(kind, key, error, MailValidation::Field::None);
}

bool MailService::change(Change kind, const QString& key, const MailApi::Request& request,
                         const std::function<void()>& done)
{
    if (!m_client || m_change) {
        return false;
    }
    m_change = send(m_client, request);
    emit changingChanged(true);
    connect(m_change, &TextJob::finished, this, [this, done](const QString&) {
        m_change = nullptr;
        emit changingChanged(false);
        done();
    });
    connect(m_change, &TextJob::failed, this, [this, kind, key](const ApiError& error) {
        m_change = nullptr;
        emit changingChanged(false);
        const auto field = error.kind == ApiError::Kind::Http ? MailValidation::fieldForServerMessage(error.serverText)
                                                              : MailValidation::Field::None;
        emit changeFailed(kind, key, error, field);
    });
    return true;
}

bool MailService::addUser(const MailUser& given, const QString& password)
{
    MailUser user = given;
    user.quota = user.quota.trimmed().toUpper();
    user.active = true;
    user.boxSize = user.boxQuota = user.percent = QStringLiteral("?");
    return change(Change::AddUser, user.email, MailApi::addUser(user.email, password, user.isAdmin(), user.quota),
                  [this, user] { emit userAdded(user); });
}

bool MailService::setPassword(const QString& email, const QString& password)
{
    return change(Change::SetPassword, email, MailApi::setPassword(email, password), [this, email, password] {
        if (isOwnAccount(email) && m_auth) {
            // The box ends every session of an account whose password changes, ours too: open a new one with the
            // new password at once (with two-factor on, the next call asks to log in again instead).
            m_auth->renewSession(password);
        }
        emit passwordChanged(email);
    });
}

bool MailService::setQuota(const QString& email, const QString& quota)
{
    const QString stored = quota.trimmed().toUpper();
    return change(Change::SetQuota, email, MailApi::setQuota(email, quota.trimmed()),
                  [this, email, stored] { emit quotaChanged(email, stored); });
}

bool MailService::setAdmin(const QString& email, bool admin)
{
    if (!admin && isOwnAccount(email) && m_client && !m_change) {
        refuse(Change::SetAdmin, email, ownAccountRefusal(Change::SetAdmin));
        return false;
    }
    return change(Change::SetAdmin, email, MailApi::setAdmin(email, admin),
                  [this, email, admin] { emit adminChanged(email, admin); });
}

bool MailService::archiveUser(const QString& email)
{
    if (isOwnAccount(email) && !m_change) {
        refuse(Change::ArchiveUser, email, ownAccountRefusal(Change::ArchiveUser));
        return false;
    }
    return change(Change::ArchiveUser, email, MailApi::removeUser(email), [this, email] { emit userArchived(email); });
}

bool MailService::saveAlias(const MailAlias& alias, bool replaceExisting)
{
    MailAlias stored = alias;
    if (!replaceExisting) {
        stored.address = alias.address.toLower(); // the box stores new addresses lower-cased
    }
    stored.addressDisplay = stored.address;
    return change(Change::SaveAlias, stored.address,
                  MailApi::addAlias(alias.address, alias.forwardsTo, alias.permittedSenders, replaceExisting),
                  [this, stored, replaceExisting] { emit aliasSaved(stored, replaceExisting); });
}

bool MailService::removeAlias(const QString& address)
{
    return change(Change::RemoveAlias, address, MailApi::removeAlias(address),
                  [this, address] { emit aliasRemoved(address); });
}
