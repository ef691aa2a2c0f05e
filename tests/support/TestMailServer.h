#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

// A box's Postfix and Dovecot, configured as Mail-in-a-Box's setup configures them (tests/data/mail/postfix-*.in,
// dovecot-box.conf.in): virtual domains, mailboxes and aliases from the box's users.sqlite through the sqlite maps
// and dovecot's SQL passdb, LMTP delivery to dovecot, submission with STARTTLS and authentication through dovecot's
// SASL socket, the box certificate on every service. Every port is a free loopback port; configuration, queue,
// state and logs are in `dir`; the mailboxes are the box's (STORAGE_ROOT/mail/mailboxes, owned by the mail user).
// Nothing of /etc/postfix or /etc/dovecot is read. Needs root (postfix's master).
class TestMailServer
{
public:
    TestMailServer() = default;
    TestMailServer(const TestMailServer&) = delete;
    TestMailServer& operator=(const TestMailServer&) = delete;
    ~TestMailServer();

    // Writes the configuration for the box whose storage is `storageRoot` and starts postfix's master and dovecot;
    // true once both accept connections on every port. Makes `dir` and the folders above the storage enterable
    // by the mail services' users (postfix reads users.sqlite, dovecot delivers as the mail user).
    bool start(const QString& dir, const QString& storageRoot, const QString& hostname, QString* error);
    // Lets the mail services' users pass through every folder above `storageRoot` again (the agent makes its demo box
    // private whenever it starts on it).
    static bool grantAccess(const QString& storageRoot);
    // Stops both (SIGTERM, SIGKILL after 5 s) and waits for them and their children.
    void stop();

    quint16 smtpPort() const { return m_smtp; } // postfix's SMTP server (port 25 on a box)
    quint16 submissionPort() const { return m_submission; } // STARTTLS and AUTH required (587)
    quint16 imapPort() const { return m_imap; } // STARTTLS (143, which a box opens on loopback only)
    quint16 imapsPort() const { return m_imaps; } // (993)
    quint16 lmtpPort() const { return m_lmtp; }

    // A script that makes both read their configuration and certificate again, as `systemctl restart postfix
    // dovecot` does on a box: the box config's MAIL_RESTART_COMMAND.
    QString restartCommand() const { return m_restartScript; }
    // The pids of postfix's master and dovecot's master (0 when not running); their children are theirs.
    QList<qint64> pids() const;
    // postfix's mail log and dovecot's log, for failure messages.
    QByteArray log() const;

private:
    bool writeConfiguration(const QString& storageRoot, const QString& hostname, QString* error);
    bool makeQueue(QString* error);

    QString m_dir;
    QString m_postfixConf;
    QString m_dovecotConf;
    QString m_restartScript;
    quint16 m_smtp = 0;
    quint16 m_submission = 0;
    quint16 m_imap = 0;
    quint16 m_imaps = 0;
    quint16 m_lmtp = 0;
    QProcess m_master;
    QProcess m_dovecot;
};
