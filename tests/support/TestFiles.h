#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Whole-file reads and writes for test fixtures (not atomic: the tests own their temporary folders).
namespace TestFiles {
// The file's bytes, or empty if it cannot be read.
QByteArray read(const QString& path);
// Replaces the file with data, making its folder if needed; false if that failed.
bool write(const QString& path, const QByteArray& data);
// Writes the test data file `name` (tests/data/<name>.in) to `target` with every @KEY@ replaced by its value;
// false if a placeholder is left or a file cannot be read or written.
bool writeTemplate(const QString& name, const QString& target, const QHash<QString, QString>& values);
} // namespace TestFiles
