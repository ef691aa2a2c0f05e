#pragma once

#include "MailValidation.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AddUserDialog;
}

class QLabel;

// Add a mail user: address, password (the policy shown beside it), administrator, quota. OK checks the fields
// with MailValidation and emits submitted(); the page sends the request and either closes the dialog
// (succeeded()) or puts the box's answer next to its field (showFieldError()).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget* parent = nullptr);
    ~AddUserDialog() override;

    QString email() const;
    QString password() const;
    bool isAdmin() const;
    QString quota() const;

    void reset();
    void setBusy(bool busy);
    void showFieldError(MailValidation::Field field, const QString& message);
    QString fieldError(MailValidation::Field field) const;
    void clearErrors();
    void succeeded(); // closes as accepted

    void accept() override;

signals:
    void submitted();

private:
    QLabel* errorLabel(MailValidation::Field field) const;

    QScopedPointer<Ui::AddUserDialog> m_ui;
};
