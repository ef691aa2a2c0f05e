#include "ListPage.h"

#include "ApiClient.h"
#include "ApiGuidePage.h"
#include "Icons.h"
#include "ListFilterProxyModel.h"
#include "delegates/ListItemDelegate.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

ListPage::ListPage(const QString& title, const QString& name, QAbstractItemModel* model, ListFilterProxyModel* proxy,
                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_tabs(new QTabWidget(this))
    , m_explanation(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_filterEdit(new QLineEdit(this))
    , m_refreshButton(new QPushButton(Icons::themed(QStringLiteral("view-refresh")), tr("&Refresh"), this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(m_view->viewport()))
    , m_statusLabel(new QLabel(this))
{
    m_model->setParent(this);
    m_proxy->setParent(this);
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("%1TreeView").arg(name));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new ListItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    m_toolBar->installEventFilter(this);

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->hide();

    m_tabs->setObjectName(QStringLiteral("%1Tabs").arg(name));
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    m_toolBar->setObjectName(QStringLiteral("%1ToolBar").arg(name));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findAction = makeAction(tr("&Find"), QStringLiteral("findAction"), QStringLiteral("edit-find"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);

    auto* list = new QWidget(m_tabs);
    list->setObjectName(QStringLiteral("listTab"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_explanation);
    listLayout->addWidget(m_toolBar);
    listLayout->addLayout(top);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_statusLabel);
    m_tabs->addTab(list, tr("List"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this));
    layout->addWidget(m_tabs, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &ListPage::applyFilter);
    connect(m_findAction, &QAction::triggered, m_filterEdit, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &ListPage::refresh);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ListPage::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_activateAction && index.parent().isValid()) {
            m_activateAction->trigger();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    // Groups come back collapsed when a filter brings them back: expand what appears, not the whole tree each time.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid() && m_proxy->rowCount() <= m_expandLimit) {
            for (int row = first; row <= last; ++row) {
                m_view->expand(m_proxy->index(row, 0));
            }
        }
        updateEmptyState();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() <= m_expandLimit) {
            m_view->expandAll();
        }
        updateEmptyState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& parent) {
        // A filter that leaves few of many groups: those were collapsed, now they fit.
        if (!parent.isValid() && m_expandLimit != std::numeric_limits<int>::max() &&
            m_proxy->rowCount() <= m_expandLimit) {
            m_view->expandAll();
        }
        updateEmptyState();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPage::updateEmptyState);
}

ListPage::~ListPage() = default;

ApiClient* ListPage::client() const
{
    return m_client;
}

void ListPage::setClient(ApiClient* client)
{
    const bool changed = client != m_client;
    m_client = client;
    if (changed) {
        clientChanged(client);
    }
    updateHostname();
    updateActions();
    updateEmptyState();
}

QAction* ListPage::makeAction(const QString& text, const QString& objectName, const QString& iconName, Key key)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty()) {
        action->setIcon(Icons::themed(iconName));
    }
    switch (key) {
    case Key::None:
        break;
    case Key::New:
        action->setShortcut(QKeySequence::New);
        break;
    case Key::Edit:
        action->setShortcut(Qt::Key_F2);
        break;
    case Key::Delete:
        action->setShortcut(QKeySequence::Delete);
        break;
    case Key::Copy:
        action->setShortcut(QKeySequence::Copy);
        break;
    }
    // New and Edit work from anywhere in the window (e.g. right after the page was picked in the navigation; only
    // the visible page's actions answer); Delete and Copy only inside the page, where they mean its rows.
    action->setShortcutContext(key == Key::New || key == Key::Edit ? Qt::WindowShortcut
                                                                   : Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void ListPage::setToolBarActions(const QList<QAction*>& actions)
{
    m_toolBar->clear();
    for (QAction* action : actions) {
        if (action) {
            m_toolBar->addAction(action);
        } else {
            m_toolBar->addSeparator();
        }
    }
    m_toolBarFittedWidth = -1;
    fitToolBar();
}

// Every button says its text while they all fit. On a narrower page (a long translation, a small screen) the
// buttons from the right show their icon alone, the text as tooltip, so no action hides behind the "»" menu.
void ListPage::fitToolBar()
{
    const int available = m_toolBar->width();
    if (available <= 0 || available == m_toolBarFittedWidth) {
        return;
    }
    m_toolBarFittedWidth = available;
    QList<QToolButton*> buttons;
    for (QAction* action : m_toolBar->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            if (!action->icon().isNull()) {
                buttons.append(button);
            }
        }
    }
    while (!buttons.isEmpty() && m_toolBar->sizeHint().width() > available) {
        buttons.takeLast()->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void ListPage::setContextMenuActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

void ListPage::setActivateAction(QAction* action)
{
    m_activateAction = action;
}

void ListPage::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void ListPage::setFilterPlaceholder(const QString& text)
{
    m_filterEdit->setPlaceholderText(text);
}

void ListPage::setEmptyTexts(const QString& empty, const QString& noMatch)
{
    m_emptyText = empty;
    m_noMatchText = noMatch;
    updateEmptyState();
}

void ListPage::addTab(QWidget* widget, const QString& title)
{
    m_tabs->addTab(widget, title);
}

void ListPage::setApiPage(ApiGuidePage* page)
{
    m_apiPage = page;
    addTab(page, tr("API"));
    connect(page, &ApiGuidePage::copied, this, [this](const QString& text) { showStatus(tr("Copied %1.").arg(text)); });
    updateHostname();
}

void ListPage::setBoxHostname(const QString& host)
{
    m_boxHostname = host;
    updateHostname();
}

QString ListPage::boxHostname() const
{
    return !m_boxHostname.isEmpty() ? m_boxHostname : m_client ? m_client->baseUrl().host() : QString();
}

void ListPage::updateHostname()
{
    if (m_apiPage) {
        m_apiPage->setHostname(boxHostname());
    }
}

QString ListPage::statusText() const
{
    return m_statusLabel->text();
}

QString ListPage::emptyStateText() const
{
    return m_emptyLabel->isHidden() ? QString() : m_emptyLabel->text();
}

void ListPage::showStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void ListPage::setLoading(bool loading, const QString& text)
{
    m_loading = loading;
    m_refreshButton->setEnabled(!loading);
    if (loading) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    if (!text.isEmpty()) {
        showStatus(text);
    }
    updateEmptyState();
}

void ListPage::showCopied(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    showStatus(tr("Copied %1.").arg(text));
}

void ListPage::applyFilter(const QString& text)
{
    m_proxy->setFilterText(text);
    updateEmptyState();
}

void ListPage::updateEmptyState()
{
    QString text;
    if (m_proxy->rowCount() == 0 && !m_loading) {
        if (!m_proxy->filterText().isEmpty() && m_model->rowCount() > 0) {
            text = m_noMatchText.arg(m_proxy->filterText());
        } else if (m_client && m_model->rowCount() == 0) {
            text = m_emptyText;
        }
    }
    m_emptyLabel->setText(text);
    m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    m_emptyLabel->setVisible(!text.isEmpty());
}

bool ListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    } else if (watched == m_toolBar && event->type() == QEvent::Resize) {
        fitToolBar();
    }
    return QWidget::eventFilter(watched, event);
}

QModelIndex ListPage::currentIndex() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

bool ListPage::selectIndex(const QModelIndex& source)
{
    if (!source.isValid()) {
        return false;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        m_filterEdit->clear();
        proxyIndex = m_proxy->mapFromSource(source);
    }
    if (source.parent().isValid()) {
        m_view->expand(m_proxy->mapFromSource(source.parent()));
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    updateActions();
    return proxyIndex.isValid();
}

QPersistentModelIndex ListPage::neighbourOf(const QModelIndex& source,
                                            const std::function<bool(const QModelIndex&)>& acceptable) const
{
    const QModelIndex at = m_proxy->mapFromSource(source.siblingAtColumn(0));
    if (!at.isValid() || !at.parent().isValid()) {
        return {};
    }
    const auto take = [&](const QModelIndex& parent, int row) {
        const QModelIndex candidate = m_proxy->mapToSource(m_proxy->index(row, 0, parent));
        return candidate != source && acceptable(candidate) ? QPersistentModelIndex(candidate)
                                                            : QPersistentModelIndex();
    };
    const QModelIndex group = at.parent();
    for (int row = at.row() + 1; row < m_proxy->rowCount(group); ++row) {
        if (const QPersistentModelIndex found = take(group, row); found.isValid()) {
            return found;
        }
    }
    for (int row = at.row() - 1; row >= 0; --row) {
        if (const QPersistentModelIndex found = take(group, row); found.isValid()) {
            return found;
        }
    }
    for (int g = group.row() + 1; g < m_proxy->rowCount(); ++g) {
        const QModelIndex other = m_proxy->index(g, 0);
        for (int row = 0; row < m_proxy->rowCount(other); ++row) {
            if (const QPersistentModelIndex found = take(other, row); found.isValid()) {
                return found;
            }
        }
    }
    for (int g = group.row() - 1; g >= 0; --g) {
        const QModelIndex other = m_proxy->index(g, 0);
        for (int row = m_proxy->rowCount(other) - 1; row >= 0; --row) {
            if (const QPersistentModelIndex found = take(other, row); found.isValid()) {
                return found;
            }
        }
    }
    return {};
}

void ListPage::confirm(const Confirmation& question, const std::function<void()>& accepted)
{
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Warning, question.title, question.text,
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(question.objectName);
    m_confirmation->setInformativeText(question.informativeText);
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->button(QMessageBox::Yes)->setText(question.verb);
    connect(m_confirmation, &QMessageBox::finished, this, [this, accepted](int result) {
        m_confirmation->deleteLater();
        if (result == QMessageBox::Yes) {
            accepted();
        }
    });
    m_confirmation->open();
}

void ListPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid()) {
        m_view->setCurrentIndex(at);
    }
    updateActions();
    auto* menu = new QMenu(this);
    menu->setObjectName(m_view->objectName().replace(QLatin1String("TreeView"), QLatin1String("ContextMenu")));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : m_contextActions) {
        if (action) {
            menu->addAction(action);
        } else {
            menu->addSeparator();
        }
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}
