#include "MailKick.h"

#include "EmailAddress.h"
#include "Idna.h"
#include "box/DomainOrder.h"

#include <QSqlQuery>
#include <QVariant>

bool MailKick::readDomains(QSqlDatabase& db, Domains* out)
{
    *out = Domains();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT substr(email, instr(email, '@') + 1) FROM users"))) {
        return false;
    }
    while (q.next()) {
        const QString d = q.value(0).toString();
        out->users.insert(d);
        out->mail.insert(d);
        out->real.insert(d);
    }
    if (!q.exec(QStringLiteral(
            "SELECT substr(source, instr(source, '@') + 1) AS d, MAX(CASE WHEN substr(source, 1, 11) = 'postmaster@' "
            "OR substr(source, 1, 6) = 'admin@' OR substr(source, 1, 6) = 'abuse@' OR substr(source, 1, 1) = '@' "
            "THEN 0 ELSE 1 END) FROM aliases GROUP BY d"))) {
        return false;
    }
    while (q.next()) {
        const QString d = q.value(0).toString();
        out->mail.insert(d);
        if (q.value(1).toInt() == 1) {
            out->real.insert(d);
        }
    }
    return true;
}

QString MailKick::administrator(const QString& primaryHostname)
{
    return QStringLiteral("administrator@") + primaryHostname;
}

QSet<QString> MailKick::requiredAliases(const QString& primaryHostname, const QSet<QString>& realMailDomains)
{
    QSet<QString> aliases;
    aliases.insert(administrator(primaryHostname));
    aliases.insert(QStringLiteral("hostmaster@") + primaryHostname);
    for (const QString& domain : realMailDomains) {
        aliases.insert(QStringLiteral("postmaster@") + domain);
        aliases.insert(QStringLiteral("admin@") + domain);
        aliases.insert(QStringLiteral("abuse@") + domain);
    }
    return aliases;
}

QMap<QString, QString> MailKick::autoAliases(const QString& primaryHostname, const QSet<QString>& required,
                                             const QSet<QString>& mailDomains)
{
    QMap<QString, QString> out;
    const QString admin = administrator(primaryHostname);
    for (const QString& alias : required) {
        if (alias != admin) {
            out.insert(alias, admin);
        }
    }
    for (const QString& domain : mailDomains) {
        const auto unicode = Idna::decode(domain);
        if (!unicode || *unicode == domain) {
            continue;
        }
        out.insert(QLatin1Char('@') + *unicode, QLatin1Char('@') + domain);
    }
    return out;
}

bool MailKick::isUnneededAlias(const QString& source, const QString& destination, const QSet<QString>& realMailDomains,
                               const QString& primaryHostname)
{
    if (source.count(QLatin1Char('@')) != 1) {
        return false;
    }
    const QString user = source.section(QLatin1Char('@'), 0, 0);
    if (user != QLatin1String("postmaster") && user != QLatin1String("admin") && user != QLatin1String("abuse")) {
        return false;
    }
    // postmaster@D, admin@D and abuse@D are required exactly when D is a real mail domain.
    return !realMailDomains.contains(source.section(QLatin1Char('@'), 1)) &&
           destination == administrator(primaryHostname);
}

bool MailKick::syncAutoAliases(QSqlDatabase& db, const QString& primary, const Domains& domains)
{
    const QSet<QString> required = requiredAliases(primary, domains.real);
    const QMap<QString, QString> wanted = autoAliases(primary, required, domains.mail);
    // Make auto_aliases equal to `wanted`, touching only the rows that differ.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source, destination, permitted_senders FROM auto_aliases"))) {
        return false;
    }
    QStringList stale;
    QSet<QString> present;
    while (q.next()) {
        const QString source = q.value(0).toString();
        const auto it = wanted.constFind(source);
        if (it == wanted.constEnd() || it.value() != q.value(1).toString() || !q.value(2).isNull()) {
            stale.append(source);
        } else {
            present.insert(source);
        }
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM auto_aliases WHERE source = ?"));
    for (const QString& source : stale) {
        del.addBindValue(source);
        if (!del.exec()) {
            return false;
        }
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO auto_aliases (source, destination) VALUES (?, ?)"));
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (present.contains(it.key())) {
            continue;
        }
        ins.addBindValue(it.key());
        ins.addBindValue(it.value());
        if (!ins.exec()) {
            return false;
        }
    }

    return true;
}

bool MailKick::run(QSqlDatabase& db, const QString& primary, QString* messages, Domains* after, const Domains* synced)
{
    Domains domains;
    if (!readDomains(db, &domains)) {
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!synced || synced->mail != domains.mail || synced->real != domains.real) {
        if (!syncAutoAliases(db, primary, domains)) {
            return false;
        }
    }

    // Step 2: user-defined postmaster@/admin@/abuse@ aliases to administrator@P that are no longer required.
    if (!q.exec(QStringLiteral("SELECT source, destination FROM aliases WHERE substr(source, 1, 11) = 'postmaster@' "
                               "OR substr(source, 1, 6) = 'admin@' OR substr(source, 1, 6) = 'abuse@'"))) {
        return false;
    }
    QHash<QString, QString> unneeded;
    while (q.next()) {
        const QString source = q.value(0).toString();
        const QString destination = q.value(1).toString();
        if (isUnneededAlias(source, destination, domains.real, primary)) {
            unneeded.insert(source, destination);
        }
    }
    if (!unneeded.isEmpty()) {
        QSqlQuery rm(db);
        rm.prepare(QStringLiteral("DELETE FROM aliases WHERE source = ?"));
        for (const QString& source : DomainOrder::sortEmailAddresses(unneeded.keys(), primary)) {
            rm.addBindValue(source);
            if (!rm.exec()) {
                return false;
            }
            *messages += QStringLiteral("removed alias %1 (was to %2; domain no longer used for email)\n")
                             .arg(source, unneeded.value(source));
        }
        if (!readDomains(db, &domains)) {
            return false;
        }
    }
    *after = domains;
    return true;
}
