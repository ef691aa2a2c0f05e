#include "TotpLoginDialog.h"
#include "ui_TotpLoginDialog.h"

#include <QFont>
#include <QPushButton>
#include <QRegularExpressionValidator>

TotpLoginDialog::TotpLoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TotpLoginDialog)
{
    m_ui->setupUi(this);
    QFont font = m_ui->codeLineEdit->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_ui->codeLineEdit->setFont(font);
    m_ui->codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
    m_ui->codeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Verify"));
    m_ui->busyProgressBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->codeLineEdit, &QLineEdit::textEdited, this, &TotpLoginDialog::onTextEdited);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TotpLoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TotpLoginDialog::reject);
}

TotpLoginDialog::~TotpLoginDialog() = default;

QString TotpLoginDialog::code() const
{
    return m_ui->codeLineEdit->text();
}

void TotpLoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->codeLineEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void TotpLoginDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->codeLineEdit->clear();
    m_ui->codeLineEdit->setFocus();
}

QString TotpLoginDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void TotpLoginDialog::reset()
{
    setBusy(false);
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setVisible(false);
    m_ui->codeLineEdit->clear();
    m_ui->codeLineEdit->setFocus();
}

void TotpLoginDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (code().isEmpty() && m_ui->errorLabel->isVisible()) {
        // Return again on the emptied field after a refused code: the box's answer stays, it is what to act on.
        return;
    }
    if (code().size() != 6) {
        m_ui->errorLabel->setText(tr("The code has six digits."));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    emit codeEntered(code());
}

void TotpLoginDialog::onTextEdited(const QString& text)
{
    if (text.size() == 6 && !m_busy) {
        emit codeEntered(text);
    }
}
