#pragma once

#include "DnsRecord.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// nsd zone files in upstream's exact text (domain.md §8.4, §8.5): SOA with the serial marker, one line
// per record, TXT values cut into quoted 255-character pieces, the DNSSEC key hash comment; and the
// serial rule that keeps serials monotonic across implementations.
class ZoneFileWriter
{
public:
    // The zone text with "__SERIAL__" in place of the serial number.
    static QString zoneTemplate(const QString& zone, const QString& primaryHostname, const DnsRecordList& records,
                                const QString& keysHash);

    // A TXT value as written in a zone file: pieces of at most 255 characters, escaped, quoted, each
    // followed by one space.
    static QString encodeTxt(const QString& value);
    // The value as written in the zone file for this type.
    static QString zoneValue(const QString& rtype, const QString& value);

    // The serial of an existing zone file text ("digits ; serial number"), empty if none.
    static QString existingSerial(const QString& existingText);

    struct Decision
    {
        bool write = false; // false: the file is left alone
        QString text; // the complete new text when write is true
    };
    // Upstream's rule: unchanged (serial masked) and neither forced nor due for re-signing → no write;
    // otherwise serial = max(today's YYYYMMDD00, old + 1 when old >= that).
    static Decision decide(const QString& templateText, const QString& existingText, bool existingFound, bool force,
                           bool resignNeeded, const QDate& today);

    // True if the signed zone must be signed again: no file, no RRSIG SOA expiration, or the earliest
    // one is less than 3 days after `now` (local time, as upstream compares).
    static bool resignNeeded(const QString& signedText, bool signedExists, const QDateTime& now);
};
