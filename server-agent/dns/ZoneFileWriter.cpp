#include "ZoneFileWriter.h"

#include <QRegularExpression>

namespace {

const char* const SerialPlaceholder = "__SERIAL__";

const QRegularExpression& serialPattern()
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s*;\\s*serial number"));
    return re;
}

} // namespace

QString ZoneFileWriter::encodeTxt(const QString& value)
{
    QString out;
    QString rest = value;
    while (!rest.isEmpty()) {
        QString piece = rest.left(255);
        rest = rest.mid(255);
        piece.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        piece.replace(QLatin1Char('"'), QLatin1String("\\\""));
        out += QLatin1Char('"') + piece + QLatin1String("\" ");
    }
    return out;
}

QString ZoneFileWriter::zoneValue(const QString& rtype, const QString& value)
{
    return rtype == QLatin1String("TXT") ? encodeTxt(value) : value;
}

QString ZoneFileWriter::zoneTemplate(const QString& zone, const QString& primaryHostname, const DnsRecordList& records,
                                     const QString& keysHash)
{
    QString text =
        QStringLiteral(
            "\n"
            "$ORIGIN %1.\n"
            "$TTL 86400          ; default time to live\n"
            "\n"
            "@ IN SOA ns1.%2. hostmaster.%2. (\n"
            "           __SERIAL__     ; serial number\n"
            "           7200     ; Refresh (secondary nameserver update interval)\n"
            "           3600     ; Retry (when refresh fails, how often to try again, should be lower than the "
            "refresh)\n"
            "           1209600  ; Expire (when refresh fails, how long secondary nameserver will keep records around "
            "anyway)\n"
            "           86400    ; Negative TTL (how long negative responses are cached)\n"
            "           )\n")
            .arg(zone, primaryHostname);
    for (const DnsRecord& r : records) {
        text += r.qname;
        text += QLatin1String("\tIN\t");
        text += r.rtype;
        text += QLatin1Char('\t');
        text += zoneValue(r.rtype, r.value);
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("\n; DNSSEC signing keys hash: %1\n").arg(keysHash);
    return text;
}

QString ZoneFileWriter::existingSerial(const QString& existingText)
{
    const auto m = serialPattern().match(existingText);
    return m.hasMatch() ? m.captured(1) : QString();
}

ZoneFileWriter::Decision ZoneFileWriter::decide(const QString& templateText, const QString& existingText,
                                                bool existingFound, bool force, bool resignNeeded, const QDate& today)
{
    QString serial = today.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("00");
    if (existingFound) {
        const auto m = serialPattern().match(existingText);
        if (m.hasMatch()) {
            const QString oldSerial = m.captured(1);
            QString masked = existingText;
            // Every occurrence of the matched text is masked, as upstream does.
            masked.replace(m.captured(0), QLatin1String(SerialPlaceholder) + QLatin1String("     ; serial number"));
            if (masked == templateText && !force && !resignNeeded)
                return {};
            // Compared as strings, as upstream does.
            if (oldSerial >= serial)
                serial = QString::number(oldSerial.toULongLong() + 1);
        }
    }
    Decision d;
    d.write = true;
    d.text = templateText;
    d.text.replace(QLatin1String(SerialPlaceholder), serial);
    return d;
}

bool ZoneFileWriter::resignNeeded(const QString& signedText, bool signedExists, const QDateTime& now)
{
    if (!signedExists)
        return true;
    static const QRegularExpression re(QStringLiteral("\\sRRSIG\\s+SOA\\s+\\d+\\s+\\d+\\s\\d+\\s+(\\d{14})"));
    QString earliest;
    auto it = re.globalMatch(signedText);
    while (it.hasNext()) {
        const QString t = it.next().captured(1);
        if (earliest.isEmpty() || t < earliest)
            earliest = t;
    }
    if (earliest.isEmpty())
        return true;
    const QDateTime expiration = QDateTime::fromString(earliest, QStringLiteral("yyyyMMddHHmmss"));
    return !expiration.isValid() || now.secsTo(expiration) < 3 * 24 * 3600;
}
