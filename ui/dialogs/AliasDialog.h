#pragma once

#include "MailAlias.h"
#include "MailValidation.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AliasDialog;
}

class QLabel;

// Add or edit an alias: the address (fixed when editing), forward targets and permitted senders one per line.
// The kind of alias (catch-all, domain alias) is explained as the address and targets are typed. OK checks
// everything with MailValidation and emits submitted(); server answers go next to their field.
class AliasDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AliasDialog(QWidget* parent = nullptr);
    ~AliasDialog() override;

    void prepareNew();
    void prepareEdit(const MailAlias& alias);
    bool isEditing() const { return m_editing; }

    QString address() const;
    QStringList forwardsTo() const;
    QStringList permittedSenders() const;

    void setBusy(bool busy);
    void showFieldError(MailValidation::Field field, const QString& message);
    QString fieldError(MailValidation::Field field) const;
    void clearErrors();
    void succeeded();

    void accept() override;

signals:
    void submitted();

private:
    QLabel* errorLabel(MailValidation::Field field) const;
    void updateKind();

    QScopedPointer<Ui::AliasDialog> m_ui;
    bool m_editing = false;
};
