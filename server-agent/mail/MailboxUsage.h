#pragma once

#include <QJsonValue>
#include <QString>

// The usage figures of GET /mail/users?format=json (domain.md §4.3), read from a Maildir++
// "maildirsize" file: first line "<bytes>S[,<count>C]", then "<bytes> <count>" lines (may be negative).
class MailboxUsage
{
public:
    bool valid = false; // false: the file is missing or unreadable; every figure is "?"
    qint64 boxQuota = 0;
    qint64 boxSize = 0;

    static MailboxUsage parse(const QByteArray& content);
    static MailboxUsage read(const QString& maildirsizePath);

    // The JSON values of box_quota, box_size and percent for a user whose stored quota is `quota`.
    QJsonValue boxQuotaValue() const;
    QString boxSizeText() const;
    QString percentText(const QString& quota) const;

    // Python's sizeof_fmt: 1024-based units '', K, M, G, T ("512", "150K", "0.0", "1.5K", "12.3M").
    static QString formatSize(double bytes);
    // Python int() of a str (surrounding whitespace, sign, digits with single underscores).
    static bool parsePyInt(const QString& text, qint64* value);
};
