#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class AliasesJob;
class ApiClient;
class TextJob;
class UsersJob;

// The mail user and alias calls of spec/api.md §5 as requests: path and form fields, built in one place so pages,
// the CSV import and tests send exactly what the box expects.
class MailApi
{
public:
    struct Request
    {
        QString path;
        QList<QPair<QString, QString>> fields;
    };

    static Request addUser(const QString& email, const QString& password, bool admin, const QString& quota);
    static Request removeUser(const QString& email);
    static Request setPassword(const QString& email, const QString& password);
    static Request setAdmin(const QString& email, bool admin);
    static Request setQuota(const QString& email, const QString& quota);
    static Request addAlias(const QString& address, const QStringList& forwardsTo, const QStringList& permittedSenders,
                            bool updateIfExists);
    static Request removeAlias(const QString& address);

    static TextJob* send(ApiClient* client, const Request& request);
    static UsersJob* fetchUsers(ApiClient* client);
    static AliasesJob* fetchAliases(ApiClient* client);
};
