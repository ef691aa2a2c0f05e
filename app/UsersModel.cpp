#include "UsersModel.h"

namespace {
// internalId 0 marks a group row; n > 0 marks a user row of group n - 1.
constexpr quintptr GroupId = 0;
} // namespace

UsersModel::UsersModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void UsersModel::setUsers(const MailUserList& domains)
{
    beginResetModel();
    m_groups.clear();
    Group archived;
    archived.title = tr("Archived accounts");
    archived.archived = true;
    for (const MailDomainUsers& domain : domains) {
        Group group;
        group.title = domain.domain;
        for (const MailUser& user : domain.users) {
            (user.active ? group.users : archived.users).append(user);
        }
        if (!group.users.isEmpty()) {
            m_groups.append(group);
        }
    }
    if (!archived.users.isEmpty()) {
        m_groups.append(archived);
    }
    endResetModel();
}

void UsersModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

int UsersModel::userCount() const
{
    int count = 0;
    for (const Group& g : m_groups) {
        count += int(g.users.size());
    }
    return count;
}

QModelIndex UsersModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    }
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size()) {
        return {};
    }
    if (row >= m_groups.at(parent.row()).users.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex UsersModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size()) {
        return 0;
    }
    return int(m_groups.at(parent.row()).users.size());
}

int UsersModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags UsersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != GroupId) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == GroupId) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    const Group& group = m_groups.at(int(index.internalId() - 1));
    return userData(group.users.at(index.row()), index.column(), role);
}

QVariant UsersModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == AddressColumn) {
            return group.title;
        }
        if (column == StatusColumn) {
            return tr("%n user(s)", nullptr, int(group.users.size()));
        }
        return {};
    case IsGroupRole:
        return true;
    case IsArchivedRole:
        return group.archived;
    case IsAdminRole:
        return false;
    default:
        return {};
    }
}

QVariant UsersModel::userData(const MailUser& user, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case AddressColumn:
            return user.email;
        case PrivilegesColumn:
            return user.isAdmin() ? tr("Administrator") : user.privileges.join(QStringLiteral(", "));
        case MailboxSizeColumn:
            if (user.boxSize == QLatin1String("?") || user.boxSize.isEmpty()) {
                return tr("unknown");
            }
            if (!user.percent.isEmpty() && user.percent != QLatin1String("?")) {
                return tr("%1 (%2%)").arg(user.boxSize, user.percent);
            }
            return user.boxSize;
        case QuotaColumn:
            if (!user.active) {
                return QString();
            }
            return user.quota == QLatin1String("0") || user.quota.isEmpty() ? tr("unlimited") : user.quota;
        case StatusColumn:
            return user.active ? tr("active") : tr("archived");
        default:
            return {};
        }
    case EmailRole:
        return user.email;
    case IsAdminRole:
        return user.isAdmin();
    case IsArchivedRole:
        return !user.active;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AddressColumn:
        return tr("Email address");
    case PrivilegesColumn:
        return tr("Privileges");
    case MailboxSizeColumn:
        return tr("Mailbox size");
    case QuotaColumn:
        return tr("Quota");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
