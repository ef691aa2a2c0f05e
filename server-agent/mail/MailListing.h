#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>

class BoxConfig;
class Database;

// The list answers of GET /mail/users, /mail/aliases (text and JSON, api.md §5.1, §5.9) and
// /mail/domains (§5.12), each built from one query and cached as the serialized body.
//
// Cache rule: an answer is reused while Database::version() and the users.sqlite file's
// modification time and size are unchanged (so writes by this agent and by other tools both
// invalidate it). The users JSON also shows mailbox usage read from the maildirsize files and the
// archived mailbox directories; it is rebuilt when older than UsageMaxAgeMs, so those figures are
// at most that old.
class MailListing
{
public:
    static constexpr qint64 UsageMaxAgeMs = 10000;

    MailListing(const BoxConfig& config, Database& db);

    QByteArray usersText();
    QByteArray usersJson();
    QByteArray aliasesText();
    QByteArray aliasesJson();
    QByteArray domainsText();

private:
    enum Kind { UsersText, UsersJson, AliasesText, AliasesJson, DomainsText, KindCount };
    struct Entry
    {
        bool valid = false;
        quint64 version = 0;
        qint64 fileStamp = 0;
        qint64 fileSize = 0;
        qint64 builtAt = 0;
        QByteArray body;
    };

    QByteArray cached(Kind kind);
    QByteArray build(Kind kind);
    QByteArray buildUsersText();
    QByteArray buildUsersJson();
    QByteArray buildAliases(bool json);
    QByteArray buildDomainsText();

    const BoxConfig& m_config;
    Database& m_db;
    QMutex m_mutex;
    QElapsedTimer m_clock;
    Entry m_entries[KindCount];
};
