#pragma once

#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The DNS data of a box as the desktop shows it (spec/api.md §6): custom records, the zone dump of the External DNS
// page, and the record changes the Custom DNS page sends. Parsing of the box's answers lives here, in one place.

// One custom record of GET /dns/custom (§6.5).
struct CustomDnsRecord
{
    QString qname;
    QString rtype;
    QString value;
    QString zone; // empty when the name is in no hosted zone any more
    int createdOrder = 0; // sort-order.created
    int qnameOrder = 0; // sort-order.qname

    bool operator==(const CustomDnsRecord& o) const { return qname == o.qname && rtype == o.rtype && value == o.value; }
};
using CustomDnsRecordList = QList<CustomDnsRecord>;

// One record of a zone in GET /dns/dump (§6.8).
struct DnsDumpRecord
{
    QString qname;
    QString rtype;
    QString value;
    QString explanation;
};

struct DnsZoneDump
{
    QString zone;
    QList<DnsDumpRecord> records;
};
using DnsZoneDumpList = QList<DnsZoneDump>;

// What a change of custom records would do (POST /admin/boxkeeper/dns/preview, our agent only): per zone, the
// records that would go and come, generated ones included.
struct DnsPreview
{
    struct Zone
    {
        QString zone;
        QList<DnsDumpRecord> removed;
        QList<DnsDumpRecord> added;
    };
    bool changesStoredRecords = false; // false: the box has this already
    QList<Zone> zones; // only zones whose published records change
};

// A change of custom records, as the panel offers them (§6.7).
struct DnsRecordChange
{
    enum class Kind {
        Add, // POST: add this value beside the others ("add another value")
        Replace, // PUT: this value becomes the only one of the name and type ("replace all values")
        RemoveValue, // DELETE with a value: remove this value only
        RemoveAll, // DELETE without a value: remove every value of the name and type
    };
    Kind kind = Kind::Add;
    QString qname;
    QString rtype;
    QString value; // empty: for Add/Replace of A/AAAA, the box takes the caller's address (dynamic DNS)

    QByteArray verb() const;
    // /dns/custom/<ascii qname>/<RTYPE>
    QString path() const;
};

namespace DnsRecords {

// The record types the box accepts (§6.7), in the panel's order.
QStringList recordTypes();

// A name as the box wants it: trimmed, without trailing dot, lower-case, international labels in their ASCII
// (punycode) form. Empty if the name cannot be written in ASCII.
QString asciiName(const QString& name);
// The Unicode form of an ASCII name, for display.
QString displayName(const QString& asciiName);

// The strings a TXT value is stored as in the zone file: at most 255 bytes each (UTF-8), in order. What the box
// does for long values (SPF, DKIM), and what a registrar's form asks for one by one.
QStringList txtStrings(const QString& value);

// Parsers of the box's answers; false when the document does not have the documented shape.
bool parseCustomRecords(const QJsonDocument& document, CustomDnsRecordList* out);
bool parseDump(const QJsonDocument& document, DnsZoneDumpList* out);
// The same from the answer's text: read directly when it has the dump's shape (a 1,000-zone dump is megabytes;
// building a QJsonDocument first costs more than the rest of showing it), through QJsonDocument otherwise.
bool parseDump(QStringView json, DnsZoneDumpList* out);
bool readDump(QStringView json, DnsZoneDumpList* out); // the direct reading alone: false for any other shape
bool parseStringList(const QJsonDocument& document, QStringList* out); // /dns/zones
bool parseSecondaryNameservers(const QJsonDocument& document, QStringList* out);
bool parsePreview(const QJsonDocument& document, DnsPreview* out);

// The entries of the secondary-nameserver field (one per line, or separated by commas or spaces) as the box's
// form field wants them: a comma-separated list without blanks.
QString secondaryNameserverField(const QString& text);

} // namespace DnsRecords

Q_DECLARE_METATYPE(CustomDnsRecordList)
Q_DECLARE_METATYPE(DnsZoneDumpList)
Q_DECLARE_METATYPE(DnsRecordChange)
Q_DECLARE_METATYPE(DnsPreview)
