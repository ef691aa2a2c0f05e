#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What a mail user's program and another mail server do, for the end-to-end tests: SMTP (plain, or STARTTLS with
// AUTH PLAIN as on the submission port) and IMAP (IMAPS, or STARTTLS), one synchronous session per call on
// 127.0.0.1. The server's certificate is not verified here (the tests compare it with `openssl s_client`).
namespace TestMailClient {

struct SmtpLogin
{
    bool startTls = false;
    QString user; // empty: no AUTH
    QString password;
};

// Sends `message` (headers and body; lines end in \n, sent as \r\n, dot-stuffed) from `from` to `to`. Returns
// the server's answer to the end of the data ("250 2.0.0 Ok: queued as …"), or the first answer that was not a
// success ("550 5.1.1 <x@y>: Recipient address rejected: …", "535 5.7.8 Error: authentication failed: …"), or
// "<failed: reason>" when the conversation broke off.
QString sendMail(quint16 port, const SmtpLogin& login, const QString& from, const QStringList& to,
                 const QByteArray& message);

// A message with a Subject, From and To and a body, as sendMail() takes it.
QByteArray message(const QString& from, const QString& to, const QString& subject, const QString& body = {});

struct Mailbox
{
    QString error; // empty when the login worked and INBOX was read; else the server's tagged answer or "<failed: …>"
    QList<QByteArray> messages; // INBOX, oldest first, each as the server sends it (headers and body)

    // Whether a message with this subject is in the mailbox.
    bool hasSubject(const QString& subject) const;
};

// Logs `user` in over IMAPS (implicitTls) or IMAP with STARTTLS and reads every message of INBOX.
Mailbox readInbox(quint16 port, bool implicitTls, const QString& user, const QString& password);

} // namespace TestMailClient
