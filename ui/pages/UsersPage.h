#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "MailService.h"

class AddUserDialog;
class AuthService;
class CsvTransfer;
class ImportDialog;
class UserValueDialog;
class UsersModel;

// Mail & Users → Users: the box's users grouped by domain, the archived mailboxes in their own section, an instant
// filter; add, set password, make/remove administrator, set quota, archive; copy address; CSV export and import;
// an "API" tab with the calls behind these actions. Every change updates its row in place. Talks to the box only
// through MailService. The logged-in administrator cannot archive their own account or remove their own admin
// privilege here (the actions are disabled on their row, saying why), as in the box's control panel.
class UsersPage : public ListPage
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    void setAuthService(AuthService* auth); // to renew the session after changing one's own password
    void refresh() override;
    bool isBusy() const override;
    bool isChanging() const;

    UsersModel* model() const { return m_model; }
    AddUserDialog* addDialog() const { return m_addDialog; }
    UserValueDialog* valueDialog() const { return m_valueDialog; }
    ImportDialog* importDialog() const { return m_importDialog; }

    bool selectUser(const QString& email); // makes the user's row current (clears a filter hiding it)
    QString currentEmail() const; // the current row's active user, or empty
    bool exportCsv(const QString& path, QString* error = nullptr);
    void importCsv(const QString& path); // reads and checks the file, opens the preview

signals:
    void usersLoaded(int count);
    void loadFailed(const ApiError& error);
    void changeFinished(bool ok, const QString& message); // any single change, after its row was updated

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    void addUser();
    void setPassword();
    void toggleAdmin();
    void setQuota();
    void archiveUser();
    void onLoaded(const MailUserList& domains);
    void onAddSubmitted();
    void onValueSubmitted();
    void onChangeFailed(MailService::Change change, const QString& email, const ApiError& error,
                        MailValidation::Field field);

    MailService* m_service;
    UsersModel* m_model;
    AddUserDialog* m_addDialog;
    UserValueDialog* m_valueDialog;
    ImportDialog* m_importDialog;
    CsvTransfer* m_csv;
    QPersistentModelIndex m_afterArchive; // the row to make current once the archived one is gone
    QAction* m_addAction;
    QAction* m_passwordAction;
    QAction* m_adminAction;
    QAction* m_quotaAction;
    QAction* m_archiveAction;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QAction* m_importAction;
};
