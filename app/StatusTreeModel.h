#pragma once

#include "StatusItems.h"

#include <QAbstractItemModel>
#include <QList>
#include <QVector>

// The status checks as a tree for the Status Checks page: one top-level row per group as the box heads them (System,
// Network, each domain), its checks below, and each check's detail lines below the check. One column. Filters: only
// the problems (warnings and errors, and the groups that have some), and a text (a group whose title matches shows
// all its checks). Built in one pass per answer and per filter change; rows are looked up, never searched, so
// 20,000 lines lay out and paint quickly. No widgets: the page draws the state icons and the fixed-width font from
// StateRole and MonospaceRole.
class StatusTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // StatusItem::Type as int (Heading for groups without problems and notes)
        KindRole, // RowKind as int
        MonospaceRole, // bool: a detail line meant for fixed-width display
        CopyTextRole, // the row's text as it is copied (see copyText)
    };
    enum class RowKind { Group, Check, Detail };
    Q_ENUM(RowKind)

    struct Counts
    {
        int ok = 0;
        int warning = 0;
        int error = 0;
        int total() const { return ok + warning + error; }
        bool operator==(const Counts& o) const { return ok == o.ok && warning == o.warning && error == o.error; }
    };

    explicit StatusTreeModel(QObject* parent = nullptr);

    void setItems(const StatusItemList& items);
    void clear();
    const StatusItemList& items() const { return m_items; }

    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    Counts counts() const { return m_counts; } // of every check, whatever the filters show
    Counts groupCounts(int visibleGroup) const;
    int groupCount() const { return int(m_groups.size()); } // all groups
    int lineCount() const { return m_lineCount; } // checks, notes and detail lines of all groups
    bool isEmpty() const { return m_items.isEmpty(); }

    // The text of a row as it is copied: a check with its state mark (✓, ✖, ?) and its detail lines below it, one
    // per line (fixed-width ones as they are, the others with their white space folded); a group: its heading and
    // every check of it; a detail line: the line.
    QString copyText(const QModelIndex& index) const;
    // The first visible check whose text contains `text` (case-insensitive), or invalid.
    QModelIndex findCheck(const QString& text) const;
    QModelIndex groupIndex(const QString& title) const; // visible group row
    static QString stateMark(StatusItem::Type type);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A row below a group: a check (an item of the answer) or a note (a detail line the box attached to a heading).
    struct Entry
    {
        int item = -1; // index into m_items; -1 for a note
        QString text; // display text: the check's folded text, or the note's line
        QString lower; // for the text filter
        bool monospace = false; // notes only
        StatusItem::Type type = StatusItem::Type::Heading;
    };
    struct Group
    {
        QString title;
        QString lower;
        QVector<int> entries; // indices into m_entries
        Counts counts;
    };

    void rebuildView();
    bool acceptsEntry(const Entry& entry, bool groupMatches) const;
    StatusItem::Type worst(const Counts& counts) const;
    QString lineText(const StatusItem::Line& line) const;
    QString entryCopyText(const Entry& entry) const;

    StatusItemList m_items;
    QVector<Entry> m_entries;
    QVector<Group> m_groups;
    Counts m_counts;
    int m_lineCount = 0;
    bool m_onlyProblems = false;
    QString m_filterText;
    QString m_needle;

    // The view: visible groups (indices into m_groups), their visible entries, and where each entry is shown.
    QVector<int> m_visibleGroups;
    QVector<QVector<int>> m_visibleEntries;
    QVector<int> m_entryRow; // entry → its row in its visible group (-1: hidden)
    QVector<int> m_entryGroupRow; // entry → its visible group's row
};
