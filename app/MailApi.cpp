#include "MailApi.h"

MailApi::Request MailApi::addUser(const QString& email, const QString& password, bool admin, const QString& quota)
{
    return {QStringLiteral("/mail/users/add"),
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), password},
             {QStringLiteral("privileges"), admin ? QStringLiteral("admin") : QString()},
             {QStringLiteral("quota"), quota.trimmed().isEmpty() ? QStringLiteral("0") : quota.trimmed()}}};
}

MailApi::Request MailApi::removeUser(const QString& email)
{
    return {QStringLiteral("/mail/users/remove"), {{QStringLiteral("email"), email}}};
}

MailApi::Request MailApi::setPassword(const QString& email, const QString& password)
{
    return {QStringLiteral("/mail/users/password"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}};
}

MailApi::Request MailApi::setAdmin(const QString& email, bool admin)
{
    return {admin ? QStringLiteral("/mail/users/privileges/add") : QStringLiteral("/mail/users/privileges/remove"),
            {{QStringLiteral("email"), email}, {QStringLiteral("privilege"), QStringLiteral("admin")}}};
}

MailApi::Request MailApi::setQuota(const QString& email, const QString& quota)
{
    return {QStringLiteral("/mail/users/quota"), {{QStringLiteral("email"), email}, {QStringLiteral("quota"), quota}}};
}

MailApi::Request MailApi::addAlias(const QString& address, const QStringList& forwardsTo,
                                   const QStringList& permittedSenders, bool updateIfExists)
{
    Request r{QStringLiteral("/mail/aliases/add"),
              {{QStringLiteral("address"), address},
               {QStringLiteral("forwards_to"), forwardsTo.join(QLatin1Char('\n'))},
               {QStringLiteral("permitted_senders"), permittedSenders.join(QLatin1Char('\n'))}}};
    if (updateIfExists) {
        r.fields.append({QStringLiteral("update_if_exists"), QStringLiteral("1")});
    }
    return r;
}

MailApi::Request MailApi::removeAlias(const QString& address)
{
    return {QStringLiteral("/mail/aliases/remove"), {{QStringLiteral("address"), address}}};
}
