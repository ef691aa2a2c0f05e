#include "ImportPlanModel.h"

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPlan(const ImportPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void ImportPlanModel::setRowState(int row, ImportPlan::State state, const QString& message)
{
    if (row < 0 || row >= m_plan.rows().size()) {
        return;
    }
    ImportPlan::Row& r = m_plan.row(row);
    r.state = state;
    r.message = message;
    emit dataChanged(index(row, StateColumn), index(row, MessageColumn));
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows().size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.rows().size()) {
        return {};
    }
    const ImportPlan::Row& r = m_plan.rows().at(index.row());
    if (role == StateRole) {
        return int(r.state);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return r.line;
    case KeyColumn:
        return r.key;
    case DetailsColumn:
        return r.details;
    case StateColumn:
        return ImportPlan::stateName(r.state);
    case MessageColumn:
        return r.message;
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KeyColumn:
        return m_plan.kind() == ImportPlan::Kind::Users ? tr("Email address") : tr("Alias");
    case DetailsColumn:
        return tr("Details");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}
