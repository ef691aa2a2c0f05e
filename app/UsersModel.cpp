#include "UsersModel.h"

#include "DnsRecords.h"

UsersModel::UsersModel(QObject* parent)
    : GroupedTreeModel(ColumnCount, parent)
{ }

void UsersModel::setUsers(const MailUserList& domains)
{
    beginResetModel();
    m_groups.clear();
    Group archived;
    archived.title = archivedTitle();
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

int UsersModel::groupRowCount() const
{
    return int(m_groups.size());
}

int UsersModel::itemRowCount(int group) const
{
    return int(m_groups.at(group).users.size());
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (isGroup(index)) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    const Group& group = m_groups.at(groupOf(index));
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
    case Qt::ToolTipRole:
        return group.archived ? archivedDescription() : QVariant();
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
    case FilterTextRole:
        return user.email.toLower(); // account addresses are lower-case already: no copy is made
    case MailboxKnownRole:
        return !user.boxSize.isEmpty() && user.boxSize != QLatin1String("?");
    case QuotaRole:
        return user.quota;
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

QList<MailUser> UsersModel::users() const
{
    QList<MailUser> out;
    for (const Group& g : m_groups) {
        out += g.users;
    }
    return out;
}

QModelIndex UsersModel::indexOfUser(const QString& email) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).archived) {
            continue;
        }
        const QList<MailUser>& users = m_groups.at(g).users;
        for (int r = 0; r < users.size(); ++r) {
            if (users.at(r).email == email) {
                return itemIndex(g, r);
            }
        }
    }
    return {};
}

int UsersModel::archivedGroup() const
{
    return !m_groups.isEmpty() && m_groups.last().archived ? int(m_groups.size()) - 1 : -1;
}

void UsersModel::insertSorted(int group, const MailUser& user)
{
    QList<MailUser>& users = m_groups[group].users;
    int row = 0;
    while (row < users.size() && users.at(row).email < user.email) {
        ++row;
    }
    beginInsertRows(index(group, 0), row, row);
    users.insert(row, user);
    endInsertRows();
    const QModelIndex status = index(group, StatusColumn);
    emit dataChanged(status, status);
}

void UsersModel::addUser(const MailUser& user)
{
    const int at = int(user.email.lastIndexOf(QLatin1Char('@')));
    const QString domain = DnsRecords::displayName(user.email.mid(at + 1));
    int g = 0;
    while (g < m_groups.size() && (m_groups.at(g).archived || m_groups.at(g).title != domain)) {
        ++g;
    }
    if (g == m_groups.size()) {
        g = archivedGroup() >= 0 ? archivedGroup() : int(m_groups.size());
        beginInsertRows({}, g, g);
        Group group;
        group.title = domain;
        m_groups.insert(g, group);
        endInsertRows();
    }
    insertSorted(g, user);
}

bool UsersModel::setAdmin(const QString& email, bool admin)
{
    const QModelIndex at = indexOfUser(email);
    if (!at.isValid()) {
        return false;
    }
    MailUser& user = m_groups[groupOf(at)].users[at.row()];
    user.privileges.removeAll(QStringLiteral("admin"));
    if (admin) {
        user.privileges.append(QStringLiteral("admin"));
    }
    emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
    return true;
}

bool UsersModel::setQuota(const QString& email, const QString& quota)
{
    const QModelIndex at = indexOfUser(email);
    if (!at.isValid()) {
        return false;
    }
    m_groups[groupOf(at)].users[at.row()].quota = quota.toUpper();
    emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
    return true;
}

QString UsersModel::archivedTitle()
{
    return tr("Archived mailboxes");
}

QString UsersModel::archivedDescription()
{
    return tr("Mailbox folders the box keeps on its disk for addresses that are no longer users. Archiving a user "
              "deletes the account (the user row); the mailbox folder stays, with the mail in it. The box makes that "
              "folder when the first mail is delivered to the address or the user first opens the mailbox: a user "
              "who never had either has no folder, so nothing is kept and nothing is listed here. Adding a user with "
              "the same address again gives the kept mail back.");
}

bool UsersModel::removeUser(const QString& email)
{
    const QModelIndex at = indexOfUser(email);
    if (!at.isValid()) {
        return false;
    }
    const int g = groupOf(at);
    beginRemoveRows(index(g, 0), at.row(), at.row());
    m_groups[g].users.removeAt(at.row());
    endRemoveRows();
    if (m_groups.at(g).users.isEmpty()) {
        beginRemoveRows({}, g, g);
        m_groups.removeAt(g);
        endRemoveRows();
    } else {
        const QModelIndex status = index(g, StatusColumn);
        emit dataChanged(status, status);
    }
    return true;
}

bool UsersModel::archiveUser(const QString& email)
{
    const QModelIndex at = indexOfUser(email);
    if (!at.isValid()) {
        return false;
    }
    MailUser user = m_groups.at(groupOf(at)).users.at(at.row());
    removeUser(email);
    user.active = false;
    user.privileges.clear();
    user.quota.clear();
    user.boxQuota = user.boxSize = user.percent = QStringLiteral("?");
    int a = archivedGroup();
    if (a < 0) {
        a = int(m_groups.size());
        beginInsertRows({}, a, a);
        Group archived;
        archived.title = archivedTitle();
        archived.archived = true;
        m_groups.append(archived);
        endInsertRows();
    }
    insertSorted(a, user);
    return true;
}
