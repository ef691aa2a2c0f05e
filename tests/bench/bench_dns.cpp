// Figures for the DNS module on a box with N mail domains (one user each), with DNSSEC signing:
// forced full update (wall and CPU time, the agent's own and its tools'), update with nothing changed, one custom
// record PUT, dump, zone file, peak RSS; over HTTPS for the largest N, the 99th percentile of logins, user lists
// and every DNS read answered while a forced update runs.
// Usage: bench_dns [N ...]   (default: 1 100 1000)
#include "TestAgent.h"
#include "TestBench.h"
#include "TestHttp.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "dns/DnsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

QString peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("?");
}

// CPU seconds used so far by this process and by its waited-for children (the ldns tools).
QPair<double, double> cpuSeconds()
{
    auto seconds = [](int who) {
        rusage u{};
        getrusage(who, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    return {seconds(RUSAGE_SELF), seconds(RUSAGE_CHILDREN)};
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(int(values.size()) - 1, int(p * double(values.size()))));
}

void report(int n, const char* what, qint64 ns)
{
    std::printf("%5d domains  %-34s %10.1f ms\n", n, what, double(ns) / 1e6);
    std::fflush(stdout);
}

bool benchmark(int n)
{
    QTemporaryDir dir;
    const QString conf = QStringLiteral("STORAGE_ROOT=%1/data\nPRIMARY_HOSTNAME=box.example.com\nPUBLIC_IP=192.0.2.1\n"
                                        "PUBLIC_IPV6=2001:db8::1\nSYSTEM_ROOT=%1/sys\n")
                             .arg(dir.path());
    const auto config = BoxConfig::parse(conf.toUtf8());
    if (!config)
        return false;
    QDir().mkpath(config->storagePath(QStringLiteral("mail")));
    Database db(config->usersDatabasePath());
    if (!db.ensureSchema())
        return false;
    db.write([n](QSqlDatabase& c) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO users (email, password) VALUES (?, 'x')"));
        for (int i = 0; i < n; ++i) {
            q.addBindValue(i == 0 ? QStringLiteral("me@box.example.com")
                                  : QStringLiteral("user@domain%1.example").arg(i));
            if (!q.exec())
                return false;
        }
        return true;
    });
    DnsService dns(*config, db);
    QElapsedTimer t;
    dns.update(false); // keys, DKIM, first signatures
    const auto cpuBefore = cpuSeconds();
    t.start();
    const QString forced = dns.update(true);
    report(n, "forced full update", t.nsecsElapsed());
    const auto cpuAfter = cpuSeconds();
    std::printf("%5d domains  %-34s %10.1f s agent, %.1f s tools\n", n, "  CPU", cpuAfter.first - cpuBefore.first,
                cpuAfter.second - cpuBefore.second);
    t.restart();
    const QString nothing = dns.update(false);
    report(n, "update, nothing changed", t.nsecsElapsed());
    if (!nothing.isEmpty())
        std::printf("  (unexpected: %s)\n", qPrintable(nothing));
    const QString zone = n > 1 ? QStringLiteral("domain1.example") : QStringLiteral("box.example.com");
    t.restart();
    const auto put = dns.changeCustomRecord(QStringLiteral("laptop.") + zone, QStringLiteral("A"),
                                            QStringLiteral("198.51.100.7"), CustomRecordStore::Action::Set);
    report(n, "custom record PUT (one zone)", t.nsecsElapsed());
    if (put.text != QStringLiteral("updated DNS: %1\n").arg(zone))
        std::printf("  (unexpected: %s)\n", qPrintable(put.text));
    QJsonArray out;
    t.restart();
    dns.dump(&out);
    report(n, "dump", t.nsecsElapsed());
    t.restart();
    const auto file = dns.zoneFile(zone);
    report(n, "zonefile", t.nsecsElapsed());
    if (file.status != 200)
        std::printf("  (unexpected: %s)\n", qPrintable(file.text));
    std::printf("%5d domains  peak RSS so far: %s\n", n, qPrintable(peakRss()));
    return true;
}

// The same calls over HTTPS against the real agent (demo box with N mail domains).
bool benchmarkHttp(int n)
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    {
        Database db(agent.databasePath());
        db.write([n](QSqlDatabase& c) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO users (email, password) VALUES (?, 'x')"));
            for (int i = 1; i < n; ++i) {
                q.addBindValue(QStringLiteral("user@domain%1.example").arg(i));
                if (!q.exec())
                    return false;
            }
            return true;
        });
    }
    TestHttp http(agent.certificate());
    const QList<QPair<QByteArray, QByteArray>> auth{TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
    auto form = auth;
    form.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    QElapsedTimer t;
    http.request("POST", agent.url(QStringLiteral("/dns/update")), form, "force=1", 600000);
    t.start();
    http.request("POST", agent.url(QStringLiteral("/dns/update")), form, "force=1", 600000);
    report(n, "HTTPS POST /dns/update force=1", t.nsecsElapsed());
    // Latency of other calls while a forced update runs (the update is sent without waiting for it).
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(agent.url(QStringLiteral("/dns/update")));
        for (const auto& h : form)
            request.setRawHeader(h.first, h.second);
        request.setTransferTimeout(600000);
        QNetworkReply* update = nam.post(request, QByteArray("force=1"));
        const QSslCertificate trusted = agent.certificate();
        QObject::connect(update, &QNetworkReply::sslErrors, update, [update, trusted](const QList<QSslError>& errors) {
            for (const QSslError& e : errors) {
                if (e.certificate() != trusted)
                    return;
            }
            update->ignoreSslErrors(errors);
        });
        const QString zone = n > 1 ? QStringLiteral("domain1.example") : QStringLiteral("example.com");
        const QList<QPair<QByteArray, QString>> calls{
            {"POST", QStringLiteral("/login")},
            {"GET", QStringLiteral("/mail/users?format=json")},
            {"GET", QStringLiteral("/dns/zones")},
            {"GET", QStringLiteral("/dns/custom")},
            {"GET", QStringLiteral("/dns/dump")},
            {"GET", QStringLiteral("/dns/zonefile/") + zone},
            {"GET", QStringLiteral("/dns/secondary-nameserver")},
        };
        QMap<QString, QList<double>> latencies;
        QList<double> all;
        QElapsedTimer whole;
        whole.start();
        int failures = 0;
        while (!update->isFinished()) {
            for (const auto& c : calls) {
                t.restart();
                const auto r = http.request(c.first, agent.url(c.second), auth, {}, 600000);
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (r.status != 200)
                    ++failures;
                latencies[QString::fromLatin1(c.first) + QLatin1Char(' ') + c.second.section(QLatin1Char('?'), 0, 0)]
                    .append(ms);
                all.append(ms);
            }
        }
        report(n, "HTTPS forced update (reads during)", whole.nsecsElapsed());
        std::printf(
            "%5d domains  during the forced update: %d calls, %d not 200, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", n,
            int(all.size()), failures, percentile(all, 0.5), percentile(all, 0.99), percentile(all, 1.0));
        for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
            std::printf("%5d domains    %-32s p99 %8.1f ms (%d calls)\n", n, qPrintable(it.key()),
                        percentile(it.value(), 0.99), int(it.value().size()));
        if (!update->readAll().startsWith("updated DNS: "))
            std::printf("  (unexpected: the forced update did not answer 'updated DNS: ...')\n");
        update->deleteLater();
    }
    TestHttp::Reply nothing;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        nothing = http.request("POST", agent.url(QStringLiteral("/dns/update")), form, "", 600000);
        report(n, "HTTPS POST /dns/update (no change)", t.nsecsElapsed());
    }
    if (!nothing.body.isEmpty())
        std::printf("  (unexpected: %s)\n", nothing.body.constData());
    const QString zone = n > 1 ? QStringLiteral("domain1.example") : QStringLiteral("example.com");
    t.restart();
    const auto put = http.request("PUT", agent.url(QStringLiteral("/dns/custom/laptop.") + zone), auth, "198.51.100.7");
    report(n, "HTTPS PUT /dns/custom/laptop...", t.nsecsElapsed());
    if (put.body != QStringLiteral("updated DNS: %1\n").arg(zone).toUtf8())
        std::printf("  (unexpected: %s)\n", put.body.constData());
    for (int i = 0; i < 2; ++i) {
        t.restart();
        http.request("GET", agent.url(QStringLiteral("/dns/dump")), auth);
        report(n, "HTTPS GET /dns/dump", t.nsecsElapsed());
    }
    t.restart();
    http.request("GET", agent.url(QStringLiteral("/dns/zonefile/") + zone), auth);
    report(n, "HTTPS GET /dns/zonefile/<zone>", t.nsecsElapsed());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QList<int> sizes = TestBench::sizes(app.arguments());
    for (int n : sizes) {
        if (!benchmark(n))
            return 1;
    }
    // End to end over HTTPS for the largest size.
    if (!benchmarkHttp(sizes.last()))
        return 1;
    return 0;
}
