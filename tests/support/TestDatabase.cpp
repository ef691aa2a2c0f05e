#include "TestDatabase.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

QString TestDatabase::dump(const QString& databasePath)
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return QStringLiteral("cannot open %1").arg(databasePath);
        }
        QSqlQuery q(db);
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"));
        while (q.next()) {
            tables.append(q.value(0).toString());
        }
        for (const QString& table : tables) {
            out += table + QStringLiteral(":\n");
            // Tables created WITHOUT ROWID have none; their primary key orders them then.
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
                q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            }
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    out += (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()) + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

bool TestDatabase::exec(const QString& databasePath, const QString& sql, const QVariantList& values)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : values) {
                q.addBindValue(v);
            }
            ok = q.exec();
            if (!ok) {
                qWarning() << q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
