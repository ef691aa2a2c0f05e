#pragma once

#include "ApiError.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class UsersJob;
class UsersModel;

// Mail & Users → Users: the box's users grouped by domain, with a filter. Fetches through ApiClient.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    void setClient(ApiClient* client);
    void refresh();
    bool isBusy() const { return !m_job.isNull(); }

    UsersModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

signals:
    void usersLoaded(int count);
    void loadFailed(const ApiError& error);

private:
    void setBusy(bool busy);

    QPointer<ApiClient> m_client;
    QPointer<UsersJob> m_job;
    UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filterEdit;
    QPushButton* m_refreshButton;
    QLabel* m_statusLabel;
};
