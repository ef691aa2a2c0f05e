#pragma once

#include <QProcess>
#include <QString>

// The real nginx for the system tests, serving a box's generated configuration on loopback: a private top-level
// nginx.conf in `dir` (pid file, error log and temporary folders there, in the foreground) that includes the
// given file, the box's SYSTEM_ROOT/etc/nginx/conf.d/local.conf. nginx reads nothing of /etc/nginx.
class TestNginx
{
public:
    TestNginx() = default;
    TestNginx(const TestNginx&) = delete;
    TestNginx& operator=(const TestNginx&) = delete;
    ~TestNginx();

    // The nginx binary; empty when it is not installed.
    static QString program();

    // Writes dir/nginx.conf including `includeFile`.
    bool prepare(const QString& dir, const QString& includeFile, QString* error);
    QString configPath() const;
    // For the box's config keys NGINX_TEST_CONFIG and NGINX_RELOAD_COMMAND.
    QString reloadCommand() const;

    // Starts nginx; true once its pid file is written (false with its output when it exits or times out).
    bool start(QString* error);
    void stop();
    // What nginx printed (its error log) and was not read yet.
    QByteArray output();

private:
    QString m_dir;
    QProcess m_process;
};
