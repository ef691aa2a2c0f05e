#include "BackupListModel.h"

#include <QLocale>

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BackupListModel::setBackups(const BackupSetList& backups)
{
    beginResetModel();
    m_backups = backups;
    m_filterTexts.clear();
    for (const BackupSet& set : std::as_const(m_backups))
        m_filterTexts.append(
            (whenText(set) + QLatin1Char(' ') + set.date + QLatin1Char(' ') + typeText(set)).toLower());
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::whenText(const BackupSet& set)
{
    if (set.dateDelta.isEmpty())
        return set.dateStr;
    return tr("%1 (%2 ago)").arg(set.dateStr, set.dateDelta);
}

QString BackupListModel::typeText(const BackupSet& set)
{
    return set.full ? tr("full") : tr("increment");
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupSet& set = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return whenText(set);
        case TypeColumn:
            return typeText(set);
        case SizeColumn:
            return BackupInfo::formatSize(set.size);
        case DeletedInColumn:
            return set.deletedIn.isEmpty() ? tr("unknown") : set.deletedIn;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn)
            return tr("%1 bytes in %n volume(s)", nullptr, set.volumes).arg(QLocale().toString(set.size));
        if (index.column() == DeletedInColumn)
            return tr("When the box will remove this backup to keep the target's size down (an estimate).");
        return whenText(set);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FilterTextRole:
        return m_filterTexts.value(index.row());
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return set.date;
        case SizeColumn:
            return set.size;
        case TypeColumn:
            return typeText(set);
        case DeletedInColumn:
            return set.deletedIn;
        }
        break;
    case DateRole:
        return set.date;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DeletedInColumn:
        return tr("Deleted in");
    }
    return {};
}
