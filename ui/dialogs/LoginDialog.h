#pragma once

#include "BoxProfile.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class LoginDialog;
}

// Box, address, email, password, "remember me". Never blocks: OK emits loginRequested() and the dialog stays open,
// busy, until the owner reports success (closes it) or shows an error inline.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setProfiles(const QList<BoxProfile>& profiles, const QString& current);
    QString profileName() const; // empty for "New box"
    void showProfile(const BoxProfile& profile);

    QString url() const;
    QString email() const;
    QString password() const;
    bool remember() const;
    void setUrl(const QString& url);
    void setEmail(const QString& email);
    void setPassword(const QString& password);
    void setRemember(bool remember);
    void setRememberAvailable(bool available, const QString& why = {});
    void setPinnedFingerprint(const QString& fingerprint); // shown under the fields; empty hides it

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString& message);
    void showInfo(const QString& message);
    void clearMessage();
    QString message() const;

    void accept() override;
    void reject() override; // while busy: stops the running login instead of closing
    // The address, else the email, else the password: the first field still to fill in.
    void focusFirstEmptyField();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void loginRequested();
    void profileSelected(const QString& name);
    void manageProfilesRequested();
    void cancelRequested();

private:
    void onProfileActivated(int index);

    QScopedPointer<Ui::LoginDialog> m_ui;
    bool m_busy = false;
};
