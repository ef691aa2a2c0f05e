#include "TestFiles.h"
#include "TestNginx.h"
#include "TestTool.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"
#include "runtime/DemoBox.h"
#include "tls/TlsService.h"
#include "web/WebService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The web update (domain.md §10.4) on a demo box with the real `nginx -t`: NGINX_TEST_CONFIG is a private
// nginx.conf (TestNginx: pid, error log and temporary folders in the test's folder) that includes the generated
// local.conf, so the machine's /etc/nginx is never read and no nginx runs.
class TestSystemWeb : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_nginx;
    std::optional<BoxConfig> m_config;
    SystemClock m_clock;
    QStringList m_domains;
    std::unique_ptr<TlsService> m_tls;
    std::unique_ptr<WebService> m_web;

    QString storage(const QString& relative) const { return m_config->storagePath(relative); }

    // DemoBox's primary hostname and `count` - 1 other domains, with www. redirect names among them.
    static QStringList domains(int count)
    {
        QStringList out{QLatin1String(DemoBox::Hostname)};
        for (int i = 1; i < count; ++i)
            out.append(i % 3 == 2 ? QStringLiteral("www.site%1.example").arg(i - 1)
                                  : QStringLiteral("site%1.example").arg(i));
        return out;
    }

    // custom.yaml for every other ordinary domain: proxies with every flag, an alias, a redirect, HSTS settings.
    static QByteArray customYaml(const QStringList& names)
    {
        QByteArray yaml;
        int n = 0;
        for (const QString& name : names) {
            if (name.startsWith(QLatin1String("www.")) || n++ % 2)
                continue;
            yaml += name.toUtf8() +
                    ":\n"
                    "  proxies:\n"
                    "    /app/: http://127.0.0.1:8080/#pass-http-host,web-sockets\n"
                    "    /legacy/: https://127.0.0.2/x/#no-proxy-redirect,frame-options-sameorigin\n"
                    "  aliases:\n"
                    "    /files/: /srv/shared files/\n"
                    "  redirects:\n"
                    "    ^/old/(.*)$: https://example.org/new/$1\n"
                    "    ^/a{2}/: https://example.org/\n"
                    "  hsts: " +
                    QByteArray(n % 4 == 1 ? "preload" : "yes") + "\n";
        }
        return yaml;
    }

private slots:
    void initTestCase()
    {
        m_nginx = TestNginx::path();
        // A dependency of the tests (./dev deps installs nginx-light): missing, it is a failure, not a skip.
        QVERIFY2(!m_nginx.isEmpty(), "nginx is not installed (Debian package nginx-light, see ./dev deps)");
        QVERIFY(m_tmp.isValid());
        QString error;
        const auto box = DemoBox::prepare(m_tmp.path() + QStringLiteral("/box"), &error);
        QVERIFY2(box, qPrintable(error));
        m_config = BoxConfig::load(box->configPath(), &error);
        QVERIFY2(m_config, qPrintable(error));

        const QString conf =
            TestNginx::writeConfig(m_tmp.path() + QStringLiteral("/nginx"),
                                   m_config->systemPath(QStringLiteral("/etc/nginx/conf.d/local.conf")));
        QVERIFY(!conf.isEmpty());
        m_config->setValue(QStringLiteral("NGINX"), m_nginx);
        m_config->setValue(QStringLiteral("NGINX_TEST_CONFIG"), conf);

        const TlsService::DomainSource source = [this] {
            TlsService::WebDomains d;
            d.web = m_domains;
            return d;
        };
        m_tls = std::make_unique<TlsService>(*m_config, source, m_clock);
        m_web = std::make_unique<WebService>(*m_config, source, *m_tls);
    }

    void nginxAccepts_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1 domain") << 1;
        QTest::newRow("3 domains") << 3;
        QTest::newRow("100 domains") << 100;
    }
    void nginxAccepts()
    {
        QFETCH(int, count);
        m_domains = domains(count);
        QVERIFY(TestFiles::write(storage(QStringLiteral("www/custom.yaml")), customYaml(m_domains)));
        if (count > 1)
            QVERIFY(QDir().mkpath(storage(QStringLiteral("www/site1.example"))));

        const WebService::Result r = m_web->update();
        QCOMPARE(r.text, QStringLiteral("web updated\n"));
        QCOMPARE(r.status, 200);
        const QByteArray written = TestFiles::read(m_web->configPath());
        QCOMPARE(written.count("\tlisten 443 ssl http2;\n"), qsizetype(count));
        if (count > 1) {
            QVERIFY(written.contains("proxy_pass http://127.0.0.1:8080/;"));
            QVERIFY(written.contains("\trewrite \"^/a{2}/\" https://example.org/ permanent;\n"));
            QVERIFY(written.contains("\troot " + storage(QStringLiteral("www/site1.example")).toUtf8() + ";\n"));
        }
        // The check the service ran, once more from the test: the file in place is what nginx accepts.
        const TestTool::Result check = TestTool::run(
            m_nginx, {"-t", "-q", "-e", "stderr", "-c", m_config->value(QStringLiteral("NGINX_TEST_CONFIG"))});
        QVERIFY2(check.ok(), check.message().constData());

        // Nothing changed: nothing written, an empty answer.
        const WebService::Result again = m_web->update();
        QCOMPARE(again.status, 200);
        QCOMPARE(again.text, QString());
    }

    void brokenIncludeKeepsOldFile()
    {
        m_domains = domains(3);
        QVERIFY(TestFiles::write(storage(QStringLiteral("www/custom.yaml")), QByteArray()));
        QCOMPARE(m_web->update().status, 200);
        const QByteArray before = TestFiles::read(m_web->configPath());
        QVERIFY(!before.isEmpty());

        const QString include = storage(QStringLiteral("www/site1.example.conf"));
        QVERIFY(TestFiles::write(include, "this_is_not_a_directive on;\n"));
        const WebService::Result r = m_web->update();
        QCOMPARE(r.status, 500);
        QVERIFY2(r.text.startsWith(QStringLiteral("nginx rejected the new configuration, the old one was kept: ")),
                 qPrintable(r.text));
        QCOMPARE(r.text, QStringLiteral("nginx rejected the new configuration, the old one was kept: unknown directive "
                                        "\"this_is_not_a_directive\" in %1:1")
                             .arg(include));
        QCOMPARE(TestFiles::read(m_web->configPath()), before);

        // Repaired: the include is in the configuration now.
        QVERIFY(TestFiles::write(include, "add_header X-Site one;\n"));
        const WebService::Result fixed = m_web->update();
        QCOMPARE(fixed.text, QStringLiteral("web updated\n"));
        QVERIFY(TestFiles::read(m_web->configPath()).contains("\tinclude " + include.toUtf8() + ";\n"));
        QVERIFY(QFile::remove(include));
    }
};

QTEST_GUILESS_MAIN(TestSystemWeb)
#include "tst_system_web.moc"
