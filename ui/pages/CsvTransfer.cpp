#include "CsvTransfer.h"

#include "ApiClient.h"
#include "dialogs/ImportDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

#include <utility>

CsvTransfer::CsvTransfer(ImportPlan::Kind kind, std::function<QString()> csv, ImportDialog* importDialog, Texts texts,
                         QWidget* page)
    : QObject(page)
    , m_kind(kind)
    , m_csv(std::move(csv))
    , m_importDialog(importDialog)
    , m_texts(std::move(texts))
    , m_page(page)
{ }

CsvTransfer::CsvTransfer(std::function<QString()> csv, Texts texts, QWidget* page)
    : CsvTransfer(ImportPlan::Kind::Users, std::move(csv), nullptr, std::move(texts), page)
{ }

void CsvTransfer::setClient(ApiClient* client)
{
    m_client = client;
}

bool CsvTransfer::exportCsv(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_csv().toUtf8()) < 0 || !file.commit()) {
        const QString message = tr("%1 could not be written: %2").arg(path, file.errorString());
        emit statusChanged(message);
        if (error) {
            *error = message;
        }
        return false;
    }
    emit statusChanged(m_texts.exported.arg(QFileInfo(path).fileName()));
    return true;
}

void CsvTransfer::importCsv(const QString& path)
{
    if (!m_importDialog) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit statusChanged(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const ImportPlan plan = ImportPlan::fromCsv(m_kind, QString::fromUtf8(file.readAll()));
    m_importDialog->setWindowTitle(m_texts.importTitle);
    m_importDialog->setPlan(m_client, plan, QFileInfo(path).fileName());
    m_importDialog->open();
}

void CsvTransfer::chooseExportFile()
{
    auto* dialog = new QFileDialog(m_page, m_texts.exportTitle, QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(m_texts.defaultFileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCsv(path); });
    dialog->open();
}

void CsvTransfer::chooseImportFile()
{
    if (!m_importDialog) {
        return;
    }
    auto* dialog = new QFileDialog(m_page, m_texts.importTitle, QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CsvTransfer::importCsv);
    dialog->open();
}
