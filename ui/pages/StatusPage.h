#pragma once

#include "ApiError.h"
#include "StatusItems.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class ApiClient;
class Banner;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;
class StatusChangesDialog;
class StatusService;
class StatusTreeModel;

// System → Status Checks: the box's status checks as a tree grouped as the box heads them (System, Network, each
// domain), with ok / warning / error icons, each check's detail lines below it (fixed-width ones in a fixed-width
// font) and the whole text of the current row in a pane below. The header counts the checks per state; "Only
// problems" and a text filter narrow the tree. "Run checks again" (F5) shows how long the run takes so far and can
// be stopped; the time of the last run stays in view. Ctrl+C and the context menu copy a check with its details.
class StatusPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPage(QWidget* parent = nullptr);
    ~StatusPage() override;

    void setClient(ApiClient* client);
    // Runs the checks when the page has none yet for this box, or only older ones than a few minutes.
    void refresh();
    void runChecks();
    void cancel();
    // Whether the box keeps the nightly change report (capability "status-changes"); without it the button is
    // hidden and one sentence says why.
    void setChangesAvailable(bool available);
    void showChanges(); // loads the report and shows it in a dialog
    bool isRunning() const;
    // Shows an answer as if it had just arrived (the benchmark times this).
    void showResults(const StatusItemList& items, const QDateTime& at, qint64 durationMs);

    StatusTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QCheckBox* onlyProblemsBox() const { return m_onlyProblems; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QAction* copyAction() const { return m_copyAction; }
    QPushButton* changesButton() const { return m_changesButton; }
    QLabel* changesNote() const { return m_changesNote; }
    StatusChangesDialog* changesDialog() const;
    QTextBrowser* detailsView() const { return m_details; }
    Banner* banner() const { return m_banner; }
    QString summaryText() const;
    QString runText() const; // the busy text while running, else the time of the last run
    QDateTime lastRun() const { return m_lastRun; }
    // Copies the current row (see StatusTreeModel::copyText); false when there is none.
    bool copyCurrent();

signals:
    void runningChanged(bool running);
    void checksShown(bool ok);
    void changesShown(bool ok);
    void copied(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setRunning(bool running);
    void updateSummary();
    void updateRunText();
    void updateDetails();
    void showContextMenu(const QPoint& pos);

    StatusService* m_service;
    StatusTreeModel* m_model;
    Banner* m_banner;
    QLabel* m_summaryLabel;
    QLabel* m_runLabel;
    QCheckBox* m_onlyProblems;
    QLineEdit* m_filterEdit;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QPushButton* m_changesButton;
    QLabel* m_changesNote;
    QPointer<StatusChangesDialog> m_changesDialog;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    QTextBrowser* m_details;
    QAction* m_copyAction;
    QAction* m_expandAction;
    QTimer* m_ticker;
    QPointer<ApiClient> m_client;
    QDateTime m_lastRun;
    qint64 m_lastDurationMs = 0;
};
