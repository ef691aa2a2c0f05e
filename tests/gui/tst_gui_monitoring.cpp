// The Monitoring page against a live agent that sampled every 50 ms (METRICS_INTERVAL) with a stand-in postqueue and
// a mail log of the test, then keeps its samples still (one sample a day) so the page and the route can be compared:
// every chart's lines are the route's series reduced with Metrics::downsample to the chart's width; hovering gives the
// time and value under the cursor; the range buttons load 1 h / 24 h / 7 d / 30 d; the page refreshes itself while
// shown and not while hidden; the agent's sentence when it has no metrics database; and on the unmodified-box
// stand-in one sentence and a button that opens the box's Munin pages. Screenshots land in the working directory.
#include "GuiSession.h"
#include "Metrics.h"
#include "TestFiles.h"
#include "TestMailLog.h"
#include "pages/MetricsChartView.h"
#include "pages/MonitoringPage.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

class TestGuiMonitoring : public QObject
{
    Q_OBJECT

public slots:
    // QDesktopServices' handler for https URLs in this test: records instead of starting a browser.
    void openUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chartsShowTheRouteSamples();
    void hoverShowsTimeAndValue();
    void rangeSwitch();
    void refreshesOnlyWhileShown();
    void boxWithoutMetricsDatabase();
    void unmodifiedBoxOpensMunin();

private:
    bool logIn();
    // Loads `range` on the page (or refreshes it) and waits for the charts; false on failure or timeout.
    bool load(Metrics::Range range);
    MetricsChartView* chart(const QString& name) const { return m_page->findChild<MetricsChartView*>(name); }
    // The route's answer for the period the chart's time axis shows.
    MetricsData routeData(MetricsChartView* view);
    QString mailLog() const { return m_tmp.path() + QStringLiteral("/mail.log"); }

    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    MonitoringPage* m_page = nullptr;
    QList<QUrl> m_opened;
};

void TestGuiMonitoring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Metrics::Range>();
    QVERIFY(m_tmp.isValid());
    const QString queue = m_tmp.path() + QStringLiteral("/queue.json");
    const QString postqueue = m_tmp.path() + QStringLiteral("/postqueue");
    QVERIFY(TestFiles::write(queue, "{\"queue_name\": \"deferred\", \"queue_id\": \"4N1aab\", \"recipients\": []}\n"
                                    "{\"queue_name\": \"active\", \"queue_id\": \"4N1aac\", \"recipients\": []}\n"));
    QVERIFY(
        TestFiles::write(postqueue, "#!/bin/sh\n[ \"$1\" = -j ] || exit 64\ncat '" + QFile::encodeName(queue) + "'\n"));
    QVERIFY(QFile::setPermissions(postqueue, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(TestFiles::write(mailLog(), {}));

    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY2(m_agent.restartWith({{"MAIL_LOG", QFile::encodeName(mailLog())},
                                  {"POSTQUEUE", QFile::encodeName(postqueue)},
                                  {"METRICS_INTERVAL", "0.05"}},
                                 &error),
             qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    const auto points = [this](const QString& series) {
        MetricsData data;
        Metrics::parse(QJsonDocument::fromJson(m_api
                                                   ->get(QStringLiteral("/boxkeeper/metrics?series=%1&from=%2")
                                                             .arg(series)
                                                             .arg(QDateTime::currentSecsSinceEpoch() - 3600))
                                                   .body),
                       &data);
        return data.points(series);
    };
    // A few seconds of samples (samples within a second merge), and some mail traffic among them.
    QTRY_VERIFY_WITH_TIMEOUT(points(QStringLiteral("load")).size() >= 3, 20000);
    QFile log(mailLog());
    QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
    log.write(TestMailLog::Delivered + TestMailLog::Rejected + TestMailLog::Sent + TestMailLog::Rejected);
    log.close();
    QTRY_VERIFY_WITH_TIMEOUT(!points(QStringLiteral("messages_rejected")).isEmpty() &&
                                 points(QStringLiteral("messages_rejected")).last().value > 0,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(points(QStringLiteral("load")).size() >= 5, 20000);
    // From here the samples stay as they are (the next one is a day away), so the page and the route agree.
    QVERIFY2(m_agent.restartWith("METRICS_INTERVAL", "86400", &error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QVERIFY(logIn());
}

bool TestGuiMonitoring::logIn()
{
    m_session.reset();
    m_session = std::make_unique<GuiSession>(&m_agent);
    if (!m_session->logIn(m_agent.adminPassword()))
        return false;
    m_session->window()->resize(1280, 900);
    m_page = m_session->window()->monitoringPage();
    return m_page != nullptr;
}

void TestGuiMonitoring::cleanupTestCase()
{
    m_session.reset();
}

bool TestGuiMonitoring::load(Metrics::Range range)
{
    QSignalSpy loaded(m_page, &MonitoringPage::loaded);
    if (m_page->range() == range)
        m_page->refresh();
    else
        m_page->setRange(range);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() && !m_page->isBusy(); }, 20000) &&
           loaded.last().at(0).value<Metrics::Range>() == range;
}

MetricsData TestGuiMonitoring::routeData(MetricsChartView* view)
{
    auto* axis = qobject_cast<QDateTimeAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
    MetricsData data;
    if (!axis)
        return data;
    const TestHttp::Reply reply = m_api->get(QStringLiteral("/boxkeeper/metrics?from=%1&to=%2")
                                                 .arg(axis->min().toSecsSinceEpoch())
                                                 .arg(axis->max().toSecsSinceEpoch()));
    if (reply.status != 200 || !Metrics::parse(QJsonDocument::fromJson(reply.body), &data))
        qWarning() << reply.status << reply.body.left(200);
    return data;
}

void TestGuiMonitoring::chartsShowTheRouteSamples()
{
    QSignalSpy loaded(m_page, &MonitoringPage::loaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QVERIFY(m_page->isVisible());
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("monitoringContent"))->isVisible());
    QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("monitoringUnavailable"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(loaded.first().at(0).value<Metrics::Range>(), Metrics::Range::Day); // the default
    QVERIFY(loaded.first().at(1).toInt() > 0);
    QVERIFY(load(Metrics::Range::Hour));
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));

    const QStringList charts{QStringLiteral("loadChartView"), QStringLiteral("memoryChartView"),
                             QStringLiteral("diskChartView"), QStringLiteral("mailQueueChartView"),
                             QStringLiteral("mailTrafficChartView")};
    QStringList seen;
    for (const QString& name : charts) {
        MetricsChartView* view = chart(name);
        QVERIFY2(view, qPrintable(name));
        const MetricsData route = routeData(view);
        // The period ends at the box's time of the answer, a second after the app's start of it at most here.
        QVERIFY2(route.to - route.from >= 3600 && route.to - route.from <= 3605,
                 qPrintable(QString::number(route.to - route.from)));
        for (QAbstractSeries* abstract : view->chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(abstract);
            QVERIFY(line);
            seen << line->objectName();
            const MetricPoints expected =
                Metrics::downsample(route.points(line->objectName()), route.from, route.to, view->bucketCount());
            const QList<QPointF> drawn = line->points();
            QVERIFY2(!drawn.isEmpty(), qPrintable(line->objectName()));
            QCOMPARE(drawn.size(), expected.size());
            for (int i = 0; i < drawn.size(); ++i) {
                QCOMPARE(qint64(drawn.at(i).x()), expected.at(i).time * 1000);
                QVERIFY2(qFuzzyCompare(drawn.at(i).y() * view->scale() + 1, expected.at(i).value + 1),
                         qPrintable(QStringLiteral("%1 point %2").arg(line->objectName()).arg(i)));
            }
        }
    }
    QStringList all = Metrics::seriesNames();
    all.sort();
    seen.sort();
    QCOMPARE(seen, all);
    // The stand-in queue holds two messages; two recipients were refused in the log.
    for (const QPointF& p : chart(QStringLiteral("mailQueueChartView"))->line(QStringLiteral("mail_queue"))->points())
        QCOMPARE(p.y(), 2.0);
    double rejected = 0;
    for (const QPointF& p :
         chart(QStringLiteral("mailTrafficChartView"))->line(QStringLiteral("messages_rejected"))->points())
        rejected += p.y();
    QCOMPARE(rejected, 2.0);
    QVERIFY(chart(QStringLiteral("memoryChartView"))->scale() >= 1024.0 * 1024); // shown in MiB or GiB
    QVERIFY(m_session->window()->grab().save(QStringLiteral("monitoring-1h.png")));
}

void TestGuiMonitoring::hoverShowsTimeAndValue()
{
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QVERIFY(load(Metrics::Range::Hour));
    MetricsChartView* view = chart(QStringLiteral("loadChartView"));
    auto* label = m_page->findChild<QLabel*>(QStringLiteral("loadLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), view->idleText());
    const MetricPoints points = routeData(view).points(QStringLiteral("load"));
    QVERIFY(!points.isEmpty());
    // Point near the right end of the plot (the latest samples), in the middle of its height; the label shows the
    // sample nearest to the time under the cursor.
    QLineSeries* line = view->line(QStringLiteral("load"));
    const QRectF plot = view->chart()->plotArea();
    const QPointF chartPos(plot.right() - 2, plot.center().y());
    const qint64 time = qRound64(view->chart()->mapToValue(chartPos, line).x() / 1000.0);
    MetricPoint nearest = points.first();
    for (const MetricPoint& p : points) {
        if (qAbs(p.time - time) < qAbs(nearest.time - time))
            nearest = p;
    }
    const QPoint pos = view->mapFromScene(view->chart()->mapToScene(chartPos));
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view->viewport()->mapToGlobal(pos)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(nearest.time), QLocale::ShortFormat);
    const QString value = QLocale().toString(nearest.value, 'f', 2);
    QVERIFY2(label->text().contains(when) && label->text().contains(QStringLiteral("Load: ") + value),
             qPrintable(label->text() + QStringLiteral(" / ") + when + QStringLiteral(" ") + value));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("monitoring-hover.png")));
    // Off the plot: back to the hint.
    QMouseEvent away(QEvent::MouseMove, QPointF(1, 1), QPointF(view->viewport()->mapToGlobal(QPoint(1, 1))),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &away);
    QCOMPARE(label->text(), view->idleText());
}

void TestGuiMonitoring::rangeSwitch()
{
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    const auto span = [this] {
        auto* axis = qobject_cast<QDateTimeAxis*>(
            chart(QStringLiteral("loadChartView"))->chart()->axes(Qt::Horizontal).value(0));
        return axis->max().toSecsSinceEpoch() - axis->min().toSecsSinceEpoch();
    };
    const QList<QPair<QString, qint64>> buttons{{QStringLiteral("weekRangeButton"), 7 * 86400},
                                                {QStringLiteral("monthRangeButton"), 30 * 86400},
                                                {QStringLiteral("dayRangeButton"), 86400},
                                                {QStringLiteral("hourRangeButton"), 3600}};
    for (const auto& [name, seconds] : buttons) {
        QSignalSpy loaded(m_page, &MonitoringPage::loaded);
        auto* button = m_page->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        button->click();
        QVERIFY(button->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_page->isBusy(), 20000);
        QVERIFY2(span() >= seconds && span() <= seconds + 5, qPrintable(QString::number(span())));
        // The samples of the last minutes are in every period (as 15-minute averages beyond two days).
        QVERIFY2(!chart(QStringLiteral("loadChartView"))->line(QStringLiteral("load"))->points().isEmpty(),
                 qPrintable(name));
        const MetricsData route = routeData(chart(QStringLiteral("loadChartView")));
        QCOMPARE(chart(QStringLiteral("loadChartView"))->line(QStringLiteral("load"))->points().size(),
                 Metrics::downsample(route.points(QStringLiteral("load")), route.from, route.to,
                                     chart(QStringLiteral("loadChartView"))->bucketCount())
                     .size());
        if (seconds == 7 * 86400)
            QVERIFY(m_session->window()->grab().save(QStringLiteral("monitoring-7d.png")));
    }
    QCOMPARE(m_page->range(), Metrics::Range::Hour);
}

void TestGuiMonitoring::refreshesOnlyWhileShown()
{
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    auto* timer = m_page->findChild<QTimer*>(QStringLiteral("refreshTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60000);
    timer->setInterval(300);
    timer->start();
    QSignalSpy loaded(m_page, &MonitoringPage::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 20000);

    // Busy while a load runs: the bar shows and Refresh waits.
    auto* busy = m_page->findChild<QProgressBar*>(QStringLiteral("busyProgressBar"));
    auto* refresh = m_page->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    refresh->click();
    QVERIFY(m_page->isBusy());
    QVERIFY(busy->isVisible());
    QVERIFY(!refresh->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QVERIFY(!busy->isVisible());
    QVERIFY(refresh->isEnabled());

    // Hidden: no timer, no loads.
    QVERIFY(m_session->window()->showPage(QStringLiteral("users")));
    QVERIFY(!timer->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    loaded.clear();
    QTest::qWait(1200);
    QCOMPARE(loaded.count(), 0);
    // Shown again: loads at once and keeps refreshing.
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QVERIFY(timer->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 20000);
    timer->setInterval(60000);
}

void TestGuiMonitoring::boxWithoutMetricsDatabase()
{
    // The agent cannot open its metrics database (a directory in its place): the route answers 503 with its
    // sentence, which the page shows as it is.
    m_session.reset();
    const QString dir = m_agent.dir();
    m_agent.stop();
    const QString db = m_agent.storageRoot() + QStringLiteral("/boxkeeper/metrics.sqlite");
    QVERIFY(QFile::remove(db));
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QVERIFY(QDir().mkpath(db));
    QString error;
    QVERIFY2(m_agent.start(&error, {}, dir), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    const TestHttp::Reply reply = m_api->get(QStringLiteral("/boxkeeper/metrics"));
    QCOMPARE(reply.status, 503);
    QVERIFY(logIn());
    QSignalSpy failed(m_page, &MonitoringPage::loadFailed);
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    auto* banner = m_page->findChild<QWidget*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QString::fromUtf8(reply.body).trimmed()), qPrintable(message));
    QVERIFY(message.startsWith(QLatin1String("The monitoring data could not be loaded: No metrics on this box: ")));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("monitoring-error.png")));
    QVERIFY(QDir(db).removeRecursively());
}

void TestGuiMonitoring::unmodifiedBoxOpensMunin()
{
    m_session.reset();
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    QVERIFY(logIn());
    QVERIFY(m_session->window()->showPage(QStringLiteral("monitoring")));
    QVERIFY(!m_page->isAvailable());
    auto* sentence = m_page->findChild<QLabel*>(QStringLiteral("unavailableLabel"));
    auto* munin = m_page->findChild<QPushButton*>(QStringLiteral("muninButton"));
    QVERIFY(sentence->isVisible());
    QVERIFY(sentence->text().contains(QLatin1String("Munin")));
    QVERIFY(munin->isVisible());
    QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("monitoringContent"))->isVisible());
    QVERIFY(!m_page->findChild<QTimer*>(QStringLiteral("refreshTimer"))->isActive());
    QTest::qWait(300);
    QVERIFY(!m_page->isBusy()); // nothing asked of the box

    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    munin->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(m_opened.size(), 1);
    QUrl expected = m_agent.baseUrl();
    expected.setPath(QStringLiteral("/admin/munin/"));
    QCOMPARE(m_opened.first(), expected);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("monitoring-unmodified-box.png")));
}

QTEST_MAIN(TestGuiMonitoring)
#include "tst_gui_monitoring.moc"
