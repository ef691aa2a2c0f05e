#pragma once

#include "ImportPlan.h"

#include <QAbstractTableModel>

// The rows of an ImportPlan as a table for the preview and the progress of the import: line, address, details,
// state and the reason of a refusal. Rows change in place as the import runs.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, KeyColumn, DetailsColumn, StateColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit ImportPlanModel(QObject* parent = nullptr);

    void setPlan(const ImportPlan& plan);
    const ImportPlan& plan() const { return m_plan; }
    void setRowState(int row, ImportPlan::State state, const QString& message = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
};
