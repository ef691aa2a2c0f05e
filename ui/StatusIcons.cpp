#include "StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
QPixmap badge(StatusItem::Type type, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = type == StatusItem::Type::Ok        ? QColor(0x2e, 0x7d, 0x32)
                         : type == StatusItem::Type::Warning ? QColor(0xc7, 0x8a, 0x00)
                                                             : QColor(0xc6, 0x28, 0x28);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(s * 0.05, s * 0.05, s * 0.9, s * 0.9));
    QPen pen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (type == StatusItem::Type::Ok) {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        p.drawPath(tick);
    } else if (type == StatusItem::Type::Error) {
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
    } else {
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.cubicTo(s * 0.36, s * 0.22, s * 0.64, s * 0.22, s * 0.64, s * 0.38);
        hook.cubicTo(s * 0.64, s * 0.48, s * 0.5, s * 0.48, s * 0.5, s * 0.58);
        p.drawPath(hook);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(s * 0.5, s * 0.74), s * 0.07, s * 0.07);
    }
    return pixmap;
}

QIcon make(StatusItem::Type type)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(badge(type, size));
    return icon;
}
} // namespace

namespace StatusIcons {
QIcon forState(StatusItem::Type type)
{
    static const QIcon ok = make(StatusItem::Type::Ok);
    static const QIcon warning = make(StatusItem::Type::Warning);
    static const QIcon error = make(StatusItem::Type::Error);
    switch (type) {
    case StatusItem::Type::Ok:
        return ok;
    case StatusItem::Type::Warning:
        return warning;
    case StatusItem::Type::Error:
        return error;
    case StatusItem::Type::Heading:
        break;
    }
    return QIcon();
}
} // namespace StatusIcons
