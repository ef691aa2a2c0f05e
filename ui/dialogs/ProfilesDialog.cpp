#include "ProfilesDialog.h"
#include "ui_ProfilesDialog.h"

#include "ApiClient.h"
#include "CertTrustStore.h"

#include <QPushButton>
#include <QSet>

ProfilesDialog::ProfilesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfilesDialog)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->forgetPinButton, &QPushButton::clicked, m_ui->fingerprintLineEdit, &QLineEdit::clear);
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->urlLineEdit, m_ui->emailLineEdit, m_ui->fingerprintLineEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &ProfilesDialog::storeFields);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfilesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    refreshList(-1);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setProfiles(const QList<BoxProfile>& profiles, const QString& current)
{
    m_profiles = profiles;
    int select = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == current) {
            select = i;
        }
    }
    m_row = -1;
    refreshList(select);
}

void ProfilesDialog::refreshList(int select)
{
    QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    for (const BoxProfile& p : std::as_const(m_profiles)) {
        m_ui->profilesListWidget->addItem(p.name);
    }
    blocker.unblock();
    m_ui->profilesListWidget->setCurrentRow(select);
    onCurrentRowChanged(select);
}

void ProfilesDialog::onCurrentRowChanged(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->nameLineEdit), static_cast<QWidget*>(m_ui->urlLineEdit),
                       static_cast<QWidget*>(m_ui->emailLineEdit), static_cast<QWidget*>(m_ui->fingerprintLineEdit),
                       static_cast<QWidget*>(m_ui->forgetPinButton), static_cast<QWidget*>(m_ui->removeButton)}) {
        w->setEnabled(valid);
    }
    const BoxProfile p = valid ? m_profiles.at(row) : BoxProfile();
    m_ui->nameLineEdit->setText(p.name);
    m_ui->urlLineEdit->setText(p.url);
    m_ui->emailLineEdit->setText(p.email);
    m_ui->fingerprintLineEdit->setText(p.fingerprint);
}

void ProfilesDialog::storeFields()
{
    if (m_row < 0 || m_row >= m_profiles.size()) {
        return;
    }
    BoxProfile& p = m_profiles[m_row];
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.url = m_ui->urlLineEdit->text().trimmed();
    p.email = m_ui->emailLineEdit->text().trimmed();
    const QString fp = m_ui->fingerprintLineEdit->text().trimmed();
    const QString normalized = CertTrustStore::normalizeFingerprint(fp);
    p.fingerprint = normalized.isEmpty() ? fp : normalized;
    if (QListWidgetItem* item = m_ui->profilesListWidget->item(m_row)) {
        item->setText(p.name);
    }
}

void ProfilesDialog::addProfile()
{
    storeFields();
    BoxProfile p;
    p.name = tr("New box %1").arg(m_profiles.size() + 1);
    p.url = QStringLiteral("https://");
    m_profiles.append(p);
    refreshList(int(m_profiles.size()) - 1);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void ProfilesDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size()) {
        return;
    }
    m_profiles.removeAt(m_row);
    refreshList(qMin(m_row, int(m_profiles.size()) - 1));
}

void ProfilesDialog::accept()
{
    storeFields();
    QSet<QString> names;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const BoxProfile& p = m_profiles.at(i);
        QString problem;
        if (p.name.isEmpty()) {
            problem = tr("Every box needs a name.");
        } else if (names.contains(p.name)) {
            problem = tr("Two boxes are named “%1”.").arg(p.name);
        } else if (ApiClient::normalizeBaseUrl(p.url).isEmpty()) {
            problem = tr("“%1” is not an https:// address.").arg(p.url);
        } else if (!p.fingerprint.isEmpty() && CertTrustStore::normalizeFingerprint(p.fingerprint).isEmpty()) {
            problem = tr("The pinned fingerprint must be 32 bytes in hex (AA:BB:…).");
        }
        if (!problem.isEmpty()) {
            refreshList(i);
            m_ui->errorLabel->setText(problem);
            m_ui->errorLabel->setVisible(true);
            return;
        }
        names.insert(p.name);
        m_profiles[i].url = ApiClient::normalizeBaseUrl(p.url).toString();
    }
    QDialog::accept();
}
