#pragma once

#include <QObject>
#include <QPointer>

class ApiClient;
class ImportPlanModel;
class TextJob;

// Applies the valid rows of an import plan one after the other (one request at a time, never blocking), marking
// each row done or failed with the box's answer. cancel() stops after aborting the running request; the rows not
// reached are marked "not applied".
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(ApiClient* client, ImportPlanModel* model, QObject* parent = nullptr);
    ~ImportRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int processed() const { return m_processed; }

signals:
    void progressed(int processed, int total);
    void rowApplied(int row, bool ok);
    void finished(bool cancelled);

private:
    void next();
    void finish(bool cancelled);

    QPointer<ApiClient> m_client;
    ImportPlanModel* m_model;
    QPointer<TextJob> m_job;
    int m_row = -1;
    int m_total = 0;
    int m_processed = 0;
    bool m_running = false;
};
