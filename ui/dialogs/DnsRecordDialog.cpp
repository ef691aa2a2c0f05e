#include "DnsRecordDialog.h"

#include "DialogErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

enum Editor { PlainEditor, TextEditor, MxEditor, SrvEditor, CaaEditor };

Editor editorFor(const QString& rtype)
{
    if (rtype == QLatin1String("TXT"))
        return TextEditor;
    if (rtype == QLatin1String("MX"))
        return MxEditor;
    if (rtype == QLatin1String("SRV"))
        return SrvEditor;
    if (rtype == QLatin1String("CAA"))
        return CaaEditor;
    return PlainEditor;
}

QSpinBox* spin(int max, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setObjectName(name);
    return box;
}

QWidget* row(QWidget* parent, const QList<QPair<QString, QWidget*>>& fields)
{
    auto* w = new QWidget(parent);
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [label, field] : fields) {
        if (!label.isEmpty()) {
            auto* l = new QLabel(label, w);
            l->setBuddy(field);
            layout->addWidget(l);
        }
        layout->addWidget(field, qobject_cast<QLineEdit*>(field) ? 1 : 0);
    }
    return w;
}

} // namespace

DnsRecordDialog::DnsRecordDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_add(new QRadioButton(tr("&Add this value beside the record's other values"), this))
    , m_replace(new QRadioButton(tr("Re&place every value of this name and type by this one"), this))
    , m_editors(new QStackedWidget(this))
    , m_plain(new QLineEdit(this))
    , m_myAddress(new QCheckBox(tr("&Use the address I connect from (dynamic DNS)"), this))
    , m_text(new QPlainTextEdit(this))
    , m_mxPriority(spin(65535, QStringLiteral("mxPrioritySpinBox"), this))
    , m_mxHost(new QLineEdit(this))
    , m_srvPriority(spin(65535, QStringLiteral("srvPrioritySpinBox"), this))
    , m_srvWeight(spin(65535, QStringLiteral("srvWeightSpinBox"), this))
    , m_srvPort(spin(65535, QStringLiteral("srvPortSpinBox"), this))
    , m_srvTarget(new QLineEdit(this))
    , m_caaFlags(spin(255, QStringLiteral("caaFlagsSpinBox"), this))
    , m_caaTag(new QComboBox(this))
    , m_caaValue(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new DialogErrorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("DnsRecordDialog"));
    setMinimumWidth(560);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. www.example.com"));
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItems(DnsRecords::recordTypes());
    m_add->setObjectName(QStringLiteral("addValueRadioButton"));
    m_replace->setObjectName(QStringLiteral("replaceValuesRadioButton"));
    m_plain->setObjectName(QStringLiteral("valueLineEdit"));
    m_myAddress->setObjectName(QStringLiteral("myAddressCheckBox"));
    m_text->setObjectName(QStringLiteral("textPlainTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_mxHost->setObjectName(QStringLiteral("mxHostLineEdit"));
    m_mxHost->setPlaceholderText(tr("mail.example.net."));
    m_mxPriority->setValue(10);
    m_srvTarget->setObjectName(QStringLiteral("srvTargetLineEdit"));
    m_srvTarget->setPlaceholderText(tr("sip.example.net."));
    m_caaTag->setObjectName(QStringLiteral("caaTagComboBox"));
    m_caaTag->addItems({QStringLiteral("issue"), QStringLiteral("issuewild"), QStringLiteral("iodef")});
    m_caaTag->setEditable(true);
    m_caaValue->setObjectName(QStringLiteral("caaValueLineEdit"));
    m_caaValue->setPlaceholderText(tr("letsencrypt.org"));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));

    auto* plain = new QWidget(this);
    auto* plainLayout = new QVBoxLayout(plain);
    plainLayout->setContentsMargins(0, 0, 0, 0);
    plainLayout->addWidget(m_plain);
    plainLayout->addWidget(m_myAddress);
    m_editors->addWidget(plain);
    m_editors->addWidget(m_text);
    m_editors->addWidget(row(this, {{tr("Priority:"), m_mxPriority}, {tr("Mail server:"), m_mxHost}}));
    m_editors->addWidget(row(this, {{tr("Priority:"), m_srvPriority},
                                    {tr("Weight:"), m_srvWeight},
                                    {tr("Port:"), m_srvPort},
                                    {tr("Target:"), m_srvTarget}}));
    m_editors->addWidget(row(this, {{tr("Flags:"), m_caaFlags}, {tr("Tag:"), m_caaTag}, {tr("Value:"), m_caaValue}}));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Value:"), m_editors);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_add);
    layout->addWidget(m_replace);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    // Reading order: name, type, the value's fields, then what to do with the other values, then the buttons.
    QWidget* previous = m_name;
    for (QWidget* next : std::initializer_list<QWidget*>{m_type, m_plain, m_myAddress, m_text, m_mxPriority, m_mxHost,
                                                         m_srvPriority, m_srvWeight, m_srvPort, m_srvTarget, m_caaFlags,
                                                         m_caaTag, m_caaValue, m_add, m_replace, m_buttons}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_type, &QComboBox::currentTextChanged, this, &DnsRecordDialog::updateType);
    connect(m_myAddress, &QCheckBox::toggled, this, [this](bool on) {
        m_plain->setEnabled(!on);
        updateHint();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &DnsRecordDialog::updateHint);
    connect(m_plain, &QLineEdit::textChanged, this, &DnsRecordDialog::updateHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DnsRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DnsRecordDialog::reject);
    updateType();
}

void DnsRecordDialog::prepareNew(const QStringList& zones)
{
    m_editing = false;
    setWindowTitle(tr("Add a custom DNS record"));
    m_name->setReadOnly(false);
    m_name->clear();
    auto* completer = new QCompleter(zones, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_name->completer();
    m_name->setCompleter(completer);
    m_type->setEnabled(true);
    m_type->setCurrentText(QStringLiteral("A"));
    setValue(QString());
    m_myAddress->setChecked(false);
    m_add->setChecked(true);
    showError(QString());
    setBusy(false);
    m_name->setFocus();
}

void DnsRecordDialog::prepareEdit(const QString& qname, const QString& rtype, const QString& value)
{
    m_editing = true;
    setWindowTitle(tr("Change %1 %2").arg(DnsRecords::displayName(qname), rtype));
    m_name->setText(qname);
    m_name->setReadOnly(true);
    m_type->setCurrentText(rtype);
    m_type->setEnabled(false);
    m_myAddress->setChecked(false);
    setValue(value);
    m_replace->setChecked(true);
    showError(QString());
    setBusy(false);
    m_editors->currentWidget()->setFocus();
}

void DnsRecordDialog::setValue(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    switch (editorFor(m_type->currentText())) {
    case PlainEditor:
        m_plain->setText(value);
        break;
    case TextEditor:
        m_text->setPlainText(value);
        break;
    case MxEditor:
        m_mxPriority->setValue(parts.size() >= 2 ? parts.at(0).toInt() : 10);
        m_mxHost->setText(parts.size() >= 2 ? parts.at(1) : value);
        break;
    case SrvEditor:
        m_srvPriority->setValue(parts.value(0).toInt());
        m_srvWeight->setValue(parts.value(1).toInt());
        m_srvPort->setValue(parts.value(2).toInt());
        m_srvTarget->setText(parts.value(3));
        break;
    case CaaEditor:
        m_caaFlags->setValue(parts.value(0).toInt());
        m_caaTag->setCurrentText(parts.value(1, QStringLiteral("issue")));
        m_caaValue->setText(parts.mid(2).join(QLatin1Char(' ')).remove(QLatin1Char('"')));
        break;
    }
    updateHint();
}

QString DnsRecordDialog::value() const
{
    switch (editorFor(m_type->currentText())) {
    case PlainEditor:
        return m_myAddress->isChecked() && m_myAddress->isVisibleTo(this) ? QString() : m_plain->text().trimmed();
    case TextEditor:
        return m_text->toPlainText().trimmed();
    case MxEditor:
        return QStringLiteral("%1 %2").arg(m_mxPriority->value()).arg(m_mxHost->text().trimmed());
    case SrvEditor:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(m_srvPriority->value())
            .arg(m_srvWeight->value())
            .arg(m_srvPort->value())
            .arg(m_srvTarget->text().trimmed());
    case CaaEditor:
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(m_caaFlags->value())
            .arg(m_caaTag->currentText().trimmed(), m_caaValue->text().trimmed());
    }
    return {};
}

DnsRecordChange DnsRecordDialog::change() const
{
    DnsRecordChange c;
    c.kind = m_replace->isChecked() ? DnsRecordChange::Kind::Replace : DnsRecordChange::Kind::Add;
    c.qname = m_name->text();
    c.rtype = m_type->currentText();
    c.value = value();
    return c;
}

void DnsRecordDialog::updateType()
{
    const QString rtype = m_type->currentText();
    m_editors->setCurrentIndex(editorFor(rtype));
    // The stack as tall as the current editor only (a stacked layout leaves out Ignored pages).
    for (int i = 0; i < m_editors->count(); ++i) {
        const auto policy = i == m_editors->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_editors->widget(i)->setSizePolicy(policy, policy);
    }
    m_editors->updateGeometry();
    m_myAddress->setVisible(rtype == QLatin1String("A") || rtype == QLatin1String("AAAA"));
    m_plain->setEnabled(!m_myAddress->isVisibleTo(this) || !m_myAddress->isChecked());
    static const QHash<QString, QString> placeholders{
        {QStringLiteral("A"), QStringLiteral("192.0.2.1")},
        {QStringLiteral("AAAA"), QStringLiteral("2001:db8::1")},
        {QStringLiteral("CNAME"), QStringLiteral("other.example.net.")},
        {QStringLiteral("NS"), QStringLiteral("ns1.example.net.")},
        {QStringLiteral("SSHFP"), QStringLiteral("4 2 0123456789abcdef…")},
    };
    m_plain->setPlaceholderText(placeholders.value(rtype));
    updateHint();
}

void DnsRecordDialog::updateHint()
{
    const QString rtype = m_type->currentText();
    QString hint;
    if (rtype == QLatin1String("A") || rtype == QLatin1String("AAAA")) {
        hint = m_myAddress->isChecked()
                   ? tr("The box stores the address this computer connects to it from. Run the same call from a "
                        "script to keep a dynamic address up to date (see the API tab).")
               : rtype == QLatin1String("A") ? tr("An IPv4 address. <tt>local</tt> is allowed too.")
                                             : tr("An IPv6 address. <tt>local</tt> is allowed too.");
    } else if (rtype == QLatin1String("CNAME") || rtype == QLatin1String("NS")) {
        hint = tr("A host name. The box adds the final dot (<tt>other.example.net.</tt>) that marks it as complete; "
                  "without it the name would be read as relative to the zone.");
    } else if (rtype == QLatin1String("TXT")) {
        const int bytes = int(m_text->toPlainText().trimmed().toUtf8().size());
        const int strings = int(DnsRecords::txtStrings(m_text->toPlainText().trimmed()).size());
        hint = bytes > 255
                   ? tr("%1 bytes: published as %n string(s) of at most 255 bytes, which DNS clients join "
                        "back together.",
                        nullptr, strings)
                         .arg(bytes)
                   : tr("%1 bytes (one string; DNS strings hold up to 255 bytes, longer values are split).").arg(bytes);
    } else if (rtype == QLatin1String("MX")) {
        hint = tr("Mail for the name goes to the server with the lowest priority first. End the host name with a dot.");
    } else if (rtype == QLatin1String("SRV")) {
        hint = tr("Where a service of the name runs (e.g. <tt>_sip._tcp.example.com</tt>). End the target with a dot.");
    } else if (rtype == QLatin1String("CAA")) {
        hint = tr("Which certificate authorities may issue certificates for the name. Keep one allowing "
                  "<tt>letsencrypt.org</tt>, or the box cannot renew its own certificates.");
    } else if (rtype == QLatin1String("SSHFP")) {
        hint = tr("Algorithm, fingerprint type and fingerprint of an SSH host key, as <tt>ssh-keygen -r</tt> prints "
                  "them.");
    }
    m_hint->setText(hint);
}

void DnsRecordDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_editors->setEnabled(!busy);
    m_name->setReadOnly(busy || m_editing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void DnsRecordDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

QString DnsRecordDialog::error() const
{
    return m_error->message();
}

void DnsRecordDialog::succeeded()
{
    setBusy(false);
    QDialog::accept();
}

void DnsRecordDialog::accept()
{
    showError(QString());
    if (DnsRecords::asciiName(m_name->text()).isEmpty()) {
        showError(tr("Enter the name of the record, e.g. www.example.com."));
        m_name->setFocus();
        return;
    }
    setBusy(true);
    emit submitted(); // the page sends it; succeeded() or showError() follows
}
