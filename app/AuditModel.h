#pragma once

#include "AuditLog.h"

#include <QAbstractTableModel>

// The audit log entries loaded so far, newest first, as a flat table for the Audit page: time (local), who, client,
// action (method and path), parameters and result. A new search replaces them; "Load older" appends a page.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhoColumn, ClientColumn, ActionColumn, ParamsColumn, ResultColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ResultRole, // "ok", "refused", …
        FilterTextRole, // everything shown, lower-cased (ListFilterProxyModel)
        SortRole, // the time as Unix seconds, the id for ties; the rest as shown
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(const AuditEntryList& entries);
    void appendEntries(const AuditEntryList& entries); // older ones, below; ids already present are skipped
    void clear() { setEntries({}); }
    const AuditEntryList& entries() const { return m_entries; }

    static QString formatTime(const QDateTime& utc); // local, "yyyy-MM-dd HH:mm:ss"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditEntryList m_entries;
};
