#pragma once

#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestNsd.h"
#include "TestPki.h"
#include "box/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

#include <algorithm>

// The demo box of the TLS and web benchmarks: n mail domains (the primary hostname's and n - 1 others, one user
// each) and certificates from a throw-away CA for up to 100 of them.
namespace BenchBox {

inline QString domain(int i)
{
    return i == 0 ? QStringLiteral("box.example.com") : QStringLiteral("domain%1.example").arg(i);
}

// Fills the stopped agent's box; the CA's root goes to the returned file (for TRUSTED_CA_FILE), empty on failure.
inline QString seed(const TestAgent& agent, int n, const TestPki::Authority& ca)
{
    const QString caFile = agent.dir() + QStringLiteral("/test-ca.pem");
    if (!TestFiles::write(caFile, ca.rootCert))
        return {};
    Database db(agent.databasePath());
    const bool users = db.write([n](QSqlDatabase& c) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO users (email, password) VALUES (?, 'x')"));
        for (int i = 1; i < n; ++i) {
            q.addBindValue(QStringLiteral("user@") + domain(i));
            if (!q.exec())
                return false;
        }
        return true;
    });
    if (!users)
        return {};
    const QByteArray boxKey = TestFiles::read(agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
    for (int i = 1; i < std::min(n, 100); ++i) {
        TestPki::Spec spec;
        spec.commonName = domain(i);
        for (const char* prefix : {"", "www.", "mta-sts.", "autoconfig.", "autodiscover."})
            spec.dnsNames.append(QLatin1String(prefix) + domain(i));
        if (!TestFiles::write(agent.storageRoot() + QStringLiteral("/ssl/%1.pem").arg(domain(i)),
                              TestPki::serverCertificate(ca, spec, boxKey) + ca.intermediateCert))
            return {};
    }
    return caFile;
}

// A started agent on a box of n domains (seed()) whose zones a real nsd serves as the agent's resolver
// (DNS_RESOLVER), the CA trusted (TRUSTED_CA_FILE); `nsd` runs until the caller stops it. False (said why on
// stdout) on failure.
inline bool startServed(TestAgent& agent, int n, const TestPki::Authority& ca, TestNsd& nsd)
{
    QString error;
    if (!agent.start(&error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    agent.stop();
    const QString caFile = seed(agent, n, ca);
    if (caFile.isEmpty()) {
        std::printf("cannot fill the box in %s\n", qPrintable(agent.dir()));
        return false;
    }
    const quint16 dnsPort = TestNsd::freePort();
    const QString system = agent.dir() + QStringLiteral("/system");
    QDir().mkpath(agent.dir() + QStringLiteral("/nsd"));
    QDir().mkpath(system + QStringLiteral("/etc/nsd"));
    TestFiles::write(system + QStringLiteral("/etc/nsd/nsd.conf"),
                     TestNsd::config(dnsPort, system, agent.dir() + QStringLiteral("/nsd")));
    if (!agent.restartWith(
            {{"TRUSTED_CA_FILE", caFile.toUtf8()}, {"DNS_RESOLVER", "127.0.0.1:" + QByteArray::number(dnsPort)}},
            &error)) {
        std::printf("agent: %s\n", qPrintable(error));
        return false;
    }
    TestHttp http(agent.certificate());
    const TestHttp::Reply dns = http.request("POST", agent.url(QStringLiteral("/dns/update")),
                                             {TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword()),
                                              {"Content-Type", "application/x-www-form-urlencoded"}},
                                             "force=1", 600000);
    if (dns.status != 200 || !nsd.start(system + QStringLiteral("/etc/nsd/nsd.conf"))) {
        std::printf("DNS: %d %s %s\n", dns.status, dns.body.left(200).constData(), nsd.readAll().constData());
        return false;
    }
    QElapsedTimer wait;
    wait.start();
    while (TestNsd::dig(dnsPort, domain(n - 1), QStringLiteral("A")) != QStringList{QStringLiteral("127.0.0.1")}) {
        if (wait.elapsed() > 60000) {
            std::printf("nsd does not serve %s\n", qPrintable(domain(n - 1)));
            return false;
        }
        QThread::msleep(200);
    }
    return true;
}

} // namespace BenchBox
