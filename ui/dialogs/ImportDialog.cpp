#include "ImportDialog.h"

#include "ApiClient.h"
#include "ImportPlanModel.h"
#include "ImportRunner.h"
#include "ui_ImportDialog.h"

#include <QHeaderView>

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_model(new ImportPlanModel(this))
{
    m_ui->setupUi(this);
    m_ui->previewTableView->setModel(m_model);
    m_ui->previewTableView->verticalHeader()->hide();
    m_ui->previewTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultLabel->setObjectName(QStringLiteral("resultLabel"));
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ImportDialog::setPlan(ApiClient* client, const ImportPlan& plan, const QString& fileName)
{
    if (isRunning()) {
        return;
    }
    delete m_runner;
    m_runner = nullptr;
    m_applied = false;
    m_client = client;
    m_model->setPlan(plan);
    m_ui->resultLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setMaximum(qMax(1, plan.validCount()));
    if (!plan.fileError().isEmpty()) {
        m_ui->summaryLabel->setText(tr("%1 cannot be imported: %2").arg(fileName, plan.fileError()));
    } else {
        const int invalid = plan.count(ImportPlan::State::Invalid);
        QString text = tr("%1: %n row(s) ready to apply.", nullptr, plan.validCount()).arg(fileName);
        if (invalid > 0) {
            text += QLatin1Char(' ') +
                    tr("%n row(s) have problems (listed below) and will not be sent. Fix them in the file and import "
                       "it again, or apply the valid rows now.",
                       nullptr, invalid);
        }
        m_ui->summaryLabel->setText(text);
    }
    m_ui->previewTableView->resizeColumnsToContents();
    updateButtons();
}

void ImportDialog::apply()
{
    if (isRunning() || m_applied || !m_client || m_model->plan().validCount() == 0) {
        return;
    }
    m_applied = true;
    m_runner = new ImportRunner(m_client, m_model, this);
    connect(m_runner, &ImportRunner::progressed, this, [this](int processed, int total) {
        m_ui->progressBar->setMaximum(qMax(1, total));
        m_ui->progressBar->setValue(processed);
    });
    connect(m_runner, &ImportRunner::finished, this, [this](bool cancelled) {
        const ImportPlan& plan = m_model->plan();
        m_ui->resultLabel->setText((cancelled ? tr("Import cancelled.") : tr("Import finished.")) + QLatin1Char(' ') +
                                   plan.summary());
        updateButtons();
        emit importFinished(plan.count(ImportPlan::State::Done));
    });
    m_runner->start();
    updateButtons();
}

void ImportDialog::cancelImport()
{
    if (m_runner) {
        m_runner->cancel();
    }
}

QString ImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString ImportDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_ui->applyButton->setEnabled(!running && !m_applied && m_model->plan().validCount() > 0);
    m_ui->cancelButton->setEnabled(running);
    m_ui->closeButton->setEnabled(!running);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}
