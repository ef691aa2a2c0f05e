#pragma once

#include "ApiError.h"
#include "TlsCertificates.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class TlsService;

// TLS Certificates → "Provision": asks the box to get certificates from Let's Encrypt (POST /ssl/provision) for
// every domain that can have one, and shows per domain what came of it — installed, failed with certbot's output,
// or skipped with the box's reason — and the box's log after installing. The box answers only when it is done
// (minutes with many domains): meanwhile a busy bar and the time elapsed; the window may be closed, the box goes on.
class ProvisionDialog : public QDialog
{
    Q_OBJECT

public:
    ProvisionDialog(TlsService* service, QWidget* parent = nullptr);

    // The domains the box's status says can get a certificate now (may be empty).
    void setCandidates(const QStringList& domains);
    void clearResults(); // the last run's, unless one runs
    void provision();
    bool isBusy() const;
    QString summary() const;
    QTreeWidget* results() const { return m_results; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void finishedProvisioning(bool ok);

private:
    void showResult(const TlsProvisionResult& result);
    void setBusy(bool busy);
    void updateElapsed();

    QPointer<TlsService> m_service;
    QLabel* m_intro;
    QPushButton* m_provisionButton;
    QProgressBar* m_progress;
    QLabel* m_elapsedLabel;
    QLabel* m_summaryLabel;
    QTreeWidget* m_results;
    QTimer* m_timer;
    QElapsedTimer m_elapsed;
};
