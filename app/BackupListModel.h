#pragma once

#include "BackupInfo.h"

#include <QAbstractTableModel>

// The backups of a box as the Backup Status page lists them (upstream's panel's columns): When, Type, Size,
// Deleted in. One row per backup set, newest first as the box gives them.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, TypeColumn, SizeColumn, DeletedInColumn, ColumnCount };
    enum Role {
        FilterTextRole = Qt::UserRole + 1, // lower-cased text of the row for the page's filter
        SortRole, // the value a column sorts by (time, bytes)
        DateRole, // the set's date, as restores take it
    };

    explicit BackupListModel(QObject* parent = nullptr);

    void setBackups(const BackupSetList& backups);
    void clear() { setBackups({}); }
    const BackupSetList& backups() const { return m_backups; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-04-18 01:05:12 UTC (2 days, 3 hours ago)"
    static QString whenText(const BackupSet& set);
    static QString typeText(const BackupSet& set);

private:
    BackupSetList m_backups;
    QStringList m_filterTexts;
};
