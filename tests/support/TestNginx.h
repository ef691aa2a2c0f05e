#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// The real nginx for the web system tests, with a private top-level nginx.conf: pid file, temporary folders and
// logs in the test's folder, the generated local.conf included, nothing of /etc/nginx read. As root the workers
// run as root too (they read the test's private folders).
class TestNginx
{
public:
    TestNginx() = default;
    TestNginx(const TestNginx&) = delete;
    TestNginx& operator=(const TestNginx&) = delete;
    ~TestNginx();

    // The nginx binary (PATH, /usr/sbin), empty when nginx is not installed.
    static QString path();
    // Writes `runDir`/nginx.conf, which includes `include` (a box's SYSTEM_ROOT/etc/nginx/conf.d/local.conf), and
    // returns its path; empty when it cannot be written.
    static QString writeConfig(const QString& runDir, const QString& include);
    // The command that makes the nginx started with `confPath` read its configuration again (a box's
    // NGINX_RELOAD_COMMAND).
    static QString reloadCommand(const QString& confPath);

    // Runs nginx in the foreground with `confPath` (stderr kept for messages) and waits up to 10 s until it
    // accepts connections on 127.0.0.1:`port`. False (with *error and nginx's output) otherwise.
    bool start(const QString& confPath, quint16 port, QString* error);
    // Stops nginx (killed after 5 s) and waits for it; nothing if it does not run.
    void stop();
    qint64 pid() const { return m_process.processId(); } // 0 when it does not run
    // What nginx printed so far.
    QByteArray output();

private:
    QProcess m_process;
    QByteArray m_output;
};
