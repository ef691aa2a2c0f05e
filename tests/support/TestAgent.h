#pragma once

#include <QList>
#include <QPair>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real boxkeeper-agent serving a fresh demo box over HTTPS on 127.0.0.1 with an ephemeral port.
//
// The agent, started with --demo DIR, writes DIR/demo.env once it listens:
//   BOXKEEPER_URL=https://127.0.0.1:PORT/admin
//   BOXKEEPER_EMAIL=admin@example.com
//   BOXKEEPER_PASSWORD=...
//   BOXKEEPER_FINGERPRINT=AA:BB:...   (SHA-256 of the certificate's DER form, upper-case hex with colons)
//   BOXKEEPER_PORT=PORT
class TestAgent
{
public:
    TestAgent();
    ~TestAgent();

    // Starts the agent on a new temporary demo box (or on `dir` if given: reusing a box).
    // Waits until it serves. Extra arguments go to the agent's command line.
    bool start(QString* error = nullptr, const QStringList& extraArgs = {}, const QString& dir = {});
    // Starts the agent as a box's service runs it: `--config configPath` (no demo box: nothing is prepared), HTTPS
    // on 127.0.0.1 with an ephemeral port, read from its "serving https://ADDR:PORT" line. The credentials are the
    // caller's (adminEmail() and friends stay empty); dir() is the config's folder. Waits until it serves.
    bool startWithConfig(const QString& configPath, QString* error = nullptr, const QStringList& extraArgs = {});
    void stop();
    // Stops the agent, sets `key` in the box's config (replacing any line of that key) and starts it again on the
    // same box.
    bool restartWith(const QByteArray& key, const QByteArray& value, QString* error);
    // The same for several keys at once.
    bool restartWith(const QList<QPair<QByteArray, QByteArray>>& values, QString* error);
    bool isRunning() const;

    QString dir() const { return m_dir; } // the demo box (its config is dir()/mailinabox.conf)
    QString configPath() const; // dir()/mailinabox.conf, or the one given to startWithConfig()
    QString storageRoot() const; // dir()/user-data
    QString databasePath() const; // storageRoot()/mail/users.sqlite
    QUrl baseUrl() const { return m_baseUrl; } // https://127.0.0.1:PORT/admin
    QUrl url(const QString& path) const; // baseUrl + path, e.g. url("/mail/users?format=json")
    quint16 port() const { return m_port; }
    QString adminEmail() const { return m_email; }
    QString adminPassword() const { return m_password; }
    QString fingerprint() const { return m_fingerprint; }
    QSslCertificate certificate() const; // the box certificate the agent serves
    QString systemApiKey() const; // read from the api.key file
    QByteArray stderrOutput() const;
    qint64 pid() const; // the agent process, 0 when it does not run
    // The agent process's peak resident memory so far (VmHWM), e.g. "23.4 MB"; "?" when it does not run.
    QString peakRss() const;

private:
    // Starts the agent with `box` (--demo DIR or --config FILE), --listen on an ephemeral loopback port, then
    // `extraArgs` (which may name another --listen); false (with *error) if it did not start.
    bool launch(const QStringList& box, const QStringList& extraArgs, QString* error);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QString m_dir;
    QString m_configPath; // set by startWithConfig()
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QString m_email;
    QString m_password;
    QString m_fingerprint;
    mutable QByteArray m_stderr;
};
