#pragma once

#include "BoxProfile.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

namespace Ui {
class ProfilesDialog;
}

// Add, edit and remove box profiles (name, address, email, pinned fingerprint). Works on a copy; the owner reads
// profiles() when the dialog is accepted.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    void setProfiles(const QList<BoxProfile>& profiles, const QString& current = {});
    QList<BoxProfile> profiles() const { return m_profiles; }

    void accept() override;

private:
    void onCurrentRowChanged(int row);
    void storeFields();
    void addProfile();
    void removeProfile();
    void refreshList(int select);

    QScopedPointer<Ui::ProfilesDialog> m_ui;
    QList<BoxProfile> m_profiles;
    int m_row = -1;
};
