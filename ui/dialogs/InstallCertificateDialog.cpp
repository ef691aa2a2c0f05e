#include "InstallCertificateDialog.h"

#include "DnsRecords.h"
#include "TlsCertificates.h"
#include "TlsService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024; // the box takes no larger request

QPlainTextEdit* pemEdit(const QString& objectName, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

InstallCertificateDialog::InstallCertificateDialog(TlsService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_domainCombo(new QComboBox(this))
    , m_certificateEdit(pemEdit(QStringLiteral("certificatePlainTextEdit"),
                                QStringLiteral("-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"), this))
    , m_chooseCertificateButton(new QPushButton(tr("C&hoose file…"), this))
    , m_summaryLabel(new QLabel(this))
    , m_chainEdit(pemEdit(QStringLiteral("chainPlainTextEdit"),
                          QStringLiteral("-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n"
                                         "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"),
                          this))
    , m_chooseChainButton(new QPushButton(tr("Ch&oose file…"), this))
    , m_messageLabel(new QLabel(this))
    , m_installButton(new QPushButton(tr("&Install"), this))
{
    setObjectName(QStringLiteral("InstallCertificateDialog"));
    setWindowTitle(tr("Install a certificate"));
    resize(680, 640);
    m_domainCombo->setObjectName(QStringLiteral("domainComboBox"));
    m_chooseCertificateButton->setObjectName(QStringLiteral("chooseCertificateButton"));
    m_chooseChainButton->setObjectName(QStringLiteral("chooseChainButton"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_installButton->setObjectName(QStringLiteral("installButton"));
    m_installButton->setDefault(true);

    auto* intro = new QLabel(tr("Paste the certificate your provider issued for the box's CSR, and the intermediate "
                                "chain if the provider gave you one, or choose their files. The box checks that the "
                                "certificate belongs to its private key and is trusted before it installs it."),
                             this);
    intro->setWordWrap(true);
    auto* certificateLabel = new QLabel(tr("&Certificate:"), this);
    certificateLabel->setBuddy(m_certificateEdit);
    auto* chainLabel = new QLabel(tr("Intermediate c&hain (if provided):"), this);
    chainLabel->setBuddy(m_chainEdit);
    auto* domainForm = new QFormLayout;
    domainForm->addRow(tr("&Domain:"), m_domainCombo);
    auto* grid = new QGridLayout;
    grid->addWidget(certificateLabel, 0, 0);
    grid->addWidget(m_chooseCertificateButton, 0, 1, Qt::AlignRight);
    grid->addWidget(m_certificateEdit, 1, 0, 1, 2);
    grid->addWidget(m_summaryLabel, 2, 0, 1, 2);
    grid->addWidget(chainLabel, 3, 0);
    grid->addWidget(m_chooseChainButton, 3, 1, Qt::AlignRight);
    grid->addWidget(m_chainEdit, 4, 0, 1, 2);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(4, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_installButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(domainForm);
    layout->addLayout(grid, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_installButton, &QPushButton::clicked, this, &InstallCertificateDialog::install);
    connect(m_chooseCertificateButton, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_chooseChainButton, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_certificateEdit, &QPlainTextEdit::textChanged, this, &InstallCertificateDialog::updateSummary);
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, &InstallCertificateDialog::updateSummary);
    if (m_service) {
        connect(m_service, &TlsService::busyChanged, this, [this](TlsService::Call call, bool busy) {
            if (call == TlsService::Call::Install)
                setBusy(busy);
        });
        connect(m_service, &TlsService::installRefused, this, [this](const QString& forDomain, const QString& text) {
            if (m_pendingDomain.isEmpty())
                return;
            m_pendingDomain.clear();
            showMessage(text, true); // as the box words it
            emit refused(forDomain, text);
        });
        connect(m_service, &TlsService::installed, this, [this](const QString& forDomain, const QStringList& log) {
            if (m_pendingDomain.isEmpty())
                return;
            m_pendingDomain.clear();
            showMessage(QString(), false);
            accept();
            emit installed(forDomain, log);
        });
        connect(m_service, &TlsService::failed, this, [this](TlsService::Call call, const ApiError& error) {
            if (call != TlsService::Call::Install || error.kind == ApiError::Kind::Cancelled)
                return;
            m_pendingDomain.clear();
            showMessage(error.kind == ApiError::Kind::Http && !error.serverText.isEmpty()
                            ? error.serverText
                            : tr("The certificate could not be installed: %1").arg(error.message),
                        true);
        });
    }
    updateSummary();
    setBusy(false);
}

void InstallCertificateDialog::setDomains(const QStringList& domains, const QString& current)
{
    m_domainCombo->clear();
    for (const QString& d : domains)
        m_domainCombo->addItem(DnsRecords::displayName(d), d);
    const int index = m_domainCombo->findData(current);
    m_domainCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_certificateEdit->clear();
    m_chainEdit->clear();
    showMessage(QString(), false);
    setBusy(isBusy());
}

QString InstallCertificateDialog::domain() const
{
    return m_domainCombo->currentData().toString();
}

QString InstallCertificateDialog::summary() const
{
    return m_summaryLabel->text();
}

QString InstallCertificateDialog::message() const
{
    return m_messageLabel->text();
}

bool InstallCertificateDialog::isBusy() const
{
    return m_service && m_service->isBusy(TlsService::Call::Install);
}

void InstallCertificateDialog::install()
{
    if (!m_service || isBusy())
        return;
    if (m_service->install(domain(), m_certificateEdit->toPlainText(), m_chainEdit->toPlainText())) {
        m_pendingDomain = domain();
        showMessage(tr("The box is checking the certificate…"), false);
    } else if (m_certificateEdit->toPlainText().trimmed().isEmpty()) {
        showMessage(tr("Paste the certificate, or choose its file."), true);
        m_certificateEdit->setFocus();
    }
}

void InstallCertificateDialog::updateSummary()
{
    const QByteArray text = m_certificateEdit->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_summaryLabel->setText(QString());
        return;
    }
    const QList<CertificateDetails> chain = CertificateDetails::fromPem(text);
    if (chain.isEmpty()) {
        m_summaryLabel->setText(tr("This does not look like a PEM certificate (-----BEGIN CERTIFICATE-----); the box "
                                   "will say what is wrong with it."));
        return;
    }
    const CertificateDetails& c = chain.constFirst();
    const QLocale locale;
    QString summary =
        tr("For %1; issued by %2; valid from %3 to %4.")
            .arg(c.names().join(QStringLiteral(", ")), c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName,
                 locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat));
    if (c.selfSigned)
        summary += QLatin1Char(' ') + tr("It is self-signed: the box installs only certificates a CA signed.");
    if (!domain().isEmpty() && !c.covers(domain()))
        summary += QLatin1Char(' ') + tr("It is not for %1.").arg(DnsRecords::displayName(domain()));
    m_summaryLabel->setText(summary);
}

void InstallCertificateDialog::setBusy(bool busy)
{
    m_domainCombo->setEnabled(!busy);
    m_certificateEdit->setReadOnly(busy);
    m_chainEdit->setReadOnly(busy);
    m_chooseCertificateButton->setEnabled(!busy);
    m_chooseChainButton->setEnabled(!busy);
    m_installButton->setEnabled(!busy && m_domainCombo->count() > 0);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void InstallCertificateDialog::showMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void InstallCertificateDialog::chooseFile(bool chain)
{
    auto* dialog = new QFileDialog(this, chain ? tr("Choose the intermediate chain") : tr("Choose the certificate"),
                                   QDir::homePath());
    dialog->setObjectName(chain ? QStringLiteral("chooseChainFileDialog")
                                : QStringLiteral("chooseCertificateFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, chain](const QString& path) {
        if (chain)
            loadChainFile(path);
        else
            loadCertificateFile(path);
    });
    dialog->open();
}

bool InstallCertificateDialog::readFile(const QString& path, QByteArray* out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    if (file.size() > MaxFileSize) {
        showMessage(tr("%1 is too large for a certificate.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    *out = file.readAll();
    if (CertificateDetails::certificatesOf(*out).isEmpty()) {
        showMessage(tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----). A DER file (.der, .cer) has to be "
                       "converted to PEM first.")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
        return false;
    }
    showMessage(QString(), false);
    return true;
}

bool InstallCertificateDialog::loadCertificateFile(const QString& path)
{
    QByteArray data;
    if (!readFile(path, &data))
        return false;
    const QList<QSslCertificate> certificates = CertificateDetails::certificatesOf(data);
    m_certificateEdit->setPlainText(QString::fromLatin1(certificates.constFirst().toPem()).trimmed());
    if (certificates.size() > 1 && m_chainEdit->toPlainText().trimmed().isEmpty()) {
        QByteArray rest;
        for (qsizetype i = 1; i < certificates.size(); ++i)
            rest += certificates.at(i).toPem();
        m_chainEdit->setPlainText(QString::fromLatin1(rest).trimmed());
    }
    return true;
}

bool InstallCertificateDialog::loadChainFile(const QString& path)
{
    QByteArray data;
    if (!readFile(path, &data))
        return false;
    m_chainEdit->setPlainText(QString::fromLatin1(data).trimmed());
    return true;
}
