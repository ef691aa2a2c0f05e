#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// DNS lookups the agent makes (secondary nameserver names, whether a domain resolves to the box before a
// certificate is requested), always through the configured DNS_RESOLVER ("address[:port]", "[v6]:port"; empty =
// the first nameserver of the system's /etc/resolv.conf; "none" = no lookups, every name is not set: a box that is not
// on the network, like the demo box). Queries go over UDP from the calling thread, many at
// a time, each with a 5-second limit like upstream's lookups: a thousand names take as long as the slowest
// answer, not a thousand round trips. Thread-safe (every call uses its own socket).
class NameResolver
{
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit NameResolver(const QString& resolver, int timeoutMs = DefaultTimeoutMs);

    struct Question
    {
        QString name; // an IDNA (ASCII) name or a Unicode one (converted)
        QString type; // "A", "AAAA", "NS", "MX", "PTR", "TXT", "SOA", "DS" or "TLSA"
    };
    struct Answer
    {
        enum class Status {
            Found, // addresses holds the answer's records, sorted: addresses normalized (RFC 5952 for IPv6), other
                   // types in the presentation form dnspython gives them (names end in ".", "10 mx.example.com.",
                   // "3 1 1 <hex>", TXT strings quoted)
            NotSet, // no such name, no such record, or the server refused or failed (upstream's "[Not Set]")
            TimedOut, // no answer in time, or the server could not be reached (upstream's "[timeout]")
        };
        Status status = Status::TimedOut;
        QStringList addresses;
        // Upstream's text of the answer (status_checks.py's query_dns): the records with a trailing "." removed,
        // sorted and joined by "; ", "[Not Set]" or "[timeout]".
        QString text() const;
    };

    // The answers to `questions`, in the same order.
    QList<Answer> lookupMany(const QList<Question>& questions) const;
    // The records of `name` for `type` (see Question); empty on any failure.
    QStringList lookup(const QString& name, const QString& type) const;

    // The DNS wire format (RFC 1035), exposed for the unit tests: a recursive query with `id`, and the parse
    // of a response to it (status and records of the asked type found anywhere in the answer section, so a
    // CNAME chain's final addresses count). An answer that does not parse is TimedOut (ignored: the real one may
    // still come).
    static QByteArray encodeQuery(quint16 id, const Question& question);
    static bool parseResponse(const QByteArray& packet, quint16* id, const QString& type, Answer* answer);

private:
    static QByteArray encodeAceQuery(quint16 id, const QString& aceName, const QString& type);

    bool m_none = false;
    QString m_server;
    quint16 m_port = 53;
    int m_timeoutMs;
};
