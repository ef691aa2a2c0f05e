#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// A folder tree as it is on disk, for tests that a program leaves files alone: every file, folder and symlink below
// a root (not following symlinks), with its mode, size, modification time (nanoseconds), content hash and link target.
namespace TestTree {
struct Entry
{
    char type = '?'; // 'f' file, 'd' folder, 'l' symlink, '?' other
    uint mode = 0; // permission bits
    qint64 size = 0;
    qint64 mtimeNs = 0;
    QByteArray sha256; // files only
    QByteArray linkTarget; // symlinks only, as stored
};
using Snapshot = QMap<QString, Entry>; // by path relative to the root ("" is the root itself)

Snapshot take(const QString& root);

// What differs, by path (sorted): "added", "removed", or "changed: <what>" with <what> among type a -> b, content,
// mode 0644 -> 0600, target a -> b, mtime.
QMap<QString, QString> compare(const Snapshot& before, const Snapshot& after);
// The same as lines "<path> (<what>)", for test messages.
QStringList differences(const Snapshot& before, const Snapshot& after);
// The paths that differ (added, removed or changed), sorted.
QStringList changedPaths(const Snapshot& before, const Snapshot& after);
} // namespace TestTree
