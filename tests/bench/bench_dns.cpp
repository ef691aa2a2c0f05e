// Figures for the DNS module on a box with N mail domains (one user each), with DNSSEC signing:
// forced full update, update with nothing changed, one custom record PUT, dump, zone file, peak RSS.
// Usage: bench_dns [N ...]   (default: 1 100 1000)
#include "TestAgent.h"
#include "TestHttp.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "dns/DnsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

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
    t.start();
    const QString forced = dns.update(true);
    report(n, "forced full update", t.nsecsElapsed());
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
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1, 100, 1000};
    for (int n : sizes) {
        if (!benchmark(n))
            return 1;
    }
    // End to end over HTTPS for the largest size.
    if (!benchmarkHttp(sizes.last()))
        return 1;
    return 0;
}
