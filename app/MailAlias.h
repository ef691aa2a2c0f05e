#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One entry of GET /admin/mail/aliases?format=json (spec/api.md §5.9).
struct MailAlias
{
    enum class Kind {
        Regular, // name@domain
        CatchAll, // @domain → full addresses: mail to any unknown name at the domain
        DomainAlias, // @domain → @other: every name at the domain goes to the same name at the other domain
    };

    QString address; // as stored (IDNA form), the key for edits and removal
    QString addressDisplay; // domain in Unicode
    QStringList forwardsTo; // empty when the alias only has permitted senders
    QStringList permittedSenders; // empty = none set (null)
    bool automatic = false; // made by the box (postmaster@, abuse@, admin@ …): read-only

    Kind kind() const;
};

struct MailDomainAliases
{
    QString domain;
    QList<MailAlias> aliases;
};

using MailAliasList = QList<MailDomainAliases>;

// Parses the JSON form; returns false (and a short English detail) if the shape is not the expected one.
bool parseMailAliases(const QByteArray& json, MailAliasList* out, QString* detail);

Q_DECLARE_METATYPE(MailAliasList)
