#pragma once

#include "ListItemDelegate.h"

// Paints the privileges cell of an administrator as a small badge; other cells as the list pages' delegate does. Only
// paints, so it costs nothing for rows out of view (no per-row widgets).
class AdminBadgeDelegate : public ListItemDelegate
{
    Q_OBJECT

public:
    AdminBadgeDelegate(int adminRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_adminRole;
};
