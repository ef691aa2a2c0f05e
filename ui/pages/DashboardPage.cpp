#include "DashboardPage.h"

#include "FleetModel.h"
#include "FleetMonitor.h"
#include "Icons.h"
#include "OfflineBoxView.h"
#include "OfflineCache.h"
#include "StatusIcons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Each cell's state as the status checks' icon; the open box's name in bold.
class HealthDelegate : public QStyledItemDelegate
{
public:
    HealthDelegate(const QString* current, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_current(current)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = StatusItem::Type(index.data(FleetModel::StateRole).toInt());
        if (state != StatusItem::Type::Heading) {
            option->icon = StatusIcons::forState(state);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        if (index.column() == FleetModel::Box && index.data(FleetModel::BoxRole).toString() == *m_current) {
            option->font.setBold(true);
        }
        if (!index.data(FleetModel::ReachableRole).toBool() && index.column() > FleetModel::State) {
            // Values kept from an earlier answer of a box that does not answer now: greyed.
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }

private:
    const QString* m_current;
};
} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_emptyLabel(new QLabel(m_view->viewport()))
    , m_checkAction(new QAction(Icons::themed(QStringLiteral("view-refresh")), tr("&Check now"), this))
    , m_openAction(new QAction(tr("&Open"), this))
    , m_offlineAction(new QAction(tr("O&ffline view"), this))
{
    m_view->setObjectName(QStringLiteral("boxesTreeView"));
    m_summary->setObjectName(QStringLiteral("boxesSummaryLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_checkAction->setObjectName(QStringLiteral("checkBoxesAction"));
    m_openAction->setObjectName(QStringLiteral("openBoxAction"));
    m_offlineAction->setObjectName(QStringLiteral("offlineViewAction"));
    m_checkAction->setShortcut(QKeySequence::Refresh);
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_checkAction->setToolTip(tr("Check every box now (F5)"));
    m_openAction->setShortcut(Qt::Key_Return);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction->setToolTip(tr("Open the pages of the selected box (Enter)"));
    m_offlineAction->setToolTip(tr("What the selected box answered last, while it cannot be reached"));

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("boxesToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_checkAction);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_offlineAction);
    addAction(m_checkAction);
    addAction(m_openAction);

    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new HealthDelegate(&m_currentBox, m_view));
    m_view->header()->setStretchLastSection(false);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No boxes yet. Add one with Box → Manage boxes…"));
    m_emptyLabel->hide();

    auto* explanation =
        new QLabel(tr("Every box you manage, checked in the background. Boxkeeper tells you through the desktop's "
                      "notifications when a box gets worse: a status check fails, a backup is overdue, a certificate "
                      "is about to expire or the box stops answering."),
                   this);
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Boxes")), this));
    layout->addWidget(explanation);
    layout->addWidget(toolBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_checkAction, &QAction::triggered, this, &DashboardPage::refresh);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!currentBox().isEmpty()) {
            emit openRequested(currentBox());
        }
    });
    connect(m_offlineAction, &QAction::triggered, this, [this] { showOfflineView(currentBox()); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != FleetModel::Muted) {
            emit openRequested(index.data(FleetModel::BoxRole).toString());
        }
    });
    updateActions();
}

DashboardPage::~DashboardPage() = default;

FleetMonitor* DashboardPage::monitor() const
{
    return m_monitor;
}

void DashboardPage::setMonitor(FleetMonitor* monitor)
{
    m_monitor = monitor;
    delete m_model;
    m_model = new FleetModel(monitor, this);
    m_view->setModel(m_model);
    // The open check box needs no double click: the mute column toggles with one.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The worst check is a sentence: room for its start, the whole of it in the tooltip.
    m_view->header()->setSectionResizeMode(FleetModel::Checks, QHeaderView::Interactive);
    m_view->header()->resizeSection(FleetModel::Checks, m_view->fontMetrics().averageCharWidth() * 40);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::rebuildButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from) {
        updateRow(m_model->boxAt(from.row()));
        updateActions();
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardPage::updateActions);
    rebuildButtons();
}

void DashboardPage::setCurrentBox(const QString& box)
{
    m_currentBox = box;
    m_view->viewport()->update();
}

void DashboardPage::refresh()
{
    if (m_monitor) {
        m_monitor->pollNow();
    }
}

QString DashboardPage::currentBox() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(FleetModel::BoxRole).toString() : QString();
}

void DashboardPage::rebuildButtons()
{
    if (!m_model) {
        return;
    }
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_emptyLabel->resize(m_view->viewport()->size());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString box = m_model->boxAt(row);
        auto* cell = new QWidget;
        auto* layout = new QHBoxLayout(cell);
        layout->setContentsMargins(2, 0, 2, 0);
        auto* open = new QPushButton(tr("Open"), cell);
        open->setObjectName(QStringLiteral("openButton"));
        open->setToolTip(tr("Open the pages of %1").arg(box));
        auto* offline = new QPushButton(tr("Offline view"), cell);
        offline->setObjectName(QStringLiteral("offlineButton"));
        offline->setToolTip(tr("What %1 answered last").arg(box));
        layout->addWidget(open);
        layout->addWidget(offline);
        layout->addStretch(1);
        connect(open, &QPushButton::clicked, this, [this, box] { emit openRequested(box); });
        connect(offline, &QPushButton::clicked, this, [this, box] { showOfflineView(box); });
        m_view->setIndexWidget(m_model->index(row, FleetModel::Actions), cell);
        updateRow(box);
    }
    updateActions();
    updateSummary();
}

void DashboardPage::updateRow(const QString& box)
{
    const int row = m_model ? m_model->rowOf(box) : -1;
    if (row < 0 || !m_monitor) {
        return;
    }
    QWidget* cell = m_view->indexWidget(m_model->index(row, FleetModel::Actions));
    if (!cell) {
        return;
    }
    const BoxHealth h = m_monitor->health(box);
    const bool down = h.state == BoxHealth::State::Unreachable;
    auto* offline = cell->findChild<QPushButton*>(QStringLiteral("offlineButton"));
    offline->setVisible(down && m_monitor->offlineCache() && m_monitor->offlineCache()->has(box));
}

void DashboardPage::updateActions()
{
    const QString box = currentBox();
    m_openAction->setEnabled(!box.isEmpty());
    const bool down = m_monitor && m_monitor->health(box).state == BoxHealth::State::Unreachable;
    m_offlineAction->setEnabled(!box.isEmpty() && down && m_monitor->offlineCache() &&
                                m_monitor->offlineCache()->has(box));
}

void DashboardPage::updateSummary()
{
    if (!m_monitor) {
        return;
    }
    int answering = 0;
    int down = 0;
    int problems = 0;
    for (const QString& box : m_monitor->boxes()) {
        const BoxHealth h = m_monitor->health(box);
        answering += h.isReachable() ? 1 : 0;
        down += h.state == BoxHealth::State::Unreachable ? 1 : 0;
        problems += h.isReachable() && h.checksKnown && h.errorChecks > 0 ? 1 : 0;
    }
    const int minutes = qMax(1, m_monitor->intervalMs() / 60000);
    m_summary->setText(tr("%n box(es) answering", nullptr, answering) + QStringLiteral(" · ") +
                       tr("%n not answering", nullptr, down) + QStringLiteral(" · ") +
                       tr("%n with failing checks", nullptr, problems) + QStringLiteral(" · ") +
                       tr("checked every %n minute(s)", nullptr, minutes));
}

bool DashboardPage::showOfflineView(const QString& box)
{
    if (box.isEmpty() || !m_monitor || !m_monitor->offlineCache() || !m_monitor->offlineCache()->has(box)) {
        return false;
    }
    if (!m_offlineView) {
        m_offlineView = new OfflineBoxView(this);
    }
    m_offlineView->showBox(m_monitor->offlineCache(), box, m_monitor->health(box).error);
    m_offlineView->show();
    m_offlineView->raise();
    return true;
}
