#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One entry of GET /admin/mail/users?format=json (spec/api.md §5.1).
struct MailUser
{
    QString email;
    QStringList privileges;
    QString quota; // stored quota, "0" = unlimited; empty for archived accounts
    QString boxQuota; // bytes as text, "?" when unknown
    QString boxSize; // e.g. "1.5M", "?"
    QString percent; // "", "?", "Error" or a number
    QString mailbox; // archived accounts: the mailbox path left on disk
    bool active = true;

    bool isAdmin() const { return privileges.contains(QStringLiteral("admin")); }
};

struct MailDomainUsers
{
    QString domain; // Unicode form, as the box sends it
    QList<MailUser> users;
};

using MailUserList = QList<MailDomainUsers>;

// Parses the JSON form; returns false (and a short English detail) if the shape is not the expected one.
bool parseMailUsers(const QByteArray& json, MailUserList* out, QString* detail);

Q_DECLARE_METATYPE(MailUserList)
