#include "RecordValidator.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

const QRegularExpression& domainPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?!-)(?:[*][.])?(?:[a-zA-Z\d\-_]{0,62}[a-zA-Z\d_]\.){1,126}(?!\d+)[a-zA-Z\d_]{1,63}(\.?)$)"));
    return re;
}

bool isNumberInRange(const QString& s, int max)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,5}$"));
    if (!digits.match(s).hasMatch())
        return false;
    return s.toInt() <= max;
}

// A host name in a record value: "." (none), an absolute name, or a name relative to the zone.
bool isTargetName(const QString& s)
{
    static const QRegularExpression relative(QStringLiteral(
        R"(^(?:[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,61}[A-Za-z0-9_])?\.?$)"));
    return s == QLatin1String(".") || RecordValidator::isDomainName(s) || relative.match(s).hasMatch();
}

QString checkMx(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2 || !isNumberInRange(parts[0], 65535) || !isTargetName(parts[1]))
        return QStringLiteral("Invalid MX value. Use '<priority> <mail server>', e.g. '10 mail.example.com.'.");
    return {};
}

QString checkSrv(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 4 || !isNumberInRange(parts[0], 65535) || !isNumberInRange(parts[1], 65535) ||
        !isNumberInRange(parts[2], 65535) || !isTargetName(parts[3]))
        return QStringLiteral(
            "Invalid SRV value. Use '<priority> <weight> <port> <target>', e.g. '0 0 443 server.example.com.'.");
    return {};
}

QString checkSshfp(const QString& value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString message = QStringLiteral("Invalid SSHFP value. Use '<algorithm> <fingerprint type> <fingerprint "
                                           "in hex>', e.g. '4 2 ' followed by 64 hex digits.");
    if (parts.size() != 3 || !isNumberInRange(parts[0], 255) || !isNumberInRange(parts[1], 255) ||
        !hex.match(parts[2]).hasMatch())
        return message;
    const int type = parts[1].toInt();
    if ((type == 1 && parts[2].size() != 40) || (type == 2 && parts[2].size() != 64) || parts[2].size() % 2 != 0)
        return message;
    return {};
}

QString checkCaa(const QString& value)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}) ([A-Za-z0-9]{1,15}) ("[^"]*"|[^\s"]+)$)"));
    const auto m = re.match(value);
    if (!m.hasMatch() || m.captured(1).toInt() > 255)
        return QStringLiteral("Invalid CAA value. Use '<flags> <tag> <value>', e.g. '0 issue \"letsencrypt.org\"'.");
    return {};
}

QString checkTxt(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("Invalid TXT value: it contains control characters such as line breaks or tabs.");
    }
    if (value.size() > 4096)
        return QStringLiteral("Invalid TXT value: it is longer than 4096 characters.");
    return {};
}

// Python's repr() of a str, as upstream's error message shows the value.
QString pythonRepr(const QString& value)
{
    const QChar quote =
        value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('"')) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out = quote;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == quote)
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

} // namespace

const QStringList& RecordValidator::allowedTypes()
{
    static const QStringList types{QStringLiteral("A"),   QStringLiteral("AAAA"),  QStringLiteral("CNAME"),
                                   QStringLiteral("NS"),  QStringLiteral("TXT"),   QStringLiteral("MX"),
                                   QStringLiteral("SRV"), QStringLiteral("SSHFP"), QStringLiteral("CAA")};
    return types;
}

bool RecordValidator::isDomainName(const QString& name)
{
    return domainPattern().match(name).hasMatch();
}

bool RecordValidator::isIpv4(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$)"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return true;
}

bool RecordValidator::isIpv6(const QString& value)
{
    static const QRegularExpression chars(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (!value.contains(QLatin1Char(':')) || !chars.match(value).hasMatch())
        return false;
    // An embedded IPv4 tail must be strict too.
    const int lastColon = value.lastIndexOf(QLatin1Char(':'));
    const QString tail = value.mid(lastColon + 1);
    if (tail.contains(QLatin1Char('.')) && !isIpv4(tail))
        return false;
    QHostAddress address;
    return address.setAddress(value) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool RecordValidator::isIpOrNetwork(const QString& value)
{
    if (!value.contains(QLatin1Char('/')))
        return isIpv4(value) || isIpv6(value);
    const QString address = value.section(QLatin1Char('/'), 0, 0);
    const QString prefix = value.section(QLatin1Char('/'), 1);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    if (!digits.match(prefix).hasMatch())
        return false;
    const int length = prefix.toInt();
    const bool v4 = isIpv4(address);
    if (!v4 && !isIpv6(address))
        return false;
    if (length > (v4 ? 32 : 128))
        return false;
    // Host bits must be zero, as a strict network parser requires.
    const QHostAddress parsed(address);
    const auto subnet = QHostAddress::parseSubnet(parsed.toString() + QLatin1Char('/') + QString::number(length));
    return subnet.first == parsed;
}

QString RecordValidator::validate(const QString& qname, const QString& rtype, const QString& value, const QString& zone,
                                  QString* normalized)
{
    *normalized = value;
    if (!isDomainName(qname))
        return QStringLiteral("Invalid name.");
    if (rtype == QLatin1String("A") || rtype == QLatin1String("AAAA")) {
        if (value == QLatin1String("local"))
            return {};
        if (value.contains(QLatin1Char('%')) && isIpv6(value.section(QLatin1Char('%'), 0, 0)))
            return QStringLiteral("'%1' is a scoped IPv6 address; DNS records cannot carry a scope.").arg(value);
        const bool v4 = isIpv4(value);
        const bool v6 = !v4 && isIpv6(value);
        if (!v4 && !v6)
            return QStringLiteral("%1 does not appear to be an IPv4 or IPv6 address").arg(pythonRepr(value));
        if (rtype == QLatin1String("A") && v6)
            return QStringLiteral("That's an IPv6 address.");
        if (rtype == QLatin1String("AAAA") && v4)
            return QStringLiteral("That's an IPv4 address.");
        return {};
    }
    if (rtype == QLatin1String("CNAME") || rtype == QLatin1String("NS")) {
        if (rtype == QLatin1String("NS") && qname == zone)
            return QStringLiteral("NS records can only be set for subdomains.");
        // The apex always holds SOA and NS records, which a CNAME cannot sit beside (a zone that nsd refuses).
        if (rtype == QLatin1String("CNAME") && qname == zone)
            return QStringLiteral("CNAME records can only be set for subdomains.");
        if (!normalized->endsWith(QLatin1Char('.')))
            normalized->append(QLatin1Char('.'));
        if (!isDomainName(*normalized))
            return QStringLiteral("Invalid value.");
        return {};
    }
    if (rtype == QLatin1String("TXT"))
        return checkTxt(value);
    if (rtype == QLatin1String("MX"))
        return checkMx(value);
    if (rtype == QLatin1String("SRV"))
        return checkSrv(value);
    if (rtype == QLatin1String("SSHFP"))
        return checkSshfp(value);
    if (rtype == QLatin1String("CAA"))
        return checkCaa(value);
    return QStringLiteral("Unknown record type '%1'.").arg(rtype);
}
