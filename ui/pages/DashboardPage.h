#pragma once

#include <QPointer>
#include <QWidget>

class FleetModel;
class FleetMonitor;
class OfflineBoxView;
class QAction;
class QLabel;
class QTreeView;

// Boxes: every box profile with its health as the background watch (FleetMonitor) last found it: answering or not,
// failing status checks, the last backup, certificates expiring soon, disk, updates and reboot, versions, when it was
// checked, and a switch to mute its notifications. "Open" (or a double click) opens that box's pages; a box that does
// not answer has an "Offline view" of what it answered last. "Check now" (F5) polls every box at once.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setMonitor(FleetMonitor* monitor);
    FleetMonitor* monitor() const;
    FleetModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    OfflineBoxView* offlineView() const { return m_offlineView; }
    // The box open in the window (shown in bold).
    void setCurrentBox(const QString& box);
    void refresh(); // polls now (every box not being polled)
    bool showOfflineView(const QString& box); // false when nothing is kept for it

signals:
    void openRequested(const QString& box);

private:
    void rebuildButtons();
    void updateRow(const QString& box);
    void updateActions();
    void updateSummary();
    QString currentBox() const;

    QPointer<FleetMonitor> m_monitor;
    FleetModel* m_model = nullptr;
    QTreeView* m_view;
    QLabel* m_summary;
    QLabel* m_emptyLabel;
    QAction* m_checkAction;
    QAction* m_openAction;
    QAction* m_offlineAction;
    OfflineBoxView* m_offlineView = nullptr;
    QString m_currentBox;
};
