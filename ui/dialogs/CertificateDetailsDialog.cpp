#include "CertificateDetailsDialog.h"

#include "DnsRecords.h"
#include "TlsStatusModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString row(const QString& field, const QString& value, bool monospace = false)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 12px\">%1</th><td>%2</td></tr>")
        .arg(field.toHtmlEscaped(),
             monospace ? QStringLiteral("<tt>%1</tt>").arg(value.toHtmlEscaped()) : value.toHtmlEscaped());
}
} // namespace

CertificateDetailsDialog::CertificateDetailsDialog(QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_openButton(new QPushButton(tr("&Open a certificate file…"), this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("CertificateDetailsDialog"));
    setWindowTitle(tr("Certificate details"));
    resize(700, 560);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setOpenLinks(false);
    m_openButton->setObjectName(QStringLiteral("openCertificateButton"));
    m_copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &CertificateDetailsDialog::chooseFile);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details->toPlainText()); });
}

void CertificateDetailsDialog::setDomain(const TlsDomainStatus& status, const TlsKnownCertificate& known, bool primary)
{
    m_status = status;
    m_certificates.clear();
    m_origin.clear();
    setWindowTitle(tr("Certificate of %1").arg(DnsRecords::displayName(status.domain)));
    if (!known.pem.isEmpty()) {
        m_certificates = CertificateDetails::fromPem(known.pem);
        m_origin = tr("installed from this computer on %1")
                       .arg(QLocale().toString(known.installedAt.toLocalTime(), QLocale::ShortFormat));
        m_explanation->setText(tr("This is the certificate installed for %1 from this computer. The box uses it as "
                                  "long as it is the best certificate it has for the domain.")
                                   .arg(DnsRecords::displayName(status.domain)));
    } else {
        QString text = tr("The box's status answer does not include the certificate itself, so this shows what the "
                          "box reports. The full details (names, issuer, fingerprint) are shown for a certificate "
                          "installed from this window; you can also open a certificate file to see its details.");
        if (!known.file.isEmpty())
            text += QLatin1Char(' ') + tr("The box named its file: %1.").arg(known.file);
        else if (primary)
            text += QLatin1Char(' ') + tr("The box's own name always uses the file ssl/ssl_certificate.pem.");
        m_explanation->setText(text);
    }
    render();
}

bool CertificateDetailsDialog::showPem(const QByteArray& pem, const QString& origin)
{
    const QList<CertificateDetails> certificates = CertificateDetails::fromPem(pem);
    if (certificates.isEmpty())
        return false;
    m_certificates = certificates;
    m_origin = origin;
    render();
    return true;
}

bool CertificateDetailsDialog::openFile(const QString& path)
{
    QFile file(path);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly) && file.size() <= 1024 * 1024)
        data = file.readAll();
    if (!showPem(data, tr("from the file %1").arg(QDir::toNativeSeparators(path)))) {
        m_explanation->setText(tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_explanation->setText(tr("The certificates of %1, read on this computer.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CertificateDetailsDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Open a certificate file"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("openCertificateFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CertificateDetailsDialog::openFile);
    dialog->open();
}

void CertificateDetailsDialog::render()
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString html;
    if (!m_status.domain.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(tr("What the box reports").toHtmlEscaped());
        html += row(tr("Domain"), DnsRecords::displayName(m_status.domain));
        html += row(tr("State"), TlsStatusModel::stateText(m_status.state));
        html += row(tr("The box says"), m_status.text);
        if (m_status.expires.isValid())
            html += row(tr("Expires"), tr("%1 (in %n day(s))", nullptr, m_status.daysLeft)
                                           .arg(locale.toString(m_status.expires, QLocale::LongFormat)));
        html += QStringLiteral("</table>");
    }
    for (int i = 0; i < m_certificates.size(); ++i) {
        const CertificateDetails& c = m_certificates.at(i);
        const QString title = i == 0 ? tr("Certificate (%1)").arg(m_origin) : tr("Chain certificate %1").arg(i);
        html += QStringLiteral("<h3>%1</h3><table>").arg(title.toHtmlEscaped());
        html += row(tr("Subject"), c.subject);
        html += row(tr("Names (SANs)"), c.dnsNames.isEmpty() ? tr("none") : c.dnsNames.join(QStringLiteral(", ")));
        html += row(tr("Issuer"), c.issuer);
        html += row(tr("Valid from"), locale.toString(c.notBefore.toLocalTime(), QLocale::LongFormat));
        const int days = c.daysLeft(now);
        const QString until = locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat);
        html += row(tr("Valid until"), !c.isValidAt(now) ? tr("%1 (not valid now)").arg(until)
                                                         : tr("%1 (%n day(s) left)", nullptr, days).arg(until));
        html += row(tr("SHA-256 fingerprint"), c.sha256, true);
        html += row(tr("Serial number"), c.serialNumber, true);
        if (!c.publicKey.isEmpty())
            html += row(tr("Public key"), c.publicKey);
        if (c.selfSigned)
            html += row(tr("Self-signed"), tr("yes"));
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

QString CertificateDetailsDialog::explanation() const
{
    return m_explanation->text();
}

QString CertificateDetailsDialog::detailsText() const
{
    return m_details->toPlainText();
}
