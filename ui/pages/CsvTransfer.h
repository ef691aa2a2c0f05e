#pragma once

#include "ImportPlan.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ImportDialog;
class QWidget;

// The list pages' CSV export and import, owned by a page: writes the page's rows as CSV (QSaveFile), reads a file
// into an ImportPlan of the page's kind and opens the page's ImportDialog with it, and asks for the file in a
// QFileDialog opened with open(). The page keeps its actions and passes the texts that name its rows; results and
// errors go out as statusChanged for the page's status line.
class CsvTransfer : public QObject
{
    Q_OBJECT

public:
    struct Texts
    {
        QString exportTitle; // the export file dialog's title
        QString importTitle; // the import file dialog's and the import preview's title
        QString exported; // the status after an export; %1 is the file name
        QString defaultFileName; // offered by the export file dialog
    };

    CsvTransfer(ImportPlan::Kind kind, std::function<QString()> csv, ImportDialog* importDialog, Texts texts,
                QWidget* page);
    // Export only (e.g. the audit log): importCsv() and chooseImportFile() do nothing.
    CsvTransfer(std::function<QString()> csv, Texts texts, QWidget* page);

    void setClient(ApiClient* client);
    bool exportCsv(const QString& path, QString* error = nullptr);
    void importCsv(const QString& path); // reads and checks the file, opens the preview
    void chooseExportFile();
    void chooseImportFile();

signals:
    void statusChanged(const QString& text);

private:
    const ImportPlan::Kind m_kind;
    const std::function<QString()> m_csv;
    ImportDialog* m_importDialog;
    const Texts m_texts;
    QWidget* m_page;
    QPointer<ApiClient> m_client;
};
