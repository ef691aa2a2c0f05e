#pragma once

#include "ApiError.h"
#include "MailValidation.h"
#include "MfaStatus.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class ApiClient;
class AuthService;
class MfaService;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Mail & Users → Two-Factor Authentication, for the logged-in account. Off: a fresh secret as QR code and in
// groups of four, the current code, a label, and the account password → Enable. On: the device and Disable (after
// a confirmation). The box ends the session when two-factor changes; the page asks for the password with the
// action and MfaService logs in again with it (and the code just entered), so the user stays logged in.
class TwoFactorPage : public QWidget
{
    Q_OBJECT

public:
    explicit TwoFactorPage(QWidget* parent = nullptr);
    ~TwoFactorPage() override;

    void setServices(ApiClient* client, AuthService* auth);
    // The box's API lets only administrators manage two-factor authentication; others are told so.
    void setAvailable(bool available);
    void refresh();

    bool isEnabledOnBox() const { return m_status.isEnabled(); }
    bool hasStatus() const { return m_loaded; }
    bool isBusy() const;
    QString secret() const { return m_status.newSecret; }
    QString statusText() const;
    QString fieldError(MailValidation::Field field) const;
    QMessageBox* confirmation() const { return m_confirmation; }

    void enable();
    void disable(); // asks first

signals:
    void statusLoaded(bool enabled);
    void changed(bool enabled);

private:
    void showStatus(const MfaStatus& status);
    void showFieldError(MailValidation::Field field, const QString& message);
    void clearErrors();
    void setBusy(bool busy);

    QPointer<ApiClient> m_client;
    QPointer<AuthService> m_auth;
    MfaService* m_service = nullptr;
    MfaStatus m_status;
    bool m_loaded = false;
    bool m_available = true;
    QLabel* m_stateLabel;
    QGroupBox* m_setupGroup;
    QLabel* m_qrLabel;
    QLabel* m_secretLabel;
    QLineEdit* m_labelEdit;
    QLineEdit* m_codeEdit;
    QLabel* m_codeError;
    QLineEdit* m_setupPasswordEdit;
    QLabel* m_setupPasswordError;
    QPushButton* m_enableButton;
    QGroupBox* m_disableGroup;
    QLabel* m_devicesLabel;
    QLineEdit* m_disablePasswordEdit;
    QLabel* m_disablePasswordError;
    QPushButton* m_disableButton;
    QLabel* m_messageLabel;
    QPointer<QMessageBox> m_confirmation;
};
