#include "UsersProxyModel.h"

#include "UsersModel.h"

UsersProxyModel::UsersProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(UsersModel::AddressColumn);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool UsersProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftArchived =
        left.data(UsersModel::IsGroupRole).toBool() && left.data(UsersModel::IsArchivedRole).toBool();
    const bool rightArchived =
        right.data(UsersModel::IsGroupRole).toBool() && right.data(UsersModel::IsArchivedRole).toBool();
    if (leftArchived != rightArchived) {
        // The archived section sorts after every domain, in both directions.
        return sortOrder() == Qt::AscendingOrder ? rightArchived : leftArchived;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
