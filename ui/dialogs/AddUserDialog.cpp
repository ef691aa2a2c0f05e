#include "AddUserDialog.h"

#include "ui_AddUserDialog.h"

#include <QPushButton>

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AddUserDialog)
{
    m_ui->setupUi(this);
    m_ui->policyLabel->setText(MailValidation::passwordPolicy());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
}

AddUserDialog::~AddUserDialog() = default;

QString AddUserDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

QString AddUserDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

bool AddUserDialog::isAdmin() const
{
    return m_ui->adminCheckBox->isChecked();
}

QString AddUserDialog::quota() const
{
    const QString q = m_ui->quotaLineEdit->text().trimmed();
    return q.isEmpty() ? QStringLiteral("0") : q;
}

void AddUserDialog::reset()
{
    m_ui->emailLineEdit->clear();
    m_ui->passwordLineEdit->clear();
    m_ui->adminCheckBox->setChecked(false);
    m_ui->quotaLineEdit->setText(QStringLiteral("0"));
    clearErrors();
    setBusy(false);
    m_ui->emailLineEdit->setFocus();
}

void AddUserDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->emailLineEdit->setReadOnly(busy);
    m_ui->passwordLineEdit->setReadOnly(busy);
    m_ui->adminCheckBox->setEnabled(!busy);
    m_ui->quotaLineEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

QLabel* AddUserDialog::errorLabel(MailValidation::Field field) const
{
    switch (field) {
    case MailValidation::Field::Email:
        return m_ui->emailErrorLabel;
    case MailValidation::Field::Password:
        return m_ui->passwordErrorLabel;
    case MailValidation::Field::Quota:
        return m_ui->quotaErrorLabel;
    default:
        return m_ui->generalErrorLabel;
    }
}

void AddUserDialog::showFieldError(MailValidation::Field field, const QString& message)
{
    QLabel* label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString AddUserDialog::fieldError(MailValidation::Field field) const
{
    QLabel* label = errorLabel(field);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void AddUserDialog::clearErrors()
{
    for (auto field : {MailValidation::Field::Email, MailValidation::Field::Password, MailValidation::Field::Quota,
                       MailValidation::Field::None}) {
        showFieldError(field, QString());
    }
}

void AddUserDialog::succeeded()
{
    setBusy(false);
    QDialog::accept();
}

void AddUserDialog::accept()
{
    clearErrors();
    const QString emailProblem = MailValidation::checkAccountEmail(email());
    const QString passwordProblem = MailValidation::checkPassword(password());
    const QString quotaProblem = MailValidation::checkQuota(quota());
    showFieldError(MailValidation::Field::Email, emailProblem);
    showFieldError(MailValidation::Field::Password, passwordProblem);
    showFieldError(MailValidation::Field::Quota, quotaProblem);
    if (emailProblem.isEmpty() && passwordProblem.isEmpty() && quotaProblem.isEmpty()) {
        setBusy(true);
        emit submitted();
    }
}
