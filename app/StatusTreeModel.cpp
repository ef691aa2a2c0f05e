#include "StatusTreeModel.h"

namespace {
// internalId: 0 for a group row, n for a check or note of visible group n - 1, DetailTag | e for a detail line of
// entry e.
constexpr quintptr GroupId = 0;
constexpr quintptr DetailTag = quintptr(1) << (sizeof(quintptr) * 8 - 1);

bool isDetailId(quintptr id)
{
    return (id & DetailTag) != 0;
}
} // namespace

StatusTreeModel::StatusTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QString StatusTreeModel::stateMark(StatusItem::Type type)
{
    switch (type) {
    case StatusItem::Type::Ok:
        return QStringLiteral("✓");
    case StatusItem::Type::Error:
        return QStringLiteral("✖");
    case StatusItem::Type::Warning:
        return QStringLiteral("?");
    case StatusItem::Type::Heading:
        break;
    }
    return QString();
}

void StatusTreeModel::setItems(const StatusItemList& items)
{
    beginResetModel();
    m_items = items;
    m_entries.clear();
    m_groups.clear();
    m_counts = Counts();
    m_lineCount = 0;
    m_entries.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const StatusItem& item = m_items.at(i);
        if (item.type == StatusItem::Type::Heading) {
            Group group;
            group.title = item.plainText();
            group.lower = group.title.toLower();
            m_groups.append(group);
            for (const StatusItem::Line& line : item.extra) {
                Entry note;
                note.text = line.monospace ? line.text : line.text.simplified();
                note.lower = note.text.toLower();
                note.monospace = line.monospace;
                m_groups.last().entries.append(int(m_entries.size()));
                m_entries.append(note);
                ++m_lineCount;
            }
            continue;
        }
        if (m_groups.isEmpty()) { // results before any heading (not sent by the box, but taken)
            Group group;
            group.title = tr("General");
            group.lower = group.title.toLower();
            m_groups.append(group);
        }
        Entry entry;
        entry.item = i;
        entry.text = item.plainText();
        entry.lower = entry.text.toLower();
        entry.type = item.type;
        Group& group = m_groups.last();
        group.entries.append(int(m_entries.size()));
        m_entries.append(entry);
        m_lineCount += 1 + int(item.extra.size());
        for (Counts* c : {&group.counts, &m_counts}) {
            if (item.type == StatusItem::Type::Ok)
                ++c->ok;
            else if (item.type == StatusItem::Type::Warning)
                ++c->warning;
            else
                ++c->error;
        }
    }
    rebuildView();
    endResetModel();
}

void StatusTreeModel::clear()
{
    setItems({});
}

void StatusTreeModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    rebuildView();
    endResetModel();
}

void StatusTreeModel::setFilterText(const QString& text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        m_filterText = text;
        return;
    }
    beginResetModel();
    m_filterText = text;
    m_needle = needle;
    rebuildView();
    endResetModel();
}

bool StatusTreeModel::acceptsEntry(const Entry& entry, bool groupMatches) const
{
    if (m_onlyProblems && entry.type != StatusItem::Type::Warning && entry.type != StatusItem::Type::Error)
        return false;
    if (groupMatches || m_needle.isEmpty() || entry.lower.contains(m_needle))
        return true;
    if (entry.item < 0)
        return false;
    for (const StatusItem::Line& line : m_items.at(entry.item).extra) {
        if (line.text.contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void StatusTreeModel::rebuildView()
{
    m_visibleGroups.clear();
    m_visibleEntries.clear();
    m_entryRow.fill(-1, m_entries.size());
    m_entryGroupRow.fill(-1, m_entries.size());
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups.at(g);
        const bool groupMatches = !m_needle.isEmpty() && group.lower.contains(m_needle);
        QVector<int> shown;
        shown.reserve(group.entries.size());
        for (int e : group.entries) {
            if (acceptsEntry(m_entries.at(e), groupMatches))
                shown.append(e);
        }
        const bool filtering = m_onlyProblems || !m_needle.isEmpty();
        if (shown.isEmpty() && filtering && !(groupMatches && !m_onlyProblems))
            continue;
        const int groupRow = int(m_visibleGroups.size());
        for (int row = 0; row < shown.size(); ++row) {
            m_entryRow[shown.at(row)] = row;
            m_entryGroupRow[shown.at(row)] = groupRow;
        }
        m_visibleGroups.append(g);
        m_visibleEntries.append(shown);
    }
}

StatusTreeModel::Counts StatusTreeModel::groupCounts(int visibleGroup) const
{
    if (visibleGroup < 0 || visibleGroup >= m_visibleGroups.size())
        return {};
    return m_groups.at(m_visibleGroups.at(visibleGroup)).counts;
}

StatusItem::Type StatusTreeModel::worst(const Counts& counts) const
{
    if (counts.error > 0)
        return StatusItem::Type::Error;
    if (counts.warning > 0)
        return StatusItem::Type::Warning;
    if (counts.ok > 0)
        return StatusItem::Type::Ok;
    return StatusItem::Type::Heading;
}

QString StatusTreeModel::lineText(const StatusItem::Line& line) const
{
    return line.monospace ? line.text : line.text.simplified();
}

QString StatusTreeModel::entryCopyText(const Entry& entry) const
{
    if (entry.item < 0)
        return entry.text;
    QString text = stateMark(entry.type) + QLatin1Char(' ') + entry.text;
    for (const StatusItem::Line& line : m_items.at(entry.item).extra)
        text += QStringLiteral("\n    ") + lineText(line);
    return text;
}

QString StatusTreeModel::copyText(const QModelIndex& index) const
{
    if (!index.isValid())
        return QString();
    const quintptr id = index.internalId();
    if (isDetailId(id)) {
        const Entry& entry = m_entries.at(int(id & ~DetailTag));
        return lineText(m_items.at(entry.item).extra.at(index.row()));
    }
    if (id == GroupId) {
        const int g = m_visibleGroups.at(index.row());
        QString text = m_groups.at(g).title;
        for (int e : m_visibleEntries.at(index.row()))
            text += QLatin1Char('\n') + entryCopyText(m_entries.at(e));
        return text;
    }
    return entryCopyText(m_entries.at(m_visibleEntries.at(int(id - 1)).at(index.row())));
}

QModelIndex StatusTreeModel::findCheck(const QString& text) const
{
    for (int g = 0; g < m_visibleEntries.size(); ++g) {
        const QVector<int>& rows = m_visibleEntries.at(g);
        for (int row = 0; row < rows.size(); ++row) {
            if (m_entries.at(rows.at(row)).text.contains(text, Qt::CaseInsensitive))
                return createIndex(row, 0, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex StatusTreeModel::groupIndex(const QString& title) const
{
    for (int row = 0; row < m_visibleGroups.size(); ++row) {
        if (m_groups.at(m_visibleGroups.at(row)).title == title)
            return createIndex(row, 0, GroupId);
    }
    return {};
}

QModelIndex StatusTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_visibleGroups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    const quintptr id = parent.internalId();
    if (isDetailId(id))
        return {};
    if (id == GroupId) {
        if (parent.row() >= m_visibleEntries.size() || row >= m_visibleEntries.at(parent.row()).size())
            return {};
        return createIndex(row, 0, quintptr(parent.row()) + 1);
    }
    const int e = m_visibleEntries.at(int(id - 1)).at(parent.row());
    const Entry& entry = m_entries.at(e);
    if (entry.item < 0 || row >= m_items.at(entry.item).extra.size())
        return {};
    return createIndex(row, 0, DetailTag | quintptr(e));
}

QModelIndex StatusTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == GroupId)
        return {};
    if (isDetailId(id)) {
        const int e = int(id & ~DetailTag);
        return createIndex(m_entryRow.at(e), 0, quintptr(m_entryGroupRow.at(e)) + 1);
    }
    return createIndex(int(id - 1), 0, GroupId);
}

int StatusTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_visibleGroups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (isDetailId(id))
        return 0;
    if (id == GroupId)
        return int(m_visibleEntries.at(parent.row()).size());
    const Entry& entry = m_entries.at(m_visibleEntries.at(int(id - 1)).at(parent.row()));
    return entry.item < 0 ? 0 : int(m_items.at(entry.item).extra.size());
}

int StatusTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool StatusTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags StatusTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isDetailId(index.internalId()))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant StatusTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == GroupId) {
        const Group& group = m_groups.at(m_visibleGroups.at(index.row()));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: {
            QStringList problems;
            if (group.counts.error > 0)
                problems.append(tr("%n error(s)", nullptr, group.counts.error));
            if (group.counts.warning > 0)
                problems.append(tr("%n warning(s)", nullptr, group.counts.warning));
            return problems.isEmpty() ? group.title
                                      : QStringLiteral("%1 — %2").arg(group.title, problems.join(QStringLiteral(", ")));
        }
        case StateRole:
            return int(worst(group.counts));
        case KindRole:
            return int(RowKind::Group);
        case MonospaceRole:
            return false;
        case CopyTextRole:
            return copyText(index);
        default:
            return {};
        }
    }
    if (isDetailId(id)) {
        const Entry& entry = m_entries.at(int(id & ~DetailTag));
        const StatusItem::Line& line = m_items.at(entry.item).extra.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case CopyTextRole:
            return lineText(line);
        case StateRole:
            return int(StatusItem::Type::Heading);
        case KindRole:
            return int(RowKind::Detail);
        case MonospaceRole:
            return line.monospace;
        default:
            return {};
        }
    }
    const Entry& entry = m_entries.at(m_visibleEntries.at(int(id - 1)).at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return entry.text;
    case StateRole:
        return int(entry.type);
    case KindRole:
        return int(entry.item < 0 ? RowKind::Detail : RowKind::Check);
    case MonospaceRole:
        return entry.monospace;
    case CopyTextRole:
        return entryCopyText(entry);
    default:
        return {};
    }
}

QVariant StatusTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Check");
    return {};
}
