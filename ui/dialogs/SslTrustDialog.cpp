#include "SslTrustDialog.h"
#include "ui_SslTrustDialog.h"

#include "CertificateTrust.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace {
QString describe(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const QString& part : {info(QSslCertificate::CommonName), info(QSslCertificate::Organization),
                                info(QSslCertificate::OrganizationalUnitName), info(QSslCertificate::CountryName)}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

SslTrustDialog::SslTrustDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SslTrustDialog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Trust and &connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->trustCheckBox, &QCheckBox::toggled, this, &SslTrustDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SslTrustDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SslTrustDialog::reject);
    updateButtons();
}

SslTrustDialog::~SslTrustDialog() = default;

void SslTrustDialog::setCertificate(const QString& host, const QList<QSslCertificate>& chain,
                                    const QList<QSslError>& errors)
{
    m_host = host;
    const QSslCertificate leaf = chain.value(0);
    m_fingerprint = CertificateTrust::fingerprint(leaf);
    m_ui->introLabel->setText(tr("<p>The box <b>%1</b> presented a certificate that this computer cannot verify. "
                                 "This is normal for a new box with a self-signed certificate. Compare the "
                                 "fingerprint below with the one the box shows (for example with <tt>openssl x509 "
                                 "-noout -fingerprint -sha256</tt> on the box) before you trust it.</p>")
                                  .arg(host.toHtmlEscaped()));
    m_ui->subjectValueLabel->setText(describe(leaf, false));
    const bool selfSigned = leaf.isSelfSigned() || std::any_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
                                return e.error() == QSslError::SelfSignedCertificate;
                            });
    m_ui->issuerValueLabel->setText(selfSigned ? tr("%1 (self-signed)").arg(describe(leaf, true))
                                               : describe(leaf, true));
    const QLocale locale;
    m_ui->validityValueLabel->setText(
        tr("from %1 to %2")
            .arg(locale.toString(leaf.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(leaf.expiryDate().toLocalTime(), QLocale::ShortFormat)));
    m_ui->fingerprintValueLabel->setText(m_fingerprint);
    QStringList problems;
    for (const QSslError& e : errors) {
        if (!problems.contains(e.errorString())) {
            problems.append(e.errorString());
        }
    }
    m_ui->problemsValueLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->trustCheckBox->setChecked(false);
    updateButtons();
}

bool SslTrustDialog::isTrustConfirmed() const
{
    return m_ui->trustCheckBox->isChecked();
}

void SslTrustDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->trustCheckBox->isChecked());
}
