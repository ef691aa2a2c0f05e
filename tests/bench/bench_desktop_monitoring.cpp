// Desktop benchmark for the Monitoring page (prints figures; not a pass/fail test). Offscreen, logged in to a live
// agent on loopback, the page shown at 1200×800.
//  1. 30 days at one-minute samples: an answer of the metrics route with 43,200 points in each of the 9 series
//     (388,800 points, in the route's JSON form) from the answer's bytes to the five charts drawn — the text read into
//     typed series (as TextJob and Metrics::parse do), reduced to the charts' widths (Metrics::downsample), the lines
//     and axes set, every chart painted. Median and worst of 10 runs, with each step's share.
//  2. The downsampling alone: 43,200 points to 1,000 buckets.
//  3. RSS of this process.
// Target: <= 200 ms from the answer to the charts drawn.
#include "DesktopBench.h"
#include "Metrics.h"
#include "pages/MetricsChartView.h"
#include "pages/MonitoringPage.h"

#include <QChart>
#include <QJsonDocument>
#include <QLineSeries>
#include <QRandomGenerator>

#include <cmath>

namespace {
using namespace DesktopBench;

constexpr int Points = 43200; // 30 days, one a minute
constexpr int Runs = 10;

// The route's answer (PyJson's compact form: ", " between items) for 30 days of one-minute samples ending at `to`.
QByteArray answer(qint64 to)
{
    const qint64 from = to - 30 * 86400;
    QRandomGenerator random(7);
    QByteArray json = "{\"from\": " + QByteArray::number(from) + ", \"series\": {";
    const QStringList names = Metrics::seriesNames();
    for (int s = 0; s < names.size(); ++s) {
        json += (s ? ", \"" : "\"") + names.at(s).toUtf8() + "\": [";
        const bool bytes =
            names.at(s).startsWith(QLatin1String("memory")) || names.at(s).startsWith(QLatin1String("disk"));
        for (int i = 0; i < Points; ++i) {
            const qint64 t = from + 60 * (i + 1);
            const double wave = 1.0 + std::sin(i / 720.0) * 0.5 + random.bounded(0.3) + (i % 5000 == 0 ? 8.0 : 0.0);
            json += (i ? ", [" : "[") + QByteArray::number(t) + ", ";
            json += bytes ? QByteArray::number(qint64(wave * 1.5e9)) : QByteArray::number(wave, 'g', 4);
            json += ']';
        }
        json += ']';
    }
    json += "}, \"step\": 60, \"to\": " + QByteArray::number(to) + "}\n";
    return json;
}

void run()
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        print(QStringLiteral("  cannot start the agent: %1").arg(error));
        return;
    }
    App app;
    MainWindow* window = logIn(&app.controller, agent);
    if (!window)
        return;
    window->showPage(QStringLiteral("monitoring"));
    MonitoringPage* page = window->monitoringPage();
    if (!QTest::qWaitFor([&] { return !page->isBusy(); }, 20000)) {
        print(QStringLiteral("  the page did not load"));
        return;
    }
    QCoreApplication::processEvents();

    const QByteArray body = answer(QDateTime::currentSecsSinceEpoch());
    print(QStringLiteral("Monitoring page, 30 days at one-minute samples: %1 series × %2 points, answer %3 MB")
              .arg(Metrics::seriesNames().size())
              .arg(Points)
              .arg(body.size() / 1e6, 0, 'f', 1));

    std::vector<double> totals;
    std::vector<double> reads;
    std::vector<double> sets;
    std::vector<double> paints;
    std::vector<double> cpu;
    int drawn = 0;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        // As MonitoringService gets it: the reply's text (TextJob), read by Metrics::parse.
        const QString text = QString::fromUtf8(body);
        MetricsData data;
        if (!Metrics::parse(text.toUtf8(), &data) || data.pointCount() != Points * 9) {
            print(QStringLiteral("  the answer could not be read"));
            return;
        }
        const qint64 read = timer.nsecsElapsed();
        page->showMetrics(Metrics::Range::Month, data);
        const qint64 set = timer.nsecsElapsed();
        for (MetricsChartView* chart : page->charts())
            chart->viewport()->repaint();
        const qint64 total = timer.nsecsElapsed();
        cpu.push_back(threadCpuMs() - cpuStart);
        totals.push_back(total / 1e6);
        reads.push_back(read / 1e6);
        sets.push_back((set - read) / 1e6);
        paints.push_back((total - set) / 1e6);
        drawn = 0;
        for (MetricsChartView* chart : page->charts()) {
            for (QAbstractSeries* series : chart->chart()->series())
                drawn += int(static_cast<QLineSeries*>(series)->count());
        }
        page->showMetrics(Metrics::Range::Month, MetricsData()); // empty charts between runs
        QCoreApplication::processEvents();
    }
    print(QStringLiteral("  answer to charts drawn: median %1 ms, worst %2 ms  [target <= 200 ms]")
              .arg(percentile(totals, 0.5), 0, 'f', 1)
              .arg(percentile(totals, 1.0), 0, 'f', 1));
    print(QStringLiteral("  of which: JSON to typed series %1 ms, downsampling and setting the charts %2 ms, "
                         "painting the five charts %3 ms (medians)")
              .arg(percentile(reads, 0.5), 0, 'f', 1)
              .arg(percentile(sets, 0.5), 0, 'f', 1)
              .arg(percentile(paints, 0.5), 0, 'f', 1));
    print(QStringLiteral("  CPU time of the GUI thread for it: median %1 ms (the wall time includes waiting for a core "
                         "on a busy machine)")
              .arg(percentile(cpu, 0.5), 0, 'f', 1));
    print(QStringLiteral("  points drawn: %1 of %2 (chart widths %3 px)")
              .arg(drawn)
              .arg(Points * 9)
              .arg(page->charts().first()->bucketCount()));

    MetricsData data;
    Metrics::parse(body, &data);
    const MetricPoints load = data.points(QStringLiteral("load"));
    std::vector<double> reductions;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const MetricPoints reduced = Metrics::downsample(load, data.from, data.to, 1000);
        reductions.push_back(timer.nsecsElapsed() / 1e6);
        if (reduced.size() > 2000)
            print(QStringLiteral("  too many points: %1").arg(reduced.size()));
    }
    print(QStringLiteral("Downsampling one series of %1 points to 1,000 buckets: median %2 ms")
              .arg(load.size())
              .arg(percentile(reductions, 0.5), 0, 'f', 2));
    print(QStringLiteral("RSS of this process: now %1 MB, peak %2 MB")
              .arg(rssMb(), 0, 'f', 1)
              .arg(peakRssMb(), 0, 'f', 1));
}
} // namespace

int main(int argc, char* argv[])
{
    return DesktopBench::main(argc, argv, run);
}
