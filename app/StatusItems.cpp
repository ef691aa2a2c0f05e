#include "StatusItems.h"

#include <QJsonArray>
#include <QJsonObject>

QString StatusItem::plainText() const
{
    return text.simplified();
}

namespace StatusItems {

bool parse(const QJsonDocument& document, StatusItemList* out)
{
    if (!document.isArray())
        return false;
    StatusItemList items;
    for (const QJsonValue& v : document.array()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        StatusItem item;
        if (type == QLatin1String("heading"))
            item.type = StatusItem::Type::Heading;
        else if (type == QLatin1String("ok"))
            item.type = StatusItem::Type::Ok;
        else if (type == QLatin1String("warning"))
            item.type = StatusItem::Type::Warning;
        else if (type == QLatin1String("error"))
            item.type = StatusItem::Type::Error;
        else
            return false;
        item.text = o.value(QStringLiteral("text")).toString();
        for (const QJsonValue& e : o.value(QStringLiteral("extra")).toArray()) {
            const QJsonObject line = e.toObject();
            item.extra.append(
                {line.value(QStringLiteral("text")).toString(), line.value(QStringLiteral("monospace")).toBool()});
        }
        items.append(item);
    }
    *out = items;
    return true;
}

QList<DsResult> dsResults(const StatusItemList& items)
{
    QList<DsResult> out;
    QString heading;
    for (const StatusItem& item : items) {
        if (item.type == StatusItem::Type::Heading) {
            heading = item.plainText();
            continue;
        }
        // The DS check's sentences (domain.md §12.5) all name the record this way.
        const QString text = item.plainText();
        if (text.contains(QLatin1String("'DS' record")) || text.contains(QLatin1String("DNSSEC DS record")))
            out.append({heading, item});
    }
    return out;
}

} // namespace StatusItems
