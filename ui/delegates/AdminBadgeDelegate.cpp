#include "AdminBadgeDelegate.h"

#include <QPainter>

AdminBadgeDelegate::AdminBadgeDelegate(int adminRole, QObject* parent)
    : ListItemDelegate(parent)
    , m_adminRole(adminRole)
{ }

void AdminBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(m_adminRole).toBool()) {
        ListItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex());
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int height = qMin(option.rect.height() - 4, metrics.height() + 2);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                      metrics.horizontalAdvance(text) + 12, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x1f, 0x6f, 0xb2));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(option.font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize AdminBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_adminRole).toBool()) {
        size.rwidth() += 20; // the badge's padding and margin
    }
    return size;
}
