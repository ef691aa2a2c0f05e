#pragma once

#include "ApiTokens.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class DialogErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

// New API token: a name, the scopes picked from check boxes (admin, mail:read, mail:write, backup:read, status:read,
// and dns:<zone> for zones of the box picked from a list), and an optional last day. OK asks the page to create it
// (submitted()); the box's refusal is shown in the dialog, success closes it and the page shows the secret.
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TokenDialog(QWidget* parent = nullptr);

    // Empty form; `zones` are the box's DNS zones offered for dns:<zone> scopes.
    void prepare(const QStringList& zones);
    // The zones offered, when they come after the dialog opened (zones checked already stay checked).
    void setZones(const QStringList& zones);
    NewApiToken token() const; // what OK sends

    void setBusy(bool busy);
    void showError(const QString& message);
    QString error() const;
    void succeeded();

    void accept() override;

    // The widgets a test drives.
    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* scopeBox(const QString& scope) const { return m_scopes.value(scope); }
    QListWidget* zonesList() const { return m_zones; }
    QCheckBox* expiresBox() const { return m_expires; }
    QDateEdit* expiryEdit() const { return m_expiry; }
    bool checkZone(const QString& zone); // false if the box has no such zone

signals:
    void submitted();

private:
    void updateScopes();

    QLineEdit* m_name;
    QHash<QString, QCheckBox*> m_scopes;
    QListWidget* m_zones;
    QLabel* m_noZones;
    QCheckBox* m_expires;
    QDateEdit* m_expiry;
    DialogErrorLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};
