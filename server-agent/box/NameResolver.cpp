#include "NameResolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr quint16 TypeA = 1;
constexpr quint16 TypeNs = 2;
constexpr quint16 TypeSoa = 6;
constexpr quint16 TypePtr = 12;
constexpr quint16 TypeMx = 15;
constexpr quint16 TypeTxt = 16;
constexpr quint16 TypeAaaa = 28;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeTlsa = 52;
constexpr int MaxInFlight = 128; // their answers fit in the receive buffer asked for below
constexpr int ResendAfterMs = 1500;

quint16 typeCode(const QString& type)
{
    static const QHash<QString, quint16> codes{
        {QStringLiteral("A"), TypeA},       {QStringLiteral("NS"), TypeNs}, {QStringLiteral("SOA"), TypeSoa},
        {QStringLiteral("PTR"), TypePtr},   {QStringLiteral("MX"), TypeMx}, {QStringLiteral("TXT"), TypeTxt},
        {QStringLiteral("AAAA"), TypeAaaa}, {QStringLiteral("DS"), TypeDs}, {QStringLiteral("TLSA"), TypeTlsa}};
    return codes.value(type, TypeA);
}

QString aceName(const QString& name)
{
    QString n = name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name;
    const QByteArray ace = QUrl::toAce(n);
    return (ace.isEmpty() ? n : QString::fromLatin1(ace)).toLower();
}

// The nameserver a system lookup would ask first.
QString systemNameserver()
{
    QFile f(QStringLiteral("/etc/resolv.conf"));
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QList<QByteArray> words = f.readLine().simplified().split(' ');
            if (words.size() >= 2 && words[0] == "nameserver")
                return QString::fromLatin1(words[1]);
        }
    }
    return QStringLiteral("127.0.0.1");
}

// Reads a (possibly compressed) name at *pos, advancing *pos past it; false when malformed.
bool readName(const QByteArray& p, int* pos, QString* out)
{
    QStringList labels;
    int at = *pos;
    bool jumped = false;
    for (int hops = 0; hops < 64; ++hops) {
        if (at >= p.size())
            return false;
        const auto len = static_cast<quint8>(p[at]);
        if (len == 0) {
            if (!jumped)
                *pos = at + 1;
            if (out)
                *out = labels.join(QLatin1Char('.')).toLower();
            return true;
        }
        if ((len & 0xc0) == 0xc0) {
            if (at + 1 >= p.size())
                return false;
            if (!jumped)
                *pos = at + 2;
            jumped = true;
            at = ((len & 0x3f) << 8) | static_cast<quint8>(p[at + 1]);
            continue;
        }
        if (at + 1 + len > p.size())
            return false;
        labels.append(QString::fromLatin1(p.mid(at + 1, len)));
        at += 1 + len;
    }
    return false;
}

quint16 read16(const QByteArray& p, int at)
{
    return static_cast<quint16>((static_cast<quint8>(p[at]) << 8) | static_cast<quint8>(p[at + 1]));
}

quint32 read32(const QByteArray& p, int at)
{
    return (quint32(read16(p, at)) << 16) | read16(p, at + 2);
}

// A TXT string in dnspython's form: quoted, `"` and `\` escaped, bytes outside printable ASCII as \ddd.
QString quotedTxt(const QByteArray& s)
{
    QString out = QStringLiteral("\"");
    for (const char c : s) {
        const auto b = static_cast<quint8>(c);
        if (b == '"' || b == '\\')
            out += QStringLiteral("\\") + QLatin1Char(c);
        else if (b < 0x20 || b >= 0x7f)
            out += QStringLiteral("\\%1").arg(b, 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('"');
}

// The presentation form of one record's data at p[pos, pos+length) (names may point anywhere in p); empty when
// it does not parse.
QString recordText(const QByteArray& p, quint16 type, int pos, int length)
{
    const int end = pos + length;
    QString name;
    switch (type) {
    case TypeA:
        if (length != 4)
            return {};
        return QHostAddress(read32(p, pos)).toString();
    case TypeAaaa:
        if (length != 16)
            return {};
        return QHostAddress(reinterpret_cast<const quint8*>(p.constData() + pos)).toString();
    case TypeNs:
    case TypePtr:
        if (!readName(p, &pos, &name))
            return {};
        return name + QLatin1Char('.');
    case TypeMx: {
        if (length < 3)
            return {};
        const quint16 preference = read16(p, pos);
        pos += 2;
        if (!readName(p, &pos, &name))
            return {};
        return QString::number(preference) + QLatin1Char(' ') + name + QLatin1Char('.');
    }
    case TypeSoa: {
        QString rname;
        if (!readName(p, &pos, &name) || !readName(p, &pos, &rname) || pos + 20 > end)
            return {};
        QStringList words{name + QLatin1Char('.'), rname + QLatin1Char('.')};
        for (int i = 0; i < 5; ++i)
            words.append(QString::number(read32(p, pos + 4 * i)));
        return words.join(QLatin1Char(' '));
    }
    case TypeTxt: {
        QStringList strings;
        while (pos < end) {
            const int n = static_cast<quint8>(p[pos]);
            if (pos + 1 + n > end)
                return {};
            strings.append(quotedTxt(p.mid(pos + 1, n)));
            pos += 1 + n;
        }
        return strings.join(QLatin1Char(' '));
    }
    case TypeDs:
        if (length < 5)
            return {};
        return QStringLiteral("%1 %2 %3 %4")
            .arg(read16(p, pos))
            .arg(static_cast<quint8>(p[pos + 2]))
            .arg(static_cast<quint8>(p[pos + 3]))
            .arg(QString::fromLatin1(p.mid(pos + 4, length - 4).toHex()));
    case TypeTlsa:
        if (length < 4)
            return {};
        return QStringLiteral("%1 %2 %3 %4")
            .arg(static_cast<quint8>(p[pos]))
            .arg(static_cast<quint8>(p[pos + 1]))
            .arg(static_cast<quint8>(p[pos + 2]))
            .arg(QString::fromLatin1(p.mid(pos + 3, length - 3).toHex()));
    default:
        return {};
    }
}

void append16(QByteArray* p, quint16 v)
{
    p->append(static_cast<char>(v >> 8));
    p->append(static_cast<char>(v & 0xff));
}

} // namespace

QString NameResolver::Answer::text() const
{
    switch (status) {
    case Status::Found: {
        QStringList values;
        values.reserve(addresses.size());
        for (const QString& a : addresses)
            values.append(a.endsWith(QLatin1Char('.')) ? a.chopped(1) : a);
        values.sort();
        return values.join(QStringLiteral("; "));
    }
    case Status::NotSet:
        return QStringLiteral("[Not Set]");
    case Status::TimedOut:
        break;
    }
    return QStringLiteral("[timeout]");
}

NameResolver::NameResolver(const QString& resolver, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    const QString r = resolver.trimmed();
    m_none = r == QLatin1String("none");
    QString port;
    if (r.startsWith(QLatin1Char('['))) {
        const int close = r.indexOf(QLatin1Char(']'));
        m_server = r.mid(1, close - 1);
        if (r.mid(close + 1).startsWith(QLatin1Char(':')))
            port = r.mid(close + 2);
    } else if (r.count(QLatin1Char(':')) == 1) {
        m_server = r.section(QLatin1Char(':'), 0, 0);
        port = r.section(QLatin1Char(':'), 1);
    } else {
        m_server = r;
    }
    if (m_server.isEmpty())
        m_server = systemNameserver();
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (ok && p > 0 && p < 65536)
        m_port = static_cast<quint16>(p);
}

QByteArray NameResolver::encodeQuery(quint16 id, const Question& question)
{
    return encodeAceQuery(id, aceName(question.name), question.type);
}

QByteArray NameResolver::encodeAceQuery(quint16 id, const QString& ace, const QString& type)
{
    QByteArray p;
    append16(&p, id);
    append16(&p, 0x0100); // a query, recursion desired
    append16(&p, 1);
    append16(&p, 0);
    append16(&p, 0);
    append16(&p, 0);
    for (const QString& label : ace.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray l = label.toLatin1().left(63);
        p.append(static_cast<char>(l.size()));
        p.append(l);
    }
    p.append('\0');
    append16(&p, typeCode(type));
    append16(&p, 1); // IN
    return p;
}

bool NameResolver::parseResponse(const QByteArray& p, quint16* id, const QString& type, Answer* answer)
{
    if (p.size() < 12)
        return false;
    *id = read16(p, 0);
    const quint16 flags = read16(p, 2);
    if (!(flags & 0x8000))
        return false; // not a response
    const int questions = read16(p, 4);
    const int answers = read16(p, 6);
    int pos = 12;
    for (int i = 0; i < questions; ++i) {
        if (!readName(p, &pos, nullptr) || pos + 4 > p.size())
            return false;
        pos += 4;
    }
    const quint16 wanted = typeCode(type);
    QStringList addresses;
    for (int i = 0; i < answers; ++i) {
        if (!readName(p, &pos, nullptr) || pos + 10 > p.size())
            return false;
        const quint16 rrType = read16(p, pos);
        const int length = read16(p, pos + 8);
        pos += 10;
        if (pos + length > p.size())
            return false;
        if (rrType == wanted) {
            const QString text = recordText(p, rrType, pos, length);
            if (!text.isEmpty())
                addresses.append(text);
        }
        pos += length;
    }
    const int rcode = flags & 0x000f;
    std::sort(addresses.begin(), addresses.end());
    addresses.removeDuplicates();
    answer->addresses = addresses;
    answer->status = rcode == 0 && !addresses.isEmpty() ? Answer::Status::Found : Answer::Status::NotSet;
    return true;
}

QList<NameResolver::Answer> NameResolver::lookupMany(const QList<Question>& questions) const
{
    QList<Answer> answers(questions.size());
    if (questions.isEmpty())
        return answers;
    if (m_none) {
        for (Answer& a : answers)
            a.status = Answer::Status::NotSet;
        return answers;
    }
    const QHostAddress server(m_server);
    if (server.isNull())
        return answers; // all TimedOut: nothing to ask
    const bool v6 = server.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return answers;
    sockaddr_storage address{};
    socklen_t addressLength = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&address);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(m_port);
        const Q_IPV6ADDR ip = server.toIPv6Address();
        std::copy(std::begin(ip.c), std::end(ip.c), a->sin6_addr.s6_addr);
        addressLength = sizeof(sockaddr_in6);
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&address);
        a->sin_family = AF_INET;
        a->sin_port = htons(m_port);
        a->sin_addr.s_addr = htonl(server.toIPv4Address());
        addressLength = sizeof(sockaddr_in);
    }
    const int receiveBuffer = 1 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), addressLength) != 0) {
        ::close(fd);
        return answers;
    }

    struct InFlight
    {
        int index;
        qint64 firstSent;
        qint64 lastSent;
        QByteArray query;
    };
    QStringList names; // IDNA conversions are not cheap: once per question
    names.reserve(questions.size());
    for (const Question& q : questions)
        names.append(aceName(q.name));
    QHash<quint16, InFlight> inFlight;
    QElapsedTimer clock;
    clock.start();
    const quint16 firstId = static_cast<quint16>(QRandomGenerator::system()->generate());
    int next = 0;
    bool unreachable = false;
    const auto send = [fd](const QByteArray& q) { return ::send(fd, q.constData(), size_t(q.size()), 0) >= 0; };

    while ((next < questions.size() || !inFlight.isEmpty()) && !unreachable) {
        qint64 now = clock.elapsed();
        while (inFlight.size() < MaxInFlight && next < questions.size()) {
            quint16 id = static_cast<quint16>(firstId + next);
            while (inFlight.contains(id))
                ++id;
            const QByteArray q = encodeAceQuery(id, names[next], questions[next].type);
            inFlight.insert(id, {next, now, now, q});
            send(q);
            ++next;
        }
        qint64 wait = ResendAfterMs;
        for (auto it = inFlight.begin(); it != inFlight.end();) {
            if (now - it->firstSent >= m_timeoutMs) {
                it = inFlight.erase(it); // stays TimedOut
                continue;
            }
            if (now - it->lastSent >= ResendAfterMs) {
                send(it->query);
                it->lastSent = now;
            }
            wait = std::min({wait, m_timeoutMs - (now - it->firstSent), ResendAfterMs - (now - it->lastSent)});
            ++it;
        }
        if (inFlight.isEmpty())
            continue;
        pollfd pfd{fd, POLLIN, 0};
        ::poll(&pfd, 1, static_cast<int>(std::max<qint64>(wait, 1)));
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n < 0) {
                if (errno == ECONNREFUSED)
                    unreachable = true; // nobody listens there: every open question times out now
                break;
            }
            const QByteArray packet(buffer, static_cast<qsizetype>(n));
            quint16 id = 0;
            Answer answer;
            const auto peek = packet.size() >= 2 ? read16(packet, 0) : quint16(0);
            const auto it = inFlight.constFind(peek);
            if (it == inFlight.constEnd())
                continue;
            const Question& question = questions[it->index];
            // The response must echo the question (an answer to a resent or stray query is ignored).
            int pos = 12;
            QString echoed;
            if (packet.size() < 12 || read16(packet, 4) != 1 || !readName(packet, &pos, &echoed) ||
                echoed != names[it->index])
                continue;
            if (!parseResponse(packet, &id, question.type, &answer))
                continue;
            answers[it->index] = answer;
            inFlight.remove(peek);
        }
    }
    ::close(fd);
    return answers;
}

QStringList NameResolver::lookup(const QString& name, const QString& type) const
{
    const QList<Answer> a = lookupMany({Question{name, type}});
    return a.first().addresses;
}
