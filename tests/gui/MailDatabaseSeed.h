#pragma once

// Many users and aliases written straight into a box's users.sqlite (the agent stopped), in one transaction: for the
// gui tests and benchmarks that need thousands of rows, which the API would add one by one.
#include "TestAgent.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

struct SeedUser
{
    QString email;
    QString privileges; // "" or "admin" (a null QString would be stored as NULL)
    QString quota = QStringLiteral("0");
};

struct SeedAlias
{
    QString source;
    QString destination; // comma-separated
    QVariant permittedSenders; // a null QString for none
};

// Every user gets the password hash of the box's first user. Returns false (and the database's error) on failure;
// nothing is written then.
inline bool seedMailDatabase(const QString& path, const QList<SeedUser>& users, const QList<SeedAlias>& aliases,
                             QString* error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT password FROM users LIMIT 1"));
        const QString hash = q.next() ? q.value(0).toString() : QString();
        db.transaction();
        const auto failed = [&](const QSqlQuery& query) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        };
        QSqlQuery insertUser(db);
        insertUser.prepare(
            QStringLiteral("INSERT INTO users (email, password, privileges, quota) VALUES (?, ?, ?, ?)"));
        for (const SeedUser& user : users) {
            insertUser.addBindValue(user.email);
            insertUser.addBindValue(hash);
            insertUser.addBindValue(user.privileges);
            insertUser.addBindValue(user.quota);
            if (!insertUser.exec()) {
                return failed(insertUser);
            }
        }
        QSqlQuery insertAlias(db);
        insertAlias.prepare(
            QStringLiteral("INSERT INTO aliases (source, destination, permitted_senders) VALUES (?, ?, ?)"));
        for (const SeedAlias& alias : aliases) {
            insertAlias.addBindValue(alias.source);
            insertAlias.addBindValue(alias.destination);
            insertAlias.addBindValue(alias.permittedSenders);
            if (!insertAlias.exec()) {
                return failed(insertAlias);
            }
        }
        ok = db.commit();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Stops the running agent, seeds its box's database and starts it again on the same box.
inline bool seedAgentMailDatabase(TestAgent* agent, const QList<SeedUser>& users, const QList<SeedAlias>& aliases,
                                  QString* error)
{
    const QString dir = agent->dir();
    agent->stop();
    QString detail;
    if (!seedMailDatabase(agent->databasePath(), users, aliases, &detail)) {
        *error = QStringLiteral("cannot seed: %1").arg(detail);
        return false;
    }
    if (!agent->start(&detail, {}, dir)) {
        *error = QStringLiteral("cannot restart the agent: %1").arg(detail);
        return false;
    }
    return true;
}
