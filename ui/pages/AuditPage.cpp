#include "AuditPage.h"

#include "ApiClient.h"
#include "AuditModel.h"
#include "AuditService.h"
#include "Banner.h"
#include "CsvTransfer.h"
#include "Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Resizes the empty-state label with the view's viewport.
class ViewportFitter : public QObject
{
public:
    ViewportFitter(QLabel* label, QWidget* viewport)
        : QObject(label)
        , m_label(label)
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            m_label->setGeometry(static_cast<QWidget*>(watched)->rect().adjusted(12, 12, -12, -12));
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* m_label;
};

} // namespace

AuditPage::AuditPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new AuditService(this))
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_csv(new CsvTransfer([this] { return AuditLog::csv(m_model->entries()); },
                            {tr("Export the audit log"), QString(), tr("Exported the entries shown to %1."),
                             QStringLiteral("audit-log.csv")},
                            this))
    , m_content(new QWidget(this))
    , m_unavailable(new QLabel(unavailableText(), this))
    , m_errorBanner(new Banner(m_content))
    , m_view(new QTreeView(m_content))
    , m_emptyLabel(new QLabel(m_view->viewport()))
    , m_statusLabel(new QLabel(m_content))
    , m_olderButton(new QPushButton(Icons::themed(QStringLiteral("go-down")), tr("Load &older"), m_content))
    , m_exportButton(new QPushButton(Icons::themed(QStringLiteral("document-export")), tr("E&xport CSV…"), m_content))
{
    m_content->setObjectName(QStringLiteral("auditContent"));
    m_unavailable->setObjectName(QStringLiteral("auditUnavailableLabel"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditModel::SortRole);
    m_view->setObjectName(QStringLiteral("auditTreeView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(AuditModel::TimeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(AuditModel::WhoColumn, 160);
    header->resizeSection(AuditModel::ClientColumn, 110);
    header->resizeSection(AuditModel::ActionColumn, 210);
    header->resizeSection(AuditModel::ParamsColumn, 200);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    new ViewportFitter(m_emptyLabel, m_view->viewport());

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_olderButton->setObjectName(QStringLiteral("loadOlderButton"));
    m_olderButton->setToolTip(tr("Load the entries before the oldest one shown, with the same filters"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setToolTip(tr("Save the entries shown as a CSV file"));
    m_exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    auto* intro = new QLabel(tr("Every change made through the Boxkeeper agent on the box — users, aliases, DNS, "
                                "certificates, backups, tokens, settings — with who made it from where and what "
                                "the box answered, refusals included. Passwords, secrets and keys are never "
                                "recorded."),
                             m_content);
    intro->setWordWrap(true);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_olderButton);
    bottom->addWidget(m_exportButton);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(buildFilters());
    contentLayout->addWidget(m_errorBanner);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addLayout(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit Log").toHtmlEscaped()), this));
    layout->addWidget(m_unavailable);
    layout->addWidget(m_content, 1);

    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(refreshAction, &QAction::triggered, this, &AuditPage::refresh);
    connect(findAction, &QAction::triggered, this, [this] {
        m_what->setFocus();
        m_what->selectAll();
    });

    connect(m_olderButton, &QPushButton::clicked, this, &AuditPage::loadOlder);
    connect(m_exportButton, &QPushButton::clicked, m_csv, &CsvTransfer::chooseExportFile);
    connect(m_csv, &CsvTransfer::statusChanged, this, &AuditPage::showStatus);
    connect(m_service, &AuditService::loadingChanged, this, [this](bool loading) {
        if (loading) {
            setCursor(Qt::BusyCursor);
            showStatus(tr("Loading the audit log…"));
        } else {
            unsetCursor();
        }
        updateButtons();
    });
    connect(m_service, &AuditService::pageLoaded, this,
            [this](const AuditEntryList& entries, bool older, bool hasOlder) {
                m_errorBanner->hide();
                if (older)
                    m_model->appendEntries(entries);
                else
                    m_model->setEntries(entries);
                updateStatus();
                updateButtons();
                emit loaded(int(m_model->entries().size()), hasOlder);
            });
    connect(m_service, &AuditService::loadFailed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        const bool boxSaid = (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Auth) &&
                             !error.serverText.trimmed().isEmpty();
        const QString message = boxSaid ? error.serverText.trimmed() : error.message;
        m_errorBanner->showMessage(Banner::Kind::Error, tr("The audit log could not be loaded: %1").arg(message));
        updateStatus();
        emit loadFailed(message);
    });
    updateButtons();
}

AuditPage::~AuditPage() = default;

QWidget* AuditPage::buildFilters()
{
    auto* box = new QWidget(m_content);
    box->setObjectName(QStringLiteral("auditFilters"));
    m_who = new QLineEdit(box);
    m_who->setObjectName(QStringLiteral("whoLineEdit"));
    m_who->setPlaceholderText(tr("user or token name"));
    m_who->setClearButtonEnabled(true);
    m_what = new QLineEdit(box);
    m_what->setObjectName(QStringLiteral("whatLineEdit"));
    m_what->setPlaceholderText(tr("e.g. /mail/users or dns"));
    m_what->setClearButtonEnabled(true);
    m_result = new QComboBox(box);
    m_result->setObjectName(QStringLiteral("resultComboBox"));
    m_result->addItem(tr("Any result"), QString());
    for (const QString& result : AuditLog::results())
        m_result->addItem(AuditLog::resultName(result), result);
    const QDate today = QDate::currentDate();
    m_sinceBox = new QCheckBox(tr("&From"), box);
    m_sinceBox->setObjectName(QStringLiteral("sinceCheckBox"));
    m_since = new QDateEdit(today.addDays(-7), box);
    m_since->setObjectName(QStringLiteral("sinceDateEdit"));
    m_untilBox = new QCheckBox(tr("&To"), box);
    m_untilBox->setObjectName(QStringLiteral("untilCheckBox"));
    m_until = new QDateEdit(today, box);
    m_until->setObjectName(QStringLiteral("untilDateEdit"));
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_searchButton = new QPushButton(Icons::themed(QStringLiteral("edit-find")), tr("&Search"), box);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));

    auto* whoLabel = new QLabel(tr("&Who:"), box);
    whoLabel->setBuddy(m_who);
    auto* whatLabel = new QLabel(tr("W&hat:"), box);
    whatLabel->setBuddy(m_what);
    auto* resultLabel = new QLabel(tr("R&esult:"), box);
    resultLabel->setBuddy(m_result);

    // Two rows, so that the page fits a narrow window: the texts, then the result, the days and Search.
    auto* texts = new QHBoxLayout;
    texts->addWidget(whoLabel);
    texts->addWidget(m_who, 1);
    texts->addSpacing(8);
    texts->addWidget(whatLabel);
    texts->addWidget(m_what, 1);
    auto* choices = new QHBoxLayout;
    choices->addWidget(resultLabel);
    choices->addWidget(m_result);
    choices->addSpacing(8);
    choices->addWidget(m_sinceBox);
    choices->addWidget(m_since);
    choices->addSpacing(8);
    choices->addWidget(m_untilBox);
    choices->addWidget(m_until);
    choices->addStretch(1);
    choices->addWidget(m_searchButton);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(texts);
    rows->addLayout(choices);

    // Texts apply with Return or Search; the choices apply at once.
    connect(m_who, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_what, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_result, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditPage::search);
    connect(m_sinceBox, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        search();
    });
    connect(m_untilBox, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        search();
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this] {
        if (m_sinceBox->isChecked())
            search();
    });
    connect(m_until, &QDateEdit::dateChanged, this, [this] {
        if (m_untilBox->isChecked())
            search();
    });
    return box;
}

QString AuditPage::unavailableText()
{
    return tr("The audit log comes with the Boxkeeper agent; this box does not keep one (an unmodified "
              "Mail-in-a-Box logs changes only to its system log).");
}

void AuditPage::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_service->setClient(client);
    m_model->clear();
    m_errorBanner->hide();
    showStatus(QString());
    updateButtons();
}

void AuditPage::setAvailable(bool available)
{
    const bool became = available && !m_available;
    m_available = available;
    m_content->setVisible(available);
    m_unavailable->setVisible(!available);
    if (!available) {
        // Stops a load under way and forgets the search.
        m_service->setClient(nullptr);
        m_service->setClient(m_client);
        m_model->clear();
    }
    updateButtons();
    if (became && isVisible())
        refresh();
}

void AuditPage::refresh()
{
    search();
}

bool AuditPage::isBusy() const
{
    return m_service->isLoading();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.who = m_who->text().trimmed();
    f.what = m_what->text().trimmed();
    f.result = m_result->currentData().toString();
    if (m_sinceBox->isChecked())
        f.since = m_since->date();
    if (m_untilBox->isChecked())
        f.until = m_until->date();
    return f;
}

void AuditPage::search()
{
    if (!m_available || !m_client)
        return;
    m_service->search(filter());
}

void AuditPage::loadOlder()
{
    if (m_available)
        m_service->loadOlder();
}

QString AuditPage::statusText() const
{
    return m_statusLabel->text();
}

void AuditPage::showStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void AuditPage::updateStatus()
{
    const int count = int(m_model->entries().size());
    QString text = tr("%n entries", nullptr, count);
    if (count > 0) {
        const QDateTime oldest = m_model->entries().constLast().time;
        text = m_service->hasOlder()
                   ? tr("%n entries back to %1; older ones on the box.", nullptr, count)
                         .arg(AuditModel::formatTime(oldest))
                   : tr("%n entries back to %1: all that match.", nullptr, count).arg(AuditModel::formatTime(oldest));
    }
    showStatus(text);
    const AuditFilter f = filter();
    const bool filtered = !(f == AuditFilter());
    m_emptyLabel->setText(count > 0 || m_service->isLoading() ? QString()
                          : filtered                          ? tr("No entries match these filters.")
                                                              : tr("Nothing has been changed through the agent yet."));
    m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    m_emptyLabel->setVisible(!m_emptyLabel->text().isEmpty());
}

void AuditPage::updateButtons()
{
    const bool ready = m_client && m_available;
    m_searchButton->setEnabled(ready);
    m_olderButton->setEnabled(ready && !m_service->isLoading() && m_service->hasOlder());
    m_exportButton->setEnabled(!m_model->entries().isEmpty());
}

bool AuditPage::exportCsv(const QString& path, QString* error)
{
    return m_csv->exportCsv(path, error);
}
