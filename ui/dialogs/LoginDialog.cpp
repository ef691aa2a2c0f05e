#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include <QLineEdit>
#include <QPushButton>

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::LoginDialog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->certificateLabel->setVisible(false);
    QFont small = m_ui->certificateLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_ui->certificateLabel->setFont(small);
    connect(m_ui->profileComboBox, &QComboBox::activated, this, &LoginDialog::onProfileActivated);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &LoginDialog::manageProfilesRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    setProfiles({}, {});
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setProfiles(const QList<BoxProfile>& profiles, const QString& current)
{
    QSignalBlocker blocker(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItem(tr("New box"), QString());
    for (const BoxProfile& p : profiles) {
        m_ui->profileComboBox->addItem(p.name, p.name);
    }
    const int index = m_ui->profileComboBox->findData(current);
    m_ui->profileComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

QString LoginDialog::profileName() const
{
    return m_ui->profileComboBox->currentData().toString();
}

void LoginDialog::showProfile(const BoxProfile& profile)
{
    m_ui->urlLineEdit->setText(profile.url);
    m_ui->emailLineEdit->setText(profile.email);
    m_ui->passwordLineEdit->clear();
    setPinnedFingerprint(profile.fingerprint);
    if (m_ui->rememberCheckBox->isEnabled()) {
        m_ui->rememberCheckBox->setChecked(profile.rememberPassword);
    }
    clearMessage();
    focusFirstEmptyField();
}

void LoginDialog::focusFirstEmptyField()
{
    QLineEdit* target = m_ui->passwordLineEdit;
    if (m_ui->urlLineEdit->text().trimmed().isEmpty()) {
        target = m_ui->urlLineEdit;
    } else if (m_ui->emailLineEdit->text().trimmed().isEmpty()) {
        target = m_ui->emailLineEdit;
    }
    target->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    focusFirstEmptyField();
}

QString LoginDialog::url() const
{
    return m_ui->urlLineEdit->text().trimmed();
}

QString LoginDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

bool LoginDialog::remember() const
{
    return m_ui->rememberCheckBox->isEnabled() && m_ui->rememberCheckBox->isChecked();
}

void LoginDialog::setUrl(const QString& url)
{
    m_ui->urlLineEdit->setText(url);
}

void LoginDialog::setEmail(const QString& email)
{
    m_ui->emailLineEdit->setText(email);
}

void LoginDialog::setPassword(const QString& password)
{
    m_ui->passwordLineEdit->setText(password);
}

void LoginDialog::setRemember(bool remember)
{
    m_ui->rememberCheckBox->setChecked(remember);
}

void LoginDialog::setRememberAvailable(bool available, const QString& why)
{
    m_ui->rememberCheckBox->setEnabled(available);
    m_ui->rememberCheckBox->setToolTip(why);
    if (!available) {
        m_ui->rememberCheckBox->setChecked(false);
    }
}

void LoginDialog::setPinnedFingerprint(const QString& fingerprint)
{
    m_ui->certificateLabel->setText(fingerprint.isEmpty() ? QString()
                                                          : tr("Certificate pinned (SHA-256): %1").arg(fingerprint));
    m_ui->certificateLabel->setVisible(!fingerprint.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->profileComboBox), static_cast<QWidget*>(m_ui->urlLineEdit),
                       static_cast<QWidget*>(m_ui->emailLineEdit), static_cast<QWidget*>(m_ui->passwordLineEdit),
                       static_cast<QWidget*>(m_ui->manageProfilesButton)}) {
        w->setEnabled(!busy);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        showInfo(tr("Connecting…"));
    } else if (isVisible()) {
        focusFirstEmptyField();
    }
}

void LoginDialog::showError(const QString& message)
{
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void LoginDialog::showInfo(const QString& message)
{
    m_ui->errorLabel->setStyleSheet(QString());
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void LoginDialog::clearMessage()
{
    showInfo(QString());
}

QString LoginDialog::message() const
{
    return m_ui->errorLabel->text();
}

void LoginDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (url().isEmpty()) {
        showError(tr("Enter the address of the box's control panel, e.g. https://box.example.com/admin."));
        m_ui->urlLineEdit->setFocus();
        return;
    }
    if (email().isEmpty()) {
        showError(tr("Enter your email address."));
        m_ui->emailLineEdit->setFocus();
        return;
    }
    if (password().isEmpty()) {
        showError(tr("Enter a password."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    emit loginRequested();
}

void LoginDialog::reject()
{
    if (m_busy) {
        emit cancelRequested();
        return;
    }
    QDialog::reject();
}

void LoginDialog::onProfileActivated(int index)
{
    emit profileSelected(m_ui->profileComboBox->itemData(index).toString());
}
