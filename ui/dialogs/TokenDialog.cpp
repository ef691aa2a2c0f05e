#include "TokenDialog.h"

#include "DialogErrorLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// "mail:read" → "mailReadScopeCheckBox"
QString objectNameFor(const QString& scope)
{
    QString name;
    bool upper = false;
    for (const QChar c : scope) {
        if (c == QLatin1Char(':')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("ScopeCheckBox");
}

} // namespace

TokenDialog::TokenDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_zones(new QListWidget(this))
    , m_noZones(new QLabel(tr("The box has no DNS zones yet."), this))
    , m_expires(new QCheckBox(tr("&Expires after"), this))
    , m_expiry(new QDateEdit(this))
    , m_error(new DialogErrorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("TokenDialog"));
    setWindowTitle(tr("New API token"));
    setMinimumWidth(520);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. home-router or nightly-report"));
    m_name->setMaxLength(64);

    auto* scopesBox = new QGroupBox(tr("What the token may do"), this);
    auto* scopesLayout = new QGridLayout(scopesBox);
    const QStringList fixed = ApiTokens::fixedScopes();
    for (int i = 0; i < fixed.size(); ++i) {
        const QString& scope = fixed.at(i);
        auto* box = new QCheckBox(scope, scopesBox);
        box->setObjectName(objectNameFor(scope));
        box->setToolTip(ApiTokens::describeScope(scope));
        auto* text = new QLabel(ApiTokens::describeScope(scope), scopesBox);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        scopesLayout->addWidget(box, i, 0, Qt::AlignTop);
        scopesLayout->addWidget(text, i, 1);
        m_scopes.insert(scope, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            showError(QString());
            updateScopes();
        });
    }
    scopesLayout->setColumnStretch(1, 1);
    auto* dnsLabel = new QLabel(tr("Custom DNS records of these zones only (dns:<i>zone</i>, e.g. for a router that "
                                   "updates its address):"),
                                scopesBox);
    dnsLabel->setWordWrap(true);
    scopesLayout->addWidget(dnsLabel, int(fixed.size()), 0, 1, 2);
    m_zones->setObjectName(QStringLiteral("zonesListWidget"));
    m_zones->setMaximumHeight(m_zones->fontMetrics().lineSpacing() * 6);
    m_noZones->setObjectName(QStringLiteral("noZonesLabel"));
    m_noZones->setForegroundRole(QPalette::PlaceholderText);
    scopesLayout->addWidget(m_zones, int(fixed.size()) + 1, 0, 1, 2);
    scopesLayout->addWidget(m_noZones, int(fixed.size()) + 2, 0, 1, 2);

    m_expires->setObjectName(QStringLiteral("expiresCheckBox"));
    m_expiry->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setEnabled(false);
    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry);
    auto* expiryNote = new QLabel(tr("(the last day it works, UTC)"), this);
    expiryNote->setForegroundRole(QPalette::PlaceholderText);
    expiryRow->addWidget(expiryNote);
    expiryRow->addStretch(1);

    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create token"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopesBox);
    layout->addLayout(expiryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    // A message about the form goes once the form changes.
    connect(m_name, &QLineEdit::textEdited, this, [this] { showError(QString()); });
    connect(m_zones, &QListWidget::itemChanged, this, [this] { showError(QString()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TokenDialog::reject);
}

void TokenDialog::prepare(const QStringList& zones)
{
    m_name->clear();
    for (QCheckBox* box : std::as_const(m_scopes))
        box->setChecked(false);
    m_zones->clear();
    setZones(zones);
    m_expires->setChecked(false);
    const QDate today = QDate::currentDate();
    m_expiry->setMinimumDate(today);
    m_expiry->setDate(today.addDays(90));
    showError(QString());
    setBusy(false);
    updateScopes();
    m_name->setFocus();
}

void TokenDialog::setZones(const QStringList& zones)
{
    QStringList checked;
    for (int row = 0; row < m_zones->count(); ++row) {
        if (m_zones->item(row)->checkState() == Qt::Checked)
            checked.append(m_zones->item(row)->text());
    }
    m_zones->clear();
    for (const QString& zone : zones) {
        auto* item = new QListWidgetItem(zone, m_zones);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(zone) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(ApiTokens::describeScope(ApiTokens::dnsScope(zone)));
    }
    m_zones->setVisible(!zones.isEmpty());
    m_noZones->setVisible(zones.isEmpty());
}

bool TokenDialog::checkZone(const QString& zone)
{
    for (int row = 0; row < m_zones->count(); ++row) {
        if (m_zones->item(row)->text() == zone) {
            m_zones->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

NewApiToken TokenDialog::token() const
{
    NewApiToken token;
    token.name = m_name->text().trimmed();
    const bool admin = m_scopes.value(QStringLiteral("admin"))->isChecked();
    for (const QString& scope : ApiTokens::fixedScopes()) {
        if (m_scopes.value(scope)->isChecked() && (!admin || scope == QLatin1String("admin")))
            token.scopes.append(scope);
    }
    if (!admin) {
        for (int row = 0; row < m_zones->count(); ++row) {
            if (m_zones->item(row)->checkState() == Qt::Checked)
                token.scopes.append(ApiTokens::dnsScope(m_zones->item(row)->text()));
        }
    }
    if (m_expires->isChecked())
        token.expires = m_expiry->date();
    return token;
}

void TokenDialog::updateScopes()
{
    // admin covers everything: the narrower scopes say so by being greyed out.
    const bool admin = m_scopes.value(QStringLiteral("admin"))->isChecked();
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (it.key() != QLatin1String("admin"))
            it.value()->setEnabled(!admin);
    }
    m_zones->setEnabled(!admin);
}

void TokenDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_name->setReadOnly(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void TokenDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

QString TokenDialog::error() const
{
    return m_error->message();
}

void TokenDialog::succeeded()
{
    setBusy(false);
    QDialog::accept();
}

void TokenDialog::accept()
{
    showError(QString());
    const NewApiToken t = token();
    if (t.name.isEmpty()) {
        showError(tr("Enter a name for the token, e.g. the machine or script that will use it."));
        m_name->setFocus();
        return;
    }
    if (t.scopes.isEmpty()) {
        showError(tr("Choose at least one scope: what the token may do."));
        return;
    }
    setBusy(true);
    emit submitted(); // the page sends it; succeeded() or showError() follows
}
