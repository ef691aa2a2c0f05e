#include "TestLiveBox.h"

#include "TestFiles.h"
#include "TestHttp.h"
#include "TestTool.h"

#include <QDir>
#include <QSslCertificate>

TestLiveBox::TestLiveBox() = default;

TestLiveBox::~TestLiveBox()
{
    stop();
}

QStringList TestLiveBox::missingTools()
{
    QStringList missing;
    for (const char* tool : {"nsd", "nsd-control", "ldns-signzone", "dig", "postfix", "postconf", "dovecot", "doveadm",
                             "nginx", "openssl", "curl"}) {
        if (TestTool::path(QLatin1String(tool)).isEmpty())
            missing.append(QLatin1String(tool));
    }
    return missing;
}

bool TestLiveBox::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    const QList<quint16> list = TestNsd::freePorts(3);
    if (list.isEmpty()) {
        *error = QStringLiteral("no free loopback ports");
        return false;
    }
    m_dnsPort = list.at(0);
    m_httpPort = list.at(1);
    m_httpsPort = list.at(2);

    // The demo box first: its storage is what the mail services serve.
    if (!m_agent.start(error))
        return false;
    m_agent.stop();
    if (!m_mail.start(dir() + QStringLiteral("/mail"), m_agent.storageRoot(), QLatin1String(Hostname), error))
        return false;

    m_ca = TestPki::authority(QStringLiteral("Boxkeeper end-to-end"));
    const QString caFile = dir() + QStringLiteral("/ca.pem");
    const QString system = m_agent.dir() + QStringLiteral("/system");
    m_nginxConf = TestNginx::writeConfig(dir() + QStringLiteral("/nginx"),
                                         system + QStringLiteral("/etc/nginx/conf.d/local.conf"));
    if (m_nginxConf.isEmpty() || !TestFiles::write(caFile, m_ca.rootCert) ||
        !TestFiles::write(system + QStringLiteral("/etc/nsd/nsd.conf"),
                          TestNsd::config(m_dnsPort, system, dir() + QStringLiteral("/nsd"))) ||
        !QDir().mkpath(dir() + QStringLiteral("/nsd"))) {
        *error = QStringLiteral("cannot write the configuration of nsd and nginx in ") + dir();
        return false;
    }
    if (!m_agent.restartWith({{"MAIL_RESTART_COMMAND", m_mail.restartCommand().toUtf8()},
                              {"NGINX", TestNginx::path().toUtf8()},
                              {"NGINX_TEST_CONFIG", m_nginxConf.toUtf8()},
                              {"WEB_LISTEN_ADDRESS", "127.0.0.1"},
                              {"WEB_HTTP_PORT", QByteArray::number(m_httpPort)},
                              {"WEB_HTTPS_PORT", QByteArray::number(m_httpsPort)},
                              {"TRUSTED_CA_FILE", caFile.toUtf8()}},
                             error))
        return false;
    // The zones and nginx's configuration for these ports, as a box's setup makes them before it starts nsd and
    // nginx; from then on the agent reloads both after each change.
    TestHttp http(m_agent.certificate());
    const auto setup = [&](const QString& path, const QList<QPair<QString, QString>>& fields) {
        const TestHttp::Reply reply = http.postForm(
            m_agent.url(path), fields, {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())});
        if (reply.status != 200)
            *error = QStringLiteral("POST %1 failed: %2").arg(path, QString::fromUtf8(reply.body));
        return reply.status == 200;
    };
    if (!setup(QStringLiteral("/dns/update"), {{QStringLiteral("force"), QStringLiteral("1")}}) ||
        !setup(QStringLiteral("/web/update"), {}))
        return false;
    if (!m_nsd.start(system + QStringLiteral("/etc/nsd/nsd.conf")) || !m_nsd.waitForListening(m_dnsPort, error))
        return false;
    if (!m_nginx.start(m_nginxConf, m_httpsPort, error) ||
        !m_agent.restartWith("NGINX_RELOAD_COMMAND", TestNginx::reloadCommand(m_nginxConf).toUtf8(), error))
        return false;
    if (!TestMailServer::grantAccess(m_agent.storageRoot())) {
        *error = QStringLiteral("cannot open the box's folders to the mail services");
        return false;
    }
    return true;
}

void TestLiveBox::stop()
{
    m_nginx.stop();
    m_mail.stop();
    m_nsd.stop();
    m_agent.stop();
}

QList<qint64> TestLiveBox::serverPids() const
{
    return m_mail.pids() + QList<qint64>{m_agent.pid(), m_nsd.pid(), m_nginx.pid()};
}

QStringList TestLiveBox::dig(const QString& name, const QString& type) const
{
    return TestNsd::dig(m_dnsPort, name, type);
}

QByteArray TestLiveBox::servedCertificate(quint16 port, const QString& serverName, const QString& starttls)
{
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("-servername"), serverName};
    if (!starttls.isEmpty())
        args << QStringLiteral("-starttls") << starttls;
    const TestTool::Result r = TestTool::run(QStringLiteral("openssl"), args, {}, 20000);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(r.out, QSsl::Pem);
    if (certificates.isEmpty())
        return "<failed: " + r.message() + ">";
    return certificates.first().toPem();
}

QByteArray TestLiveBox::serverCertificate(const QStringList& names) const
{
    TestPki::Spec spec;
    spec.commonName = names.first();
    spec.dnsNames = names;
    const QByteArray key = TestFiles::read(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
    return TestPki::serverCertificate(m_ca, spec, key);
}
