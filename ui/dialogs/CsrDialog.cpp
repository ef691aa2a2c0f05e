#include "CsrDialog.h"

#include "CsrCountries.h"
#include "DnsRecords.h"
#include "TlsService.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

CsrDialog::CsrDialog(TlsService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_domainCombo(new QComboBox(this))
    , m_countryCombo(new QComboBox(this))
    , m_makeButton(new QPushButton(tr("&Make the CSR"), this))
    , m_csrEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_installButton(new QPushButton(tr("&Install the certificate…"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("CsrDialog"));
    setWindowTitle(tr("Certificate signing request"));
    resize(640, 560);
    m_domainCombo->setObjectName(QStringLiteral("domainComboBox"));
    m_countryCombo->setObjectName(QStringLiteral("countryComboBox"));
    m_countryCombo->setMaxVisibleItems(24);
    m_makeButton->setObjectName(QStringLiteral("makeCsrButton"));
    m_makeButton->setDefault(true);
    m_csrEdit->setObjectName(QStringLiteral("csrPlainTextEdit"));
    m_csrEdit->setReadOnly(true);
    m_csrEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_csrEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_csrEdit->setPlaceholderText(tr("The request appears here."));
    m_csrEdit->setTabChangesFocus(true);
    m_copyButton->setObjectName(QStringLiteral("copyCsrButton"));
    m_saveButton->setObjectName(QStringLiteral("saveCsrButton"));
    m_installButton->setObjectName(QStringLiteral("installCertificateButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setTextFormat(Qt::PlainText);

    auto* intro = new QLabel(
        tr("If you would rather get a certificate from another provider than Let's Encrypt, give the provider this "
           "certificate signing request (CSR). The box makes it with its own private key, so only the box can use "
           "the certificate issued for it. A multi-domain or wildcard certificate is used for every domain it is "
           "valid for besides the one chosen here."),
        this);
    intro->setWordWrap(true);
    auto* countryHint =
        new QLabel(tr("Some providers require the country you are in; leave it out if yours does not."), this);
    countryHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domainCombo);
    form->addRow(tr("C&ountry:"), m_countryCombo);
    form->addRow(QString(), countryHint);
    auto* safe = new QLabel(tr("The CSR is safe to share. It can only be used together with the private key that "
                               "stays on the box."),
                            this);
    safe->setWordWrap(true);
    auto* pemButtons = new QHBoxLayout;
    pemButtons->addWidget(m_copyButton);
    pemButtons->addWidget(m_saveButton);
    pemButtons->addStretch(1);
    pemButtons->addWidget(m_installButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_makeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_csrEdit, 1);
    layout->addWidget(safe);
    layout->addLayout(pemButtons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    fillCountries();

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_makeButton, &QPushButton::clicked, this, &CsrDialog::makeCsr);
    // A request for other inputs is not the one shown: it goes until made again.
    const auto stale = [this] {
        m_csrEdit->clear();
        setBusy(isBusy());
    };
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_csrEdit->toPlainText());
        showMessage(tr("The CSR is on the clipboard."), false);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CsrDialog::chooseSaveFile);
    connect(m_installButton, &QPushButton::clicked, this, [this] { emit installRequested(domain()); });
    if (m_service) {
        connect(m_service, &TlsService::busyChanged, this, [this](TlsService::Call call, bool busy) {
            if (call == TlsService::Call::Csr)
                setBusy(busy);
        });
        connect(m_service, &TlsService::csrMade, this,
                [this](const QString& forDomain, const QString&, const QString& pem) {
                    m_csrEdit->setPlainText(pem);
                    showMessage(tr("Give this request to your certificate provider."), false);
                    setBusy(false);
                    emit csrShown(forDomain);
                });
        connect(m_service, &TlsService::failed, this, [this](TlsService::Call call, const ApiError& error) {
            if (call != TlsService::Call::Csr || error.kind == ApiError::Kind::Cancelled)
                return;
            showMessage(tr("The box could not make the CSR: %1")
                            .arg(!error.serverText.isEmpty() && error.kind == ApiError::Kind::Http ? error.serverText
                                                                                                   : error.message),
                        true);
            setBusy(false);
        });
    }
    setBusy(false);
}

void CsrDialog::fillCountries()
{
    m_countryCombo->addItem(tr("Leave out (the request names only the domain)"), QString());
    const QList<CsrCountries::Country> all = CsrCountries::all();
    for (int i = 0; i < CsrCountries::commonCount(); ++i)
        m_countryCombo->addItem(QStringLiteral("%1 (%2)").arg(all.at(i).name, all.at(i).code), all.at(i).code);
    m_countryCombo->insertSeparator(m_countryCombo->count());
    for (const CsrCountries::Country& c : CsrCountries::others())
        m_countryCombo->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    // The country of the user's locale, when the list has it.
    const QString own = QLocale::territoryToCode(QLocale().territory());
    if (!own.isEmpty())
        selectCountry(own);
}

bool CsrDialog::selectCountry(const QString& code)
{
    const int index = m_countryCombo->findData(code.toUpper());
    if (index < 0)
        return false;
    m_countryCombo->setCurrentIndex(index);
    return true;
}

void CsrDialog::setDomains(const QStringList& domains, const QString& current)
{
    m_domainCombo->clear();
    for (const QString& d : domains)
        m_domainCombo->addItem(DnsRecords::displayName(d), d);
    const int index = m_domainCombo->findData(current);
    m_domainCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_csrEdit->clear();
    m_messageLabel->clear();
    setBusy(isBusy());
}

QString CsrDialog::domain() const
{
    return m_domainCombo->currentData().toString();
}

QString CsrDialog::countryCode() const
{
    return m_countryCombo->currentData().toString();
}

QString CsrDialog::csr() const
{
    return m_csrEdit->toPlainText();
}

QString CsrDialog::message() const
{
    return m_messageLabel->text();
}

bool CsrDialog::isBusy() const
{
    return m_service && m_service->isBusy(TlsService::Call::Csr);
}

void CsrDialog::makeCsr()
{
    if (!m_service || domain().isEmpty())
        return;
    m_csrEdit->clear();
    if (m_service->requestCsr(domain(), countryCode()))
        showMessage(tr("The box is making the request…"), false);
}

void CsrDialog::setBusy(bool busy)
{
    const bool has = !m_csrEdit->toPlainText().isEmpty();
    m_domainCombo->setEnabled(!busy);
    m_countryCombo->setEnabled(!busy);
    m_makeButton->setEnabled(!busy && m_domainCombo->count() > 0);
    m_copyButton->setEnabled(!busy && has);
    m_saveButton->setEnabled(!busy && has);
    m_installButton->setEnabled(!busy && m_domainCombo->count() > 0);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CsrDialog::showMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CsrDialog::chooseSaveFile()
{
    auto* dialog = new QFileDialog(this, tr("Save the CSR of %1").arg(DnsRecords::displayName(domain())),
                                   QDir::homePath() + QLatin1Char('/') + domain() + QStringLiteral(".csr"));
    dialog->setObjectName(QStringLiteral("saveCsrFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Certificate signing requests (*.csr *.pem)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CsrDialog::saveCsr);
    dialog->open();
}

void CsrDialog::saveCsr(const QString& path)
{
    if (path.isEmpty() || csr().isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csr().toLatin1()) < 0 || !file.commit()) {
        const QString text =
            tr("The CSR could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        showMessage(text, true);
        emit saved(false, text);
        return;
    }
    const QString text = tr("Saved the CSR to %1.").arg(QDir::toNativeSeparators(path));
    showMessage(text, false);
    emit saved(true, text);
}
