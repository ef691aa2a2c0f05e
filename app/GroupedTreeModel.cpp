#include "GroupedTreeModel.h"

GroupedTreeModel::GroupedTreeModel(int columnCount, QObject* parent)
    : QAbstractItemModel(parent)
    , m_columnCount(columnCount)
{ }

QModelIndex GroupedTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= m_columnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < groupRowCount() ? createIndex(row, column, GroupId) : QModelIndex();
    }
    if (!isGroup(parent) || parent.row() >= groupRowCount() || row >= itemRowCount(parent.row())) {
        return {};
    }
    return itemIndex(parent.row(), row, column);
}

QModelIndex GroupedTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isGroup(child)) {
        return {};
    }
    return createIndex(groupOf(child), 0, GroupId);
}

int GroupedTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return groupRowCount();
    }
    if (parent.column() != 0 || !isGroup(parent) || parent.row() >= groupRowCount()) {
        return 0;
    }
    return itemRowCount(parent.row());
}

int GroupedTreeModel::columnCount(const QModelIndex&) const
{
    return m_columnCount;
}

Qt::ItemFlags GroupedTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isGroup(index)) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}
