#include "TestAgent.h"
#include "TestFiles.h"
#include "TestHttp.h"
#include "TestMailLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

namespace {

using TestMailLog::Delivered;
using TestMailLog::Rejected;
using TestMailLog::Sent;

double sum(const QJsonArray& points)
{
    double total = 0;
    for (const QJsonValue& p : points)
        total += p.toArray().at(1).toDouble();
    return total;
}

} // namespace

// GET /admin/boxkeeper/metrics on a live agent over HTTPS (demo box) sampling every 50 ms (METRICS_INTERVAL), with a
// stand-in postqueue (POSTQUEUE: the real one needs a running postfix) and a mail log of the test (MAIL_LOG).
class TestMonitoringRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;

    QString mailLog() const { return m_tmp.path() + QStringLiteral("/mail.log"); }
    QString queueFile() const { return m_tmp.path() + QStringLiteral("/queue.json"); }
    QString postqueue() const { return m_tmp.path() + QStringLiteral("/postqueue"); }

    QList<QPair<QByteArray, QByteArray>> admin() const
    {
        return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())};
    }
    TestHttp::Reply get(const QString& path) { return m_http->get(m_agent.url(path), admin()); }
    QJsonObject metrics(const QString& query)
    {
        const auto r = get(QStringLiteral("/boxkeeper/metrics") + query);
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        return QJsonDocument::fromJson(r.body).object();
    }
    QJsonArray points(const QString& series, const QString& query = {})
    {
        return metrics(QStringLiteral("?series=") + series + query)
            .value(QLatin1String("series"))
            .toObject()
            .value(series)
            .toArray();
    }
    bool restartWith(const QByteArray& key, const QByteArray& value, QString* error)
    {
        if (!m_agent.restartWith(key, value, error))
            return false;
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        return true;
    }
    bool appendLog(const QByteArray& text)
    {
        QFile f(mailLog());
        return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(text) == text.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Two messages in the queue; the script prints what the test puts in queue.json.
        QVERIFY(TestFiles::write(queueFile(),
                                 "{\"queue_name\": \"deferred\", \"queue_id\": \"4N1aab\", \"recipients\": []}\n"
                                 "{\"queue_name\": \"active\", \"queue_id\": \"4N1aac\", \"recipients\": []}\n"));
        QVERIFY(TestFiles::write(postqueue(), "#!/bin/sh\n[ \"$1\" = -j ] || exit 64\ncat '" +
                                                  QFile::encodeName(queueFile()) + "'\n"));
        QVERIFY(QFile::setPermissions(postqueue(), QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(TestFiles::write(mailLog(), Delivered + Sent)); // history: not counted

        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QVERIFY2(restartWith("MAIL_LOG", QFile::encodeName(mailLog()), &error), qPrintable(error));
        QVERIFY2(restartWith("POSTQUEUE", QFile::encodeName(postqueue()), &error), qPrintable(error));
        QVERIFY2(restartWith("METRICS_INTERVAL", "0.05", &error), qPrintable(error));
    }

    void samplesAppear()
    {
        QTRY_VERIFY_WITH_TIMEOUT(points(QStringLiteral("load")).size() >= 3, 10000);
        QVERIFY(QFile::exists(m_agent.storageRoot() + QStringLiteral("/boxkeeper/metrics.sqlite")));
        const QJsonObject all = metrics(QString());
        const QJsonObject series = all.value(QLatin1String("series")).toObject();
        // Every series is answered when none is named.
        QCOMPARE(series.keys(),
                 (QStringList{"disk_available", "disk_used", "load", "mail_queue", "memory_available", "memory_used",
                              "messages_received", "messages_rejected", "messages_sent"}));
        for (const QString& gauge : {QStringLiteral("memory_used"), QStringLiteral("memory_available"),
                                     QStringLiteral("disk_used"), QStringLiteral("disk_available")}) {
            const QJsonArray p = series.value(gauge).toArray();
            QVERIFY2(!p.isEmpty(), qPrintable(gauge));
            QVERIFY2(p.last().toArray().at(1).toDouble() > 0, qPrintable(gauge));
        }
        const QJsonArray queue = series.value(QLatin1String("mail_queue")).toArray();
        QVERIFY(!queue.isEmpty());
        for (const QJsonValue& p : queue)
            QCOMPARE(p.toArray().at(1).toDouble(), 2.0);
        // The last 24 hours, a sample a second at most (samples within a second are merged).
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(all.value(QLatin1String("to")).toInteger() - now) <= 5);
        QCOMPARE(all.value(QLatin1String("from")).toInteger(), all.value(QLatin1String("to")).toInteger() - 86400);
        QCOMPARE(all.value(QLatin1String("step")).toInteger(), 1);
        // Nothing of the log's history is counted.
        QCOMPARE(sum(series.value(QLatin1String("messages_received")).toArray()), 0.0);
        QCOMPARE(sum(series.value(QLatin1String("messages_sent")).toArray()), 0.0);
    }

    void mailTraffic()
    {
        QVERIFY(appendLog(Delivered + Rejected + Sent + Rejected));
        QTRY_COMPARE_WITH_TIMEOUT(sum(points(QStringLiteral("messages_rejected"))), 2.0, 10000);
        QCOMPARE(sum(points(QStringLiteral("messages_received"))), 1.0);
        QCOMPARE(sum(points(QStringLiteral("messages_sent"))), 1.0);
        // The queue grows.
        QVERIFY(TestFiles::write(queueFile(),
                                 TestFiles::read(queueFile()) +
                                     "{\"queue_name\": \"hold\", \"queue_id\": \"4N1aad\", \"recipients\": []}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(points(QStringLiteral("mail_queue")).last().toArray().at(1).toDouble(), 3.0, 10000);
    }

    void ranges()
    {
        const QJsonArray all = points(QStringLiteral("load"));
        QVERIFY(all.size() >= 3);
        const qint64 from = all.at(1).toArray().at(0).toInteger();
        const qint64 to = all.last().toArray().at(0).toInteger();
        const QJsonObject o = metrics(QStringLiteral("?series=load,memory_used&from=%1&to=%2").arg(from).arg(to));
        QCOMPARE(o.value(QLatin1String("from")).toInteger(), from);
        QCOMPARE(o.value(QLatin1String("to")).toInteger(), to);
        const QJsonObject series = o.value(QLatin1String("series")).toObject();
        QCOMPARE(series.keys(), (QStringList{"load", "memory_used"}));
        const QJsonArray load = series.value(QLatin1String("load")).toArray();
        QCOMPARE(load.size(), all.size() - 1); // every sample from the second to the one that was last
        for (const QJsonValue& p : load) {
            const qint64 t = p.toArray().at(0).toInteger();
            QVERIFY(t >= from && t <= to);
        }
        // Only `from`: up to now; a range before any sample: empty.
        QVERIFY(points(QStringLiteral("load"), QStringLiteral("&from=%1").arg(to)).size() >= 1);
        QCOMPARE(points(QStringLiteral("load"), QStringLiteral("&from=1000&to=2000")).size(), 0);
        // Further back than two days: 15-minute averages.
        const QJsonObject old = metrics(QStringLiteral("?series=load&from=%1").arg(to - 3 * 86400));
        QCOMPARE(old.value(QLatin1String("step")).toInteger(), 900);
    }

    void refusals()
    {
        auto r = get(QStringLiteral("/boxkeeper/metrics?series=load,cpu,swap"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Unknown series: cpu, swap. The series are: load, memory_used, memory_available, "
                                    "disk_used, disk_available, mail_queue, messages_received, messages_sent, "
                                    "messages_rejected."));
        r = get(QStringLiteral("/boxkeeper/metrics?from=yesterday"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("from must be a Unix time in whole seconds, not yesterday."));
        r = get(QStringLiteral("/boxkeeper/metrics?from=2000&to=1000"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("from (2000) is after to (1000)."));

        // Administrators only, refused as on every admin route (api.md §3.3: 401 with the reason, 403 for ajax).
        QCOMPARE(m_http->get(m_agent.url(QStringLiteral("/boxkeeper/metrics"))).status, 401);
        const auto added = m_http->postForm(m_agent.url(QStringLiteral("/mail/users/add")),
                                            {{QStringLiteral("email"), QStringLiteral("user@example.com")},
                                             {QStringLiteral("password"), QStringLiteral("user-password-1")}},
                                            admin());
        QCOMPARE(added.status, 200);
        const auto user = TestHttp::basicAuth(QStringLiteral("user@example.com"), QStringLiteral("user-password-1"));
        r = m_http->get(m_agent.url(QStringLiteral("/boxkeeper/metrics")), {user});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-Reason"), QByteArray("You are not an administrator."));
        r = m_http->get(m_agent.url(QStringLiteral("/boxkeeper/metrics")),
                        {user, {"X-Requested-With", "XMLHttpRequest"}});
        QCOMPARE(r.status, 403);
        QVERIFY(!r.body.contains("\"series\""));
        QCOMPARE(m_http->request("POST", m_agent.url(QStringLiteral("/boxkeeper/metrics")), admin()).status, 405);
        // Announced among the capabilities.
        r = get(QStringLiteral("/boxkeeper/capabilities"));
        QVERIFY(QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QLatin1String("features"))
                    .toArray()
                    .contains(QStringLiteral("metrics")));
    }

    void failingQueueAndRestart()
    {
        // postfix down: postqueue fails, the queue series gets no value (not zero); the other series go on. The
        // samples from before the restart are still there.
        const qint64 before = points(QStringLiteral("load")).size();
        QVERIFY(TestFiles::write(postqueue(), "#!/bin/sh\necho 'postqueue: fatal: Queue report unavailable - mail "
                                              "system is down' >&2\nexit 69\n"));
        QString error;
        QVERIFY2(restartWith("MAIL_LOG", QFile::encodeName(m_tmp.path() + QStringLiteral("/no-such.log")), &error),
                 qPrintable(error));
        const qint64 restarted = QDateTime::currentSecsSinceEpoch() + 1;
        const QString since = QStringLiteral("&from=%1&to=%2").arg(restarted).arg(restarted + 3600);
        QTRY_VERIFY_WITH_TIMEOUT(points(QStringLiteral("load"), since).size() >= 2, 10000);
        QVERIFY(points(QStringLiteral("load")).size() >= before + 2);
        QCOMPARE(points(QStringLiteral("mail_queue"), since).size(), 0);
        QCOMPARE(points(QStringLiteral("messages_sent"), since).size(), 0);
        QVERIFY(points(QStringLiteral("mail_queue")).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringRoutes)
#include "tst_monitoring_routes.moc"
