#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The last answers fetched from each box, kept on disk so an admin can still read a box's settings while it cannot be
// reached (the dashboard's offline view). One folder per box under the app's data folder (offline/<safe id>/, mode
// 0700), one file per kind of answer (mode 0600, written atomically) holding the answer and when it was fetched.
// Only answers of a fixed list of read routes are kept, none of which holds a password or a key; any object member
// named like a secret is dropped before writing all the same. Bounded: a size per box and in total, the oldest
// answers dropped first.
class OfflineCache
{
public:
    enum class Kind { Users, Aliases, CustomDns, Status, Certificates, Backups };

    struct Entry
    {
        QByteArray answer; // the box's answer (JSON), as fetched
        QDateTime fetched; // UTC
        bool isValid() const { return fetched.isValid(); }
    };

    static constexpr qint64 defaultBoxLimit = 8 * 1024 * 1024;
    static constexpr qint64 defaultTotalLimit = 64 * 1024 * 1024;

    OfflineCache(); // QStandardPaths::AppDataLocation/offline
    explicit OfflineCache(const QString& root);

    QString root() const { return m_root; }
    void setLimits(qint64 perBox, qint64 total);
    qint64 boxLimit() const { return m_boxLimit; }
    qint64 totalLimit() const { return m_totalLimit; }

    // The kind a call's answer is kept as, or none: only GETs of users, aliases, custom DNS, certificates and
    // backups, and the POST that runs the status checks. `path` is relative to the box's /admin.
    static std::optional<Kind> kindFor(const QByteArray& verb, const QString& path);
    static QList<Kind> kinds();
    static QString kindName(Kind kind); // the file's base name, e.g. "users"

    // A folder name for a profile name: readable letters and digits, and a hash of the whole name.
    static QString safeId(const QString& box);
    QString folder(const QString& box) const;

    // Keeps `answer` as the box's latest of `kind`; false when it is not JSON, is larger than the box's limit, or
    // could not be written.
    bool store(const QString& box, Kind kind, const QByteArray& answer, const QDateTime& fetched = {});
    Entry load(const QString& box, Kind kind) const;
    bool has(const QString& box) const; // any answer kept
    QDateTime newest(const QString& box) const; // the latest fetch time of any answer kept, invalid if none
    void remove(const QString& box);
    qint64 size(const QString& box) const; // bytes on disk
    qint64 totalSize() const;

private:
    void enforceLimits(const QString& keep);

    QString m_root;
    qint64 m_boxLimit = defaultBoxLimit;
    qint64 m_totalLimit = defaultTotalLimit;
};
