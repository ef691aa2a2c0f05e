#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "MailService.h"

class AliasDialog;
class AliasesModel;
class CsvTransfer;
class ImportDialog;

// Mail & Users → Aliases: aliases grouped by domain with forward targets and permitted senders; automatic aliases
// marked and read-only; catch-all and domain aliases explained. Add, edit, remove, filter, CSV export and import;
// an "API" tab with the calls behind these actions. Talks to the box only through MailService.
class AliasesPage : public ListPage
{
    Q_OBJECT

public:
    explicit AliasesPage(QWidget* parent = nullptr);
    ~AliasesPage() override;

    void refresh() override;
    bool isBusy() const override;

    AliasesModel* model() const { return m_model; }
    AliasDialog* dialog() const { return m_dialog; }
    ImportDialog* importDialog() const { return m_importDialog; }

    bool selectAlias(const QString& address); // a user-defined alias, or an automatic one by address
    bool isCurrentEditable() const;
    bool exportCsv(const QString& path, QString* error = nullptr);
    void importCsv(const QString& path);

    void editAlias(); // refused (with a note) for automatic aliases

signals:
    void aliasesLoaded(int count);
    void changeFinished(bool ok, const QString& message);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    void addAlias();
    void removeAlias();
    void onDialogSubmitted();
    void onChangeFailed(MailService::Change change, const QString& address, const ApiError& error,
                        MailValidation::Field field);

    MailService* m_service;
    AliasesModel* m_model;
    AliasDialog* m_dialog;
    ImportDialog* m_importDialog;
    CsvTransfer* m_csv;
    QPersistentModelIndex m_afterRemove;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_removeAction;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QAction* m_importAction;
};
