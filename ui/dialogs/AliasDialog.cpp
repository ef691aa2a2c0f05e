#include "AliasDialog.h"

#include "AliasesModel.h"
#include "ui_AliasDialog.h"

#include <QPushButton>

AliasDialog::AliasDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AliasDialog)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AliasDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AliasDialog::reject);
    connect(m_ui->addressLineEdit, &QLineEdit::textChanged, this, &AliasDialog::updateKind);
    connect(m_ui->forwardsPlainTextEdit, &QPlainTextEdit::textChanged, this, &AliasDialog::updateKind);
}

AliasDialog::~AliasDialog() = default;

void AliasDialog::prepareNew()
{
    m_editing = false;
    setWindowTitle(tr("Add alias"));
    m_ui->addressLineEdit->clear();
    m_ui->addressLineEdit->setReadOnly(false);
    m_ui->forwardsPlainTextEdit->clear();
    m_ui->sendersPlainTextEdit->clear();
    clearErrors();
    setBusy(false);
    m_ui->addressLineEdit->setFocus();
}

void AliasDialog::prepareEdit(const MailAlias& alias)
{
    m_editing = true;
    setWindowTitle(tr("Edit alias %1").arg(alias.addressDisplay));
    m_ui->addressLineEdit->setText(alias.address);
    m_ui->addressLineEdit->setReadOnly(true);
    m_ui->forwardsPlainTextEdit->setPlainText(alias.forwardsTo.join(QLatin1Char('\n')));
    m_ui->sendersPlainTextEdit->setPlainText(alias.permittedSenders.join(QLatin1Char('\n')));
    clearErrors();
    setBusy(false);
    m_ui->forwardsPlainTextEdit->setFocus();
}

QString AliasDialog::address() const
{
    return m_ui->addressLineEdit->text().trimmed();
}

QStringList AliasDialog::forwardsTo() const
{
    return MailValidation::splitAddresses(m_ui->forwardsPlainTextEdit->toPlainText());
}

QStringList AliasDialog::permittedSenders() const
{
    return MailValidation::splitAddresses(m_ui->sendersPlainTextEdit->toPlainText());
}

void AliasDialog::updateKind()
{
    MailAlias alias;
    alias.address = address();
    alias.addressDisplay = alias.address;
    alias.forwardsTo = forwardsTo();
    m_ui->kindLabel->setText(alias.address.startsWith(QLatin1Char('@')) ? AliasesModel::kindDescription(alias)
                                                                        : QString());
}

void AliasDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->addressLineEdit->setReadOnly(busy || m_editing);
    m_ui->forwardsPlainTextEdit->setReadOnly(busy);
    m_ui->sendersPlainTextEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

QLabel* AliasDialog::errorLabel(MailValidation::Field field) const
{
    switch (field) {
    case MailValidation::Field::Address:
    case MailValidation::Field::Email:
        return m_ui->addressErrorLabel;
    case MailValidation::Field::ForwardsTo:
        return m_ui->forwardsErrorLabel;
    case MailValidation::Field::PermittedSenders:
        return m_ui->sendersErrorLabel;
    default:
        return m_ui->generalErrorLabel;
    }
}

void AliasDialog::showFieldError(MailValidation::Field field, const QString& message)
{
    QLabel* label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString AliasDialog::fieldError(MailValidation::Field field) const
{
    QLabel* label = errorLabel(field);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void AliasDialog::clearErrors()
{
    for (auto field : {MailValidation::Field::Address, MailValidation::Field::ForwardsTo,
                       MailValidation::Field::PermittedSenders, MailValidation::Field::None}) {
        showFieldError(field, QString());
    }
}

void AliasDialog::succeeded()
{
    setBusy(false);
    QDialog::accept();
}

void AliasDialog::accept()
{
    clearErrors();
    const QString addressProblem = MailValidation::checkAliasAddress(address());
    QString targetsProblem = MailValidation::checkForwardTargets(forwardsTo());
    const QString sendersProblem = MailValidation::checkPermittedSenders(permittedSenders());
    if (targetsProblem.isEmpty() && sendersProblem.isEmpty()) {
        targetsProblem = MailValidation::checkAliasHasTarget(forwardsTo(), permittedSenders());
    }
    showFieldError(MailValidation::Field::Address, addressProblem);
    showFieldError(MailValidation::Field::ForwardsTo, targetsProblem);
    showFieldError(MailValidation::Field::PermittedSenders, sendersProblem);
    if (addressProblem.isEmpty() && targetsProblem.isEmpty() && sendersProblem.isEmpty()) {
        setBusy(true);
        emit submitted();
    }
}
