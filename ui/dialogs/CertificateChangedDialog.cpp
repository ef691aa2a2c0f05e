#include "CertificateChangedDialog.h"
#include "ui_CertificateChangedDialog.h"

#include <QPushButton>

CertificateChangedDialog::CertificateChangedDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CertificateChangedDialog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Trust the &new certificate"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Do not connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->repinCheckBox, &QCheckBox::toggled, this, &CertificateChangedDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CertificateChangedDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CertificateChangedDialog::reject);
    updateButtons();
}

CertificateChangedDialog::~CertificateChangedDialog() = default;

void CertificateChangedDialog::setFingerprints(const QString& host, const QString& pinned, const QString& presented)
{
    m_host = host;
    m_presented = presented;
    m_ui->warningLabel->setText(
        tr("<p><b>The certificate of %1 is not the one you trusted before.</b></p><p>Someone may be intercepting "
           "the connection, or the box's certificate was replaced. The connection was refused. Only trust the new "
           "certificate if you know it was replaced and have compared its fingerprint with the box.</p>")
            .arg(host.toHtmlEscaped()));
    m_ui->pinnedValueLabel->setText(pinned);
    m_ui->presentedValueLabel->setText(presented);
    m_ui->repinCheckBox->setChecked(false);
    updateButtons();
}

void CertificateChangedDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->repinCheckBox->isChecked());
}
