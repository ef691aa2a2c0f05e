#pragma once

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The "kick" of domain.md §5.4, steps 1 and 2, run inside the write transaction of the change that
// caused it: rebuild auto_aliases (changed rows only) and drop user-defined postmaster@/admin@/abuse@
// aliases to administrator@P on domains no longer used for mail. Step 3 (DNS, web) is the service's
// DomainsChanged hook, run after the commit and only when the domain sets changed.
class MailKick
{
public:
    struct Domains
    {
        QSet<QString> mail; // domains of users and user-defined aliases (IDNA, as stored)
        QSet<QString> real; // of users and of user-defined aliases other than postmaster@ admin@ abuse@ @
        QSet<QString> users; // domains of users only
        bool operator==(const Domains& o) const { return mail == o.mail && users == o.users; }
        bool operator!=(const Domains& o) const { return !(*this == o); }
    };

    static bool readDomains(QSqlDatabase& db, Domains* out);

    static QString administrator(const QString& primaryHostname);
    // administrator@P, hostmaster@P, and postmaster@ admin@ abuse@ of every real mail domain.
    static QSet<QString> requiredAliases(const QString& primaryHostname, const QSet<QString>& realMailDomains);
    // source -> destination of the automatic aliases: every required alias but administrator@P to
    // administrator@P, plus "@<unicode>" -> "@<ascii>" for each mail domain whose Unicode form differs.
    static QMap<QString, QString> autoAliases(const QString& primaryHostname, const QSet<QString>& required,
                                              const QSet<QString>& mailDomains);
    // Whether a user-defined alias is one step 2 removes.
    static bool isUnneededAlias(const QString& source, const QString& destination, const QSet<QString>& required,
                                const QString& primaryHostname);

    // Step 1 alone: auto_aliases made equal to autoAliases() for these domain sets.
    static bool syncAutoAliases(QSqlDatabase& db, const QString& primaryHostname, const Domains& domains);
    // Steps 1 and 2 on `db` (in a transaction). Appends the "removed alias ..." lines to *messages
    // and leaves the domain sets after the change in *after. `synced`, if given, are the domain sets
    // for which auto_aliases was last made complete: when the mail and real-mail domains are still
    // the same, auto_aliases needs no change and step 1 is skipped.
    static bool run(QSqlDatabase& db, const QString& primaryHostname, QString* messages, Domains* after,
                    const Domains* synced = nullptr);
};
