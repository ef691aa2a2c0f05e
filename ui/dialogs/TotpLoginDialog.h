#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class TotpLoginDialog;
}

// The second login step: a six-digit code, submitted as soon as the sixth digit is typed (or with OK).
// Emits codeEntered(); the owner (calling AuthService::submitTotp) reports back with setBusy/showError or closes it.
class TotpLoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TotpLoginDialog(QWidget* parent = nullptr);
    ~TotpLoginDialog() override;

    QString code() const;
    void setBusy(bool busy);
    void showError(const QString& message); // clears the entry for the next code
    QString errorText() const;
    void reset();

    void accept() override;

signals:
    void codeEntered(const QString& code);

private:
    void onTextEdited(const QString& text);

    QScopedPointer<Ui::TotpLoginDialog> m_ui;
    bool m_busy = false;
};
