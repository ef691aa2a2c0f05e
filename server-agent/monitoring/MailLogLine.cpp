#include "MailLogLine.h"

namespace {

bool isQueueId(const QByteArray& word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

// "<NOQUEUE or queue id>: reject: ..." (smtpd_reject_footer and the reply text follow).
bool isReject(const QByteArray& message)
{
    const qsizetype colon = message.indexOf(": ");
    return colon > 0 && isQueueId(message.left(colon)) && message.mid(colon + 2).startsWith("reject: ");
}

bool isDelivered(const QByteArray& message)
{
    return message.contains(": to=<") && message.contains(", status=sent ");
}

} // namespace

void MailLogLine::Counts::add(Event event)
{
    switch (event) {
    case Event::Received:
        ++received;
        break;
    case Event::Sent:
        ++sent;
        break;
    case Event::Rejected:
        ++rejected;
        break;
    case Event::None:
        break;
    }
}

MailLogLine::Counts& MailLogLine::Counts::operator+=(const Counts& other)
{
    received += other.received;
    sent += other.sent;
    rejected += other.rejected;
    return *this;
}

MailLogLine::Event MailLogLine::classify(const QByteArray& line)
{
    // The syslog tag "program[pid]: " ends at the first "]: "; the program is the word before its '['.
    const qsizetype tagEnd = line.indexOf("]: ");
    if (tagEnd < 0)
        return Event::None;
    const qsizetype bracket = line.lastIndexOf('[', tagEnd);
    if (bracket < 0)
        return Event::None;
    const qsizetype space = line.lastIndexOf(' ', bracket);
    const QByteArray program = line.mid(space + 1, bracket - space - 1);
    if (!program.startsWith("postfix"))
        return Event::None;
    const qsizetype slash = program.lastIndexOf('/');
    if (slash < 0)
        return Event::None;
    const QByteArray daemon = program.mid(slash + 1);
    const QByteArray message = line.mid(tagEnd + 3);
    if (daemon == "smtpd" || daemon == "postscreen")
        return isReject(message) ? Event::Rejected : Event::None;
    if (daemon == "lmtp" || daemon == "local" || daemon == "virtual")
        return isDelivered(message) ? Event::Received : Event::None;
    if (daemon == "smtp")
        return isDelivered(message) ? Event::Sent : Event::None;
    return Event::None;
}

MailLogLine::Counts MailLogLine::count(const QByteArray& text)
{
    Counts counts;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        // Cheap test first: most lines of a mail log are not postfix's deliveries or refusals.
        const QByteArrayView view(text.constData() + at, end - at);
        if (view.contains("status=sent") || view.contains("reject: "))
            counts.add(classify(QByteArray(view.data(), view.size())));
        at = end + 1;
    }
    return counts;
}
