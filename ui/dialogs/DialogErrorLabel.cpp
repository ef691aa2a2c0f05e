#include "DialogErrorLabel.h"

DialogErrorLabel::DialogErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void DialogErrorLabel::showMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString DialogErrorLabel::message() const
{
    return parentWidget() && isVisibleTo(parentWidget()) ? text() : QString();
}
