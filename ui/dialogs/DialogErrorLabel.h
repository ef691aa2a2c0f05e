#pragma once

#include <QLabel>

// The line under a dialog's form that says why the box refused what was sent (its sentence, selectable for
// copying), hidden while there is none. Its object name is "errorLabel" (tests find it by that name).
class DialogErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit DialogErrorLabel(QWidget* parent);

    // Shows `message`, or hides the line when it is empty.
    void showMessage(const QString& message);
    // The message shown; empty while the line is hidden.
    QString message() const;
};
