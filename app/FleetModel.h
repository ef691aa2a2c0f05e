#pragma once

#include "BoxHealth.h"
#include "StatusItems.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

class FleetMonitor;

// The dashboard's table: one row per box profile (in the profiles' order), the columns of its BoxHealth as text,
// each cell's state (ok / warning / error) in StateRole for the page's icons and colours, and the mute switch as
// a check box. Follows the monitor's signals; rows change in place.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Box,
        Actions, // empty: the page puts its buttons there ("Open", "Offline view")
        State,
        Checks,
        Backup,
        Certificates,
        Disk,
        Updates,
        Version,
        LastPoll,
        Muted,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        StateRole = Qt::UserRole + 1, // StatusItem::Type as int; Heading where the cell has no state
        BoxRole, // the profile's name
        ReachableRole, // bool
    };

    explicit FleetModel(FleetMonitor* monitor, QObject* parent = nullptr);

    // The time the texts are made for (tests fix it); the current time by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowOf(const QString& box) const;
    QString boxAt(int row) const;

    // Texts for people, shared with the offline view.
    static QString age(const QDateTime& then, const QDateTime& now); // "5 minutes ago"
    static QString stateText(const BoxHealth& health);

private:
    QString text(const BoxHealth& h, int column) const;
    StatusItem::Type state(const BoxHealth& h, int column) const;
    QString toolTip(const BoxHealth& h, int column) const;
    QDateTime now() const;

    QPointer<FleetMonitor> m_monitor;
    QStringList m_boxes;
    std::function<QDateTime()> m_clock;
};
