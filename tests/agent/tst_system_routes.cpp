#include "FakeAptGet.h"
#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent>
#include <QtTest>

#include <memory>

namespace {

// upstream's https://mailinabox.email/setup.sh?ping=1 on loopback: answers as `mode` says, records the request.
class SetupScriptServer : public QObject
{
public:
    enum class Mode { Script, NotFound, NoTag, Silent };
    Mode mode = Mode::Script;
    QList<QByteArray> requestLines;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/setup.sh?ping=1").arg(m_server.serverPort()); }

    SetupScriptServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received[socket] += socket->readAll();
                    const QByteArray request = m_received.value(socket);
                    if (!request.contains("\r\n\r\n") || mode == Mode::Silent)
                        return;
                    requestLines.append(request.left(request.indexOf("\r\n")));
                    socket->write(answer());
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray answer() const
    {
        QByteArray status = "200 OK";
        QByteArray body;
        switch (mode) {
        case Mode::Script:
            body = "#!/bin/bash\n# TAG = without the space is read by the status checks\nif [ -z \"$TAG\" ]; then\n"
                   "\tTAG=v99\nfi\necho installing $TAG\n";
            break;
        case Mode::NotFound:
            status = "404 Not Found";
            body = "not here\n";
            break;
        case Mode::NoTag:
            body = "#!/bin/bash\necho hello\n";
            break;
        case Mode::Silent:
            break;
        }
        return "HTTP/1.1 " + status +
               "\r\nContent-Type: text/x-sh\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_received;
};

} // namespace

// The /admin/system/* routes of api.md §9.4–9.10 on a live agent over HTTPS (demo box, SYSTEM_ROOT in it).
class TestSystemRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    SetupScriptServer m_upstream;
    const QByteArray m_html = "text/html; charset=utf-8";
    const QByteArray m_json = "application/json";

    QString aptDir() const { return m_tmp.path() + QStringLiteral("/apt"); }
    QString rebootMarker() const { return m_tmp.path() + QStringLiteral("/rebooted"); }
    QString rebootRequiredFile() const { return m_agent.dir() + QStringLiteral("/system/var/run/reboot-required"); }
    QString settingsFile() const { return m_agent.storageRoot() + QStringLiteral("/settings.yaml"); }

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply get(const QString& path) { return m_http->get(m_agent.url(path), admin()); }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields = {})
    {
        return m_http->postForm(m_agent.url(path), fields, admin());
    }
    // The same path without the /admin prefix (local tools).
    QUrl unprefixed(const QString& path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_agent.port()).arg(path));
    }

    // Rewrites `key` in the box's config and starts the agent again on the same box.
    bool restartWith(const QByteArray& key, const QByteArray& value, QString* error)
    {
        if (!m_agent.restartWith(key, value, error))
            return false;
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        return true;
    }

    static QByteArray expectedUpdates()
    {
        return "base-files (12.4+deb12u15)\nbash (5.2.15-2+b13)\nlibgcrypt20-dev (1.10.1-3+deb12u1)\n"
               "libgcrypt20 (1.10.1-3+deb12u1)\nliblzma-dev (5.4.1-1+deb12u2)\nliblzma5 (5.4.1-1+deb12u2)\n"
               "systemd-timesyncd (252.39-1~deb12u2)\nlibcap2 (1:2.66-4+deb12u3+b1)\nlibpam0g (1.5.2-6+deb12u3)\n"
               "libssl-dev (3.0.22-1~deb12u2)\nlibssl3 (3.0.22-1~deb12u2)\nlibzstd1 (1.5.4+dfsg2-5+deb12u1)\n"
               "libnss-systemd (252.39-1~deb12u2)\nlibpam-systemd (252.39-1~deb12u2)\nsystemd (252.39-1~deb12u2)\n"
               "libsystemd-shared (252.39-1~deb12u2)\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qunsetenv("DEBIAN_FRONTEND"); // the agent inherits this environment; what it gives apt-get is checked
        const QString apt = FakeAptGet::install(aptDir());
        QVERIFY(!apt.isEmpty());
        const QString shutdown = m_tmp.path() + QStringLiteral("/shutdown");
        QVERIFY(TestFiles::write(shutdown,
                                 "#!/bin/sh\necho \"shutdown $*\"\necho \"$*\" > " + rebootMarker().toUtf8() + "\n"));
        QVERIFY(QFile::setPermissions(shutdown, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(m_upstream.listen());

        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QVERIFY2(restartWith("APT_GET", apt.toUtf8(), &error), qPrintable(error));
        QVERIFY2(restartWith("REBOOT_COMMAND", shutdown.toUtf8() + " -r now", &error), qPrintable(error));
        QVERIFY2(restartWith("UPSTREAM_VERSION_URL", m_upstream.url().toUtf8(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_agent.stop(); }

    void administratorsOnly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("version") << QByteArray("GET") << QStringLiteral("/system/version");
        QTest::newRow("latest") << QByteArray("POST") << QStringLiteral("/system/latest-upstream-version");
        QTest::newRow("updates") << QByteArray("GET") << QStringLiteral("/system/updates");
        QTest::newRow("update-packages") << QByteArray("POST") << QStringLiteral("/system/update-packages");
        QTest::newRow("reboot") << QByteArray("GET") << QStringLiteral("/system/reboot");
        QTest::newRow("do reboot") << QByteArray("POST") << QStringLiteral("/system/reboot");
        QTest::newRow("privacy") << QByteArray("GET") << QStringLiteral("/system/privacy");
        QTest::newRow("set privacy") << QByteArray("POST") << QStringLiteral("/system/privacy");
    }
    void administratorsOnly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto r = m_http->request(method, m_agent.url(path));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"), QByteArray("Authorization header invalid."));
        QCOMPARE(m_http->request(method, unprefixed(path)).status, 401);
        QCOMPARE(FakeAptGet::calls(aptDir()), QByteArray()); // nothing ran
        QVERIFY(!QFile::exists(rebootMarker()));
    }

    void version()
    {
        auto r = get("/system/version");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("v75"));
        // Without the prefix, with the system API key (local tools).
        r = m_http->get(unprefixed("/system/version"), {TestHttp::basicAuth(m_agent.systemApiKey(), QString())});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("v75"));
        QCOMPARE(post("/system/version").status, 405); // GET only
    }

    void latestUpstreamVersion()
    {
        m_upstream.mode = SetupScriptServer::Mode::Script;
        m_upstream.requestLines.clear();
        QCOMPARE(get("/system/privacy").body, QByteArray("true\n")); // private: the route asks all the same
        auto r = post("/system/latest-upstream-version");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("v99"));
        QCOMPARE(m_upstream.requestLines, QList<QByteArray>{"GET /setup.sh?ping=1 HTTP/1.1"});
        QCOMPARE(get("/system/latest-upstream-version").status, 405); // POST only
    }

    void latestUpstreamVersionFailures_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("HTTP error") << int(SetupScriptServer::Mode::NotFound) << 502
                                    << QStringLiteral("Cannot check the latest version: %1 answered HTTP 404.");
        QTest::newRow("no TAG=") << int(SetupScriptServer::Mode::NoTag) << 502
                                 << QStringLiteral(
                                        "Cannot check the latest version: %1 names no version (no TAG= line).");
        QTest::newRow("no answer") << int(SetupScriptServer::Mode::Silent) << 504
                                   << QStringLiteral(
                                          "Cannot check the latest version: %1 did not answer within 5 seconds.");
    }
    void latestUpstreamVersionFailures()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, text);
        m_upstream.mode = SetupScriptServer::Mode(mode);
        QElapsedTimer timer;
        timer.start();
        const auto r = post("/system/latest-upstream-version");
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(QString::fromUtf8(r.body), text.arg(m_upstream.url()));
        QVERIFY2(timer.elapsed() < 15000, "the 5 s limit holds");
        m_upstream.mode = SetupScriptServer::Mode::Script;
    }

    void latestUpstreamVersionOffline()
    {
        // A loopback port nobody listens on: the box is offline.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1/setup.sh?ping=1").arg(closed.serverPort());
        closed.close();
        QString error;
        QVERIFY2(restartWith("UPSTREAM_VERSION_URL", url.toUtf8(), &error), qPrintable(error));
        const auto r = post("/system/latest-upstream-version");
        QVERIFY2(restartWith("UPSTREAM_VERSION_URL", m_upstream.url().toUtf8(), &error), qPrintable(error));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(
            QString::fromUtf8(r.body),
            QStringLiteral("Cannot check the latest version: %1 cannot be reached (Connection refused).").arg(url));
    }

    void updates()
    {
        auto r = get("/system/updates");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, expectedUpdates());
        const QByteArray oneListing = "-qq update DEBIAN_FRONTEND=\n-qq -s upgrade DEBIAN_FRONTEND=\n";
        QCOMPARE(FakeAptGet::calls(aptDir()), oneListing);
        // Kept: answered again without apt-get, also without the prefix.
        r = m_http->get(unprefixed("/system/updates"), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, expectedUpdates());
        QCOMPARE(FakeAptGet::calls(aptDir()), oneListing);
        QCOMPARE(post("/system/updates").status, 405);
    }

    void updatePackages()
    {
        const QByteArray before = FakeAptGet::calls(aptDir());
        auto r = post("/system/update-packages");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, TestFiles::read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/system/apt-get-y-upgrade.txt")));
        QCOMPARE(FakeAptGet::calls(aptDir()),
                 before + "-qq update DEBIAN_FRONTEND=\n-y upgrade DEBIAN_FRONTEND=noninteractive\n");
        QCOMPARE(get("/system/update-packages").status, 405);

        FakeAptGet::setFlag(aptDir(), QStringLiteral("fail-upgrade"), true);
        r = post("/system/update-packages");
        FakeAptGet::setFlag(aptDir(), QStringLiteral("fail-upgrade"), false);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, aptDir().toUtf8() + "/apt-get failed: E: dpkg was interrupted, you must manually run 'dpkg "
                                             "--configure -a' to correct the problem.");
    }

    void otherRequestsAreAnsweredDuringAnUpgrade()
    {
        QCOMPARE(get("/system/updates").status, 200); // listed (the upgrade above dropped the list)
        const QByteArray before = FakeAptGet::calls(aptDir());
        FakeAptGet::setFlag(aptDir(), QStringLiteral("hold-upgrade"), true);
        // Whatever happens below, the upgrade is let go at the end.
        const std::unique_ptr<TestSystemRoutes, void (*)(TestSystemRoutes*)> letGo(
            this, [](TestSystemRoutes* t) { FakeAptGet::setFlag(t->aptDir(), QStringLiteral("hold-upgrade"), false); });
        const QSslCertificate certificate = m_agent.certificate();
        const QUrl url = m_agent.url(QStringLiteral("/system/update-packages"));
        const auto headers = admin();
        QFuture<TestHttp::Reply> upgrade = QtConcurrent::run([certificate, url, headers] {
            TestHttp http(certificate);
            return http.postForm(url, {}, headers);
        });
        QTRY_VERIFY_WITH_TIMEOUT(FakeAptGet::calls(aptDir()).endsWith("-y upgrade DEBIAN_FRONTEND=noninteractive\n"),
                                 20000);
        auto r = get("/system/updates"); // the list from before, not waiting for the upgrade
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, expectedUpdates());
        QCOMPARE(get("/system/version").body, QByteArray("v75"));
        QCOMPARE(get("/system/privacy").status, 200);
        QVERIFY2(!upgrade.isFinished(), "answered while the upgrade is held"); // it cannot end while held

        FakeAptGet::setFlag(aptDir(), QStringLiteral("hold-upgrade"), false);
        const TestHttp::Reply done = upgrade.result();
        QCOMPARE(done.status, 200);
        QCOMPARE(done.body, TestFiles::read(QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/system/apt-get-y-upgrade.txt")));
        QCOMPARE(FakeAptGet::calls(aptDir()),
                 before + "-qq update DEBIAN_FRONTEND=\n-y upgrade DEBIAN_FRONTEND=noninteractive\n");
    }

    void reboot()
    {
        QFile::remove(rebootRequiredFile());
        auto r = get("/system/reboot");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_json);
        QCOMPARE(r.body, QByteArray("false\n"));
        r = post("/system/reboot");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("No reboot is required, so it is not allowed."));
        QVERIFY(!QFile::exists(rebootMarker()));

        QVERIFY(TestFiles::write(rebootRequiredFile(), "*** System restart required ***\n"));
        r = get("/system/reboot");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("true\n"));
        r = post("/system/reboot");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("shutdown -r now\n"));
        QCOMPARE(TestFiles::read(rebootMarker()), QByteArray("-r now\n"));
        QVERIFY(QFile::remove(rebootRequiredFile()));
        QVERIFY(QFile::remove(rebootMarker()));
    }

    void privacy()
    {
        QFile::remove(settingsFile());
        auto r = get("/system/privacy");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_json);
        QCOMPARE(r.body, QByteArray("true\n")); // unset: private

        r = post("/system/privacy", {{"value", "off"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), m_html);
        QCOMPARE(r.body, QByteArray("OK"));
        QCOMPARE(get("/system/privacy").body, QByteArray("false\n"));
        QCOMPARE(TestFiles::read(settingsFile()), QByteArray("privacy: false\n"));

        QCOMPARE(post("/system/privacy", {{"value", "private"}}).body, QByteArray("OK"));
        QCOMPARE(get("/system/privacy").body, QByteArray("true\n"));
        QCOMPARE(TestFiles::read(settingsFile()), QByteArray("privacy: true\n"));

        // Anything but exactly "private" is "not private", an absent value too.
        for (const QList<QPair<QString, QString>>& fields :
             QList<QList<QPair<QString, QString>>>{{{"value", "Private"}}, {{"value", ""}}, {}}) {
            QCOMPARE(post("/system/privacy", {{"value", "private"}}).status, 200);
            QCOMPARE(post("/system/privacy", fields).body, QByteArray("OK"));
            QCOMPARE(get("/system/privacy").body, QByteArray("false\n"));
        }

        // The file's other keys stay as they were.
        QVERIFY(TestFiles::write(settingsFile(), "# settings of this box\nother_key: [1, 2]\nprivacy: false\n"));
        QCOMPARE(m_http->postForm(unprefixed("/system/privacy"), {{"value", "private"}}, admin()).body,
                 QByteArray("OK"));
        QCOMPARE(TestFiles::read(settingsFile()),
                 QByteArray("# settings of this box\nother_key: [1, 2]\nprivacy: true\n"));
        QCOMPARE(m_http->get(unprefixed("/system/privacy"), admin()).body, QByteArray("true\n"));

        // A settings file that is not YAML is reported and left alone.
        QVERIFY(TestFiles::write(settingsFile(), "privacy: [unclosed\n"));
        QCOMPARE(get("/system/privacy").body, QByteArray("true\n"));
        r = post("/system/privacy", {{"value", "off"}});
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), m_html);
        QVERIFY2(r.body.startsWith("settings.yaml is not valid YAML: "), r.body.constData());
        QCOMPARE(TestFiles::read(settingsFile()), QByteArray("privacy: [unclosed\n"));
    }
};

QTEST_GUILESS_MAIN(TestSystemRoutes)
#include "tst_system_routes.moc"
