#include "UserValueDialog.h"

#include "MailValidation.h"
#include "ui_UserValueDialog.h"

#include <QPushButton>

UserValueDialog::UserValueDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::UserValueDialog)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserValueDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserValueDialog::reject);
}

UserValueDialog::~UserValueDialog() = default;

void UserValueDialog::prepare(Mode mode, const QString& email, const QString& currentValue)
{
    m_mode = mode;
    m_email = email;
    if (mode == Mode::Password) {
        setWindowTitle(tr("Set password"));
        m_ui->promptLabel->setText(tr("New password for %1:").arg(email));
        m_ui->valueLineEdit->setEchoMode(QLineEdit::Password);
        m_ui->valueLineEdit->clear();
        m_ui->hintLabel->setText(MailValidation::passwordPolicy() + QLatin1Char(' ') +
                                 tr("The user's open sessions end when the password changes."));
    } else {
        setWindowTitle(tr("Set quota"));
        m_ui->promptLabel->setText(tr("Mailbox quota for %1:").arg(email));
        m_ui->valueLineEdit->setEchoMode(QLineEdit::Normal);
        m_ui->valueLineEdit->setText(currentValue.isEmpty() ? QStringLiteral("0") : currentValue);
        m_ui->hintLabel->setText(tr("0 means unlimited. Otherwise a whole number of bytes, or with M or G "
                                    "(e.g. 500M, 5G)."));
    }
    showError(QString());
    setBusy(false);
    m_ui->valueLineEdit->setFocus();
}

QString UserValueDialog::value() const
{
    return m_mode == Mode::Quota ? m_ui->valueLineEdit->text().trimmed() : m_ui->valueLineEdit->text();
}

void UserValueDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->valueLineEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void UserValueDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

QString UserValueDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void UserValueDialog::succeeded()
{
    setBusy(false);
    QDialog::accept();
}

void UserValueDialog::accept()
{
    const QString problem =
        m_mode == Mode::Password ? MailValidation::checkPassword(value()) : MailValidation::checkQuota(value());
    showError(problem);
    if (problem.isEmpty()) {
        setBusy(true);
        emit submitted();
    }
}
