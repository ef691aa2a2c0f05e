#include "ApiTime.h"

#include <QDateTime>
#include <QTimeZone>

QString ApiTime::iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

std::optional<qint64> ApiTime::parse(const QString& text, bool* bareDate)
{
    *bareDate = false;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        *bareDate = true;
        return date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toSecsSinceEpoch();
}
