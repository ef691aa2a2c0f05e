#pragma once

#include "DnsRecords.h"
#include "GroupedTreeModel.h"

// DNS records as a tree: one top-level row per zone, its records below in the box's order. Serves both DNS pages:
// the custom records (Custom DNS; records outside every hosted zone under a group of their own) and the full record
// list of each zone (External DNS, with the explanation column). Filled once per fetch.
class DnsZoneModel : public GroupedTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ExplanationColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        ZoneRole, // the zone's ASCII name (group and record rows)
        QNameRole, // the record's ASCII name
        RtypeRole,
        ValueRole, // the value as stored
        FilterTextRole, // name (as shown and as stored), type and value in one lower-cased text (ListFilterProxyModel)
    };

    // A zone and its records as the dump answers them; a custom record's zone is empty when no hosted zone holds
    // it, its explanation always empty.
    using Row = DnsDumpRecord;
    using Zone = DnsZoneDump;

    // `withExplanation`: the External DNS page's fourth column.
    explicit DnsZoneModel(bool withExplanation, QObject* parent = nullptr);

    void setCustomRecords(const CustomDnsRecordList& records);
    void setDump(const DnsZoneDumpList& zones);
    void clear();

    int recordCount() const;
    const QList<Zone>& zones() const { return m_zones; }
    QModelIndex indexOf(const QString& qname, const QString& rtype, const QString& value) const;
    QModelIndex indexOfZone(const QString& zone) const;
    // The record rows of a zone as a registrar's form wants them: one "name<TAB>type<TAB>value" line each.
    QString zoneText(const QString& zone) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int groupRowCount() const override;
    int itemRowCount(int group) const override;

private:
    void setZones(const QList<Zone>& zones);
    const QString& filterText(int group, int row) const;

    const bool m_withExplanation;
    QList<Zone> m_zones;
    mutable QList<QStringList> m_filterTexts; // per zone, per row; made on the filter's first use
};
