#include "ImportRunner.h"

#include "ApiClient.h"
#include "ImportPlanModel.h"
#include "MailService.h"
#include "TextJob.h"

ImportRunner::ImportRunner(ApiClient* client, ImportPlanModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{ }

ImportRunner::~ImportRunner()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void ImportRunner::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_total = m_model->plan().count(ImportPlan::State::Pending);
    m_processed = 0;
    m_row = -1;
    emit progressed(0, m_total);
    next();
}

void ImportRunner::next()
{
    const QList<ImportPlan::Row>& rows = m_model->plan().rows();
    do {
        ++m_row;
    } while (m_row < rows.size() && rows.at(m_row).state != ImportPlan::State::Pending);
    if (m_row >= rows.size()) {
        finish(false);
        return;
    }
    if (!m_client) {
        finish(true);
        return;
    }
    m_job = MailService::send(m_client, rows.at(m_row).request);
    const int row = m_row;
    connect(m_job, &TextJob::finished, this, [this, row](const QString& text) {
        m_job = nullptr;
        m_model->setRowState(row, ImportPlan::State::Done, text.section(QLatin1Char('\n'), 0, 0).trimmed());
        ++m_processed;
        emit rowApplied(row, true);
        emit progressed(m_processed, m_total);
        next();
    });
    connect(m_job, &TextJob::failed, this, [this, row](const ApiError& error) {
        m_job = nullptr;
        if (error.kind == ApiError::Kind::Cancelled) {
            m_model->setRowState(row, ImportPlan::State::Failed,
                                 tr("Cancelled while it was being sent: the box may have applied it. Refresh the "
                                    "list to check."));
            ++m_processed;
            emit rowApplied(row, false);
            finish(true);
            return;
        }
        m_model->setRowState(row, ImportPlan::State::Failed,
                             error.serverText.isEmpty() || error.kind != ApiError::Kind::Http ? error.message
                                                                                              : error.serverText);
        ++m_processed;
        emit rowApplied(row, false);
        emit progressed(m_processed, m_total);
        next();
    });
}

void ImportRunner::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_job) {
        m_job->abort(); // failed(Cancelled) follows and finishes
        return;
    }
    finish(true);
}

void ImportRunner::finish(bool cancelled)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (cancelled) {
        const QList<ImportPlan::Row>& rows = m_model->plan().rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).state == ImportPlan::State::Pending) {
                m_model->setRowState(i, ImportPlan::State::NotApplied, tr("The import was cancelled first."));
            }
        }
    }
    emit finished(cancelled);
}
