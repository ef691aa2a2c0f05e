#include "OfflineCache.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
constexpr QFileDevice::Permissions fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions folderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString suffix = QStringLiteral(".json");

// Member names that could hold a secret; none of the kept answers has one, but a box may add members.
bool looksSecret(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("password")) || n.contains(QLatin1String("secret")) ||
           n.contains(QLatin1String("api_key")) || n.contains(QLatin1String("apikey")) ||
           n.contains(QLatin1String("private")) || n.contains(QLatin1String("token")) || n == QLatin1String("key");
}

QJsonValue scrub(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!looksSecret(it.key())) {
                out.insert(it.key(), scrub(it.value()));
            }
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray()) {
            out.append(scrub(v));
        }
        return out;
    }
    return value;
}

struct KeptFile
{
    QString path;
    QDateTime fetched;
    qint64 size = 0;
};

QDateTime fetchedOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return QDateTime::fromString(o.value(QLatin1String("fetched")).toString(), Qt::ISODateWithMs);
}

QList<KeptFile> keptFiles(const QString& folder)
{
    QList<KeptFile> files;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The file's time orders them (written when fetched): reading every kept answer to sort them would cost more.
        const QFileInfo info(path);
        files.append({path, info.lastModified(), info.size()});
    }
    std::sort(files.begin(), files.end(), [](const KeptFile& a, const KeptFile& b) { return a.fetched < b.fetched; });
    return files;
}

qint64 sum(const QList<KeptFile>& files)
{
    qint64 total = 0;
    for (const KeptFile& f : files) {
        total += f.size;
    }
    return total;
}
} // namespace

OfflineCache::OfflineCache()
    : OfflineCache(
          QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("offline")))
{ }

OfflineCache::OfflineCache(const QString& root)
    : m_root(root)
{ }

void OfflineCache::setLimits(qint64 perBox, qint64 total)
{
    m_boxLimit = perBox;
    m_totalLimit = total;
}

QList<OfflineCache::Kind> OfflineCache::kinds()
{
    return {Kind::Users, Kind::Aliases, Kind::CustomDns, Kind::Status, Kind::Certificates, Kind::Backups};
}

QString OfflineCache::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Users:
        return QStringLiteral("users");
    case Kind::Aliases:
        return QStringLiteral("aliases");
    case Kind::CustomDns:
        return QStringLiteral("custom-dns");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Certificates:
        return QStringLiteral("certificates");
    case Kind::Backups:
        return QStringLiteral("backups");
    }
    return QString();
}

std::optional<OfflineCache::Kind> OfflineCache::kindFor(const QByteArray& verb, const QString& path)
{
    if (verb == "POST") {
        if (path == QLatin1String("/system/status")) {
            return Kind::Status;
        }
        return std::nullopt;
    }
    if (verb != "GET") {
        return std::nullopt;
    }
    if (path == QLatin1String("/mail/users")) {
        return Kind::Users;
    }
    if (path == QLatin1String("/mail/aliases")) {
        return Kind::Aliases;
    }
    if (path == QLatin1String("/dns/custom")) {
        return Kind::CustomDns;
    }
    if (path == QLatin1String("/ssl/status")) {
        return Kind::Certificates;
    }
    if (path == QLatin1String("/system/backup/status")) {
        return Kind::Backups;
    }
    return std::nullopt;
}

QString OfflineCache::safeId(const QString& box)
{
    QString readable;
    for (const QChar c : box.toLower()) {
        if (readable.size() >= 32) {
            break;
        }
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            readable.append(c);
        } else if (!readable.endsWith(QLatin1Char('-'))) {
            readable.append(QLatin1Char('-'));
        }
    }
    const QByteArray hash = QCryptographicHash::hash(box.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return readable + QLatin1Char('_') + QString::fromLatin1(hash);
}

QString OfflineCache::folder(const QString& box) const
{
    return QDir(m_root).filePath(safeId(box));
}

bool OfflineCache::store(const QString& box, Kind kind, const QByteArray& answer, const QDateTime& fetched)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError) {
        return false;
    }
    const QJsonValue kept = scrub(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    QJsonObject file;
    file.insert(QStringLiteral("box"), box);
    file.insert(QStringLiteral("fetched"),
                (fetched.isValid() ? fetched : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs));
    file.insert(QStringLiteral("answer"), kept);
    const QByteArray bytes = QJsonDocument(file).toJson(QJsonDocument::Compact);
    if (bytes.size() > m_boxLimit || bytes.size() > m_totalLimit) {
        qCInfo(lcNet, "Offline copy of %s not kept: %lld bytes is over the limit", qPrintable(kindName(kind)),
               qint64(bytes.size()));
        return false;
    }
    for (const QString& dir : {m_root, folder(box)}) {
        if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, folderMode)) {
            qCWarning(lcNet, "Cannot make the offline folder %s", qPrintable(dir));
            return false;
        }
    }
    const QString path = QDir(folder(box)).filePath(kindName(kind) + suffix);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return false;
    }
    out.setPermissions(fileMode);
    out.write(bytes);
    if (!out.commit() || !QFile::setPermissions(path, fileMode)) {
        qCWarning(lcNet, "Cannot write the offline copy %s", qPrintable(path));
        return false;
    }
    enforceLimits(path);
    return true;
}

void OfflineCache::enforceLimits(const QString& keep)
{
    // The box's folder first, then all boxes: the oldest answers go until both fit; the one just written stays.
    const QString boxFolder = QFileInfo(keep).absolutePath();
    for (const auto& [scope, limit] : {std::make_pair(boxFolder, m_boxLimit), std::make_pair(m_root, m_totalLimit)}) {
        QList<KeptFile> files = keptFiles(scope);
        qint64 total = sum(files);
        for (const KeptFile& f : files) {
            if (total <= limit) {
                break;
            }
            if (QFileInfo(f.path) == QFileInfo(keep)) {
                continue;
            }
            if (QFile::remove(f.path)) {
                total -= f.size;
            }
        }
    }
}

OfflineCache::Entry OfflineCache::load(const QString& box, Kind kind) const
{
    QFile file(QDir(folder(box)).filePath(kindName(kind) + suffix));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue answer = o.value(QLatin1String("answer"));
    Entry entry;
    if (answer.isArray()) {
        entry.answer = QJsonDocument(answer.toArray()).toJson(QJsonDocument::Compact);
    } else if (answer.isObject()) {
        entry.answer = QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact);
    } else {
        return {};
    }
    entry.fetched = QDateTime::fromString(o.value(QLatin1String("fetched")).toString(), Qt::ISODateWithMs);
    return entry;
}

bool OfflineCache::has(const QString& box) const
{
    return !keptFiles(folder(box)).isEmpty(); // file names and times only: cheap enough for every repaint of a row
}

QDateTime OfflineCache::newest(const QString& box) const
{
    QDateTime newest;
    for (const KeptFile& f : keptFiles(folder(box))) {
        const QDateTime fetched = fetchedOf(f.path);
        if (fetched.isValid() && (!newest.isValid() || fetched > newest)) {
            newest = fetched;
        }
    }
    return newest;
}

void OfflineCache::remove(const QString& box)
{
    QDir(folder(box)).removeRecursively();
}

qint64 OfflineCache::size(const QString& box) const
{
    return sum(keptFiles(folder(box)));
}

qint64 OfflineCache::totalSize() const
{
    return sum(keptFiles(m_root));
}
