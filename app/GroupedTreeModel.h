#pragma once

#include <QAbstractItemModel>

// The tree plumbing of the grouped mail lists (users, aliases): group rows at the top level, item rows below them,
// nothing deeper; a fixed number of columns. Subclasses hold the groups and their items and say how many there are.
// An index's internalId is 0 for a group row and n > 0 for an item row of group n - 1.
class GroupedTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    GroupedTreeModel(int columnCount, QObject* parent);

    virtual int groupRowCount() const = 0;
    virtual int itemRowCount(int group) const = 0;

    static bool isGroup(const QModelIndex& index) { return index.internalId() == GroupId; }
    // The group of an item row.
    static int groupOf(const QModelIndex& item) { return int(item.internalId() - 1); }
    QModelIndex itemIndex(int group, int row, int column = 0) const
    {
        return createIndex(row, column, quintptr(group) + 1);
    }

private:
    static constexpr quintptr GroupId = 0;
    const int m_columnCount;
};
