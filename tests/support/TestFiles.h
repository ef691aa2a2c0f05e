#pragma once

#include <QByteArray>
#include <QString>

// Whole-file reads and writes for test fixtures (not atomic: the tests own their temporary folders).
namespace TestFiles {
// The file's bytes, or empty if it cannot be read.
QByteArray read(const QString& path);
// Replaces the file with data, making its folder if needed; false if that failed.
bool write(const QString& path, const QByteArray& data);
} // namespace TestFiles
