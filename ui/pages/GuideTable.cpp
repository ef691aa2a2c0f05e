#include "GuideTable.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

GuideTable::GuideTable(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
}

void GuideTable::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
}

void GuideTable::addHeader(const QStringList& titles)
{
    for (int c = 0; c < titles.size(); ++c) {
        m_grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(titles.at(c).toHtmlEscaped()), this), m_rows, c);
    }
    ++m_rows;
}

void GuideTable::addRow(const QString& key, const QString& name, const QString& value, bool copyable)
{
    auto* nameLabel = new QLabel(name, this);
    nameLabel->setWordWrap(true); // long names wrap instead of widening the page past the window
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("valueLabel_%1").arg(key));
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setWordWrap(true);
    if (m_code) {
        valueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_grid->addWidget(nameLabel, m_rows, 0, Qt::AlignTop);
    m_grid->addWidget(valueLabel, m_rows, 1);
    if (copyable) {
        auto* copy = new QPushButton(tr("Copy"), this);
        copy->setObjectName(QStringLiteral("copyButton_%1").arg(key));
        copy->setToolTip(tr("Copy “%1” to the clipboard").arg(value));
        connect(copy, &QPushButton::clicked, this, [this, value] {
            QGuiApplication::clipboard()->setText(value);
            emit copied(value);
        });
        m_grid->addWidget(copy, m_rows, 2, Qt::AlignTop);
    }
    ++m_rows;
}

QString GuideTable::value(const QString& key) const
{
    const auto* label = findChild<QLabel*>(QStringLiteral("valueLabel_%1").arg(key));
    return label ? label->text() : QString();
}
