#pragma once

#include "ApiError.h"
#include "MailApi.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class AliasDialog;
class AliasesJob;
class AliasesModel;
class ApiClient;
class CsvTransfer;
class ImportDialog;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class TextJob;

// Mail & Users → Aliases: aliases grouped by domain with forward targets and permitted senders; automatic aliases
// marked and read-only; catch-all and domain aliases explained. Add, edit, remove, filter, CSV export and import.
class AliasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AliasesPage(QWidget* parent = nullptr);
    ~AliasesPage() override;

    void setClient(ApiClient* client);
    void refresh();
    bool isBusy() const { return !m_job.isNull(); }

    AliasesModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    AliasDialog* dialog() const { return m_dialog; }
    ImportDialog* importDialog() const { return m_importDialog; }
    QMessageBox* confirmation() const { return m_confirmation; }
    QString statusText() const;

    bool selectAlias(const QString& address); // a user-defined alias, or an automatic one by address
    bool isCurrentEditable() const;
    bool exportCsv(const QString& path, QString* error = nullptr);
    void importCsv(const QString& path);

    void addAlias();
    void editAlias(); // refused (with a note) for automatic aliases
    void removeAlias();
    void copyAddress();

signals:
    void aliasesLoaded(int count);
    void changeFinished(bool ok, const QString& message);

private:
    void updateActions();
    void showStatus(const QString& text);
    void onDialogSubmitted();
    void showContextMenu(const QPoint& pos);

    QPointer<ApiClient> m_client;
    QPointer<AliasesJob> m_job;
    QPointer<TextJob> m_changeJob;
    AliasesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filterEdit;
    QPushButton* m_refreshButton;
    QLabel* m_statusLabel;
    AliasDialog* m_dialog;
    ImportDialog* m_importDialog;
    CsvTransfer* m_csv;
    QPointer<QMessageBox> m_confirmation;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_removeAction;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QAction* m_importAction;
    QAction* m_findAction;
};
