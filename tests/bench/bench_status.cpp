// Figures for POST /admin/system/status over HTTPS on a demo box with N mail domains (one user each; certificates
// from a throw-away CA for up to 100 of them, TRUSTED_CA_FILE), the zones the agent wrote served by a real nsd on
// loopback as the box's resolver (DNS_RESOLVER): first call, median and maximum of 10 calls, the items answered, the
// agent's peak RSS. Upstream runs its checks one after another (tens of seconds).
// Usage: bench_status [N ...]   (default: 1 100)   Targets: <= 2 s at 1 domain, <= 10 s at 100 domains.
#include "BenchBox.h"
#include "TestAgent.h"
#include "TestBench.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestNsd.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

namespace {

using BenchBox::domain;

bool benchmark(int n, const TestPki::Authority& ca)
{
    TestAgent agent;
    TestNsd nsd;
    if (!BenchBox::startServed(agent, n, ca, nsd))
        return false;
    TestHttp http(agent.certificate());
    const QList<QPair<QByteArray, QByteArray>> auth{TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
    TestHttp::Reply r;
    const auto call = [&] {
        r = http.request("POST", agent.url(QStringLiteral("/system/status")), auth, {}, 120000);
        if (r.status != 200) {
            std::printf("POST /system/status: %d %s\n", r.status, r.body.left(300).constData());
            return false;
        }
        return true;
    };
    QElapsedTimer t;
    t.start();
    if (!call())
        return false;
    const double first = double(t.nsecsElapsed()) / 1e6;
    const QList<double> times = TestBench::sortedTimesMs(10, call);
    if (times.isEmpty())
        return false;
    const QJsonArray items = QJsonDocument::fromJson(r.body).array();
    int headings = 0, ok = 0;
    for (const QJsonValue& v : items) {
        headings += v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("heading");
        ok += v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ok");
    }
    std::printf("%5d domains  POST /system/status: first %7.1f ms, median %7.1f ms, max %7.1f ms  (%lld items, %d "
                "groups, %d ok, %lld KiB)  agent peak RSS %s\n",
                n, first, times.at(times.size() / 2), times.last(), static_cast<long long>(items.size()), headings, ok,
                static_cast<long long>(r.body.size() / 1024), qPrintable(agent.peakRss()));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return TestBench::runAtSizes(app.arguments(), {1, 100},
                                 "POST /system/status (targets <= 2 s at 1 domain, <= 10 s at 100 domains)", benchmark);
}
