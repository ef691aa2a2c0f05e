#include "AuditModel.h"

#include <QSet>

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setEntries(const AuditEntryList& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::appendEntries(const AuditEntryList& entries)
{
    QSet<qint64> known;
    for (const AuditEntry& e : std::as_const(m_entries))
        known.insert(e.id);
    AuditEntryList fresh;
    for (const AuditEntry& e : entries) {
        if (!known.contains(e.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_entries += fresh;
    endInsertRows();
}

QString AuditModel::formatTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case ResultRole:
        return e.result;
    case FilterTextRole:
        return QStringList{e.who(), e.client, e.action(), e.paramsText(), e.resultText()}
            .join(QLatin1Char(' '))
            .toLower();
    case SortRole:
        if (index.column() == TimeColumn)
            return e.time.toSecsSinceEpoch() * 1000000 + e.id % 1000000;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.time.toUTC().toString(Qt::ISODate);
        if (index.column() != WhoColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTime(e.time);
        case WhoColumn:
            return e.who();
        case ClientColumn:
            return e.client;
        case ActionColumn:
            return e.action();
        case ParamsColumn:
            return e.paramsText();
        case ResultColumn:
            return e.resultText();
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case ClientColumn:
        return tr("Client");
    case ActionColumn:
        return tr("Action");
    case ParamsColumn:
        return tr("Parameters");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}
