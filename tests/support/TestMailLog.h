#pragma once

#include <QByteArray>

// Lines of postfix's mail log, one of each kind the monitoring module counts, for its tests.
namespace TestMailLog {

// A message delivered to a local mailbox (received).
inline const QByteArray Delivered =
    "Dec  6 07:00:00 box postfix/lmtp[11]: 4N1aaa: to=<me@example.com>, relay=127.0.0.1[127.0.0.1]:10025, delay=0.2, "
    "delays=0.1/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <me@example.com> abc Saved)\n";
// A message handed to another server (sent).
inline const QByteArray Sent =
    "Dec  6 07:00:01 box postfix/smtp[12]: 4N1aab: to=<a@example.org>, relay=mx.example.org[203.0.113.9]:25, "
    "delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1)\n";
// A recipient refused (rejected).
inline const QByteArray Rejected =
    "Dec  6 07:00:02 box postfix/smtpd[13]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 "
    "5.7.1 Service unavailable; from=<s@spam.example> to=<me@example.com> proto=ESMTP helo=<x>\n";

} // namespace TestMailLog
