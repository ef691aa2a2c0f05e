#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    m_label->setObjectName(QStringLiteral("placeholderLabel"));
    m_label->setWordWrap(true);
    m_label->setText(tr("This page is not available in Boxkeeper yet. Use the box's web control panel for it in the "
                        "meantime."));
    layout->addWidget(heading);
    layout->addWidget(m_label);
    layout->addStretch(1);
}
