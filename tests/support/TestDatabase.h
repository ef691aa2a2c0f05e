#pragma once

#include <QString>
#include <QVariantList>

// Reads a box's users.sqlite from the test, as another process would, to prove what a request changed.
class TestDatabase
{
public:
    // Every row of every table (found in sqlite_master, in name order), rows in rowid order, one line
    // per row with NULL told apart from the empty string: equal dumps mean equal contents.
    static QString dump(const QString& databasePath);
    // Runs `sql` with bound values on the file, as another program would; false (and a warning with the
    // reason) if it could not be opened or the statement failed.
    static bool exec(const QString& databasePath, const QString& sql, const QVariantList& values = {});
};
