#pragma once

#include <QProcess>
#include <QString>

// OpenSSH's sshd on a free loopback port for the rsync backup tests, never the machine's own: its own host key,
// sshd_config and authorized keys file in the test's folder, public keys only, no PAM, no pid file. The login is
// the test's own user. Run as root, sshd needs its privilege separation folder (/run/sshd): when the machine has
// none, sshd runs in a mount namespace of its own with an empty tmpfs on /run holding it, so the machine is not
// changed.
class TestSshd
{
public:
    TestSshd() = default;
    TestSshd(const TestSshd&) = delete;
    TestSshd& operator=(const TestSshd&) = delete;
    ~TestSshd();

    static QString program(); // empty when openssh-server is not installed
    // Why sshd cannot run here (not installed; root without /run/sshd where no mount namespace can be made), empty
    // when it can.
    static QString cannotRun();

    // Starts sshd with its files in `dir`, trusting the public key(s) in `authorizedKeys`; true once it listens.
    bool start(const QString& dir, const QByteArray& authorizedKeys, QString* error);
    void stop();

    quint16 port() const { return m_port; }
    QString user() const; // the login (the user running the test)
    // ssh's options for a client of this server: the key, the port, no host key file, no configuration.
    QString sshCommand(const QString& keyPath) const;
    QByteArray log() const; // what sshd printed so far

private:
    QString m_dir;
    quint16 m_port = 0;
    mutable QProcess m_process;
    mutable QByteArray m_log;
};
