#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// The item delegate of the list pages: draws a cell as QStyledItemDelegate does (background, selection, focus,
// icon through the style), but its text as QStaticText kept per distinct text, so a repaint after each filter
// keystroke does not lay out and shape again the same few dozen texts ("unlimited", "active", addresses just
// shown …). Texts wider than their cell are elided and drawn the usual way.
class ListItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ListItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static constexpr int MaxCached = 4000; // about a hundred screens of distinct cells
    mutable QHash<QString, QStaticText> m_texts;
    mutable QFont m_font; // the cache is for this font
};
