#include "ListFilterProxyModel.h"

ListFilterProxyModel::ListFilterProxyModel(int filterTextRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_role(filterTextRole)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ListFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_needle = text.toLower();
    invalidateRowsFilter();
}

bool ListFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(m_role).toString().contains(m_needle);
}
