#pragma once

#include "TestAgent.h"
#include "TestFiles.h"
#include "TestPki.h"
#include "box/Database.h"

#include <QSqlQuery>

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

} // namespace BenchBox
