#pragma once

#include <QByteArray>
#include <QtGlobal>

// What one line of the mail log (/var/log/mail.log, syslog's or postfix's own maillog_file format) says about mail
// traffic. Only postfix's lines count, told apart by the daemon in their syslog tag ("postfix/smtpd[1234]: ...",
// also with a syslog_name such as "postfix/submission/smtpd"):
// - Rejected: smtpd or postscreen refusing a recipient, "NOQUEUE: reject: RCPT from ..." (or "<queue id>: reject:"
//   when a message already has one); one line per refused recipient, "reject_warning:" does not count;
// - Received: a delivery to a mailbox of this box, "<queue id>: to=<...>, relay=..., status=sent (...)" from lmtp
//   (Mail-in-a-Box hands mail to dovecot over LMTP), local or virtual; one line per delivered recipient;
// - Sent: the same from smtp (delivery to another server, "postfix/smtp" or a transport named like
//   "postfix/relay/smtp").
// Deferred and bounced deliveries (status=deferred, status=bounced) are not counted.
namespace MailLogLine {

enum class Event { None, Received, Sent, Rejected };

struct Counts
{
    qint64 received = 0;
    qint64 sent = 0;
    qint64 rejected = 0;

    void add(Event event);
    Counts& operator+=(const Counts& other);
    bool operator==(const Counts& other) const
    {
        return received == other.received && sent == other.sent && rejected == other.rejected;
    }
};

// One line without its newline.
Event classify(const QByteArray& line);
// Every complete line of `text` (a trailing piece without '\n' counts as a line too).
Counts count(const QByteArray& text);

} // namespace MailLogLine
