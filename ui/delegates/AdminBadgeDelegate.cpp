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
    const QFontMetrics metrics(background.font);
    const QRect badge = badgeRect(background, index.data(Qt::DisplayRole).toString());
    const int height = badge.height();
    // A column narrower than the badge elides its text rather than cutting the letters.
    const QString text =
        metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, badge.width() - 2 * padding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // Greyed like the rest of the row when the view is disabled (e.g. while the box cannot be reached).
    const bool enabled = background.state.testFlag(QStyle::State_Enabled);
    painter->setBrush(enabled ? QColor(0x1f, 0x6f, 0xb2) : background.palette.color(QPalette::Disabled, QPalette::Mid));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(background.font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QRect AdminBadgeDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& text)
{
    const QFontMetrics metrics(option.font);
    const int height = qMin(option.rect.height() - 2, metrics.height() + 4);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding, option.rect.width() - 2 * margin);
    return {option.rect.left() + margin, option.rect.top() + (option.rect.height() - height) / 2, width, height};
}

QSize AdminBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_adminRole).toBool()) {
        // The whole badge with its margins, and a row tall enough for it (the item's font may differ from the view's).
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QFontMetrics metrics(opt.font);
        size.setWidth(qMax(size.width(), metrics.horizontalAdvance(opt.text) + 2 * padding + 2 * margin));
        size.setHeight(qMax(size.height(), metrics.height() + 6));
    }
    return size;
}
