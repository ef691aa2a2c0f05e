#include "MailListing.h"

#include "EmailAddress.h"
#include "MailKick.h"
#include "MailSort.h"
#include "MailboxUsage.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "http/PyJson.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <stdexcept>

namespace {

QJsonArray toJsonArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QStringList parsePrivileges(const QString& value)
{
    QStringList out;
    for (const QString& p : value.split(QLatin1Char('\n'))) {
        if (!p.trimmed().isEmpty()) {
            out.append(p);
        }
    }
    return out;
}

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
        e.body = build(kind);
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
    for (const QString& email : MailSort::sortEmailAddresses(emails, m_config.primaryHostname())) {
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
        QJsonObject json;
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
        const QString quota = q.value(2).toString();
        MailboxUsage usage;
        const QStringList parts = u.email.split(QLatin1Char('@'));
        if (parts.size() == 2) {
            usage = MailboxUsage::read(mailboxes + QLatin1Char('/') + parts.at(1) + QLatin1Char('/') + parts.at(0) +
                                       QStringLiteral("/maildirsize"));
        }
        u.json.insert(QStringLiteral("email"), u.email);
        u.json.insert(QStringLiteral("privileges"), toJsonArray(parsePrivileges(q.value(1).toString())));
        u.json.insert(QStringLiteral("quota"), quota);
        u.json.insert(QStringLiteral("box_quota"), usage.boxQuotaValue());
        u.json.insert(QStringLiteral("box_size"), usage.boxSizeText());
        u.json.insert(QStringLiteral("percent"), usage.percentText(quota));
        u.json.insert(QStringLiteral("status"), QStringLiteral("active"));
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
            u.json.insert(QStringLiteral("email"), email);
            u.json.insert(QStringLiteral("privileges"), QJsonArray());
            u.json.insert(QStringLiteral("status"), QStringLiteral("inactive"));
            u.json.insert(QStringLiteral("mailbox"), domainDir.filePath(local));
            u.json.insert(QStringLiteral("box_size"), QStringLiteral("?"));
            u.json.insert(QStringLiteral("box_quota"), QStringLiteral("?"));
            u.json.insert(QStringLiteral("percent"), QStringLiteral("?"));
            users.push_back(std::move(u));
        }
    }
    QHash<QString, std::vector<const User*>> byDomain;
    for (const User& u : users) {
        byDomain[EmailAddress::domainOf(u.email, true)].push_back(&u);
    }
    QJsonArray groups;
    for (const QString& domain : MailSort::sortDomains(byDomain.keys(), m_config.primaryHostname())) {
        std::vector<const User*>& list = byDomain[domain];
        std::sort(list.begin(), list.end(), [](const User* a, const User* b) {
            if (a->active != b->active) {
                return a->active;
            }
            return MailSort::codePointLess(a->email, b->email);
        });
        QJsonArray arr;
        for (const User* u : list) {
            arr.append(u->json);
        }
        QJsonObject group;
        group.insert(QStringLiteral("domain"), domain);
        group.insert(QStringLiteral("users"), arr);
        groups.append(group);
    }
    return PyJson::indented(groups) + '\n';
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
        for (const QString& address : MailSort::sortEmailAddresses(aliases.keys(), primary)) {
            const Alias& a = aliases[address];
            out += (a.source + QLatin1Char('\t') + a.destination + QLatin1Char('\t') +
                    (a.senders.isNull() ? QString() : a.senders.toString()) + QLatin1Char('\n'))
                       .toUtf8();
        }
        return out;
    }
    QHash<QString, std::vector<const Alias*>> byDomain;
    for (const Alias& a : std::as_const(aliases)) {
        if (a.automatic && a.source.startsWith(QLatin1Char('@'))) {
            continue;
        }
        byDomain[EmailAddress::domainOf(a.source, true)].push_back(&a);
    }
    QJsonArray groups;
    for (const QString& domain : MailSort::sortDomains(byDomain.keys(), primary)) {
        std::vector<const Alias*>& list = byDomain[domain];
        std::sort(list.begin(), list.end(), [](const Alias* a, const Alias* b) {
            if (a->automatic != b->automatic) {
                return !a->automatic;
            }
            return MailSort::codePointLess(a->source, b->source);
        });
        QJsonArray arr;
        for (const Alias* a : list) {
            QJsonObject o;
            o.insert(QStringLiteral("address"), a->source);
            o.insert(QStringLiteral("address_display"), EmailAddress::toUnicode(a->source));
            QJsonArray forwards;
            for (const QString& r : a->destination.split(QLatin1Char(','))) {
                forwards.append(EmailAddress::toUnicode(r.trimmed()));
            }
            o.insert(QStringLiteral("forwards_to"), forwards);
            if (a->senders.isNull()) {
                o.insert(QStringLiteral("permitted_senders"), QJsonValue::Null);
            } else {
                QJsonArray senders;
                for (const QString& s : a->senders.toString().split(QLatin1Char(','))) {
                    senders.append(EmailAddress::toUnicode(s.trimmed()));
                }
                o.insert(QStringLiteral("permitted_senders"), senders);
            }
            o.insert(QStringLiteral("auto"), a->automatic);
            arr.append(o);
        }
        QJsonObject group;
        group.insert(QStringLiteral("aliases"), arr);
        group.insert(QStringLiteral("domain"), domain);
        groups.append(group);
    }
    return PyJson::indented(groups) + '\n';
}

QByteArray MailListing::buildDomainsText()
{
    QSqlDatabase db = m_db.connection();
    MailKick::Domains domains;
    if (!MailKick::readDomains(db, &domains)) {
        throw std::runtime_error("users database query failed");
    }
    QByteArray out;
    for (const QString& d : MailSort::sortDomains(domains.mail.values(), m_config.primaryHostname())) {
        out += d.toUtf8();
        out += '\n';
    }
    return out;
}
