#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    hide();
}

void Banner::showMessage(Kind kind, const QString& text, const QString& actionText, int timeoutMs)
{
    m_kind = kind;
    // Error: white on a dark red that reads in light and dark themes; notice: the tooltip colours of the theme.
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("Banner { background: #b3261e; border: none; } Banner QLabel { color: white; }"
                                       " Banner QToolButton { color: white; }")
                      : QStringLiteral("Banner { background: palette(tool-tip-base); border: 1px solid palette(mid); }"
                                       " Banner QLabel { color: palette(tool-tip-text); }"));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setVisible(kind == Kind::Notice);
    if (timeoutMs > 0) {
        m_timer->start(timeoutMs);
    } else {
        m_timer->stop();
    }
    show();
}

QString Banner::text() const
{
    return m_text->text();
}
