#pragma once

#include "ImportPlan.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class ImportDialog;
}

class ApiClient;
class ImportPlanModel;
class ImportRunner;

// CSV import: a preview of every row with the problems found by the checks, then "Apply" sends the valid rows one
// by one with a progress bar and a cancel button, and ends with a summary of what was done and what failed.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setPlan(ApiClient* client, const ImportPlan& plan, const QString& fileName);
    ImportPlanModel* model() const { return m_model; }
    bool isRunning() const;
    void apply();
    void cancelImport();
    QString summaryText() const;
    QString resultText() const;

    void reject() override; // while the import runs: cancels it and stays open for the summary

signals:
    void importFinished(int applied); // rows the box accepted

private:
    void updateButtons();

    QScopedPointer<Ui::ImportDialog> m_ui;
    ImportPlanModel* m_model;
    QPointer<ApiClient> m_client;
    ImportRunner* m_runner = nullptr;
    bool m_applied = false;
};
