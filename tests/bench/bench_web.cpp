// Figures for POST /web/update with nothing changed, over HTTPS on a demo box with N mail domains (one user each;
// web domains: each domain with its www., mta-sts., autoconfig. and autodiscover. names), certificates from a
// throw-away CA (TRUSTED_CA_FILE) for up to 100 of them and a www/custom.yaml with proxies for every tenth domain:
// the first update (which writes local.conf), then median and maximum of 20 updates that find nothing to do, the
// file's size, the agent's peak RSS.
// Usage: bench_web [N ...]   (default: 1 100 1000)   Target: <= 100 ms at 1,000 domains, peak RSS <= 100 MB.
#include "BenchBox.h"
#include "TestAgent.h"
#include "TestBench.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

using BenchBox::domain;

bool benchmark(int n, const TestPki::Authority& ca)
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    agent.stop();
    const QString caFile = BenchBox::seed(agent, n, ca);
    if (caFile.isEmpty()) {
        std::printf("cannot fill the box in %s\n", qPrintable(agent.dir()));
        return false;
    }
    QByteArray custom;
    for (int i = 1; i < n; i += 10)
        custom += domain(i).toUtf8() + ":\n  proxies:\n    /app/: http://127.0.0.1:8080/#pass-http-host,web-sockets\n";
    TestFiles::write(agent.storageRoot() + QStringLiteral("/www/custom.yaml"), custom);
    if (!agent.restartWith({{"TRUSTED_CA_FILE", caFile.toUtf8()}}, &error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    TestHttp http(agent.certificate());
    const QList<QPair<QByteArray, QByteArray>> auth{TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
    QElapsedTimer t;
    t.start();
    TestHttp::Reply r = http.postForm(agent.url(QStringLiteral("/web/update")), {}, auth);
    const double first = double(t.nsecsElapsed()) / 1e6;
    if (r.status != 200 || r.body != "web updated\n") {
        std::printf("POST /web/update: %d %s\n", r.status, r.body.constData());
        return false;
    }
    const QList<double> times = TestBench::sortedTimesMs(20, [&] {
        r = http.postForm(agent.url(QStringLiteral("/web/update")), {}, auth);
        if (r.status == 200 && r.body.isEmpty())
            return true;
        std::printf("POST /web/update with nothing changed: %d %s\n", r.status, r.body.constData());
        return false;
    });
    if (times.isEmpty())
        return false;
    const qint64 size = QFileInfo(agent.dir() + QStringLiteral("/system/etc/nginx/conf.d/local.conf")).size();
    std::printf("%5d domains  POST /web/update: first %7.1f ms; nothing changed: median %7.1f ms, max %7.1f ms  "
                "(local.conf %lld KiB)  agent peak RSS %s\n",
                n, first, times.at(times.size() / 2), times.last(), static_cast<long long>(size / 1024),
                qPrintable(agent.peakRss()));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return TestBench::runAtSizes(
        app.arguments(), {1, 100, 1000},
        "POST /web/update, nothing changed (target <= 100 ms at 1,000 domains, peak RSS <= 100 MB)", benchmark);
}
