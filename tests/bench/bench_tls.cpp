// Figures for GET /ssl/status over HTTPS on a demo box with N mail domains (one user each), with certificates from
// a throw-away CA (TRUSTED_CA_FILE) installed for up to 100 of them (each naming the domain and its www., mta-sts.,
// autoconfig. and autodiscover. names), so that the listing checks real chains: first call, median and maximum of
// 20 calls, the answer's size, the agent's peak RSS.
// Usage: bench_tls [N ...]   (default: 1 100 1000)   Target: <= 300 ms at 1,000 domains.
#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestPki.h"
#include "box/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {

QString domain(int i)
{
    return i == 0 ? QStringLiteral("box.example.com") : QStringLiteral("domain%1.example").arg(i);
}

bool benchmark(int n, const TestPki::Authority& ca)
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    agent.stop();
    const QString caFile = agent.dir() + QStringLiteral("/test-ca.pem");
    TestFiles::write(caFile, ca.rootCert);
    TestFiles::write(agent.configPath(),
                     TestFiles::read(agent.configPath()) + "TRUSTED_CA_FILE=" + caFile.toUtf8() + "\n");
    {
        Database db(agent.databasePath());
        db.write([n](QSqlDatabase& c) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO users (email, password) VALUES (?, 'x')"));
            for (int i = 1; i < n; ++i) {
                q.addBindValue(QStringLiteral("user@") + domain(i));
                if (!q.exec())
                    return false;
            }
            return true;
        });
    }
    const QByteArray boxKey = TestFiles::read(agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
    const int withCertificates = std::min(n, 100);
    for (int i = 1; i < withCertificates; ++i) {
        TestPki::Spec spec;
        spec.commonName = domain(i);
        for (const char* prefix : {"", "www.", "mta-sts.", "autoconfig.", "autodiscover."})
            spec.dnsNames.append(QLatin1String(prefix) + domain(i));
        TestFiles::write(agent.storageRoot() + QStringLiteral("/ssl/%1.pem").arg(domain(i)),
                         TestPki::serverCertificate(ca, spec, boxKey) + ca.intermediateCert);
    }
    if (!agent.start(&error, {}, agent.dir())) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
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
    const QJsonArray entries = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toArray();
    int success = 0;
    for (const QJsonValue& v : entries)
        success += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("success");
    QList<double> times;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        r = http.get(agent.url(QStringLiteral("/ssl/status")), auth);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%5d domains  GET /ssl/status: first %7.1f ms, median %7.1f ms, max %7.1f ms  (%lld entries, %d "
                "valid, %lld KiB)  agent peak RSS %s\n",
                n, first, times.at(times.size() / 2), times.last(), static_cast<long long>(entries.size()), success,
                static_cast<long long>(r.body.size() / 1024), qPrintable(agent.peakRss()));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString& a : app.arguments().mid(1))
        sizes.append(a.toInt());
    if (sizes.isEmpty())
        sizes = {1, 100, 1000};
    const TestPki::Authority ca = TestPki::authority(QStringLiteral("Bench"));
    std::printf("GET /ssl/status (target <= 300 ms at 1,000 domains)\n");
    for (int n : sizes) {
        if (!benchmark(n, ca))
            return 1;
    }
    return 0;
}
