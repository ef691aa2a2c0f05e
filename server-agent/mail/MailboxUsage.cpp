#include "MailboxUsage.h"

#include <QFile>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

bool MailboxUsage::parsePyInt(const QString& text, qint64* value)
{
    const QString t = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t.at(i) == QLatin1Char('+') || t.at(i) == QLatin1Char('-'))) {
        negative = t.at(i) == QLatin1Char('-');
        ++i;
    }
    if (i >= t.size()) {
        return false;
    }
    qint64 v = 0;
    bool lastWasDigit = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('_')) {
            if (!lastWasDigit) {
                return false;
            }
            lastWasDigit = false;
            continue;
        }
        if (!c.isDigit()) {
            return false;
        }
        const int d = c.digitValue();
        if (v > (std::numeric_limits<qint64>::max() - d) / 10) {
            return false;
        }
        v = v * 10 + d;
        lastWasDigit = true;
    }
    if (!lastWasDigit) {
        return false;
    }
    *value = negative ? -v : v;
    return true;
}

MailboxUsage MailboxUsage::parse(const QByteArray& content)
{
    MailboxUsage u;
    // Text mode with universal newlines; undecodable UTF-8 fails as upstream's read does.
    QString text = QString::fromUtf8(content);
    if (text.toUtf8() != content) {
        return u;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    // readline()/readlines(): a final empty piece after the last "\n" is not a line.
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return u;
    }
    qint64 quota = 0;
    if (!parsePyInt(lines.first().section(QLatin1Char('S'), 0, 0), &quota)) {
        return u;
    }
    qint64 size = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(QLatin1Char(' '));
        qint64 n = 0;
        if (parts.size() != 2 || !parsePyInt(parts.at(0), &n)) {
            return u;
        }
        size += n;
    }
    u.valid = true;
    u.boxQuota = quota;
    u.boxSize = size;
    return u;
}

MailboxUsage MailboxUsage::read(const QString& path)
{
    // Plain POSIX calls: this runs once per user when the users list is rebuilt.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QByteArray content;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            ::close(fd);
            return {};
        }
        if (n == 0) {
            break;
        }
        content.append(buf, n);
    }
    ::close(fd);
    return parse(content);
}

QJsonValue MailboxUsage::boxQuotaValue() const
{
    return valid ? QJsonValue(double(boxQuota)) : QJsonValue(QStringLiteral("?"));
}

QString MailboxUsage::boxSizeText() const
{
    return valid ? formatSize(double(boxSize)) : QStringLiteral("?");
}

QString MailboxUsage::percentText(const QString& quota) const
{
    if (quota == QLatin1String("0")) {
        return QString();
    }
    if (!valid) {
        return QStringLiteral("?");
    }
    if (boxQuota == 0) {
        return QStringLiteral("Error");
    }
    const double percent = (double(boxSize) / double(boxQuota)) * 100.0;
    return QString::asprintf("%3lld%%", static_cast<long long>(std::trunc(percent)));
}

QString MailboxUsage::formatSize(double num)
{
    static const char* const units[] = {"", "K", "M", "G", "T"};
    char buf[64];
    for (const char* unit : units) {
        if (std::fabs(num) < 1024.0) {
            if (std::fabs(num) > 99) {
                std::snprintf(buf, sizeof buf, "%3.0f%s", num, unit);
            } else {
                std::snprintf(buf, sizeof buf, "%2.1f%s", num, unit);
            }
            return QString::fromLatin1(buf);
        }
        num /= 1024.0;
    }
    // Python's str(float): the shortest repr, with ".0" for integral values below 1e16.
    if (std::fabs(num) < 1e16 && num == std::floor(num)) {
        std::snprintf(buf, sizeof buf, "%.1f", num);
        return QString::fromLatin1(buf);
    }
    return QString::number(num, 'g', QLocale::FloatingPointShortest);
}
