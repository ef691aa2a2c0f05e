#include "GuidePage.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

GuidePage::GuidePage(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* content = new QWidget(this);
    m_content = new QVBoxLayout(content);
    m_content->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title), content));
    m_content->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void GuidePage::addContent(QWidget* widget)
{
    m_content->insertWidget(m_content->count() - 1, widget); // the stretch stays last
}
