// Figures for the monitoring sampler: the cost of one sample (wall time and CPU time of the agent's process plus the
// postqueue it runs) on a metrics ring filled as after 30 days, with a stand-in postqueue listing Q messages and a
// mail log gaining L postfix lines per sample; the share of one core at one sample a minute; and the time to read the
// series back (24 hours of samples, 30 days of 15-minute averages).
// Usage: bench_monitoring [SAMPLES [L [Q]]]   (default: 200 1000 100)   Target: < 1% of one core at 60 s.
#include "TestFiles.h"
#include "auth/Clock.h"
#include "monitoring/MetricsRing.h"
#include "monitoring/MetricsSampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

// CPU time used so far by this process and by its waited-for children (postqueue), in ms.
double cpuMs()
{
    auto ms = [](const rusage& u) {
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
    };
    rusage self{};
    rusage children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    return ms(self) + ms(children);
}

MetricSample filler(qint64 t)
{
    MetricSample s;
    s.time = t;
    for (int i = 0; i < MetricSeries::SeriesCount; ++i)
        s.values[i] = double(t % 1000) + i;
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("boxkeeper.*.debug=false"));
    const QStringList args = app.arguments();
    const int samples = args.value(1, QStringLiteral("200")).toInt();
    const int logLines = args.value(2, QStringLiteral("1000")).toInt();
    const int queued = args.value(3, QStringLiteral("100")).toInt();
    if (samples < 1 || logLines < 0 || queued < 0) {
        std::printf("usage: bench_monitoring [SAMPLES [LOG_LINES [QUEUED]]]\n");
        return 2;
    }

    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QByteArray queue;
    for (int i = 0; i < queued; ++i)
        queue += "{\"queue_name\": \"deferred\", \"queue_id\": \"4N1a" + QByteArray::number(i) +
                 "\", \"arrival_time\": 1701843421, \"message_size\": 1021, \"sender\": \"me@example.com\", "
                 "\"recipients\": [{\"address\": \"other@example.org\", \"delay_reason\": \"connect to "
                 "mx.example.org[203.0.113.9]:25: Connection timed out\"}]}\n";
    TestFiles::write(dir + QStringLiteral("/queue.json"), queue);
    const QString postqueue = dir + QStringLiteral("/postqueue");
    TestFiles::write(postqueue, "#!/bin/sh\nexec cat '" + QFile::encodeName(dir) + "/queue.json'\n");
    QFile::setPermissions(postqueue, QFile::ReadOwner | QFile::ExeOwner);
    const QString mailLog = dir + QStringLiteral("/mail.log");
    TestFiles::write(mailLog, {});

    // A minute's traffic of a busy box: deliveries, sends, refusals and the other lines around them.
    const QByteArray lines[4] = {
        "Dec  6 07:00:00 box postfix/lmtp[11]: 4N1aaa: to=<me@example.com>, relay=127.0.0.1[127.0.0.1]:10025, "
        "delay=0.2, delays=0.1/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <me@example.com> abc Saved)\n",
        "Dec  6 07:00:01 box postfix/smtp[12]: 4N1aab: to=<a@example.org>, relay=mx.example.org[203.0.113.9]:25, "
        "delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1)\n",
        "Dec  6 07:00:02 box postfix/smtpd[13]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 Service "
        "unavailable; from=<s@spam.example> to=<me@example.com> proto=ESMTP helo=<x>\n",
        "Dec  6 07:00:03 box dovecot: imap-login: Login: user=<me@example.com>, method=PLAIN, rip=192.0.2.50, "
        "lip=192.0.2.1, mpid=4242, TLS, session=<abcdef>\n"};
    QByteArray minute;
    for (int i = 0; i < logLines; ++i)
        minute += lines[i % 4];

    // The ring as after a month: 30 days of 15-minute averages, 2 days of minute samples.
    const QString path = dir + QStringLiteral("/boxkeeper/metrics.sqlite");
    MetricsRing ring(path);
    QString error;
    if (!ring.open(&error)) {
        std::printf("ring: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 start = 1767225600;
    qint64 t = start;
    QElapsedTimer fill;
    fill.start();
    for (; t < start + 28 * 86400; t += 900)
        ring.insert(filler(t));
    for (; t < start + 30 * 86400; t += 60)
        ring.insert(filler(t));
    std::printf("ring filled as after 30 days in %.1f s: %s, %.2f MB (+ %.2f MB write-ahead log)\n",
                fill.elapsed() / 1000.0, qPrintable(path), QFileInfo(path).size() / 1048576.0,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);

    ManualClock clock(t * 1000);
    MetricsSampler::Sources sources;
    sources.storageRoot = dir;
    sources.postqueue = postqueue;
    sources.mailLog = mailLog;
    MetricsSampler sampler(ring, sources, 60000, clock);
    sampler.sampleOnce(); // the first one opens the log

    QList<double> wall;
    double cpu = 0;
    for (int i = 0; i < samples; ++i) {
        QFile log(mailLog);
        log.open(QIODevice::WriteOnly | QIODevice::Append);
        log.write(minute);
        log.close();
        clock.advanceSecs(60);
        const double cpuBefore = cpuMs();
        QElapsedTimer timer;
        timer.start();
        if (!sampler.sampleOnce()) {
            std::printf("a sample failed\n");
            return 1;
        }
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu += cpuMs() - cpuBefore;
    }
    std::sort(wall.begin(), wall.end());
    double wallSum = 0;
    for (double w : wall)
        wallSum += w;
    const double cpuPerSample = cpu / samples;
    std::printf("one sample (%d samples, %d mail log lines and %d queued messages each):\n"
                "  wall: mean %.2f ms, median %.2f ms, max %.2f ms\n"
                "  CPU (agent + postqueue): %.2f ms per sample = %.3f%% of one core at one sample a minute "
                "(target < 1%%)\n",
                samples, logLines, queued, wallSum / samples, wall.at(wall.size() / 2), wall.last(), cpuPerSample,
                cpuPerSample / 60000.0 * 100.0);

    const qint64 now = clock.nowSecs();
    QList<int> all;
    for (int i = 0; i < MetricSeries::SeriesCount; ++i)
        all << i;
    for (const auto& [label, from] : {std::pair<const char*, qint64>{"24 hours, every series", now - 86400},
                                      std::pair<const char*, qint64>{"30 days, every series", now - 30 * 86400}}) {
        QElapsedTimer timer;
        timer.start();
        const auto range = ring.query(all, from, now, now, 60);
        qsizetype points = 0;
        for (const auto& s : range->series)
            points += s.size();
        std::printf("query %s: %.1f ms (%lld points, step %lld s)\n", label, timer.nsecsElapsed() / 1e6,
                    static_cast<long long>(points), static_cast<long long>(range->step));
    }
    return 0;
}
