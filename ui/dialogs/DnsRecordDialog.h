#pragma once

#include "DnsRecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class DialogErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

// Add a custom DNS record, or give an existing one a new value. The admin picks what the box does with the other
// values of the same name and type — keep them and add this one (POST), or replace them all by this one (PUT) —
// and types the value in an editor fitting the type: MX priority and host, SRV priority/weight/port/target, CAA
// flags/tag/value, a TXT value with its size and the strings it is published as, the trailing dot of host names
// explained, and for A/AAAA "use the address I connect from" (dynamic DNS). The box validates: its sentence is
// shown under the value and nothing changes.
class DnsRecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DnsRecordDialog(QWidget* parent = nullptr);

    // `zones`: the box's zones, for the name's completion and the hint. An empty record for a new one.
    void prepareNew(const QStringList& zones);
    void prepareEdit(const QString& qname, const QString& rtype, const QString& value);
    bool isEditing() const { return m_editing; }

    DnsRecordChange change() const; // what OK sends
    QString value() const; // the value as the editor of the type builds it

    void setBusy(bool busy);
    void showError(const QString& message);
    QString error() const;
    void succeeded();

    void accept() override;

    // The widgets a test drives.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeCombo() const { return m_type; }
    QRadioButton* replaceButton() const { return m_replace; }
    QRadioButton* addButton() const { return m_add; }

    // Fills the type's editor from a value string (MX "10 mx.example.net.", …).
    void setValue(const QString& value);

signals:
    void submitted();

private:
    void updateType();
    void updateHint();

    bool m_editing = false;
    QLineEdit* m_name;
    QComboBox* m_type;
    QRadioButton* m_add;
    QRadioButton* m_replace;
    QStackedWidget* m_editors;
    // Plain value (A, AAAA, CNAME, NS, SSHFP) and TXT.
    QLineEdit* m_plain;
    QCheckBox* m_myAddress;
    QPlainTextEdit* m_text;
    // MX
    QSpinBox* m_mxPriority;
    QLineEdit* m_mxHost;
    // SRV
    QSpinBox* m_srvPriority;
    QSpinBox* m_srvWeight;
    QSpinBox* m_srvPort;
    QLineEdit* m_srvTarget;
    // CAA
    QSpinBox* m_caaFlags;
    QComboBox* m_caaTag;
    QLineEdit* m_caaValue;

    QLabel* m_hint;
    DialogErrorLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};
