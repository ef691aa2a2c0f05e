#include "MailService.h"

#include "Doveadm.h"
#include "EmailAddress.h"
#include "MailListing.h"
#include "MailQuota.h"
#include "auth/PasswordHash.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "box/DomainOrder.h"
#include "box/Privileges.h"
#include "box/ProcessRunner.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcMail, "boxkeeper.agent.mail.service")
Q_LOGGING_CATEGORY(lcMailTiming, "boxkeeper.agent.mail.timing", QtWarningMsg)

namespace {

const QString UserAddressRule = QStringLiteral(
    "User account email addresses may only use the lowercase ASCII letters a-z, the digits 0-9, underscore (_), "
    "hyphen (-), and period (.).");
const QString DcvUserRule =
    QStringLiteral("You may not make a user account for that address because it is frequently used for domain control "
                   "validation. Use an alias instead if necessary.");
const QString DcvAliasRule = QStringLiteral(
    "This alias can only have administrators of this system as destinations because the address is frequently "
    "used for domain control validation.");

std::optional<MailResult> validatePassword(const QString& password)
{
    if (password.trimmed().isEmpty()) {
        return MailResult::error(QStringLiteral("No password provided."));
    }
    if (password.toUcs4().size() < 8) {
        return MailResult::error(QStringLiteral("Passwords must be at least eight characters."));
    }
    // Not in upstream: what crypt(3) cannot hash whole is refused instead of stored as a hash nobody can log in with.
    for (const QChar c : password) {
        if (c.category() == QChar::Other_Control) {
            return MailResult::error(QStringLiteral("Passwords cannot contain control characters."));
        }
    }
    if (password.toUtf8().size() > PasswordHash::MaxPasswordBytes) {
        return MailResult::error(
            QStringLiteral("Passwords must be at most %1 bytes long.").arg(PasswordHash::MaxPasswordBytes));
    }
    return std::nullopt;
}

const MailResult HashFailure = MailResult::error(QStringLiteral("The password could not be hashed."), 500);

std::optional<MailResult> validatePrivilege(const QString& privilege)
{
    if (privilege.contains(QLatin1Char('\n')) || privilege.trimmed().isEmpty()) {
        return MailResult::error(QStringLiteral("That's not a valid privilege (%1).").arg(privilege));
    }
    return std::nullopt;
}

// An empty join is a null QString, which would be bound as SQL NULL.
QString joined(const QStringList& list, QChar separator)
{
    const QString s = list.join(separator);
    return s.isNull() ? QStringLiteral("") : s;
}

// Items of a comma- and newline-separated list, trimmed, blanks skipped.
QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& line : value.split(QLatin1Char('\n'))) {
        for (const QString& item : line.split(QLatin1Char(','))) {
            const QString t = item.trimmed();
            if (!t.isEmpty()) {
                out.append(t);
            }
        }
    }
    return out;
}

bool userExists(QSqlDatabase& db, const QString& email, bool* ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE email = ?"));
    q.addBindValue(email);
    *ok = q.exec();
    return *ok && q.next();
}

std::optional<QString> userPrivileges(QSqlDatabase& db, const QString& email, bool* ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT privileges FROM users WHERE email = ?"));
    q.addBindValue(email);
    *ok = q.exec();
    if (*ok && q.next()) {
        return q.value(0).toString();
    }
    return std::nullopt;
}

const MailResult DatabaseFailure = MailResult::error(QStringLiteral("The users database could not be written."), 500);

const QString Admin = QStringLiteral("admin");

// True if a user other than `email` has the admin privilege (*ok false on a database error).
bool anotherAdminExists(QSqlDatabase& db, const QString& email, bool* ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT privileges FROM users WHERE email <> ? AND privileges LIKE '%admin%'"));
    q.addBindValue(email);
    *ok = q.exec();
    while (*ok && q.next()) {
        if (Privileges::parse(q.value(0).toString()).contains(Admin)) {
            return true;
        }
    }
    return false;
}

// Not in upstream: the last administrator cannot be archived or demoted, since no one could manage the box
// after it. Returns the refusal, or nullopt when the change may go ahead.
std::optional<MailResult> lastAdminGuard(QSqlDatabase& db, const QString& email, const QString& refusal)
{
    bool ok = false;
    const auto privileges = userPrivileges(db, email, &ok);
    if (!ok) {
        return DatabaseFailure;
    }
    if (!privileges || !Privileges::parse(*privileges).contains(Admin)) {
        return std::nullopt;
    }
    const bool another = anotherAdminExists(db, email, &ok);
    if (!ok) {
        return DatabaseFailure;
    }
    if (!another) {
        return MailResult::error(refusal);
    }
    return std::nullopt;
}

MailResult failed(const QSqlQuery& q)
{
    qCWarning(lcMail) << "users database:" << q.lastError().text() << q.lastQuery();
    return DatabaseFailure;
}

// Sets one column (a name of ours, never a request's) of an existing user's row: "OK", or "That's not a
// user" when no row has that email.
MailResult setUserColumn(QSqlDatabase& db, QLatin1String column, const QString& value, const QString& email)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE users SET %1 = ? WHERE email = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(email);
    if (!q.exec()) {
        return failed(q);
    }
    return q.numRowsAffected() == 1 ? MailResult::ok(QStringLiteral("OK"))
                                    : MailResult::error(MailService::notAUser(email));
}

} // namespace

MailService::MailService(const BoxConfig& config, Database& db)
    : m_config(config)
    , m_db(db)
    , m_listing(std::make_unique<MailListing>(config, db))
    , m_doveadm(std::make_unique<Doveadm>(config))
{ }

MailService::~MailService() = default;

void MailService::setDomainsChangedHook(DomainsChangedHook hook)
{
    QMutexLocker lock(&m_hookMutex);
    m_domainsChanged = std::move(hook);
}

QString MailService::notAUser(const QString& email)
{
    return QStringLiteral("That's not a user (%1).").arg(email);
}

QByteArray MailService::usersText()
{
    return m_listing->usersText();
}

QByteArray MailService::usersJson()
{
    return m_listing->usersJson();
}

QByteArray MailService::aliasesText()
{
    return m_listing->aliasesText();
}

QByteArray MailService::aliasesJson()
{
    return m_listing->aliasesJson();
}

QByteArray MailService::domainsText()
{
    return m_listing->domainsText();
}

QStringList MailService::mailDomains()
{
    QSqlDatabase db = m_db.connection();
    MailKick::Domains domains;
    if (!MailKick::readDomains(db, &domains)) {
        return {};
    }
    return DomainOrder::sorted(domains.mail.values(), m_config.primaryHostname());
}

MailResult MailService::writeSimple(const Change& change)
{
    MailResult result;
    QString error;
    const bool committed = m_db.write(
        [&](QSqlDatabase& db) {
            result = change(db);
            return result.isOk();
        },
        &error);
    if (!committed && result.isOk()) {
        qCWarning(lcMail) << "write failed:" << error;
        return DatabaseFailure;
    }
    return result;
}

MailResult MailService::writeWithKick(const QString& statusLine, const Change& change)
{
    MailResult result;
    QString messages;
    quint64 seq = 0;
    bool touchedKnown = false;
    QString error;
    QElapsedTimer timer;
    timer.start();
    qint64 changed = 0, kicked = 0, inside = 0;
    const bool committed = m_db.write(
        [&](QSqlDatabase& db) {
            inside = timer.nsecsElapsed();
            {
                QMutexLocker lock(&m_domainsMutex);
                if (!m_knownValid) {
                    if (!MailKick::readDomains(db, &m_known)) {
                        return false;
                    }
                    m_knownValid = true;
                }
            }
            result = change(db);
            if (!result.isOk()) {
                return false;
            }
            changed = timer.nsecsElapsed();
            MailKick::Domains after;
            QMutexLocker lock(&m_domainsMutex);
            const bool ran =
                MailKick::run(db, m_config.primaryHostname(), &messages, &after, m_syncedValid ? &m_synced : nullptr);
            kicked = timer.nsecsElapsed();
            touchedKnown = true;
            if (!ran) {
                m_syncedValid = false;
                result = DatabaseFailure;
                return false;
            }
            m_synced = after;
            m_syncedValid = messages.isEmpty(); // after a removal the next kick re-checks auto_aliases
            if (after != m_known) {
                m_known = after;
                seq = ++m_changeSeq;
            }
            return true;
        },
        &error);
    if (!committed) {
        if (touchedKnown) {
            QMutexLocker lock(&m_domainsMutex);
            m_knownValid = false;
            m_syncedValid = false;
        }
        if (result.isOk()) {
            qCWarning(lcMail) << "write failed:" << error;
            return DatabaseFailure;
        }
        return result;
    }
    qCDebug(lcMailTiming) << statusLine << "lock" << inside / 1e6 << "change" << (changed - inside) / 1e6 << "kick"
                          << (kicked - changed) / 1e6 << "commit" << (timer.nsecsElapsed() - kicked) / 1e6 << "ms";
    QString text = statusLine + QLatin1Char('\n') + messages;
    if (seq > 0) {
        text += runDomainsHook(seq);
    }
    return MailResult::ok(text);
}

QString MailService::runDomainsHook(quint64 seq)
{
    QMutexLocker hookLock(&m_hookMutex);
    MailKick::Domains snapshot;
    quint64 newest = 0;
    {
        QMutexLocker lock(&m_domainsMutex);
        snapshot = m_known;
        newest = m_changeSeq;
    }
    if (m_appliedSeq >= newest || seq > newest) {
        return QString(); // a later change's call already told the hook about this state
    }
    m_appliedSeq = newest;
    if (!m_domainsChanged) {
        return QString();
    }
    return m_domainsChanged(snapshot);
}

QString MailService::kick()
{
    const MailResult r = writeWithKick(QString(), [](QSqlDatabase&) { return MailResult::ok(QString()); });
    return r.text.mid(1); // without the empty status line
}

MailResult MailService::addUser(const QString& email, const QString& password, const QString& privilegesText,
                                const std::optional<QString>& quotaField)
{
    if (email.trimmed().isEmpty()) {
        return MailResult::error(QStringLiteral("No email address provided."));
    }
    if (!EmailAddress::isValid(email)) {
        return MailResult::error(QStringLiteral("Invalid email address."));
    }
    if (!EmailAddress::isValid(email, EmailAddress::Mode::User)) {
        return MailResult::error(UserAddressRule);
    }
    const bool dcv = EmailAddress::isDcvAddress(email);
    const auto anyUser = [](QSqlDatabase& db, bool* ok) {
        QSqlQuery q(db);
        *ok = q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
        return *ok && q.next();
    };
    if (dcv) {
        QSqlDatabase db = m_db.connection();
        bool ok = false;
        if (anyUser(db, &ok)) {
            return MailResult::error(DcvUserRule);
        }
    }
    if (auto e = validatePassword(password)) {
        return *e;
    }
    QStringList privileges;
    if (!privilegesText.trimmed().isEmpty()) {
        privileges = privilegesText.split(QLatin1Char('\n'));
        for (const QString& p : privileges) {
            if (auto e = validatePrivilege(p)) {
                return *e;
            }
        }
    }
    QString quotaError;
    const QString quota = MailQuota::validate(quotaField.value_or(QStringLiteral("0")), &quotaError);
    if (quota.isEmpty()) {
        return MailResult::error(quotaError);
    }
    const QString hash = PasswordHash::hash(password);
    if (hash.isEmpty()) {
        return HashFailure;
    }

    MailResult r = writeWithKick(QStringLiteral("mail user added"), [&](QSqlDatabase& db) {
        bool ok = false;
        if (dcv && anyUser(db, &ok)) {
            return MailResult::error(DcvUserRule);
        }
        if (userExists(db, email, &ok)) {
            return MailResult::error(QStringLiteral("User already exists."));
        }
        if (!ok) {
            return DatabaseFailure;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO users (email, password, privileges, quota) VALUES (?, ?, ?, ?)"));
        q.addBindValue(email);
        q.addBindValue(hash);
        q.addBindValue(joined(privileges, QLatin1Char('\n')));
        q.addBindValue(quota);
        return q.exec() ? MailResult::ok(QString()) : failed(q);
    });
    if (r.isOk()) {
        m_doveadm->quotaRecalc(email);
    }
    return r;
}

MailResult MailService::removeUser(const QString& email)
{
    return writeWithKick(QStringLiteral("mail user removed"), [&](QSqlDatabase& db) {
        if (auto refused = lastAdminGuard(db, email, QStringLiteral("You cannot archive the last administrator."))) {
            return *refused;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM users WHERE email = ?"));
        q.addBindValue(email);
        if (!q.exec()) {
            return failed(q);
        }
        return q.numRowsAffected() == 1 ? MailResult::ok(QString()) : MailResult::error(notAUser(email));
    });
}

MailResult MailService::setPassword(const QString& email, const QString& password)
{
    if (auto e = validatePassword(password)) {
        return *e;
    }
    const QString hash = PasswordHash::hash(password);
    if (hash.isEmpty()) {
        return HashFailure;
    }
    return writeSimple([&](QSqlDatabase& db) { return setUserColumn(db, QLatin1String("password"), hash, email); });
}

std::optional<QString> MailService::quota(const QString& email)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT quota FROM users WHERE email = ?"));
    q.addBindValue(email);
    if (!q.exec()) {
        throw std::runtime_error("users database query failed");
    }
    if (!q.next()) {
        return std::nullopt;
    }
    return q.value(0).toString();
}

MailResult MailService::setQuota(const QString& email, const std::optional<QString>& quotaField)
{
    if (!quotaField) {
        return MailResult::error(QStringLiteral("No quota provided."));
    }
    QString error;
    const QString quota = MailQuota::validate(*quotaField, &error);
    if (quota.isEmpty()) {
        return MailResult::error(error);
    }
    MailResult r =
        writeSimple([&](QSqlDatabase& db) { return setUserColumn(db, QLatin1String("quota"), quota, email); });
    if (r.isOk()) {
        m_doveadm->quotaRecalc(email);
    }
    return r;
}

std::optional<QStringList> MailService::privileges(const QString& email)
{
    QSqlDatabase db = m_db.connection();
    bool ok = false;
    const auto value = userPrivileges(db, email, &ok);
    if (!ok) {
        throw std::runtime_error("users database query failed");
    }
    if (!value) {
        return std::nullopt;
    }
    return Privileges::parse(*value);
}

MailResult MailService::addPrivilege(const QString& email, const QString& privilege)
{
    return changePrivilege(email, privilege, true);
}

MailResult MailService::removePrivilege(const QString& email, const QString& privilege)
{
    return changePrivilege(email, privilege, false);
}

MailResult MailService::changePrivilege(const QString& email, const QString& privilege, bool add)
{
    if (auto e = validatePrivilege(privilege)) {
        return *e;
    }
    return writeSimple([&](QSqlDatabase& db) {
        bool ok = false;
        const auto value = userPrivileges(db, email, &ok);
        if (!ok) {
            return DatabaseFailure;
        }
        if (!value) {
            return MailResult::error(notAUser(email));
        }
        QStringList privileges = Privileges::parse(*value);
        if (add) {
            if (!privileges.contains(privilege)) {
                privileges.append(privilege);
            }
        } else {
            if (privilege == Admin && privileges.contains(Admin)) {
                const bool another = anotherAdminExists(db, email, &ok);
                if (!ok) {
                    return DatabaseFailure;
                }
                if (!another) {
                    return MailResult::error(
                        QStringLiteral("You cannot remove the admin privilege from the last administrator."));
                }
            }
            privileges.removeAll(privilege);
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE users SET privileges = ? WHERE email = ?"));
        q.addBindValue(joined(privileges, QLatin1Char('\n')));
        q.addBindValue(email);
        return q.exec() ? MailResult::ok(QStringLiteral("OK")) : failed(q);
    });
}

MailResult MailService::addAlias(const QString& addressField, const QString& forwardsField, const QString& sendersField,
                                 bool updateIfExists)
{
    const QString address = EmailAddress::toIdna(addressField).toLower().trimmed();
    if (address.isEmpty()) {
        return MailResult::error(QStringLiteral("No email address provided."));
    }
    if (!EmailAddress::isValid(address, EmailAddress::Mode::Alias)) {
        return MailResult::error(QStringLiteral("Invalid email address (%1).").arg(address));
    }
    const bool dcvSource = EmailAddress::isDcvAddress(address);
    const QString forwardsTo = forwardsField.trimmed();
    const QString single = EmailAddress::toIdna(forwardsTo);
    const bool singleDestination = EmailAddress::isValid(single, EmailAddress::Mode::Alias) && !dcvSource;
    const QStringList senders = splitList(sendersField.trimmed());

    QString status;
    MailResult r = writeWithKick(QString(), [&](QSqlDatabase& db) {
        bool ok = false;
        QStringList destinations;
        if (singleDestination) {
            destinations.append(single);
        } else {
            for (const QString& item : splitList(forwardsTo)) {
                const QString email = EmailAddress::toIdna(item);
                if (!EmailAddress::isValid(email)) {
                    return MailResult::error(QStringLiteral("Invalid receiver email address (%1).").arg(email));
                }
                if (dcvSource && !EmailAddress::isDcvAddress(email)) {
                    const auto privileges = userPrivileges(db, EmailAddress::withoutPlusTag(email), &ok);
                    if (!ok) {
                        return DatabaseFailure;
                    }
                    if (!privileges || !Privileges::parse(*privileges).contains(QLatin1String("admin"))) {
                        return MailResult::error(DcvAliasRule);
                    }
                }
                destinations.append(email);
            }
        }
        for (const QString& login : senders) {
            if (!userExists(db, login, &ok)) {
                if (!ok) {
                    return DatabaseFailure;
                }
                return MailResult::error(
                    QStringLiteral("Invalid permitted sender: %1 is not a user on this system.").arg(login));
            }
        }
        if (destinations.isEmpty() && senders.isEmpty()) {
            return MailResult::error(
                QStringLiteral("The alias must either forward to an address or have a permitted sender."));
        }
        const QVariant sendersValue =
            senders.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(senders.join(QLatin1Char(',')));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM aliases WHERE source = ?"));
        q.addBindValue(address);
        if (!q.exec()) {
            return failed(q);
        }
        if (q.next()) {
            if (!updateIfExists) {
                return MailResult::error(QStringLiteral("Alias already exists (%1).").arg(address));
            }
            q.prepare(QStringLiteral("UPDATE aliases SET destination = ?, permitted_senders = ? WHERE source = ?"));
            status = QStringLiteral("alias updated");
        } else {
            q.prepare(QStringLiteral("INSERT INTO aliases (destination, permitted_senders, source) VALUES (?, ?, ?)"));
            status = QStringLiteral("alias added");
        }
        q.addBindValue(joined(destinations, QLatin1Char(',')));
        q.addBindValue(sendersValue);
        q.addBindValue(address);
        return q.exec() ? MailResult::ok(QString()) : failed(q);
    });
    if (r.isOk()) {
        r.text.prepend(status);
    }
    return r;
}

MailResult MailService::removeAlias(const QString& addressField)
{
    const QString address = EmailAddress::toIdna(addressField);
    return writeWithKick(QStringLiteral("alias removed"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM aliases WHERE source = ?"));
        q.addBindValue(address);
        if (!q.exec()) {
            return failed(q);
        }
        return q.numRowsAffected() == 1 ? MailResult::ok(QString())
                                        : MailResult::error(QStringLiteral("That's not an alias (%1).").arg(address));
    });
}

bool MailService::restartServices(QString* error) const
{
    error->clear();
    const auto command =
        m_config.command(QStringLiteral("MAIL_RESTART_COMMAND"), QStringLiteral("systemctl restart postfix dovecot"));
    if (!command)
        return false;
    const ProcessResult r = ProcessRunner(command->first()).args(command->mid(1)).run();
    if (!r.ok()) {
        *error = r.message();
        qCWarning(lcMail).noquote() << "restarting the mail services failed:" << *error;
        return false;
    }
    return true;
}
