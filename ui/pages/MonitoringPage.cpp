#include "MonitoringPage.h"

#include "ApiClient.h"
#include "Banner.h"
#include "MetricsChartView.h"
#include "MonitoringService.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int RefreshIntervalMs = 60 * 1000; // the agent samples once a minute
}

MonitoringPage::MonitoringPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new MonitoringService(this))
    , m_content(new QWidget(this))
    , m_unavailable(new QWidget(this))
    , m_rangeGroup(new QButtonGroup(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), m_content))
    , m_busyBar(new QProgressBar(m_content))
    , m_statusLabel(new QLabel(m_content))
    , m_errorBanner(new Banner(m_content))
    , m_refreshTimer(new QTimer(this))
    , m_muninButton(new QPushButton(tr("Open the box's &Munin pages"), m_unavailable))
{
    m_content->setObjectName(QStringLiteral("monitoringContent"));
    m_unavailable->setObjectName(QStringLiteral("monitoringUnavailable"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(
        tr("Load the charts again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true); // a long sentence must not widen the page
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->hide();
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    m_refreshTimer->setInterval(RefreshIntervalMs);
    m_muninButton->setObjectName(QStringLiteral("muninButton"));

    auto* intro =
        new QLabel(tr("How the box has been doing, as the Boxkeeper agent on it records every minute (kept 30 "
                      "days; periods longer than two days in 15-minute averages). Point at a chart to read "
                      "its values. The charts refresh every minute while this page is shown."),
                   m_content);
    intro->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    const QList<QPair<Metrics::Range, QString>> ranges{{Metrics::Range::Hour, tr("&1 hour")},
                                                       {Metrics::Range::Day, tr("2&4 hours")},
                                                       {Metrics::Range::Week, tr("&7 days")},
                                                       {Metrics::Range::Month, tr("&30 days")}};
    static const char* const names[] = {"hourRangeButton", "dayRangeButton", "weekRangeButton", "monthRangeButton"};
    for (const auto& [range, text] : ranges) {
        auto* button = new QPushButton(text, m_content);
        button->setObjectName(QLatin1String(names[int(range)]));
        button->setCheckable(true);
        button->setChecked(range == m_range);
        m_rangeGroup->addButton(button, int(range));
        controls->addWidget(button);
    }
    m_rangeGroup->setExclusive(true);
    controls->addSpacing(12);
    controls->addWidget(m_refreshButton);
    controls->addWidget(m_busyBar);
    controls->addWidget(m_statusLabel, 1);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const auto color = [](const char* name) { return QColor(QLatin1String(name)); };
    addChart(new MetricsChartView(tr("Load (1-minute average)"), MetricsChartView::Unit::Plain,
                                  {{QStringLiteral("load"), tr("Load"), color("#1565c0")}}, m_content));
    addChart(new MetricsChartView(tr("Memory"), MetricsChartView::Unit::Bytes,
                                  {{QStringLiteral("memory_used"), tr("Used"), color("#ef6c00")},
                                   {QStringLiteral("memory_available"), tr("Available"), color("#2e7d32")}},
                                  m_content));
    addChart(new MetricsChartView(tr("Disk (storage of the box)"), MetricsChartView::Unit::Bytes,
                                  {{QStringLiteral("disk_used"), tr("Used"), color("#6a1b9a")},
                                   {QStringLiteral("disk_available"), tr("Available"), color("#2e7d32")}},
                                  m_content));
    addChart(new MetricsChartView(tr("Mail queue"), MetricsChartView::Unit::Count,
                                  {{QStringLiteral("mail_queue"), tr("Queued messages"), color("#00838f")}},
                                  m_content));
    addChart(new MetricsChartView(tr("Mail traffic (per sample)"), MetricsChartView::Unit::Count,
                                  {{QStringLiteral("messages_received"), tr("Received"), color("#2e7d32")},
                                   {QStringLiteral("messages_sent"), tr("Sent"), color("#1565c0")},
                                   {QStringLiteral("messages_rejected"), tr("Rejected"), color("#c62828")}},
                                  m_content));
    static const char* const chartNames[] = {"loadChartView", "memoryChartView", "diskChartView", "mailQueueChartView",
                                             "mailTrafficChartView"};
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setObjectName(QLatin1String(chartNames[i]));
    for (int i = 0; i < m_charts.size(); ++i) {
        auto* cell = new QWidget(m_content);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto* hover = new QLabel(m_charts.at(i)->hoverText(), cell);
        hover->setObjectName(m_charts.at(i)->objectName().replace(QLatin1String("ChartView"), QLatin1String("Label")));
        hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
        hover->setWordWrap(true); // the values of three lines fit in a half-width cell on a small screen
        cellLayout->addWidget(m_charts.at(i), 1);
        cellLayout->addWidget(hover);
        connect(m_charts.at(i), &MetricsChartView::hoverTextChanged, hover, &QLabel::setText);
        const int row = i / 2;
        grid->addWidget(cell, row, i % 2, 1, i == 4 ? 2 : 1);
    }

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(controls);
    contentLayout->addWidget(m_errorBanner);
    contentLayout->addLayout(grid, 1);

    auto* sentence = new QLabel(tr("This box does not record monitoring data for Boxkeeper (that needs the Boxkeeper "
                                   "agent on the box); Mail-in-a-Box shows its charts in Munin, in your browser."),
                                m_unavailable);
    sentence->setObjectName(QStringLiteral("unavailableLabel"));
    sentence->setWordWrap(true);
    auto* unavailableLayout = new QVBoxLayout(m_unavailable);
    unavailableLayout->setContentsMargins(0, 0, 0, 0);
    unavailableLayout->addWidget(sentence);
    unavailableLayout->addWidget(m_muninButton, 0, Qt::AlignLeft);
    unavailableLayout->addStretch(1);
    m_unavailable->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Monitoring")), this));
    layout->addWidget(m_content, 1);
    layout->addWidget(m_unavailable, 1);

    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(Metrics::Range(id)); });
    connect(m_refreshButton, &QPushButton::clicked, this, &MonitoringPage::refresh);
    connect(m_errorBanner, &Banner::actionTriggered, this, &MonitoringPage::refresh);
    connect(m_refreshTimer, &QTimer::timeout, this, &MonitoringPage::refresh);
    connect(m_muninButton, &QPushButton::clicked, this, &MonitoringPage::openMunin);
    connect(m_service, &MonitoringService::loadingChanged, this, &MonitoringPage::setBusy);
    connect(m_service, &MonitoringService::loaded, this, [this](Metrics::Range range, const MetricsData& data) {
        if (range == m_range) // the page may have switched since
            showMetrics(range, data);
    });
    connect(m_service, &MonitoringService::loadFailed, this, [this](Metrics::Range range, const ApiError& error) {
        if (range == m_range && error.kind != ApiError::Kind::Cancelled)
            showError(error);
    });
}

MonitoringPage::~MonitoringPage() = default;

void MonitoringPage::addChart(MetricsChartView* chart)
{
    m_charts.append(chart);
}

void MonitoringPage::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_service->setClient(client);
    for (MetricsChartView* chart : std::as_const(m_charts))
        chart->clearData();
    m_errorBanner->hide();
    m_statusLabel->clear();
    updateTimer();
    if (client && isVisible())
        refresh();
}

void MonitoringPage::setAvailable(bool available)
{
    const bool became = available && !m_available;
    m_available = available;
    m_content->setVisible(available);
    m_unavailable->setVisible(!available);
    updateTimer();
    if (became && isVisible())
        refresh();
}

QUrl MonitoringPage::muninUrl() const
{
    if (!m_client)
        return QUrl();
    QUrl url = m_client->baseUrl(); // https://HOST/admin
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("munin/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void MonitoringPage::openMunin()
{
    const QUrl url = muninUrl();
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url))
        m_muninButton->setToolTip(tr("No browser could be started. Open %1 yourself.").arg(url.toString()));
}

bool MonitoringPage::isBusy() const
{
    return m_service->isLoading();
}

void MonitoringPage::refresh()
{
    if (!m_available || !m_client)
        return;
    m_service->fetch(m_range);
}

void MonitoringPage::setRange(Metrics::Range range)
{
    if (QAbstractButton* button = m_rangeGroup->button(int(range)))
        button->setChecked(true);
    if (range == m_range && (m_service->isLoading() || m_charts.first()->hasPoints()))
        return;
    m_range = range;
    refresh();
}

void MonitoringPage::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
    if (busy)
        m_statusLabel->setText(tr("Loading…"));
}

void MonitoringPage::showMetrics(Metrics::Range range, const MetricsData& data)
{
    m_range = range;
    if (QAbstractButton* button = m_rangeGroup->button(int(range)))
        button->setChecked(true);
    for (MetricsChartView* chart : std::as_const(m_charts))
        chart->setData(data);
    m_errorBanner->hide();
    const int points = data.pointCount();
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::LongFormat);
    m_statusLabel->setText(points == 0 ? tr("Updated at %1. The box has no samples in this period yet.").arg(when)
                                       : tr("Updated at %1.").arg(when));
    emit loaded(range, points);
}

void MonitoringPage::showError(const ApiError& error)
{
    const QString message = tr("The monitoring data could not be loaded: %1").arg(error.message);
    m_errorBanner->showMessage(Banner::Kind::Error, message, tr("&Try again"));
    m_statusLabel->clear();
    emit loadFailed(message);
}

void MonitoringPage::updateTimer()
{
    // Refreshing only while the page is shown: a hidden page costs the box nothing.
    if (isVisible() && m_available && m_client) {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    } else {
        m_refreshTimer->stop();
    }
}

void MonitoringPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_available && m_client && !m_refreshTimer->isActive())
        m_refreshTimer->start();
    refresh();
}

void MonitoringPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_refreshTimer->stop();
}
