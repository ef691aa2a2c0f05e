#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// The settings of STORAGE_ROOT/backup/custom.yaml (domain.md §13.1): the defaults (`min_age_in_days: 3`,
// `target: local`) with the file's keys merged over them, in upstream's order (defaults first, then the file's
// other keys as they come). Every key is kept, known or not, so that saving writes back what was there.
class BackupSettings
{
public:
    static constexpr int DefaultMinAgeInDays = 3;

    // The defaults with the file's mapping merged over them; defaults alone when the text is empty, not YAML or
    // not a mapping (upstream reads such a file as no settings).
    static BackupSettings parse(const QByteArray& yaml);

    // The YAML text upstream writes (block mapping, one `key: value` line per key, in order; empty and
    // number-like strings quoted with '').
    QByteArray serialize() const;

    // `target` as stored: `off`, `local` or a URL.
    QString target() const;
    // `min_age_in_days`: an integer, or a string holding one; the default otherwise.
    int minAgeInDays() const;
    QString targetUser() const { return value(QStringLiteral("target_user")).toString(); }
    QString targetPass() const { return value(QStringLiteral("target_pass")).toString(); }

    QJsonValue value(const QString& key) const;
    bool contains(const QString& key) const;
    // Replaces the value of `key` in place, or appends the key.
    void setValue(const QString& key, const QJsonValue& value);
    void remove(const QString& key);
    // The keys and values as a JSON object (for the config answer).
    QJsonObject toJson() const;

private:
    QList<QPair<QString, QJsonValue>> m_entries;
};
