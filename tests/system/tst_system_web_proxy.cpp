#include "TestAgent.h"
#include "TestFiles.h"
#include "TestNginx.h"
#include "TestNsd.h"
#include "TestTool.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The agent behind nginx, as on a box: the agent serves plain HTTP on a loopback port (--plain-http), the web
// update writes nginx's configuration for loopback ports (WEB_LISTEN_ADDRESS, WEB_HTTP_PORT, WEB_HTTPS_PORT) with
// /admin/ proxied to it (AGENT_URL), the real nginx serves that configuration, and curl talks to nginx by the
// box's name, trusting the box's self-signed certificate.
class TestSystemWebProxy : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0; // 0: curl failed
        QByteArray headers; // the response's header lines
        QByteArray body;
        QByteArray contentType;
        QByteArray location;
        QByteArray header(const QByteArray& name) const
        {
            for (const QByteArray& line : headers.split('\n')) {
                const int colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };

    QTemporaryDir m_tmp;
    TestAgent m_agent;
    TestNginx m_nginx;
    quint16 m_agentPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;

    QString certificate() const { return m_agent.storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"); }
    QString direct(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/admin%2").arg(m_agentPort).arg(path);
    }
    QString viaNginx(const QString& path, const QString& host = QStringLiteral("box.example.com")) const
    {
        return QStringLiteral("https://%1:%2%3").arg(host).arg(m_httpsPort).arg(path);
    }
    QString viaNginxHttp(const QString& path) const
    {
        return QStringLiteral("http://box.example.com:%1%2").arg(m_httpPort).arg(path);
    }
    QString admin() const { return m_agent.adminEmail() + QLatin1Char(':') + m_agent.adminPassword(); }

    // curl `args` `url`, with every name of the box resolved to 127.0.0.1 on nginx's ports.
    Answer curl(const QStringList& args, const QString& url) const
    {
        QStringList all{QStringLiteral("-sS"), QStringLiteral("-D"), QStringLiteral("-"), QStringLiteral("-w"),
                        QStringLiteral("\n%{http_code}\n%{content_type}\n%{redirect_url}")};
        for (const char* host : {"box.example.com", "autoconfig.example.com", "mta-sts.example.com"}) {
            for (const quint16 port : {m_httpPort, m_httpsPort})
                all << QStringLiteral("--resolve")
                    << QStringLiteral("%1:%2:127.0.0.1").arg(QLatin1String(host)).arg(port);
        }
        all += args;
        all.append(url);
        const TestTool::Result r = TestTool::run(QStringLiteral("curl"), all);
        if (!r.ok()) {
            qWarning().noquote() << "curl failed:" << r.message();
            return {};
        }
        QByteArray out = r.out;
        QByteArrayList tail;
        for (int i = 0; i < 3; ++i) {
            const int nl = out.lastIndexOf('\n');
            tail.prepend(out.mid(nl + 1));
            out.truncate(nl);
        }
        Answer a;
        const int end = out.indexOf("\r\n\r\n");
        a.headers = out.left(end);
        a.body = out.mid(end + 4);
        a.status = tail.at(0).toInt();
        a.contentType = tail.at(1);
        a.location = tail.at(2);
        return a;
    }

    bool setKeys(const QList<QPair<QByteArray, QByteArray>>& keys)
    {
        QByteArray config;
        for (const QByteArray& line : TestFiles::read(m_agent.configPath()).split('\n')) {
            if (!line.isEmpty())
                config += line + '\n';
        }
        for (const auto& key : keys)
            config += key.first + '=' + key.second + '\n';
        return TestFiles::write(m_agent.configPath(), config);
    }

private slots:
    void initTestCase()
    {
        // A dependency of the tests (./dev deps installs nginx-light): missing, it is a failure, not a skip.
        QVERIFY2(!TestNginx::path().isEmpty(), "nginx is not installed (Debian package nginx-light, see ./dev deps)");
        QVERIFY2(!TestTool::path(QStringLiteral("curl")).isEmpty(), "curl is not installed (see ./dev deps)");
        QVERIFY(m_tmp.isValid());
        const QList<quint16> list = TestNsd::freePorts(3);
        QVERIFY(!list.isEmpty());
        m_agentPort = list.at(0);
        m_httpPort = list.at(1);
        m_httpsPort = list.at(2);

        // The demo box first, then its config as an admin would write it for nginx on loopback ports.
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_agent.stop();
        const QString conf =
            TestNginx::writeConfig(m_tmp.path() + QStringLiteral("/nginx"),
                                   m_agent.dir() + QStringLiteral("/system/etc/nginx/conf.d/local.conf"));
        QVERIFY(!conf.isEmpty());
        QVERIFY(setKeys({{"AGENT_URL", QStringLiteral("http://127.0.0.1:%1/").arg(m_agentPort).toUtf8()},
                         {"WEB_LISTEN_ADDRESS", "127.0.0.1"},
                         {"WEB_HTTP_PORT", QByteArray::number(m_httpPort)},
                         {"WEB_HTTPS_PORT", QByteArray::number(m_httpsPort)},
                         {"NGINX", TestNginx::path().toUtf8()},
                         {"NGINX_TEST_CONFIG", conf.toUtf8()}}));
        QVERIFY2(m_agent.start(&error,
                               {QStringLiteral("--plain-http"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_agentPort)},
                               m_agent.dir()),
                 qPrintable(error));
        QCOMPARE(m_agent.port(), m_agentPort);

        // The web update (checked with nginx -t against the private nginx.conf), then nginx with its result.
        const Answer update = curl({QStringLiteral("-u"), admin(), QStringLiteral("-X"), QStringLiteral("POST")},
                                   direct(QStringLiteral("/web/update")));
        QCOMPARE(update.status, 200);
        QCOMPARE(update.body, QByteArray("web updated\n"));
        QVERIFY2(m_nginx.start(conf, m_httpsPort, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
        m_agent.stop();
    }

    // Login and the users list through nginx's /admin/ location answer as the agent does directly.
    void adminThroughNginx()
    {
        const QStringList trust{QStringLiteral("--cacert"), certificate()};
        const Answer login =
            curl(trust + QStringList{QStringLiteral("-u"), admin(), QStringLiteral("-X"), QStringLiteral("POST")},
                 viaNginx(QStringLiteral("/admin/login")));
        QCOMPARE(login.status, 200);
        const QJsonObject session = QJsonDocument::fromJson(login.body).object();
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(session.value(QStringLiteral("email")).toString(), m_agent.adminEmail());
        const QString key = session.value(QStringLiteral("api_key")).toString();
        QCOMPARE(key.size(), 64);
        // nginx's headers for the panel, as on a box.
        QCOMPARE(login.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(login.header("X-Content-Type-Options"), QByteArray("nosniff"));

        const QString users = QStringLiteral("/mail/users?format=json");
        const Answer expected = curl({QStringLiteral("-u"), admin()}, direct(users));
        QCOMPARE(expected.status, 200);
        QVERIFY(expected.body.contains("\"email\": \"admin@example.com\""));
        const Answer withSession =
            curl(trust + QStringList{QStringLiteral("-u"), m_agent.adminEmail() + QLatin1Char(':') + key},
                 viaNginx(QStringLiteral("/admin") + users));
        QCOMPARE(withSession.status, 200);
        QCOMPARE(withSession.contentType, expected.contentType);
        QCOMPARE(withSession.body, expected.body);
        const Answer withPassword =
            curl(trust + QStringList{QStringLiteral("-u"), admin()}, viaNginx(QStringLiteral("/admin") + users));
        QCOMPARE(withPassword.body, expected.body);

        // Without credentials: the agent's own refusal comes through.
        QCOMPARE(curl(trust, viaNginx(QStringLiteral("/admin") + users)).status, 401);
    }

    // Port 80's server: ACME challenges from the webroot, everything else to HTTPS on nginx's HTTPS port.
    void httpPort()
    {
        const Answer redirect = curl({}, viaNginxHttp(QStringLiteral("/some/page?x=1")));
        QCOMPARE(redirect.status, 301);
        QCOMPARE(redirect.location,
                 QStringLiteral("https://box.example.com:%1/some/page?x=1").arg(m_httpsPort).toUtf8());

        const QByteArray token = "kbZ3x-challenge-token.thumbprint\n";
        QVERIFY(TestFiles::write(m_agent.storageRoot() +
                                     QStringLiteral("/ssl/lets_encrypt/webroot/.well-known/acme-challenge/kbZ3x"),
                                 token));
        const Answer challenge = curl({}, viaNginxHttp(QStringLiteral("/.well-known/acme-challenge/kbZ3x")));
        QCOMPARE(challenge.status, 200);
        QCOMPARE(challenge.body, token);
        QCOMPARE(curl({}, viaNginxHttp(QStringLiteral("/.well-known/acme-challenge/missing"))).status, 404);
    }

    // The mail clients' files the update wrote for this box, as nginx serves them.
    void mailClientFiles()
    {
        const QString dir = m_agent.dir() + QStringLiteral("/system/var/lib/mailinabox/");
        const Answer profile =
            curl({QStringLiteral("--cacert"), certificate()}, viaNginx(QStringLiteral("/mailinabox.mobileconfig")));
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.contentType, QByteArray("application/x-apple-aspen-config"));
        QCOMPARE(profile.body, TestFiles::read(dir + QStringLiteral("mobileconfig.xml")));
        QVERIFY(profile.body.contains("<string>box.example.com</string>"));

        // Thunderbird asks autoconfig.<domain> (a web domain of a domain with users; its certificate here is the
        // box's, for another name: -k).
        const QByteArray autoconfig = TestFiles::read(dir + QStringLiteral("mozilla-autoconfig.xml"));
        QVERIFY(!autoconfig.isEmpty());
        for (const char* path : {"/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml"}) {
            const Answer a =
                curl({QStringLiteral("-k")}, viaNginx(QLatin1String(path), QStringLiteral("autoconfig.example.com")) +
                                                 QStringLiteral("?emailaddress=admin%40example.com"));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.contentType, QByteArray("text/xml"));
            QCOMPARE(a.body, autoconfig);
        }
        // Other mail servers read the MTA-STS policy from mta-sts.<domain>.
        const Answer policy = curl({QStringLiteral("-k")}, viaNginx(QStringLiteral("/.well-known/mta-sts.txt"),
                                                                    QStringLiteral("mta-sts.example.com")));
        QCOMPARE(policy.status, 200);
        QCOMPARE(policy.body, TestFiles::read(dir + QStringLiteral("mta-sts.txt")));
        QVERIFY(policy.body.startsWith("version: STSv1\nmode: enforce\nmx: box.example.com\n"));
    }
};

QTEST_GUILESS_MAIN(TestSystemWebProxy)
#include "tst_system_web_proxy.moc"
