#include "MailListing.h"

#include "EmailAddress.h"
#include "MailKick.h"
#include "MailboxUsage.h"
#include "PyJsonWriter.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "box/DomainOrder.h"
#include "box/Privileges.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdexcept>

namespace {

[[noreturn]] void queryFailed(const QSqlQuery& q)
{
    Q_UNUSED(q)
    throw std::runtime_error("users database query failed");
}

} // namespace

MailListing::MailListing(const BoxConfig& config, Database& db)
    : m_config(config)
    , m_db(db)
{
    m_clock.start();
}

QByteArray MailListing::usersText()
{
    return cached(UsersText);
}

QByteArray MailListing::usersJson()
{
    return cached(UsersJson);
}

QByteArray MailListing::aliasesText()
{
    return cached(AliasesText);
}

QByteArray MailListing::aliasesJson()
{
    return cached(AliasesJson);
}

QByteArray MailListing::domainsText()
{
    return cached(DomainsText);
}

QByteArray MailListing::cached(Kind kind)
{
    const quint64 version = m_db.version();
    const QFileInfo file(m_db.path());
    const qint64 stamp = file.lastModified().toMSecsSinceEpoch();
    const qint64 size = file.size();
    QMutexLocker lock(&m_mutex);
    Entry& e = m_entries[kind];
    const qint64 now = m_clock.elapsed();
    const bool fresh = e.valid && e.version == version && e.fileStamp == stamp && e.fileSize == size &&
                       (kind != UsersJson || now - e.builtAt < UsageMaxAgeMs);
    if (!fresh) {
        e.body = QByteArray(); // release the old answer before building the new one
        e.body = build(kind);
#ifdef __GLIBC__
        malloc_trim(0); // building a large answer leaves freed heap behind; give it back
#endif
        e.valid = true;
        e.version = version;
        e.fileStamp = stamp;
        e.fileSize = size;
        e.builtAt = now;
    }
    return e.body;
}

QByteArray MailListing::build(Kind kind)
{
    switch (kind) {
    case UsersText:
        return buildUsersText();
    case UsersJson:
        return buildUsersJson();
    case AliasesText:
        return buildAliases(false);
    case AliasesJson:
        return buildAliases(true);
    case DomainsText:
        return buildDomainsText();
    case KindCount:
        break;
    }
    return {};
}

QByteArray MailListing::buildUsersText()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT email FROM users"))) {
        queryFailed(q);
    }
    QStringList emails;
    while (q.next()) {
        emails.append(q.value(0).toString());
    }
    QByteArray out;
    for (const QString& email : DomainOrder::sortEmailAddresses(emails, m_config.primaryHostname())) {
        out += email.toUtf8();
        out += '\n';
    }
    return out;
}

QByteArray MailListing::buildUsersJson()
{
    struct User
    {
        QString email;
        bool active = true;
        QStringList privileges;
        QString quota;
        MailboxUsage usage;
        QString mailbox; // archived accounts
    };
    const QString mailboxes = m_config.storagePath(QStringLiteral("mail/mailboxes"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT email, privileges, quota FROM users"))) {
        queryFailed(q);
    }
    std::vector<User> users;
    QSet<QString> active;
    while (q.next()) {
        User u;
        u.email = q.value(0).toString();
        u.privileges = Privileges::parse(q.value(1).toString());
        u.quota = q.value(2).toString();
        const qsizetype at = u.email.indexOf(QLatin1Char('@'));
        if (at >= 0 && u.email.indexOf(QLatin1Char('@'), at + 1) < 0) {
            u.usage = MailboxUsage::read(mailboxes + QLatin1Char('/') + u.email.mid(at + 1) + QLatin1Char('/') +
                                         u.email.left(at) + QStringLiteral("/maildirsize"));
        }
        active.insert(u.email);
        users.push_back(std::move(u));
    }
    // Archived accounts: mailbox directories without a user row.
    const QDir root(mailboxes);
    const auto dirFilter = QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden;
    for (const QString& domain : root.entryList(dirFilter, QDir::Name)) {
        const QDir domainDir(root.filePath(domain));
        for (const QString& local : domainDir.entryList(dirFilter, QDir::Name)) {
            const QString email = local + QLatin1Char('@') + domain;
            if (active.contains(email)) {
                continue;
            }
            User u;
            u.email = email;
            u.active = false;
            u.mailbox = domainDir.filePath(local);
            users.push_back(std::move(u));
        }
    }
    QHash<QString, QString> unicodeOf; // domain part -> display form, decoded once per domain
    QHash<QString, std::vector<const User*>> byDomain;
    for (const User& u : users) {
        const QString domain = EmailAddress::domainOf(u.email, false);
        auto it = unicodeOf.find(domain);
        if (it == unicodeOf.end()) {
            it = unicodeOf.insert(domain, EmailAddress::domainOf(u.email, true));
        }
        byDomain[it.value()].push_back(&u);
    }
    PyJsonWriter w(qsizetype(users.size()) * 260 + 64);
    w.beginArray();
    for (const QString& domain : DomainOrder::sorted(byDomain.keys(), m_config.primaryHostname())) {
        std::vector<const User*>& list = byDomain[domain];
        std::sort(list.begin(), list.end(), [](const User* a, const User* b) {
            if (a->active != b->active) {
                return a->active;
            }
            return DomainOrder::codePointLess(a->email, b->email);
        });
        w.beginObject();
        w.key("domain");
        w.value(domain);
        w.key("users");
        w.beginArray();
        for (const User* u : list) {
            w.beginObject();
            w.key("box_quota");
            if (u->active && u->usage.valid) {
                w.value(u->usage.boxQuota);
            } else {
                w.value(QStringLiteral("?"));
            }
            w.key("box_size");
            w.value(u->active ? u->usage.boxSizeText() : QStringLiteral("?"));
            w.key("email");
            w.value(u->email);
            if (!u->active) {
                w.key("mailbox");
                w.value(u->mailbox);
            }
            w.key("percent");
            w.value(u->active ? u->usage.percentText(u->quota) : QStringLiteral("?"));
            w.key("privileges");
            w.stringArray(u->privileges);
            if (u->active) {
                w.key("quota");
                w.value(u->quota);
            }
            w.key("status");
            w.value(u->active ? QStringLiteral("active") : QStringLiteral("inactive"));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

QByteArray MailListing::buildAliases(bool json)
{
    struct Alias
    {
        QString source;
        QString destination;
        QVariant senders;
        bool automatic = false;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Automatic rows first so that a user-defined alias of the same address wins.
    if (!q.exec(QStringLiteral("SELECT source, destination, permitted_senders, 1 FROM auto_aliases "
                               "UNION ALL SELECT source, destination, permitted_senders, 0 FROM aliases"))) {
        queryFailed(q);
    }
    QHash<QString, Alias> aliases;
    while (q.next()) {
        Alias a;
        a.source = q.value(0).toString();
        a.destination = q.value(1).toString();
        a.senders = q.value(2);
        a.automatic = q.value(3).toInt() == 1;
        aliases.insert(a.source, a);
    }
    const QString primary = m_config.primaryHostname();
    if (!json) {
        QByteArray out;
        out.reserve(aliases.size() * 80);
        for (const QString& address : DomainOrder::sortEmailAddresses(aliases.keys(), primary)) {
            const Alias& a = aliases[address];
            out += (a.source + QLatin1Char('\t') + a.destination + QLatin1Char('\t') +
                    (a.senders.isNull() ? QString() : a.senders.toString()) + QLatin1Char('\n'))
                       .toUtf8();
        }
        return out;
    }
    QHash<QString, QString> unicodeOf; // domain part -> display form, decoded once per domain
    const auto pretty = [&unicodeOf](const QString& email) {
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (at < 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0) {
            return email;
        }
        const QString domain = email.mid(at + 1);
        auto it = unicodeOf.find(domain);
        if (it == unicodeOf.end()) {
            it = unicodeOf.insert(domain, EmailAddress::domainOf(QLatin1Char('@') + domain, true));
        }
        return it.value() == domain ? email : email.left(at + 1) + it.value();
    };
    QHash<QString, std::vector<const Alias*>> byDomain;
    for (const Alias& a : std::as_const(aliases)) {
        if (a.automatic && a.source.startsWith(QLatin1Char('@'))) {
            continue;
        }
        const qsizetype at = a.source.indexOf(QLatin1Char('@'));
        const QString domain = at < 0 ? QString() : a.source.mid(at + 1);
        auto it = unicodeOf.find(domain);
        if (it == unicodeOf.end()) {
            it = unicodeOf.insert(domain, EmailAddress::domainOf(a.source, true));
        }
        byDomain[it.value()].push_back(&a);
    }
    PyJsonWriter w(qsizetype(aliases.size()) * 330 + 64);
    w.beginArray();
    for (const QString& domain : DomainOrder::sorted(byDomain.keys(), primary)) {
        std::vector<const Alias*>& list = byDomain[domain];
        std::sort(list.begin(), list.end(), [](const Alias* a, const Alias* b) {
            if (a->automatic != b->automatic) {
                return !a->automatic;
            }
            return DomainOrder::codePointLess(a->source, b->source);
        });
        w.beginObject();
        w.key("aliases");
        w.beginArray();
        for (const Alias* a : list) {
            w.beginObject();
            w.key("address");
            w.value(a->source);
            w.key("address_display");
            w.value(pretty(a->source));
            w.key("auto");
            w.value(a->automatic);
            w.key("forwards_to");
            w.beginArray();
            for (const QString& r : a->destination.split(QLatin1Char(','))) {
                w.value(pretty(r.trimmed()));
            }
            w.endArray();
            w.key("permitted_senders");
            if (a->senders.isNull()) {
                w.null();
            } else {
                w.beginArray();
                for (const QString& s : a->senders.toString().split(QLatin1Char(','))) {
                    w.value(pretty(s.trimmed()));
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        w.key("domain");
        w.value(domain);
        w.endObject();
    }
    w.endArray();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

QByteArray MailListing::buildDomainsText()
{
    QSqlDatabase db = m_db.connection();
    MailKick::Domains domains;
    if (!MailKick::readDomains(db, &domains)) {
        throw std::runtime_error("users database query failed");
    }
    QByteArray out;
    for (const QString& d : DomainOrder::sorted(domains.mail.values(), m_config.primaryHostname())) {
        out += d.toUtf8();
        out += '\n';
    }
    return out;
}
