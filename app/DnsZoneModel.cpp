#include "DnsZoneModel.h"

DnsZoneModel::DnsZoneModel(bool withExplanation, QObject* parent)
    : GroupedTreeModel(withExplanation ? ColumnCount : ExplanationColumn, parent)
    , m_withExplanation(withExplanation)
{ }

void DnsZoneModel::setZones(const QList<Zone>& zones)
{
    beginResetModel();
    m_zones = zones; // shared, not copied: the dump's lists are not changed after parsing
    m_filterTexts.clear();
    endResetModel();
}

const QString& DnsZoneModel::filterText(int group, int row) const
{
    // Made when the filter first asks, not with every load: most openings of a page are never filtered. Not the
    // explanation: it is most of a dump's text, and records are looked for by name, type or value.
    if (m_filterTexts.isEmpty() && !m_zones.isEmpty()) {
        m_filterTexts.reserve(m_zones.size());
        for (const Zone& zone : std::as_const(m_zones)) {
            QStringList texts;
            texts.reserve(zone.records.size());
            for (const Row& r : zone.records) {
                const QString shown = DnsRecords::displayName(r.qname);
                QString text = shown == r.qname ? r.qname : shown + QLatin1Char('\n') + r.qname;
                text += QLatin1Char('\n') + r.rtype + QLatin1Char('\n') + r.value;
                texts.append(std::move(text).toLower());
            }
            m_filterTexts.append(texts);
        }
    }
    return m_filterTexts.at(group).at(row);
}

void DnsZoneModel::setCustomRecords(const CustomDnsRecordList& records)
{
    // Grouped by zone in the box's name order (sort-order.qname), zones in their first record's order; records the
    // box no longer places in a zone come last.
    CustomDnsRecordList sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CustomDnsRecord& a, const CustomDnsRecord& b) {
        if (a.zone.isEmpty() != b.zone.isEmpty())
            return b.zone.isEmpty();
        return a.qnameOrder < b.qnameOrder;
    });
    QList<Zone> zones;
    for (const CustomDnsRecord& r : std::as_const(sorted)) {
        if (zones.isEmpty() || zones.last().zone != r.zone)
            zones.append(Zone{r.zone, {}});
        zones.last().records.append({r.qname, r.rtype, r.value, {}});
    }
    setZones(zones);
}

void DnsZoneModel::setDump(const DnsZoneDumpList& dump)
{
    setZones(dump);
}

void DnsZoneModel::clear()
{
    setZones({});
}

int DnsZoneModel::recordCount() const
{
    int n = 0;
    for (const Zone& z : m_zones)
        n += int(z.records.size());
    return n;
}

QModelIndex DnsZoneModel::indexOf(const QString& qname, const QString& rtype, const QString& value) const
{
    for (int g = 0; g < m_zones.size(); ++g) {
        const QList<Row>& rows = m_zones.at(g).records;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).qname == qname && rows.at(r).rtype == rtype && rows.at(r).value == value)
                return itemIndex(g, r);
        }
    }
    return {};
}

QModelIndex DnsZoneModel::indexOfZone(const QString& zone) const
{
    for (int g = 0; g < m_zones.size(); ++g) {
        if (m_zones.at(g).zone == zone)
            return index(g, 0);
    }
    return {};
}

QString DnsZoneModel::zoneText(const QString& zone) const
{
    QString out;
    for (const Zone& z : m_zones) {
        if (z.zone != zone)
            continue;
        for (const Row& r : z.records)
            out += r.qname + QLatin1Char('\t') + r.rtype + QLatin1Char('\t') + r.value + QLatin1Char('\n');
    }
    return out;
}

int DnsZoneModel::groupRowCount() const
{
    return int(m_zones.size());
}

int DnsZoneModel::itemRowCount(int group) const
{
    return int(m_zones.at(group).records.size());
}

QVariant DnsZoneModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index)) {
        const Zone& zone = m_zones.at(index.row());
        switch (role) {
        case IsGroupRole:
            return true;
        case ZoneRole:
            return zone.zone;
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return zone.zone.isEmpty() ? tr("Not in a zone of this box") : DnsRecords::displayName(zone.zone);
            if (index.column() == TypeColumn)
                return tr("%n record(s)", nullptr, int(zone.records.size()));
            return {};
        case Qt::ToolTipRole:
            return zone.zone.isEmpty()
                       ? tr("The box hosts no zone for these names any more; they are kept but not published.")
                       : QVariant();
        default:
            return {};
        }
    }
    const int g = groupOf(index);
    const Zone& zone = m_zones.at(g);
    const Row& row = zone.records.at(index.row());
    switch (role) {
    case IsGroupRole:
        return false;
    case ZoneRole:
        return zone.zone;
    case QNameRole:
        return row.qname;
    case RtypeRole:
        return row.rtype;
    case ValueRole:
        return row.value;
    case FilterTextRole:
        return filterText(g, index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return DnsRecords::displayName(row.qname);
        case TypeColumn:
            return row.rtype;
        case ValueColumn:
            return row.value;
        case ExplanationColumn:
            return row.explanation;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && row.rtype == QLatin1String("TXT") && row.value.toUtf8().size() > 255) {
            const QStringList strings = DnsRecords::txtStrings(row.value);
            return tr("%1 bytes, published as %n string(s) of at most 255 bytes:", nullptr, int(strings.size()))
                       .arg(row.value.toUtf8().size()) +
                   QStringLiteral("\n\"") + strings.join(QStringLiteral("\"\n\"")) + QLatin1Char('"');
        }
        if (index.column() == ExplanationColumn)
            return row.explanation;
        return {};
    default:
        return {};
    }
}

QVariant DnsZoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case ExplanationColumn:
        return m_withExplanation ? tr("Explanation") : QVariant();
    default:
        return {};
    }
}
