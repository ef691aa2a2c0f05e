#include "TwoFactorPage.h"

#include "ApiClient.h"
#include "AuthService.h"
#include "MfaService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {
QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}
} // namespace

TwoFactorPage::TwoFactorPage(QWidget* parent)
    : QWidget(parent)
    , m_stateLabel(new QLabel(this))
    , m_setupGroup(new QGroupBox(tr("Set up two-factor authentication"), this))
    , m_qrLabel(new QLabel(m_setupGroup))
    , m_secretLabel(new QLabel(m_setupGroup))
    , m_labelEdit(new QLineEdit(m_setupGroup))
    , m_codeEdit(new QLineEdit(m_setupGroup))
    , m_codeError(errorLabel(m_setupGroup, QStringLiteral("codeErrorLabel")))
    , m_setupPasswordEdit(new QLineEdit(m_setupGroup))
    , m_setupPasswordError(errorLabel(m_setupGroup, QStringLiteral("setupPasswordErrorLabel")))
    , m_enableButton(new QPushButton(tr("&Enable two-factor authentication"), m_setupGroup))
    , m_disableGroup(new QGroupBox(tr("Two-factor authentication is on"), this))
    , m_devicesLabel(new QLabel(m_disableGroup))
    , m_disablePasswordEdit(new QLineEdit(m_disableGroup))
    , m_disablePasswordError(errorLabel(m_disableGroup, QStringLiteral("disablePasswordErrorLabel")))
    , m_disableButton(new QPushButton(tr("&Disable two-factor authentication…"), m_disableGroup))
    , m_messageLabel(new QLabel(this))
{
    m_stateLabel->setObjectName(QStringLiteral("mfaStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_setupGroup->setObjectName(QStringLiteral("setupGroupBox"));
    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setMinimumSize(200, 200);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretLabel->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 14pt;"));
    m_labelEdit->setObjectName(QStringLiteral("labelLineEdit"));
    m_labelEdit->setPlaceholderText(tr("e.g. phone"));
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeEdit->setMaxLength(6);
    m_codeEdit->setPlaceholderText(QStringLiteral("000000"));
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this));
    m_setupPasswordEdit->setObjectName(QStringLiteral("setupPasswordLineEdit"));
    m_setupPasswordEdit->setEchoMode(QLineEdit::Password);
    m_enableButton->setObjectName(QStringLiteral("enableButton"));
    m_disableGroup->setObjectName(QStringLiteral("disableGroupBox"));
    m_devicesLabel->setObjectName(QStringLiteral("devicesLabel"));
    m_devicesLabel->setWordWrap(true);
    m_disablePasswordEdit->setObjectName(QStringLiteral("disablePasswordLineEdit"));
    m_disablePasswordEdit->setEchoMode(QLineEdit::Password);
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* setupSteps = new QLabel(
        tr("1. Install an authenticator app (for example FreeOTP, Aegis or Google Authenticator) on your phone.<br>"
           "2. Scan the QR code, or type the secret below into the app.<br>"
           "3. Enter the six-digit code the app shows, a label to recognise this device later, and your password, "
           "then enable. From then on, logging in asks for a code from the app."),
        m_setupGroup);
    setupSteps->setWordWrap(true);
    auto* setupForm = new QFormLayout;
    setupForm->addRow(tr("Secret:"), m_secretLabel);
    setupForm->addRow(tr("Label:"), m_labelEdit);
    setupForm->addRow(tr("Code from the app:"), m_codeEdit);
    setupForm->addRow(QString(), m_codeError);
    setupForm->addRow(tr("Your password:"), m_setupPasswordEdit);
    setupForm->addRow(QString(), m_setupPasswordError);
    auto* setupLayout = new QVBoxLayout(m_setupGroup);
    setupLayout->addWidget(setupSteps);
    auto* qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qrLabel);
    qrRow->addLayout(setupForm, 1);
    setupLayout->addLayout(qrRow);
    setupLayout->addWidget(m_enableButton, 0, Qt::AlignLeft);

    auto* disableForm = new QFormLayout;
    disableForm->addRow(tr("Your password:"), m_disablePasswordEdit);
    disableForm->addRow(QString(), m_disablePasswordError);
    auto* disableLayout = new QVBoxLayout(m_disableGroup);
    disableLayout->addWidget(m_devicesLabel);
    disableLayout->addLayout(disableForm);
    disableLayout->addWidget(m_disableButton, 0, Qt::AlignLeft);

    auto* note = new QLabel(tr("Changing two-factor authentication ends your current session on the box. Boxkeeper "
                               "uses the password you enter here once to log you in again right away; it is not "
                               "stored."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Two-Factor Authentication")), this));
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_setupGroup);
    layout->addWidget(m_disableGroup);
    layout->addWidget(note);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    m_setupGroup->hide();
    m_disableGroup->hide();

    connect(m_enableButton, &QPushButton::clicked, this, &TwoFactorPage::enable);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &TwoFactorPage::enable);
    connect(m_setupPasswordEdit, &QLineEdit::returnPressed, this, &TwoFactorPage::enable);
    connect(m_disableButton, &QPushButton::clicked, this, &TwoFactorPage::disable);
}

TwoFactorPage::~TwoFactorPage() = default;

void TwoFactorPage::setServices(ApiClient* client, AuthService* auth)
{
    if (client == m_client && auth == m_auth && m_service) {
        return;
    }
    delete m_service;
    m_service = nullptr;
    m_client = client;
    m_auth = auth;
    m_loaded = false;
    m_status = MfaStatus();
    m_setupGroup->hide();
    m_disableGroup->hide();
    m_stateLabel->clear();
    if (!client || !auth) {
        return;
    }
    m_service = new MfaService(client, auth, this);
    connect(m_service, &MfaService::busyChanged, this, &TwoFactorPage::setBusy);
    connect(m_service, &MfaService::statusLoaded, this, &TwoFactorPage::showStatus);
    connect(m_service, &MfaService::failed, this, [this](const ApiError& error, MailValidation::Field field) {
        const QString text = error.kind == ApiError::Kind::Http ? error.serverText : error.message;
        if (field == MailValidation::Field::Password) {
            showFieldError(field, text);
        } else if (field == MailValidation::Field::Code) {
            showFieldError(field, text);
        } else {
            m_messageLabel->setText(text);
        }
    });
    connect(m_service, &MfaService::changed, this, [this](bool enabled) {
        m_setupPasswordEdit->clear();
        m_disablePasswordEdit->clear();
        m_codeEdit->clear();
        m_messageLabel->setText(enabled ? tr("Two-factor authentication is now on. Your session was renewed.")
                                        : tr("Two-factor authentication is now off. Your session was renewed."));
        emit changed(enabled);
        refresh();
    });
    connect(m_service, &MfaService::renewalFailed, this, [this](bool enabled, const ApiError& error) {
        m_setupPasswordEdit->clear();
        m_disablePasswordEdit->clear();
        m_messageLabel->setText((enabled ? tr("Two-factor authentication is now on, but a new session could not be "
                                              "opened (%1). Log in again.")
                                         : tr("Two-factor authentication is now off, but a new session could not be "
                                              "opened (%1). Log in again."))
                                    .arg(error.message));
    });
}

bool TwoFactorPage::isBusy() const
{
    return m_service && m_service->isBusy();
}

void TwoFactorPage::setAvailable(bool available)
{
    m_available = available;
    if (!available) {
        m_setupGroup->hide();
        m_disableGroup->hide();
        m_stateLabel->setText(tr("On this box, two-factor authentication is managed through the control panel's "
                                 "administrator interface. Ask an administrator of the box to set it up or turn it "
                                 "off for your account."));
    }
}

void TwoFactorPage::refresh()
{
    if (m_available && m_service && !m_service->isBusy()) {
        m_stateLabel->setText(tr("Checking…"));
        m_service->fetchStatus();
    }
}

QString TwoFactorPage::statusText() const
{
    return m_stateLabel->text() + QLatin1Char('\n') + m_messageLabel->text();
}

void TwoFactorPage::setBusy(bool busy)
{
    m_enableButton->setEnabled(!busy);
    m_disableButton->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void TwoFactorPage::showStatus(const MfaStatus& status)
{
    m_status = status;
    m_loaded = true;
    const QString email = m_client ? m_client->email() : QString();
    clearErrors();
    if (status.isEnabled()) {
        m_stateLabel->setText(tr("Two-factor authentication is <b>on</b> for %1.").arg(email.toHtmlEscaped()));
        QStringList devices;
        for (const MfaStatus::Device& d : status.devices) {
            devices.append(d.label.isEmpty() ? tr("an authenticator app (no label)")
                                             : tr("“%1”").arg(d.label.toHtmlEscaped()));
        }
        m_devicesLabel->setText(tr("Codes come from %1. Disabling removes it: logging in then needs only the "
                                   "password.")
                                    .arg(devices.join(QStringLiteral(", "))));
        m_setupGroup->hide();
        m_disableGroup->show();
    } else {
        m_stateLabel->setText(tr("Two-factor authentication is <b>off</b> for %1. Turn it on so that logging in "
                                 "needs a code from your phone besides the password.")
                                  .arg(email.toHtmlEscaped()));
        QPixmap qr;
        qr.loadFromData(status.newQrPng, "PNG");
        m_qrLabel->setPixmap(qr.isNull() ? QPixmap() : qr.scaled(200, 200, Qt::KeepAspectRatio));
        m_secretLabel->setText(MfaStatus::groupedSecret(status.newSecret));
        m_disableGroup->hide();
        m_setupGroup->show();
    }
    emit statusLoaded(status.isEnabled());
}

void TwoFactorPage::showFieldError(MailValidation::Field field, const QString& message)
{
    QLabel* label = nullptr;
    if (field == MailValidation::Field::Code) {
        label = m_codeError;
    } else if (field == MailValidation::Field::Password) {
        label = m_status.isEnabled() ? m_disablePasswordError : m_setupPasswordError;
    }
    if (!label) {
        m_messageLabel->setText(message);
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString TwoFactorPage::fieldError(MailValidation::Field field) const
{
    QLabel* label = nullptr;
    if (field == MailValidation::Field::Code) {
        label = m_codeError;
    } else if (field == MailValidation::Field::Password) {
        label = m_status.isEnabled() ? m_disablePasswordError : m_setupPasswordError;
    } else {
        return m_messageLabel->text();
    }
    return label->isVisibleTo(this) ? label->text() : QString();
}

void TwoFactorPage::clearErrors()
{
    for (QLabel* l : {m_codeError, m_setupPasswordError, m_disablePasswordError}) {
        l->clear();
        l->hide();
    }
    m_messageLabel->clear();
}

void TwoFactorPage::enable()
{
    if (!m_service || m_status.isEnabled() || !m_loaded) {
        return;
    }
    clearErrors();
    m_service->enable(m_status.newSecret, m_codeEdit->text(), m_labelEdit->text(), m_setupPasswordEdit->text());
}

void TwoFactorPage::disable()
{
    if (!m_service || !m_status.isEnabled()) {
        return;
    }
    clearErrors();
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("Disable two-factor authentication"),
                                     tr("Disable two-factor authentication for your account?"),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("disableConfirmation"));
    m_confirmation->setInformativeText(tr("Logging in will need only your password. You can set it up again at any "
                                          "time, with a new secret."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("&Disable"));
    connect(m_confirmation, &QMessageBox::finished, this, [this](int result) {
        m_confirmation->deleteLater();
        if (result == QMessageBox::Yes && m_service) {
            m_service->disable(m_disablePasswordEdit->text());
        }
    });
    m_confirmation->open();
}
