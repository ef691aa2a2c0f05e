#include "DnsRecords.h"

#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

QByteArray DnsRecordChange::verb() const
{
    switch (kind) {
    case Kind::Add:
        return QByteArrayLiteral("POST");
    case Kind::Replace:
        return QByteArrayLiteral("PUT");
    case Kind::RemoveValue:
    case Kind::RemoveAll:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("POST");
}

QString DnsRecordChange::path() const
{
    return QStringLiteral("/dns/custom/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(DnsRecords::asciiName(qname), "*")),
             QString::fromLatin1(QUrl::toPercentEncoding(rtype.trimmed().toUpper())));
}

namespace DnsRecords {

QStringList recordTypes()
{
    return {QStringLiteral("A"),     QStringLiteral("AAAA"),  QStringLiteral("CAA"),
            QStringLiteral("CNAME"), QStringLiteral("TXT"),   QStringLiteral("MX"),
            QStringLiteral("SRV"),   QStringLiteral("SSHFP"), QStringLiteral("NS")};
}

QString asciiName(const QString& name)
{
    QString n = name.trimmed();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty())
        return {};
    // Wildcard and underscore labels are no host names: convert label by label.
    QStringList labels = n.split(QLatin1Char('.'));
    for (QString& label : labels) {
        bool ascii = true;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            label = label.toLower();
            continue;
        }
        const QByteArray ace = QUrl::toAce(label);
        if (ace.isEmpty())
            return {};
        label = QString::fromLatin1(ace).toLower();
    }
    return labels.join(QLatin1Char('.'));
}

QString displayName(const QString& asciiName)
{
    if (!asciiName.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
        return asciiName; // nothing to decode (most names; the lists call this per row)
    const QString unicode = QUrl::fromAce(asciiName.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? asciiName : unicode;
}

QStringList txtStrings(const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    QStringList out;
    int start = 0;
    while (start < bytes.size()) {
        int end = qMin(start + 255, int(bytes.size()));
        // Never split inside a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end < bytes.size() && end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(QString::fromUtf8(bytes.mid(start, end - start)));
        start = end;
    }
    if (out.isEmpty())
        out.append(QString());
    return out;
}

bool parseCustomRecords(const QJsonDocument& document, CustomDnsRecordList* out)
{
    if (!document.isArray())
        return false;
    CustomDnsRecordList records;
    for (const QJsonValue& v : document.array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("qname")).isString() || !o.value(QStringLiteral("rtype")).isString() ||
            !o.value(QStringLiteral("value")).isString())
            return false;
        CustomDnsRecord r;
        r.qname = o.value(QStringLiteral("qname")).toString();
        r.rtype = o.value(QStringLiteral("rtype")).toString();
        r.value = o.value(QStringLiteral("value")).toString();
        r.zone = o.value(QStringLiteral("zone")).toString();
        const QJsonObject order = o.value(QStringLiteral("sort-order")).toObject();
        r.createdOrder = order.value(QStringLiteral("created")).toInt(int(records.size()));
        r.qnameOrder = order.value(QStringLiteral("qname")).toInt(int(records.size()));
        records.append(r);
    }
    *out = records;
    return true;
}

bool parseDump(const QJsonDocument& document, DnsZoneDumpList* out)
{
    if (!document.isArray())
        return false;
    DnsZoneDumpList zones;
    for (const QJsonValue& v : document.array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isArray())
            return false;
        DnsZoneDump zone;
        zone.zone = pair.at(0).toString();
        const QJsonArray records = pair.at(1).toArray();
        zone.records.reserve(records.size());
        for (const QJsonValue& rv : records) {
            const QJsonObject o = rv.toObject();
            if (!o.value(QStringLiteral("qname")).isString() || !o.value(QStringLiteral("rtype")).isString())
                return false;
            zone.records.append(
                {o.value(QStringLiteral("qname")).toString(), o.value(QStringLiteral("rtype")).toString(),
                 o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("explanation")).toString()});
        }
        zones.append(std::move(zone));
    }
    *out = std::move(zones);
    return true;
}

namespace {
// Reads exactly the dump's shape, [[zone, [{"qname": …, "rtype": …, "value": …, "explanation": …}, …]], …], with
// string values only. Anything else (another value type, bad JSON) is false and left to QJsonDocument.
class DumpReader
{
public:
    explicit DumpReader(QStringView text)
        : m_json(text.begin(), text.end())
    { }

    bool read(DnsZoneDumpList* out)
    {
        DnsZoneDumpList zones;
        if (!m_json.take('['))
            return false;
        if (!m_json.take(']')) {
            do {
                DnsZoneDump zone;
                if (!m_json.take('[') || !m_json.string(&zone.zone) || !m_json.take(',') || !m_json.take('['))
                    return false;
                if (!m_json.take(']')) {
                    do {
                        DnsDumpRecord r;
                        if (!record(&r))
                            return false;
                        zone.records.append(std::move(r));
                    } while (m_json.take(','));
                    if (!m_json.take(']'))
                        return false;
                }
                if (!m_json.take(']'))
                    return false;
                zones.append(std::move(zone));
            } while (m_json.take(','));
            if (!m_json.take(']'))
                return false;
        }
        if (!m_json.atEnd())
            return false;
        *out = std::move(zones);
        return true;
    }

private:
    bool record(DnsDumpRecord* r)
    {
        bool qname = false;
        bool rtype = false;
        if (!m_json.take('{'))
            return false;
        if (!m_json.take('}')) {
            do {
                QString key;
                QString value;
                if (!m_json.string(&key) || !m_json.take(':') || !m_json.string(&value))
                    return false;
                if (key == QLatin1String("qname")) {
                    r->qname = std::move(value);
                    qname = true;
                } else if (key == QLatin1String("rtype")) {
                    r->rtype = std::move(value);
                    rtype = true;
                } else if (key == QLatin1String("value")) {
                    r->value = std::move(value);
                } else if (key == QLatin1String("explanation")) {
                    r->explanation = std::move(value);
                }
            } while (m_json.take(','));
            if (!m_json.take('}'))
                return false;
        }
        return qname && rtype;
    }

    JsonScanner<QChar> m_json;
};
} // namespace

bool readDump(QStringView json, DnsZoneDumpList* out)
{
    return DumpReader(json).read(out);
}

bool parseDump(QStringView json, DnsZoneDumpList* out)
{
    return readDump(json, out) || parseDump(QJsonDocument::fromJson(json.toUtf8()), out);
}

bool parseStringList(const QJsonDocument& document, QStringList* out)
{
    if (!document.isArray())
        return false;
    QStringList list;
    for (const QJsonValue& v : document.array()) {
        if (!v.isString())
            return false;
        list.append(v.toString());
    }
    *out = list;
    return true;
}

bool parseSecondaryNameservers(const QJsonDocument& document, QStringList* out)
{
    const QJsonValue hostnames = document.object().value(QStringLiteral("hostnames"));
    if (!document.isObject() || !hostnames.isArray())
        return false;
    return parseStringList(QJsonDocument(hostnames.toArray()), out);
}

bool parsePreview(const QJsonDocument& document, DnsPreview* out)
{
    const QJsonObject o = document.object();
    if (!document.isObject() || !o.value(QStringLiteral("zones")).isArray())
        return false;
    const auto records = [](const QJsonValue& list) {
        QList<DnsDumpRecord> out;
        for (const QJsonValue& v : list.toArray()) {
            const QJsonObject r = v.toObject();
            out.append({r.value(QStringLiteral("qname")).toString(), r.value(QStringLiteral("rtype")).toString(),
                        r.value(QStringLiteral("value")).toString(),
                        r.value(QStringLiteral("explanation")).toString()});
        }
        return out;
    };
    DnsPreview preview;
    preview.changesStoredRecords = o.value(QStringLiteral("changes_stored_records")).toBool();
    for (const QJsonValue& z : o.value(QStringLiteral("zones")).toArray()) {
        const QJsonObject zone = z.toObject();
        preview.zones.append({zone.value(QStringLiteral("zone")).toString(),
                              records(zone.value(QStringLiteral("removed"))),
                              records(zone.value(QStringLiteral("added")))});
    }
    *out = preview;
    return true;
}

QString secondaryNameserverField(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts).join(QLatin1Char(','));
}

} // namespace DnsRecords
