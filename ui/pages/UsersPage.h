#pragma once

#include "ApiError.h"
#include "MailApi.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class AddUserDialog;
class ApiClient;
class AuthService;
class CsvTransfer;
class ImportDialog;
class QAction;
class QLabel;
class QLineEdit;

class QPushButton;
class QSortFilterProxyModel;
class QToolBar;
class QTreeView;
class TextJob;
class UserValueDialog;
class UsersJob;
class UsersModel;

// Mail & Users → Users: the box's users grouped by domain, archived accounts in their own section, an instant
// filter; add, set password, make/remove administrator, set quota, archive; copy address; CSV export and import.
// Every change updates its row in place. Fetches and sends through ApiClient/MailApi; knows no protocol itself.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    void setClient(ApiClient* client);
    void setAuthService(AuthService* auth); // to renew the session after changing one's own password
    void refresh();
    bool isBusy() const { return !m_job.isNull(); }
    bool isChanging() const { return !m_changeJob.isNull(); }

    UsersModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    AddUserDialog* addDialog() const { return m_addDialog; }
    UserValueDialog* valueDialog() const { return m_valueDialog; }
    ImportDialog* importDialog() const { return m_importDialog; }
    QMessageBox* confirmation() const { return m_confirmation; } // the open archive question, if any
    QString statusText() const;

    bool selectUser(const QString& email); // makes the user's row current (clears a filter hiding it)
    QString currentEmail() const; // the current row's active user, or empty
    bool exportCsv(const QString& path, QString* error = nullptr);
    void importCsv(const QString& path); // reads and checks the file, opens the preview

    void addUser();
    void setPassword();
    void toggleAdmin();
    void setQuota();
    void archiveUser();
    void copyAddress();

signals:
    void usersLoaded(int count);
    void loadFailed(const ApiError& error);
    void changeFinished(bool ok, const QString& message); // any single change, after its row was updated

private:
    void updateActions();
    void setBusy(bool busy);
    void showStatus(const QString& text);
    TextJob* send(const MailApi::Request& request);
    void onAddSubmitted();
    void onValueSubmitted();
    void showContextMenu(const QPoint& pos);

    QPointer<ApiClient> m_client;
    QPointer<AuthService> m_auth;
    QPointer<UsersJob> m_job;
    QPointer<TextJob> m_changeJob;
    UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filterEdit;
    QPushButton* m_refreshButton;
    QLabel* m_statusLabel;
    QToolBar* m_toolBar;
    AddUserDialog* m_addDialog;
    UserValueDialog* m_valueDialog;
    ImportDialog* m_importDialog;
    CsvTransfer* m_csv;
    QPointer<QMessageBox> m_confirmation;
    QAction* m_addAction;
    QAction* m_passwordAction;
    QAction* m_adminAction;
    QAction* m_quotaAction;
    QAction* m_archiveAction;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QAction* m_importAction;
    QAction* m_findAction;
};
