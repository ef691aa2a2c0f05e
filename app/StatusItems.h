#pragma once

#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>

// The answer of POST /admin/system/status (spec/api.md §9.3): a flat list of headings and results with their
// detail lines. Texts keep the box's raw newlines and tab runs; `plainText` folds them for display.
struct StatusItem
{
    enum class Type { Heading, Ok, Warning, Error };
    struct Line
    {
        QString text;
        bool monospace = false;
    };
    Type type = Type::Ok;
    QString text;
    QList<Line> extra;

    QString plainText() const; // runs of white space folded to one space
};
using StatusItemList = QList<StatusItem>;

namespace StatusItems {
bool parse(const QJsonDocument& document, StatusItemList* out);
// The DNSSEC (DS record) results of each zone's group: the heading's name and the items about its DS record.
struct DsResult
{
    QString zone;
    StatusItem item;
};
QList<DsResult> dsResults(const StatusItemList& items);
} // namespace StatusItems

Q_DECLARE_METATYPE(StatusItemList)
