#pragma once

#include "MailKick.h"
#include "MailResult.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class BoxConfig;
class Database;
class Doveadm;
class MailListing;

// Users, aliases, privileges, quotas, domains (api.md §5, domain.md §3-7): the domain rules,
// each write one transaction. Called by MailApi (HTTP) and by other services.
class MailService
{
public:
    MailService(const BoxConfig& config, Database& db);
    ~MailService();

    // The "kick" hook (api.md §5.0): called after the set of mail domains changed, with the new sets
    // (MailKick::readDomains, the one computation of them); returns the DNS and web update lines to append
    // to the answer ("updated DNS: ...\n", "web updated\n"). It is called after the change is committed,
    // one call at a time, and only when the set of mail domains or the set of domains having users (which
    // decides the autoconfig names and the CardDAV/CalDAV SRV records) differs from what the hook was
    // last told.
    using DomainsChangedHook = std::function<QString(const MailKick::Domains& domains)>;
    void setDomainsChangedHook(DomainsChangedHook hook);

    // Lists (cached serialized bodies, see MailListing).
    QByteArray usersText();
    QByteArray usersJson();
    QByteArray aliasesText();
    QByteArray aliasesJson();
    QByteArray domainsText();

    // `quota` is std::nullopt when the form field is absent (defaults to "0").
    MailResult addUser(const QString& email, const QString& password, const QString& privileges,
                       const std::optional<QString>& quota);
    MailResult removeUser(const QString& email);
    MailResult setPassword(const QString& email, const QString& password);
    // The stored quota, or std::nullopt if there is no such user.
    std::optional<QString> quota(const QString& email);
    // `quota` is std::nullopt when the form field is absent (answered "No quota provided.").
    MailResult setQuota(const QString& email, const std::optional<QString>& quota);
    std::optional<QStringList> privileges(const QString& email);
    MailResult addPrivilege(const QString& email, const QString& privilege);
    MailResult removePrivilege(const QString& email, const QString& privilege);
    MailResult addAlias(const QString& address, const QString& forwardsTo, const QString& permittedSenders,
                        bool updateIfExists);
    MailResult removeAlias(const QString& address);
    // Runs the kick on its own (e.g. for local tools): the removed-alias lines and the hook's text.
    QString kick();

    // After the primary hostname's certificate changed (domain.md §9.5): Postfix and Dovecot restarted so that
    // they read the new file, with the command of config key MAIL_RESTART_COMMAND (default on the machine's own
    // box: `systemctl restart postfix dovecot`; elsewhere nothing runs). True when they were restarted; false
    // with *error when the command failed, false with *error empty when there is nothing to restart.
    bool restartServices(QString* error) const;

    // The mail domains (IDNA form), canonical order.
    QStringList mailDomains();

    static QString notAUser(const QString& email);

private:
    using Change = std::function<MailResult(QSqlDatabase& db)>;
    // Runs `change` and the kick in one transaction; on success answers statusLine + "\n" + kick text.
    MailResult writeWithKick(const QString& statusLine, const Change& change);
    MailResult writeSimple(const Change& change);
    QString runDomainsHook(quint64 seq);
    MailResult changePrivilege(const QString& email, const QString& privilege, bool add);

    const BoxConfig& m_config;
    Database& m_db;
    std::unique_ptr<MailListing> m_listing;
    std::unique_ptr<Doveadm> m_doveadm;
    DomainsChangedHook m_domainsChanged;

    // Domain sets as of the last committed kick (changed only inside a write transaction).
    QMutex m_domainsMutex;
    bool m_knownValid = false;
    MailKick::Domains m_known;
    bool m_syncedValid = false; // auto_aliases is complete for m_synced (skip step 1 while unchanged)
    MailKick::Domains m_synced;
    quint64 m_changeSeq = 0; // bumped when a committed kick changed the domain sets
    // The hook runs one at a time and is told the newest state once.
    QMutex m_hookMutex;
    quint64 m_appliedSeq = 0;
};
