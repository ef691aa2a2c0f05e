// Figures for GET /ssl/status over HTTPS on a demo box with N mail domains (one user each), with certificates from
// a throw-away CA (TRUSTED_CA_FILE) installed for up to 100 of them (each naming the domain and its www., mta-sts.,
// autoconfig. and autodiscover. names), so that the listing checks real chains: first call, median and maximum of
// 20 calls, the answer's size, the agent's peak RSS. The listing asks whether every web domain resolves to the box
// (can_provision): through a real nsd on loopback serving the zones the agent wrote (DNS_RESOLVER), as a box asks its
// own resolver.
// Usage: bench_tls [N ...]   (default: 1 100 1000)   Target: <= 300 ms at 1,000 domains.
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
#include <QFile>
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
    QElapsedTimer t;
    t.start();
    TestHttp::Reply r = http.get(agent.url(QStringLiteral("/ssl/status")), auth);
    const double first = double(t.nsecsElapsed()) / 1e6;
    if (r.status != 200) {
        std::printf("GET /ssl/status: %d %s\n", r.status, r.body.constData());
        return false;
    }
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    const QJsonArray entries = answer.value(QStringLiteral("status")).toArray();
    int success = 0;
    for (const QJsonValue& v : entries)
        success += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("success");
    const qsizetype canProvision = answer.value(QStringLiteral("can_provision")).toArray().size();
    const QList<double> times = TestBench::sortedTimesMs(20, [&] {
        r = http.get(agent.url(QStringLiteral("/ssl/status")), auth);
        return true;
    });
    std::printf("%5d domains  GET /ssl/status: first %7.1f ms, median %7.1f ms, max %7.1f ms  (%lld entries, %d "
                "valid, %lld can be provisioned, %lld KiB)  agent peak RSS %s\n",
                n, first, times.at(times.size() / 2), times.last(), static_cast<long long>(entries.size()), success,
                static_cast<long long>(canProvision), static_cast<long long>(r.body.size() / 1024),
                qPrintable(agent.peakRss()));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return TestBench::runAtSizes(app.arguments(), {1, 100, 1000}, "GET /ssl/status (target <= 300 ms at 1,000 domains)",
                                 benchmark);
}
