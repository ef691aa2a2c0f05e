#include "StatusPage.h"

#include "ApiClient.h"
#include "Banner.h"
#include "Icons.h"
#include "StatusIcons.h"
#include "StatusService.h"
#include "StatusTreeModel.h"
#include "dialogs/StatusChangesDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Runs older than this are run again when the page is shown.
constexpr qint64 StaleAfterMs = 5 * 60 * 1000;

// State icons on groups and checks, the fixed-width font on the lines meant for it, groups in bold.
class StatusDelegate : public QStyledItemDelegate
{
public:
    explicit StatusDelegate(QObject* parent)
        : QStyledItemDelegate(parent)
        , m_fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont))
    { }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = StatusTreeModel::RowKind(index.data(StatusTreeModel::KindRole).toInt());
        const auto state = StatusItem::Type(index.data(StatusTreeModel::StateRole).toInt());
        if (kind != StatusTreeModel::RowKind::Detail && state != StatusItem::Type::Heading) {
            option->icon = StatusIcons::forState(state);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        if (kind == StatusTreeModel::RowKind::Group) {
            option->font.setBold(true);
        } else if (index.data(StatusTreeModel::MonospaceRole).toBool()) {
            const int size = option->font.pointSize();
            option->font = m_fixed;
            if (size > 0)
                option->font.setPointSize(size);
        }
    }

private:
    QFont m_fixed;
};

QString countsText(const StatusTreeModel::Counts& c)
{
    if (c.total() == 0)
        return QString();
    if (c.error + c.warning == 0)
        return StatusPage::tr("All %n check(s) OK", nullptr, c.ok);
    return StatusPage::tr("%1 OK, %2 errors, %3 warnings").arg(c.ok).arg(c.error).arg(c.warning);
}
} // namespace

StatusPage::StatusPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new StatusService(this))
    , m_model(new StatusTreeModel(this))
    , m_banner(new Banner(this))
    , m_summaryLabel(new QLabel(this))
    , m_runLabel(new QLabel(this))
    , m_onlyProblems(new QCheckBox(tr("Only &problems"), this))
    , m_filterEdit(new QLineEdit(this))
    , m_runButton(new QPushButton(Icons::themed(QStringLiteral("view-refresh")), tr("&Run checks again"), this))
    , m_cancelButton(new QPushButton(tr("S&top waiting"), this))
    , m_changesButton(new QPushButton(tr("Last night's c&hanges…"), this))
    , m_changesNote(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(m_view->viewport()))
    , m_details(new QTextBrowser(this))
    , m_copyAction(new QAction(Icons::themed(QStringLiteral("edit-copy")), tr("&Copy"), this))
    , m_expandAction(new QAction(tr("Show or hide the &details"), this))
    , m_ticker(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("statusBanner"));
    m_banner->hide();
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runLabel->setWordWrap(true);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheckBox"));
    m_onlyProblems->setToolTip(tr("Show only the warnings and errors, and the groups that have some"));
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter by domain or text…"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setShortcut(QKeySequence::Refresh);
    m_runButton->setToolTip(tr("Run every status check on the box again (F5)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for this run; the box finishes it on its own"));
    m_cancelButton->hide();
    m_changesButton->setObjectName(QStringLiteral("changesButton"));
    m_changesButton->setToolTip(tr("What changed in the status checks between the last two nights, as the box's "
                                   "nightly report says"));
    m_changesNote->setObjectName(QStringLiteral("changesNote"));
    m_changesNote->setWordWrap(true);
    m_changesNote->setForegroundRole(QPalette::PlaceholderText);
    m_changesNote->setText(tr("This box does not report what changed in its checks overnight: that needs Boxkeeper's "
                              "agent on the box."));
    m_changesNote->hide();

    m_view->setObjectName(QStringLiteral("statusTreeView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_view->viewport()->installEventFilter(this);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Pick a check to read all of it here."));

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_expandAction->setObjectName(QStringLiteral("expandAction"));
    addAction(m_copyAction);
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });

    auto* explanation = new QLabel(tr("The box checks its services, its network and every domain it serves, and says "
                                      "what is wrong and how to fix it. Pick a check to read all of it below; checks "
                                      "with details can be opened."),
                                   this);
    explanation->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_onlyProblems);
    top->addWidget(m_filterEdit, 1);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_runLabel, 1);
    runRow->addWidget(m_changesButton);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("statusSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Status Checks")), this));
    layout->addWidget(explanation);
    layout->addWidget(m_banner);
    layout->addLayout(runRow);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(top);
    layout->addWidget(m_changesNote);
    layout->addWidget(splitter, 1);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &StatusPage::updateRunText);
    connect(m_runButton, &QPushButton::clicked, this, &StatusPage::runChecks);
    connect(m_cancelButton, &QPushButton::clicked, this, &StatusPage::cancel);
    connect(m_banner, &Banner::actionTriggered, this, &StatusPage::runChecks);
    connect(m_changesButton, &QPushButton::clicked, this, &StatusPage::showChanges);
    connect(m_service, &StatusService::changesLoaded, this, [this](const StatusChanges& changes) {
        m_changesButton->setEnabled(m_client);
        if (!m_changesDialog)
            m_changesDialog = new StatusChangesDialog(this);
        m_changesDialog->showChanges(changes);
        m_changesDialog->open();
        emit changesShown(true);
    });
    connect(m_service, &StatusService::changesFailed, this, [this](const ApiError& error) {
        m_changesButton->setEnabled(m_client);
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        const QString text = error.kind == ApiError::Kind::Http && !error.serverText.trimmed().isEmpty()
                                 ? error.serverText.trimmed()
                                 : error.message;
        m_banner->showMessage(Banner::Kind::Error, tr("Last night's changes could not be loaded: %1").arg(text));
        emit changesShown(false);
    });
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyProblems(on);
        m_view->expandToDepth(0);
        updateSummary();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilterText(text);
        m_view->expandToDepth(0);
        updateSummary();
    });
    connect(m_copyAction, &QAction::triggered, this, &StatusPage::copyCurrent);
    connect(m_expandAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_model->hasChildren(current))
            m_view->setExpanded(current, !m_view->isExpanded(current));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &StatusPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StatusPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusPage::updateDetails);

    connect(m_service, &StatusService::runningChanged, this, &StatusPage::setRunning);
    connect(m_service, &StatusService::finished, this, &StatusPage::showResults);
    connect(m_service, &StatusService::failed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled) {
            updateRunText();
            emit checksShown(false);
            return;
        }
        const QString text = error.kind == ApiError::Kind::Http && !error.serverText.trimmed().isEmpty()
                                 ? error.serverText.trimmed()
                                 : error.message;
        m_banner->showMessage(Banner::Kind::Error, tr("The status checks could not be run: %1").arg(text),
                              tr("&Try again"));
        updateSummary();
        emit checksShown(false);
    });
    updateSummary();
    updateRunText();
}

StatusPage::~StatusPage() = default;

void StatusPage::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_service->setClient(client);
    m_model->clear();
    m_lastRun = QDateTime();
    m_lastDurationMs = 0;
    m_banner->hide();
    m_runButton->setEnabled(client);
    m_changesButton->setEnabled(client);
    if (m_changesDialog)
        m_changesDialog->close();
    updateSummary();
    updateRunText();
}

void StatusPage::refresh()
{
    if (isRunning() || !m_client)
        return;
    if (!m_lastRun.isValid() || m_lastRun.msecsTo(QDateTime::currentDateTime()) > StaleAfterMs)
        runChecks();
}

void StatusPage::runChecks()
{
    if (m_service->run())
        m_banner->hide();
}

StatusChangesDialog* StatusPage::changesDialog() const
{
    return m_changesDialog;
}

void StatusPage::setChangesAvailable(bool available)
{
    m_changesButton->setVisible(available);
    m_changesNote->setVisible(!available);
}

void StatusPage::showChanges()
{
    if (m_service->fetchChanges())
        m_changesButton->setEnabled(false);
}

void StatusPage::cancel()
{
    m_service->cancel();
}

bool StatusPage::isRunning() const
{
    return m_service->isRunning();
}

void StatusPage::setRunning(bool running)
{
    m_runButton->setEnabled(!running && m_client);
    m_cancelButton->setVisible(running);
    if (running) {
        setCursor(Qt::BusyCursor);
        m_ticker->start();
    } else {
        unsetCursor();
        m_ticker->stop();
    }
    updateRunText();
    updateSummary();
    emit runningChanged(running);
}

void StatusPage::showResults(const StatusItemList& items, const QDateTime& at, qint64 durationMs)
{
    m_lastRun = at;
    m_lastDurationMs = durationMs;
    m_banner->hide();
    m_model->setItems(items);
    m_view->expandToDepth(0);
    updateSummary();
    updateRunText();
    emit checksShown(true);
}

QString StatusPage::summaryText() const
{
    return m_summaryLabel->text();
}

QString StatusPage::runText() const
{
    return m_runLabel->text();
}

void StatusPage::updateSummary()
{
    const StatusTreeModel::Counts c = m_model->counts();
    QString text;
    if (c.total() > 0) {
        const auto part = [](StatusItem::Type type, const QString& color, const QString& words) {
            return QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                .arg(color, StatusTreeModel::stateMark(type), words.toHtmlEscaped());
        };
        if (c.error + c.warning == 0) {
            text = part(StatusItem::Type::Ok, QStringLiteral("#2e7d32"), tr("All %n check(s) OK", nullptr, c.ok));
        } else {
            text = part(StatusItem::Type::Ok, QStringLiteral("#2e7d32"), tr("%n OK", nullptr, c.ok)) +
                   QStringLiteral(", ") +
                   part(StatusItem::Type::Error, QStringLiteral("#c62828"), tr("%n error(s)", nullptr, c.error)) +
                   QStringLiteral(", ") +
                   part(StatusItem::Type::Warning, QStringLiteral("#9a6b00"), tr("%n warning(s)", nullptr, c.warning));
        }
    }
    m_summaryLabel->setText(text);
    m_summaryLabel->setToolTip(countsText(c));

    QString empty;
    if (m_model->rowCount() == 0) {
        if (isRunning())
            empty = tr("Running the status checks…");
        else if (m_model->isEmpty())
            empty = m_client ? tr("No status checks yet. Run them with “Run checks again”.") : QString();
        else if (m_onlyProblems->isChecked() && m_filterEdit->text().trimmed().isEmpty())
            empty = tr("No problems: every check passed.");
        else
            empty = tr("No check matches “%1”.").arg(m_filterEdit->text().trimmed());
    }
    m_emptyLabel->setText(empty);
    m_emptyLabel->setVisible(!empty.isEmpty());
    m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
}

void StatusPage::updateRunText()
{
    QString text;
    if (isRunning()) {
        text = tr("Running the checks on the box… %1 s").arg(m_service->elapsedMs() / 1000);
    } else if (m_lastRun.isValid()) {
        text = tr("Last run at %1 (took %2 s).")
                   .arg(QLocale().toString(m_lastRun.time(), QLocale::LongFormat))
                   .arg(double(m_lastDurationMs) / 1000.0, 0, 'f', 1);
    } else if (m_client) {
        text = tr("The checks have not run yet.");
    }
    m_runLabel->setText(text);
}

void StatusPage::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_copyAction->setEnabled(current.isValid());
    m_expandAction->setEnabled(current.isValid() && m_model->hasChildren(current));
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const auto kind = StatusTreeModel::RowKind(current.data(StatusTreeModel::KindRole).toInt());
    if (kind == StatusTreeModel::RowKind::Group) {
        const StatusTreeModel::Counts c = m_model->groupCounts(current.row());
        m_details->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(current.data().toString().toHtmlEscaped(), countsText(c).toHtmlEscaped()));
        return;
    }
    // A check with its detail lines; a detail line with the check it belongs to.
    const QModelIndex check =
        kind == StatusTreeModel::RowKind::Detail && current.parent().isValid() &&
                StatusTreeModel::RowKind(current.parent().data(StatusTreeModel::KindRole).toInt()) ==
                    StatusTreeModel::RowKind::Check
            ? current.parent()
            : current;
    QString html = QStringLiteral("<p>%1</p>").arg(check.data().toString().toHtmlEscaped());
    for (int row = 0; row < m_model->rowCount(check); ++row) {
        const QModelIndex line = m_model->index(row, 0, check);
        const QString text = line.data().toString().toHtmlEscaped();
        html += line.data(StatusTreeModel::MonospaceRole).toBool()
                    ? QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(text)
                    : QStringLiteral("<p>%1</p>").arg(text);
    }
    m_details->setHtml(html);
}

bool StatusPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

bool StatusPage::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const QString text = m_model->copyText(current);
    QGuiApplication::clipboard()->setText(text);
    m_runLabel->setText(tr("Copied the check's text."));
    emit copied(text);
    return true;
}

void StatusPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("statusContextMenu"));
    menu.addAction(m_copyAction);
    if (m_model->hasChildren(index)) {
        m_expandAction->setText(m_view->isExpanded(index) ? tr("Hide the &details") : tr("Show the &details"));
        menu.addAction(m_expandAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
