#include "ListItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

ListItemDelegate::ListItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void ListItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const bool plain = !text.isEmpty() && !(opt.features & QStyleOptionViewItem::WrapText) &&
                       !text.contains(QLatin1Char('\n')) && opt.direction == Qt::LeftToRight;
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (opt.font != m_font) {
        m_texts.clear();
        m_font = opt.font;
    }
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        if (m_texts.size() >= MaxCached) {
            m_texts.clear();
        }
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), opt.font);
        it = m_texts.insert(text, prepared);
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QSizeF size = it->size();
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    if (size.width() > rect.width()) {
        painter->drawText(rect, int(opt.displayAlignment),
                          opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width()));
    } else {
        qreal x = rect.left();
        if (opt.displayAlignment & Qt::AlignRight) {
            x = rect.right() + 1 - size.width();
        } else if (opt.displayAlignment & Qt::AlignHCenter) {
            x = rect.left() + (rect.width() - size.width()) / 2;
        }
        const qreal y = rect.top() + (rect.height() - size.height()) / 2;
        painter->drawStaticText(QPointF(x, y), *it);
    }
    painter->restore();
}
