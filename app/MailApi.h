#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The mail user and alias calls of spec/api.md §5 as requests: path and form fields, built in one place so MailService
// and the CSV import send exactly what the box expects.
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
};
