#pragma once

#include "DnsRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

// STORAGE_ROOT/dns/custom.yaml in upstream's format (domain.md §8.9): read with yaml-cpp, written in
// upstream's normalised form (grouped by name then type, single values as scalars, a lone A record in
// shorthand), atomically and only when the text changes. Also holds the pure edit operations of
// /dns/custom (add, set, remove) and the secondary nameserver pseudo-record.
class CustomRecordStore
{
public:
    static constexpr const char* SecondaryNameserverName = "_secondary_nameserver";

    enum class Action { Add, Set, Remove };

    explicit CustomRecordStore(const QString& path);

    QString path() const { return m_path; }

    // All stored records, including the secondary nameserver pseudo-record. A missing file or a
    // document that is not a mapping means no records; any other unexpected shape is an error.
    std::optional<CustomDnsRecordList> load(QString* error = nullptr) const;
    // Writes the normalised file if its text differs. Returns false on a write error.
    bool save(const CustomDnsRecordList& records, QString* error = nullptr) const;

    static std::optional<CustomDnsRecordList> parse(const QByteArray& yaml, QString* error = nullptr);
    static QByteArray serialize(const CustomDnsRecordList& records);

    // Upstream's set_custom_dns_record on a list: returns true if `records` changed. A null `value`
    // means "no value" (DELETE without a body removes all values of the pair; PUT without one removes
    // all values).
    static bool apply(CustomDnsRecordList& records, const QString& qname, const QString& rtype,
                      const std::optional<QString>& value, Action action);

    // The secondary nameserver entries as stored (space-separated value of the pseudo-record).
    static QStringList secondaryNameservers(const CustomDnsRecordList& records);

private:
    QString m_path;
};
