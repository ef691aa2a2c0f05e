#include "TestFiles.h"
#include "TestHttp.h"
#include "box/BoxConfig.h"
#include "box/JobQueue.h"
#include "dns/DnsService.h"
#include "runtime/Agent.h"
#include "runtime/DemoBox.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

bool setModified(const QString& path, const QDateTime& time)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

// DNS writes run as jobs on the DNS module's own queue (agent in process, demo box, real ldns tools):
// while a forced update is held in the middle by the stage hook, logins, user lists and every DNS read
// are answered; a signing interrupted by a crash is repaired at start and by the next update.
class TestDnsJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<DemoBox> m_box;
    std::optional<BoxConfig> m_config;
    std::unique_ptr<Agent> m_agent;
    std::unique_ptr<TestHttp> m_http;
    QSslCertificate m_certificate;

    QString zonesDir() const { return m_config->systemPath(QStringLiteral("/etc/nsd/zones")); }
    QString zoneFile() const { return zonesDir() + QStringLiteral("/example.com.txt"); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/admin%2").arg(m_agent->port()).arg(path));
    }
    Headers admin() const { return {TestHttp::basicAuth(m_box->adminEmail(), m_box->adminPassword())}; }
    TestHttp::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        Headers headers = admin();
        if (method == "POST")
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return m_http->request(method, url(path), headers, body, 120000);
    }

    bool startAgent(QString* error)
    {
        Agent::Options options;
        options.port = 0;
        options.kickAtStart = true; // as boxkeeper-agent --demo
        m_agent = std::make_unique<Agent>(*m_config, options);
        return m_agent->start(error);
    }
    void stopAgent()
    {
        if (m_agent)
            m_agent->stop();
        m_agent.reset();
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"ldns-signzone", "ldns-keygen", "ldns-key2ds"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        QLoggingCategory::setFilterRules(QStringLiteral("boxkeeper.*=false")); // the agent runs in this process
        QVERIFY(m_tmp.isValid());
        QString error;
        m_box = DemoBox::prepare(m_tmp.path() + QStringLiteral("/box"), &error);
        QVERIFY2(m_box, qPrintable(error));
        m_config = BoxConfig::load(m_box->configPath(), &error);
        QVERIFY2(m_config, qPrintable(error));
        QVERIFY2(startAgent(&error), qPrintable(error));
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(m_config->storagePath(QStringLiteral("ssl/ssl_certificate.pem")));
        QVERIFY(!chain.isEmpty());
        m_certificate = chain.first();
        m_http = std::make_unique<TestHttp>(m_certificate);
        QCOMPARE(call("POST", "/dns/update", "force=1").body, QByteArray("updated DNS: example.com\n"));
    }

    void cleanupTestCase() { stopAgent(); }

    void readsAreAnsweredWhileAnUpdateIsHeld()
    {
        QSemaphore reached, release;
        QAtomicInt armed = 1;
        m_agent->dns()->setStageHook([&](const QString& stage) {
            if (stage == QLatin1String("signing") && armed.testAndSetOrdered(1, 0)) {
                reached.release();
                release.acquire();
            }
        });
        // A forced update sent as a request: it waits for its job, which stops in the hook.
        QNetworkAccessManager nam;
        QNetworkRequest request(url(QStringLiteral("/dns/update")));
        request.setRawHeader("Authorization", admin().first().second);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> update(nam.post(request, QByteArray("force=1")));
        const QSslCertificate trusted = m_certificate;
        connect(update.get(), &QNetworkReply::sslErrors, this,
                [reply = update.get(), trusted](const QList<QSslError>& errors) {
                    for (const QSslError& e : errors) {
                        if (e.certificate() != trusted)
                            return;
                    }
                    reply->ignoreSslErrors(errors);
                });
        // Whatever happens below, the update is let go at the end (a failed check must not leave it held).
        const std::unique_ptr<QSemaphore, void (*)(QSemaphore*)> letGo(&release, [](QSemaphore* s) { s->release(); });
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() > 0, 120000);

        // Held: the job is running, its request still waits.
        const auto job = m_agent->dns()->jobs().current();
        QVERIFY(job);
        QCOMPARE(job->name(), QStringLiteral("forced DNS update"));
        QCOMPARE(job->state(), Job::State::Running);
        QCOMPARE(job->progress().step, QStringLiteral("building zones"));

        // Everything else is answered meanwhile.
        const auto login = call("POST", "/login");
        QCOMPARE(login.status, 200);
        QVERIFY(login.body.contains("\"status\": \"ok\""));
        const auto users = call("GET", "/mail/users");
        QCOMPARE(users.status, 200);
        QVERIFY(users.body.contains("admin@example.com"));
        const auto zones = call("GET", "/dns/zones");
        QCOMPARE(zones.status, 200);
        QCOMPARE(QJsonDocument::fromJson(zones.body).array(), QJsonArray({"example.com"}));
        const auto custom = call("GET", "/dns/custom");
        QCOMPARE(custom.status, 200);
        QVERIFY(QJsonDocument::fromJson(custom.body).isArray());
        const auto dump = call("GET", "/dns/dump");
        QCOMPARE(dump.status, 200);
        QVERIFY(dump.body.contains("\"example.com\""));
        const auto zonefile = call("GET", "/dns/zonefile/example.com");
        QCOMPARE(zonefile.status, 200);
        QVERIFY(zonefile.body.contains(" SOA ") || zonefile.body.contains("\tSOA\t"));
        const auto secondary = call("GET", "/dns/secondary-nameserver");
        QCOMPARE(secondary.status, 200);
        QVERIFY(secondary.body.contains("\"hostnames\""));
        QVERIFY(!update->isFinished());

        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(update->isFinished(), 120000);
        QCOMPARE(update->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(update->readAll(), QByteArray("updated DNS: example.com\n"));
        m_agent->dns()->setStageHook({});
        QVERIFY(!m_agent->dns()->jobs().current() || m_agent->dns()->jobs().current() != job);
    }

    void updateSignsAgainAStaleSignedZone()
    {
        // The state a kill -9 during signing leaves: the zone file newer than its signed file, and a partial
        // signed file. An update that sees nothing else changed still signs the zone again.
        const QString signedFile = zoneFile() + QStringLiteral(".signed");
        QVERIFY(setModified(signedFile, QFileInfo(zoneFile()).lastModified().addSecs(-60)));
        QVERIFY(TestFiles::write(signedFile + QStringLiteral(".partial"), "; interrupted\n"));
        const auto r = call("POST", "/dns/update");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("updated DNS: example.com\n"));
        QVERIFY(!QFile::exists(signedFile + QStringLiteral(".partial")));
        QVERIFY(QFileInfo(signedFile).lastModified() >= QFileInfo(zoneFile()).lastModified());
        QCOMPARE(call("POST", "/dns/update").body, QByteArray());
    }

    void startRepairsAnInterruptedSigning()
    {
        // Crash state: a custom record was stored and written into the zone file, but the agent died while
        // signing: the served signed zone is the one from before, and a partial file lies beside it.
        const QString signedFile = zoneFile() + QStringLiteral(".signed");
        const QByteArray signedBefore = TestFiles::read(signedFile);
        QVERIFY(!signedBefore.isEmpty());
        const auto put = call("PUT", "/dns/custom/laptop.example.com", "198.51.100.7");
        QCOMPARE(put.body, QByteArray("updated DNS: example.com\n"));
        QVERIFY(TestFiles::read(zoneFile()).contains("laptop\tIN\tA\t198.51.100.7"));
        stopAgent();
        QVERIFY(TestFiles::write(signedFile, signedBefore));
        QVERIFY(setModified(signedFile, QFileInfo(zoneFile()).lastModified().addSecs(-60)));
        QVERIFY(TestFiles::write(signedFile + QStringLiteral(".partial"), "; interrupted\n"));
        QVERIFY(!TestFiles::read(signedFile).contains("laptop"));

        QString error;
        QVERIFY2(startAgent(&error), qPrintable(error));
        // The repair is the first job of the new agent: a request's update runs after it.
        const auto r = call("POST", "/dns/update");
        QCOMPARE(r.status, 200);
        QVERIFY(!QFile::exists(signedFile + QStringLiteral(".partial")));
        QVERIFY(TestFiles::read(signedFile).contains("laptop.example.com."));
        QVERIFY(QFileInfo(signedFile).lastModified() >= QFileInfo(zoneFile()).lastModified());
    }
};

QTEST_GUILESS_MAIN(TestDnsJobs)
#include "tst_dns_jobs.moc"
