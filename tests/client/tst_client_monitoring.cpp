// The Monitoring page's client core: Metrics::downsample (the lowest and highest point of every time bucket kept, so
// peaks survive; at most two points a bucket), the route's answer read into typed series, and MonitoringService
// against a live agent sampling every 50 ms — each range's query and step, a range switch dropping the running load,
// and the refusal of a box without the route (the unmodified-box stand-in).
#include "ApiClient.h"
#include "CertTrustStore.h"
#include "Metrics.h"
#include "MonitoringService.h"
#include "TestAgent.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

class TestClientMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void downsampleKeepsPeaks();
    void downsampleBoundsAndEdges();
    void parse();
    void parseBytes();
    void query();
    void fetchRanges();
    void rangeSwitchDropsTheRunningLoad();
    void withoutTheRoute();

private:
    MetricsData fetch(Metrics::Range range, ApiError* error = nullptr);

    TestAgent m_agent;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MonitoringService> m_service;
};

void TestClientMonitoring::initTestCase()
{
    qRegisterMetaType<MetricsData>();
    qRegisterMetaType<Metrics::Range>();
    qRegisterMetaType<ApiError>();
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY2(m_agent.restartWith("METRICS_INTERVAL", "0.05", &error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword());
    m_service = std::make_unique<MonitoringService>();
    m_service->setClient(m_client.get());
}

MetricsData TestClientMonitoring::fetch(Metrics::Range range, ApiError* error)
{
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    QSignalSpy failed(m_service.get(), &MonitoringService::loadFailed);
    if (!m_service->fetch(range))
        return {};
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 20000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().at(1).value<ApiError>();
        return {};
    }
    if (loaded.first().at(0).value<Metrics::Range>() != range)
        return {};
    return loaded.first().at(1).value<MetricsData>();
}

void TestClientMonitoring::downsampleKeepsPeaks()
{
    // 30 days at one-minute samples: noise around 1, a few single-sample peaks and one dip.
    const qint64 from = 1796522400;
    const int count = 43200;
    MetricPoints points;
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i)
        points.append({from + 60 * i, 1.0 + random.bounded(0.5)});
    const QList<int> peaks{17, 12345, 30001, 43199};
    for (int i : peaks)
        points[i].value = 50.0 + i; // distinct
    points[20000].value = -7;
    const qint64 to = from + 60 * (count - 1);

    for (int buckets : {800, 1920, 100, 1}) {
        const MetricPoints reduced = Metrics::downsample(points, from, to, buckets);
        QVERIFY2(reduced.size() <= 2 * buckets, qPrintable(QString::number(reduced.size())));
        QVERIFY(reduced.size() >= qMin(buckets, 2));
        // Every point drawn is one of the series, in time order.
        for (int i = 1; i < reduced.size(); ++i)
            QVERIFY(reduced.at(i - 1).time < reduced.at(i).time);
        for (const MetricPoint& p : reduced)
            QCOMPARE(points.at(int((p.time - from) / 60)), p);
        // The peaks and the dip survive at any width when they are their bucket's extreme; the highest and the
        // lowest point always do.
        const auto has = [&](int index) { return reduced.contains(points.at(index)); };
        QVERIFY(has(43199));
        QVERIFY(has(20000));
        if (buckets >= 100) {
            for (int i : peaks)
                QVERIFY2(has(i), qPrintable(QStringLiteral("%1 buckets: peak %2").arg(buckets).arg(i)));
        }
    }

    // Each bucket's extremes, checked against a plain computation over 800 buckets.
    const int buckets = 800;
    const MetricPoints reduced = Metrics::downsample(points, from, to, buckets);
    QList<double> highest(buckets, -1e300);
    QList<double> lowest(buckets, 1e300);
    const double span = double(to - from) + 1;
    for (const MetricPoint& p : points) {
        const int b = qMin(buckets - 1, int(double(p.time - from) / span * buckets));
        highest[b] = qMax(highest[b], p.value);
        lowest[b] = qMin(lowest[b], p.value);
    }
    QList<double> reducedHighest(buckets, -1e300);
    QList<double> reducedLowest(buckets, 1e300);
    for (const MetricPoint& p : reduced) {
        const int b = qMin(buckets - 1, int(double(p.time - from) / span * buckets));
        reducedHighest[b] = qMax(reducedHighest[b], p.value);
        reducedLowest[b] = qMin(reducedLowest[b], p.value);
    }
    QCOMPARE(reducedHighest, highest);
    QCOMPARE(reducedLowest, lowest);
}

void TestClientMonitoring::downsampleBoundsAndEdges()
{
    QVERIFY(Metrics::downsample({}, 0, 100, 10).isEmpty());
    // Few enough points: returned as they are.
    const MetricPoints few{{10, 1}, {20, 5}, {30, 2}};
    QCOMPARE(Metrics::downsample(few, 0, 100, 2), few);
    // A series with a gap keeps points on both sides only; nothing is made up inside it.
    MetricPoints gap;
    for (int i = 0; i < 1000; ++i)
        gap.append({i, double(i % 7)});
    for (int i = 5000; i < 6000; ++i)
        gap.append({i, double(i % 5)});
    const MetricPoints reduced = Metrics::downsample(gap, 0, 5999, 60);
    QVERIFY(reduced.size() <= 120);
    for (const MetricPoint& p : reduced)
        QVERIFY(p.time < 1000 || p.time >= 5000);
    // from >= to: the points' own span.
    QVERIFY(Metrics::downsample(gap, 0, 0, 60).size() <= 120);
    // Points outside [from, to] fall into the edge buckets.
    QVERIFY(Metrics::downsample(gap, 2000, 3000, 10).size() <= 20);
    QVERIFY(Metrics::downsample(gap, 0, 5999, 0).size() <= 2);
}

void TestClientMonitoring::parse()
{
    MetricsData data;
    QVERIFY(Metrics::parse(
        QJsonDocument::fromJson(R"({"from": 100, "series": {"load": [[160, 0.5], [220, 0.75]], "mail_queue": []},
                                    "step": 60, "to": 300})"),
        &data));
    QCOMPARE(data.from, qint64(100));
    QCOMPARE(data.to, qint64(300));
    QCOMPARE(data.step, 60);
    QCOMPARE(data.points(QStringLiteral("load")), (MetricPoints{{160, 0.5}, {220, 0.75}}));
    QVERIFY(data.series.contains(QStringLiteral("mail_queue")));
    QCOMPARE(data.pointCount(), 2);
    MetricsData untouched = data;
    for (const char* bad : {R"([])", R"({"series": {}})", R"({"from": 1, "to": 2, "series": {"load": [[1]]}})",
                            R"({"from": 1, "to": 2, "series": {"load": [["a", 1]]}})",
                            R"({"from": 1, "to": 2, "series": {"load": 3}})"}) {
        QVERIFY2(!Metrics::parse(QJsonDocument::fromJson(bad), &untouched), bad);
        QCOMPARE(untouched.from, qint64(100));
    }
}

void TestClientMonitoring::parseBytes()
{
    // The route's own form, read in one pass, gives what QJsonDocument gives.
    const QByteArray answer = "{\"from\": 100, \"series\": {\"load\": [[160, 0.5], [220, 1e-05]], \"mail_queue\": [], "
                              "\"disk_used\": [[160, 83437158400], [220, -2.5]]}, \"step\": 60, \"to\": 300}\n";
    MetricsData fast;
    MetricsData slow;
    QVERIFY(Metrics::parse(answer, &fast));
    QVERIFY(Metrics::parse(QJsonDocument::fromJson(answer), &slow));
    QCOMPARE(fast.from, qint64(100));
    QCOMPARE(fast.to, qint64(300));
    QCOMPARE(fast.step, 60);
    QCOMPARE(fast.points(QStringLiteral("load")), (MetricPoints{{160, 0.5}, {220, 1e-05}}));
    QCOMPARE(fast.points(QStringLiteral("disk_used")), (MetricPoints{{160, 83437158400.0}, {220, -2.5}}));
    QCOMPARE(fast.series.keys().size(), 3);
    for (const QString& name : slow.series.keys())
        QCOMPARE(fast.points(name), slow.points(name));
    // Other forms of valid JSON are read too (spacing, an escaped name, another key order).
    MetricsData other;
    QVERIFY(Metrics::parse(QByteArray("{\"to\":300,\"series\":{\"lo\\u0061d\":[[160,0.5]]},\"from\":100}"), &other));
    QCOMPARE(other.points(QStringLiteral("load")), (MetricPoints{{160, 0.5}}));
    QCOMPARE(other.from, qint64(100));
    // Not an answer: refused, data untouched.
    for (const QByteArray& bad : {QByteArray(""), QByteArray("{\"from\": 1, \"to\": 2}"),
                                  QByteArray("{\"from\": 1, \"to\": 2, \"series\": {\"load\": [[1, 2]]}"),
                                  QByteArray("{\"from\": 1, \"to\": 2, \"series\": {\"load\": [[1, \"x\"]]}}"),
                                  QByteArray("{\"from\": 1, \"to\": 2, \"series\": {\"load\": [[1, 2]]}} x")}) {
        QVERIFY2(!Metrics::parse(bad, &other), bad.constData());
        QCOMPARE(other.from, qint64(100));
    }
}

void TestClientMonitoring::query()
{
    const qint64 now = 1796608800;
    QCOMPARE(MonitoringService::query(Metrics::Range::Hour, now).toString(), QStringLiteral("from=1796605200"));
    QCOMPARE(MonitoringService::query(Metrics::Range::Day, now).queryItemValue(QStringLiteral("from")),
             QString::number(now - 86400));
    QCOMPARE(MonitoringService::query(Metrics::Range::Week, now).queryItemValue(QStringLiteral("from")),
             QString::number(now - 7 * 86400));
    QCOMPARE(MonitoringService::query(Metrics::Range::Month, now).queryItemValue(QStringLiteral("from")),
             QString::number(now - 30 * 86400));
}

void TestClientMonitoring::fetchRanges()
{
    // Samples appear (one a second at most: samples within a second merge).
    QTRY_VERIFY_WITH_TIMEOUT(fetch(Metrics::Range::Hour).points(QStringLiteral("load")).size() >= 2, 20000);
    const MetricsData hour = fetch(Metrics::Range::Hour);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(hour.to - now) <= 5);
    // `from` is the app's clock less the period, `to` the box's clock when it answers: a second or so more.
    QVERIFY(hour.to - hour.from >= 3600 && hour.to - hour.from <= 3600 + 5);
    QCOMPARE(hour.step, 1); // every sample, the interval rounded up to a second
    QCOMPARE(hour.series.keys().size(), Metrics::seriesNames().size());
    for (const QString& name : Metrics::seriesNames())
        QVERIFY2(hour.series.contains(name), qPrintable(name));
    for (const QString& name : {QStringLiteral("memory_used"), QStringLiteral("disk_available")}) {
        QVERIFY2(!hour.points(name).isEmpty(), qPrintable(name));
        QVERIFY(hour.points(name).last().value > 0);
    }
    const MetricsData day = fetch(Metrics::Range::Day);
    QVERIFY(day.to - day.from >= 86400 && day.to - day.from <= 86400 + 5);
    QCOMPARE(day.step, 1);
    // Beyond two days: 15-minute averages.
    const MetricsData week = fetch(Metrics::Range::Week);
    QVERIFY(week.to - week.from >= 7 * 86400 && week.to - week.from <= 7 * 86400 + 5);
    QCOMPARE(week.step, 900);
    const MetricsData month = fetch(Metrics::Range::Month);
    QVERIFY(month.to - month.from >= 30 * 86400 && month.to - month.from <= 30 * 86400 + 5);
    QCOMPARE(month.step, 900);
    QVERIFY(!month.points(QStringLiteral("load")).isEmpty()); // the current bucket, averaged so far
    QVERIFY(!m_service->isLoading());
}

void TestClientMonitoring::rangeSwitchDropsTheRunningLoad()
{
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    QSignalSpy failed(m_service.get(), &MonitoringService::loadFailed);
    QSignalSpy loading(m_service.get(), &MonitoringService::loadingChanged);
    QVERIFY(m_service->fetch(Metrics::Range::Day));
    QVERIFY(!m_service->fetch(Metrics::Range::Day)); // already on its way
    QVERIFY(m_service->fetch(Metrics::Range::Hour)); // replaces it
    QCOMPARE(m_service->loadingRange(), Metrics::Range::Hour);
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isLoading(), 20000);
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).value<Metrics::Range>(), Metrics::Range::Hour);
    QCOMPARE(failed.count(), 0); // the dropped load says nothing
    QCOMPARE(loading.count(), 2); // true once, false once
}

void TestClientMonitoring::withoutTheRoute()
{
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword());
    m_service->setClient(m_client.get());
    ApiError apiError;
    fetch(Metrics::Range::Hour, &apiError);
    QCOMPARE(apiError.kind, ApiError::Kind::Http);
    QCOMPARE(apiError.httpStatus, 404);
    m_service->setClient(nullptr);
    QVERIFY(!m_service->fetch(Metrics::Range::Hour));
}

QTEST_GUILESS_MAIN(TestClientMonitoring)
#include "tst_client_monitoring.moc"
