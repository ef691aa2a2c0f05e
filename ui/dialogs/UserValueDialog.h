#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class UserValueDialog;
}

// One value for one user: a new password (policy shown) or a quota. OK checks the value with MailValidation and
// emits submitted(); the page sends it and calls succeeded() or showError() with the box's answer.
class UserValueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Password, Quota };

    explicit UserValueDialog(QWidget* parent = nullptr);
    ~UserValueDialog() override;

    void prepare(Mode mode, const QString& email, const QString& currentValue = {});
    Mode mode() const { return m_mode; }
    QString email() const { return m_email; }
    QString value() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    QString errorText() const;
    void succeeded();

    void accept() override;

signals:
    void submitted();

private:
    QScopedPointer<Ui::UserValueDialog> m_ui;
    Mode m_mode = Mode::Password;
    QString m_email;
};
