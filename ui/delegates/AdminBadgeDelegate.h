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
    // Where the badge of `text` goes in a cell of option.rect.
    static QRect badgeRect(const QStyleOptionViewItem& option, const QString& text);
    // Inside the badge, left and right: past the rounded ends (their radius is half the badge height).
    static constexpr int padding = 10;
    static constexpr int margin = 4; // between the cell's edge and the badge

private:
    int m_adminRole;
};
