// Figures for GET /system/backup/status over HTTPS with N backups in the chain (a full one and N - 1 incrementals)
// on a `local` target: the first call after the agent started (duplicity collection-status runs), then the median and
// maximum of 20 calls while the chain is unchanged (the agent's cached listing: the target's files are read, no
// duplicity), the agent's peak RSS. The chain is made for real by duplicity with the agent's own arguments and key
// over the demo box's STORAGE_ROOT, one small file changed between backups, `--current-time` a minute apart (so that
// no backup waits for the next second); its set-up time is printed.
// Usage: bench_backup [N ...]   (default: 100)   Target: <= 200 ms at 100 backups.
#include "TestAgent.h"
#include "TestBench.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"
#include "backup/BackupService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

// The chain, as the agent's runs make it (BackupService::run's arguments).
bool makeChain(const TestAgent& agent, int n)
{
    const QString root = agent.storageRoot();
    const QString backup = root + QStringLiteral("/backup");
    if (!QDir().mkpath(backup + QStringLiteral("/home")) ||
        !TestFiles::write(backup + QStringLiteral("/secret_key.txt"), BackupService::newSecretKey()))
        return false;
    const QString passphrase =
        QString::fromLatin1(TestFiles::read(backup + QStringLiteral("/secret_key.txt")).split('\n').first());
    const qint64 start = QDateTime::currentSecsSinceEpoch() - qint64(n + 1) * 60;
    for (int i = 0; i < n; ++i) {
        if (!TestFiles::write(root + QStringLiteral("/www/default/bench.txt"), QByteArray::number(i) + '\n'))
            return false;
        const TestTool::Result r = TestTool::run(QStringLiteral("env"),
                                                 {QStringLiteral("HOME=") + backup + QStringLiteral("/home"),
                                                  QStringLiteral("PASSPHRASE=") + passphrase,
                                                  QStringLiteral("duplicity"),
                                                  i == 0 ? QStringLiteral("full") : QStringLiteral("incr"),
                                                  QStringLiteral("--verbosity"),
                                                  QStringLiteral("warning"),
                                                  QStringLiteral("--no-print-statistics"),
                                                  QStringLiteral("--archive-dir"),
                                                  backup + QStringLiteral("/cache"),
                                                  QStringLiteral("--exclude"),
                                                  backup,
                                                  QStringLiteral("--exclude"),
                                                  root + QStringLiteral("/owncloud-backup"),
                                                  QStringLiteral("--volsize"),
                                                  QStringLiteral("250"),
                                                  QStringLiteral("--gpg-options=--cipher-algo=AES256"),
                                                  QStringLiteral("--allow-source-mismatch"),
                                                  QStringLiteral("--current-time"),
                                                  QString::number(start + i * 60),
                                                  root,
                                                  QStringLiteral("file://") + backup + QStringLiteral("/encrypted")},
                                                 {}, 120000);
        if (!r.ok()) {
            std::printf("backup %d: %s\n", i + 1, r.message().constData());
            return false;
        }
    }
    return true;
}

bool benchmark(int n)
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    agent.stop();
    QElapsedTimer setup;
    setup.start();
    const bool made = makeChain(agent, n);
    const double setupSecs = double(setup.elapsed()) / 1000;
    TestTool::run(QStringLiteral("gpgconf"),
                  {QStringLiteral("--homedir"), agent.storageRoot() + QStringLiteral("/backup/home/.gnupg"),
                   QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    if (!made || !agent.start(&error, {}, agent.dir())) {
        std::printf("cannot make the chain or start the agent: %s\n", qPrintable(error));
        return false;
    }
    TestHttp http(agent.certificate());
    const QList<QPair<QByteArray, QByteArray>> auth{TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
    const QUrl url = agent.url(QStringLiteral("/system/backup/status"));
    QElapsedTimer t;
    t.start();
    TestHttp::Reply r = http.get(url, auth);
    const double first = double(t.nsecsElapsed()) / 1e6;
    const QJsonArray backups = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("backups")).toArray();
    if (r.status != 200 || backups.size() != n) {
        std::printf("GET /system/backup/status: %d, %lld backups: %s\n", r.status,
                    static_cast<long long>(backups.size()), r.body.left(300).constData());
        return false;
    }
    const QList<double> times = TestBench::sortedTimesMs(20, [&] {
        r = http.get(url, auth);
        return r.status == 200;
    });
    if (times.isEmpty()) {
        std::printf("GET /system/backup/status: %d\n", r.status);
        return false;
    }
    std::printf("%4d backups  GET /system/backup/status: first %7.1f ms (duplicity), median %6.1f ms, max %6.1f ms "
                "(chain unchanged)  %lld KiB  set-up %.0f s  agent peak RSS %s\n",
                n, first, times.at(times.size() / 2), times.last(), static_cast<long long>(r.body.size() / 1024),
                setupSecs, qPrintable(agent.peakRss()));
    std::fflush(stdout);
    agent.stop();
    TestTool::run(QStringLiteral("gpgconf"),
                  {QStringLiteral("--homedir"), agent.storageRoot() + QStringLiteral("/backup/home/.gnupg"),
                   QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("GET /system/backup/status (target <= 200 ms at 100 backups)\n");
    for (int n : TestBench::sizes(app.arguments(), {100})) {
        if (!benchmark(n))
            return 1;
    }
    return 0;
}
