#pragma once

#include "TestAgent.h"
#include "TestMailServer.h"
#include "TestNginx.h"
#include "TestNsd.h"
#include "TestPki.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A whole mail box on loopback for the end-to-end tests and benchmarks: the agent on a fresh demo box
// (box.example.com), and the real services a box runs on what the agent writes — nsd serving its zones, postfix and
// dovecot serving its users.sqlite (TestMailServer), nginx serving its generated configuration. The agent's config
// names the test's services: MAIL_RESTART_COMMAND reloads this postfix and dovecot, NGINX_* check and reload this
// nginx, WEB_* put nginx on loopback ports, TRUSTED_CA_FILE trusts a throw-away CA whose certificates
// serverCertificate() makes. Everything runs on 127.0.0.1 and writes only below dir() and the agent's demo box.
class TestLiveBox
{
public:
    static constexpr const char* Hostname = "box.example.com";

    TestLiveBox();
    ~TestLiveBox();

    // The tools it runs that are not installed (empty when all are).
    static QStringList missingTools();

    // Starts the agent and every service; true once all serve.
    bool start(QString* error);
    // Stops every service and the agent (in the reverse order), waiting for each.
    void stop();

    TestAgent& agent() { return m_agent; }
    const TestAgent& agent() const { return m_agent; }
    TestMailServer& mail() { return m_mail; }
    const TestMailServer& mail() const { return m_mail; }
    QString dir() const { return m_dir.path(); }
    quint16 dnsPort() const { return m_dnsPort; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    // The pids of every server started here (their children belong to them); 0 for one that does not run.
    QList<qint64> serverPids() const;

    // `dig +short` at the box's nsd (TestNsd::dig).
    QStringList dig(const QString& name, const QString& type) const;
    // The certificate a TLS client is shown on 127.0.0.1:`port` for `serverName`, by `openssl s_client` (with
    // `-starttls <protocol>` unless `starttls` is empty), as PEM; or "<failed: …>".
    static QByteArray servedCertificate(quint16 port, const QString& serverName, const QString& starttls = {});

    // A certificate of the throw-away CA for `names` and the box's private key, and the CA's intermediate (the chain
    // to install with it).
    QByteArray serverCertificate(const QStringList& names) const;
    QByteArray chain() const { return m_ca.intermediateCert; }

private:
    QTemporaryDir m_dir;
    TestAgent m_agent;
    TestNsd m_nsd;
    TestMailServer m_mail;
    TestNginx m_nginx;
    TestPki::Authority m_ca;
    QString m_nginxConf;
    quint16 m_dnsPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
};
