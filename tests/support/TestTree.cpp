#include "TestTree.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace TestTree {

namespace {

Entry entryOf(const QString& path)
{
    Entry e;
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return e;
    e.mode = st.st_mode & 07777;
    e.size = st.st_size;
    e.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    if (S_ISREG(st.st_mode)) {
        e.type = 'f';
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly) && hash.addData(&f))
            e.sha256 = hash.result().toHex();
    } else if (S_ISDIR(st.st_mode)) {
        e.type = 'd';
    } else if (S_ISLNK(st.st_mode)) {
        e.type = 'l';
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
        e.linkTarget = n >= 0 ? target.left(n) : QByteArray();
    }
    return e;
}

QString describe(const Entry& a, const Entry& b)
{
    QStringList what;
    if (a.type != b.type)
        what << QStringLiteral("type %1 -> %2").arg(QChar::fromLatin1(a.type)).arg(QChar::fromLatin1(b.type));
    if (a.sha256 != b.sha256 || a.size != b.size)
        what << QStringLiteral("content");
    if (a.mode != b.mode)
        what << QStringLiteral("mode %1 -> %2").arg(a.mode, 4, 8, QLatin1Char('0')).arg(b.mode, 4, 8, QLatin1Char('0'));
    if (a.linkTarget != b.linkTarget)
        what << QStringLiteral("target %1 -> %2").arg(QString::fromUtf8(a.linkTarget), QString::fromUtf8(b.linkTarget));
    if (a.mtimeNs != b.mtimeNs)
        what << QStringLiteral("mtime");
    return what.join(QStringLiteral(", "));
}

} // namespace

Snapshot take(const QString& root)
{
    Snapshot snapshot;
    snapshot.insert(QString(), entryOf(root));
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const int prefix = int(root.size()) + 1;
    while (it.hasNext()) {
        const QString path = it.next();
        snapshot.insert(path.mid(prefix), entryOf(path));
    }
    return snapshot;
}

QMap<QString, QString> compare(const Snapshot& before, const Snapshot& after)
{
    QMap<QString, QString> changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto other = after.constFind(it.key());
        if (other == after.cend())
            changes.insert(it.key(), QStringLiteral("removed"));
        else if (const QString what = describe(it.value(), other.value()); !what.isEmpty())
            changes.insert(it.key(), QStringLiteral("changed: ") + what);
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.insert(it.key(), QStringLiteral("added"));
    }
    return changes;
}

QStringList differences(const Snapshot& before, const Snapshot& after)
{
    QStringList lines;
    const QMap<QString, QString> changes = compare(before, after);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        lines << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
    return lines;
}

QStringList changedPaths(const Snapshot& before, const Snapshot& after)
{
    return compare(before, after).keys();
}

} // namespace TestTree
