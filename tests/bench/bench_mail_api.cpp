#include "TestAgent.h"
#include "TestHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

// Prints the mail module's figures (not a pass/fail test):
//  - median of GET /admin/mail/users?format=json and /admin/mail/aliases?format=json over HTTPS keep-alive,
//    with session-key and with password auth, at 1,000 + 1,000 and 10,000 + 10,000 users + aliases;
//  - the agent's resident memory idle and after the calls;
//  - POST /admin/mail/users/add on an existing domain of a box with 1,000 domains;
//  - at 1,000 users, the same users JSON served by nginx as a static file over TLS (same client and
//    certificate), the reference the agent's answer is held to (within 2x). --small: the 1,000 scale only.
// Times are measured at the client (round trip on loopback), so they bound the server time from above.

namespace {

constexpr int Domains = 1000;
constexpr int Calls = 60;

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The agent is our child process: find it by its parent pid and name.
qint64 agentPid()
{
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString& entry : QDir("/proc").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        QFile stat("/proc/" + entry + "/stat");
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString s = QString::fromLatin1(stat.readAll());
        const int close = s.lastIndexOf(')');
        const QString comm = s.mid(s.indexOf('(') + 1, close - s.indexOf('(') - 1);
        const QStringList rest = s.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest.at(1) == self && comm.startsWith("boxkeeper-agen")) {
            return entry.toLongLong();
        }
    }
    return -1;
}

QString rssOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly)) {
        return "?";
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const qint64 kb = line.mid(6).trimmed().split(' ').first().toLongLong();
            return QString::number(kb / 1024.0, 'f', 1) + " MB";
        }
    }
    return "?";
}

bool seed(const QString& dbPath, int users, int aliases, QString* error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        q.exec("SELECT password FROM users LIMIT 1");
        const QString hash = q.next() ? q.value(0).toString() : QString();
        db.transaction();
        QSqlQuery u(db);
        u.prepare("INSERT INTO users (email, password, privileges, quota) VALUES (?, ?, '', '0')");
        for (int i = 0; i < users; ++i) {
            u.addBindValue(QStringLiteral("user%1@d%2.example.net").arg(i).arg(i % Domains));
            u.addBindValue(hash);
            if (!u.exec()) {
                *error = u.lastError().text();
                db.rollback();
                return false;
            }
        }
        QSqlQuery a(db);
        a.prepare("INSERT INTO aliases (source, destination, permitted_senders) VALUES (?, ?, NULL)");
        for (int i = 0; i < aliases; ++i) {
            a.addBindValue(QStringLiteral("alias%1@d%2.example.net").arg(i).arg(i % Domains));
            a.addBindValue(QStringLiteral("user%1@d%2.example.net").arg(i % users).arg((i % users) % Domains));
            if (!a.exec()) {
                *error = a.lastError().text();
                db.rollback();
                return false;
            }
        }
        ok = db.commit();
        if (!ok) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeGets(TestHttp& http, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& auth, int* status)
{
    std::vector<double> times;
    http.get(url, auth); // warm: connection and cache
    for (int i = 0; i < Calls; ++i) {
        QElapsedTimer t;
        t.start();
        const TestHttp::Reply r = http.get(url, auth);
        times.push_back(t.nsecsElapsed() / 1e6);
        *status = r.status;
    }
    return median(times);
}

// nginx on a loopback port (its own prefix and configuration) serving `body` as a static file over TLS with
// the agent's certificate: the reference for what the same bytes cost on a kept-alive HTTPS connection.
class StaticNginx
{
public:
    bool start(const TestAgent& agent, const QByteArray& body, QString* error)
    {
        const QString nginx = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/bin"});
        if (nginx.isEmpty() || !m_dir.isValid()) {
            *error = "nginx is not installed";
            return false;
        }
        const QString prefix = m_dir.path();
        QDir(prefix).mkpath("www");
        QDir(prefix).mkpath("tmp");
        QFile file(prefix + "/www/users.json");
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
            *error = "cannot write the static file";
            return false;
        }
        file.close();
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const QString ssl = agent.storageRoot() + "/ssl/";
        const QString conf =
            QStringLiteral("daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                           "%4events { worker_connections 64; }\nhttp {\n  access_log off;\n"
                           "  client_body_temp_path %1/tmp/body;\n  proxy_temp_path %1/tmp/proxy;\n"
                           "  fastcgi_temp_path %1/tmp/fastcgi;\n  uwsgi_temp_path %1/tmp/uwsgi;\n"
                           "  scgi_temp_path %1/tmp/scgi;\n  default_type application/json;\n"
                           "  keepalive_requests 100000;\n  server {\n    listen 127.0.0.1:%2 ssl;\n"
                           "    ssl_certificate %3ssl_certificate.pem;\n"
                           "    ssl_certificate_key %3ssl_private_key.pem;\n"
                           "    ssl_protocols TLSv1.2 TLSv1.3;\n    root %1/www;\n  }\n}\n")
                .arg(prefix)
                .arg(m_port)
                .arg(ssl, ::geteuid() == 0 ? "user root;\n" : "");
        QFile confFile(prefix + "/nginx.conf");
        if (!confFile.open(QIODevice::WriteOnly) || confFile.write(conf.toUtf8()) < 0) {
            *error = "cannot write nginx.conf";
            return false;
        }
        confFile.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, {"-p", prefix, "-c", prefix + "/nginx.conf"});
        if (!m_process.waitForStarted(5000)) {
            *error = "nginx did not start";
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(100)) {
                return true;
            }
            QThread::msleep(50);
        }
        *error = "nginx does not listen: " + QString::fromUtf8(m_process.readAll());
        return false;
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/users.json").arg(m_port)); }
    ~StaticNginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

void runScale(int n)
{
    TestAgent agent;
    QString error;
    if (!agent.start(&error)) {
        print("cannot start the agent: " + error);
        return;
    }
    const QString dir = agent.dir();
    agent.stop();
    if (!seed(agent.databasePath(), n, n, &error)) {
        print("seeding failed: " + error);
        return;
    }
    if (!agent.start(&error, {}, dir)) {
        print("cannot restart the agent: " + error);
        return;
    }
    const qint64 pid = agentPid();
    const QString idle = rssOf(pid);
    TestHttp http(agent.certificate());
    const auto password =
        QList<QPair<QByteArray, QByteArray>>{TestHttp::basicAuth(agent.adminEmail(), agent.adminPassword())};
    const TestHttp::Reply login = http.request("POST", agent.url("/login"), password);
    const QString key = QJsonDocument::fromJson(login.body).object().value("api_key").toString();
    const auto session = QList<QPair<QByteArray, QByteArray>>{TestHttp::basicAuth(agent.adminEmail(), key)};

    int status = 0;
    const QUrl users = agent.url("/mail/users?format=json");
    const QUrl aliases = agent.url("/mail/aliases?format=json");
    QElapsedTimer cold;
    cold.start();
    const TestHttp::Reply first = http.get(users, session);
    const double coldUsers = cold.nsecsElapsed() / 1e6;
    cold.restart();
    http.get(aliases, session);
    const double coldAliases = cold.nsecsElapsed() / 1e6;
    print(QStringLiteral(
              "%1 users + %1 aliases (%2 domains): users JSON %3 KB; first (uncached) call: users %4 ms, aliases %5 ms")
              .arg(n)
              .arg(Domains)
              .arg(first.body.size() / 1024)
              .arg(coldUsers, 0, 'f', 1)
              .arg(coldAliases, 0, 'f', 1));
    const double target = n <= 1000 ? 3.0 : 30.0;
    for (const auto& [label, auth] :
         {std::pair{QStringLiteral("session key"), session}, std::pair{QStringLiteral("password"), password}}) {
        const double u = timeGets(http, users, auth, &status);
        const int us = status;
        const double a = timeGets(http, aliases, auth, &status);
        print(QStringLiteral("  %1 auth: GET users?format=json median %2 ms (HTTP %3), aliases?format=json median %4 "
                             "ms (HTTP %5)  [target <= %6 ms]")
                  .arg(label)
                  .arg(u, 0, 'f', 2)
                  .arg(us)
                  .arg(a, 0, 'f', 2)
                  .arg(status)
                  .arg(target));
    }
    print(QStringLiteral("  agent RSS idle %1, loaded %2  [target <= 30 MB]").arg(idle, rssOf(pid)));
    if (n <= 1000) {
        // The same bytes from nginx as a static file, same client, same certificate, kept-alive HTTPS.
        StaticNginx nginx;
        if (!nginx.start(agent, first.body, &error)) {
            print("  nginx comparison skipped: " + error);
        } else {
            TestHttp nginxHttp(agent.certificate());
            const double agentMs = timeGets(http, users, session, &status);
            int nginxStatus = 0;
            const double nginxMs = timeGets(nginxHttp, nginx.url(), {}, &nginxStatus);
            print(
                QStringLiteral("  same %1 KB users JSON: agent median %2 ms (HTTP %3), nginx static file median %4 ms "
                               "(HTTP %5): agent/nginx %6  [target <= 2]")
                    .arg(first.body.size() / 1024)
                    .arg(agentMs, 0, 'f', 2)
                    .arg(status)
                    .arg(nginxMs, 0, 'f', 2)
                    .arg(nginxStatus)
                    .arg(agentMs / nginxMs, 0, 'f', 2));
        }
    }

    // Adds on an existing domain (the box has 1,000 mail domains): no domain change, so no DNS/web regeneration.
    std::vector<double> adds;
    http.postForm(agent.url("/mail/users/add"), {{"email", "warmup@d1.example.net"}, {"password", "bench password"}},
                  session);
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const TestHttp::Reply r = http.postForm(
            agent.url("/mail/users/add"),
            {{"email", QStringLiteral("bench%1@d7.example.net").arg(i)}, {"password", "bench password"}}, session);
        adds.push_back(t.nsecsElapsed() / 1e6);
        if (r.status != 200) {
            print("  add failed: " + QString::fromUtf8(r.body));
        }
    }
    print(QStringLiteral("  POST users/add on an existing domain: median %1 ms, max %2 ms  [target <= 50 ms]")
              .arg(median(adds), 0, 'f', 1)
              .arg(*std::max_element(adds.begin(), adds.end()), 0, 'f', 1));
    const double afterAdd = timeGets(http, users, session, &status);
    print(QStringLiteral("  GET users?format=json after the adds: median %1 ms; agent RSS %2")
              .arg(afterAdd, 0, 'f', 2)
              .arg(rssOf(pid)));
    agent.stop();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    print("bench_mail_api: " + QString::number(Calls) +
          " calls per figure, medians, client-side round trips over HTTPS keep-alive");
    runScale(1000);
    if (!app.arguments().contains(QStringLiteral("--small"))) {
        runScale(10000);
    }
    return 0;
}
