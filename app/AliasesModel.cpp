#include "AliasesModel.h"

#include "DnsRecords.h"

AliasesModel::AliasesModel(QObject* parent)
    : GroupedTreeModel(ColumnCount, parent)
{ }

void AliasesModel::setAliases(const MailAliasList& domains)
{
    beginResetModel();
    m_groups.clear();
    for (const MailDomainAliases& d : domains) {
        if (!d.aliases.isEmpty()) {
            Group group{d.domain, d.aliases, {}};
            group.filterTexts.reserve(d.aliases.size());
            for (const MailAlias& alias : d.aliases) {
                group.filterTexts.append(filterTextOf(alias));
            }
            m_groups.append(group);
        }
    }
    endResetModel();
}

void AliasesModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

int AliasesModel::aliasCount() const
{
    int n = 0;
    for (const Group& g : m_groups) {
        n += int(g.aliases.size());
    }
    return n;
}

QList<MailAlias> AliasesModel::aliases() const
{
    QList<MailAlias> out;
    for (const Group& g : m_groups) {
        out += g.aliases;
    }
    return out;
}

QString AliasesModel::domainOf(const QString& address)
{
    const int at = int(address.lastIndexOf(QLatin1Char('@')));
    return at < 0 ? address : address.mid(at + 1);
}

QModelIndex AliasesModel::indexOfAlias(const QString& address) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<MailAlias>& list = m_groups.at(g).aliases;
        for (int r = 0; r < list.size(); ++r) {
            if (list.at(r).address == address && !list.at(r).automatic) {
                return itemIndex(g, r);
            }
        }
    }
    return {};
}

void AliasesModel::upsertAlias(const MailAlias& given)
{
    MailAlias alias = given;
    if (alias.addressDisplay.isEmpty() || alias.addressDisplay == alias.address) {
        // The box shows the domain in Unicode: do the same for an address typed in its xn-- form.
        const int at = int(alias.address.lastIndexOf(QLatin1Char('@')));
        alias.addressDisplay = alias.address.left(at + 1) + DnsRecords::displayName(alias.address.mid(at + 1));
    }
    const QModelIndex existing = indexOfAlias(alias.address);
    if (existing.isValid()) {
        m_groups[groupOf(existing)].aliases[existing.row()] = alias;
        m_groups[groupOf(existing)].filterTexts[existing.row()] = filterTextOf(alias);
        emit dataChanged(existing, existing.siblingAtColumn(ColumnCount - 1));
        return;
    }
    const QString domain = domainOf(alias.addressDisplay);
    int g = 0;
    while (g < m_groups.size() && m_groups.at(g).domain != domain) {
        ++g;
    }
    if (g == m_groups.size()) {
        beginInsertRows({}, g, g);
        m_groups.append(Group{domain, {}, {}});
        endInsertRows();
    }
    QList<MailAlias>& list = m_groups[g].aliases;
    int row = 0; // user-defined first, by address
    while (row < list.size() && !list.at(row).automatic && list.at(row).address < alias.address) {
        ++row;
    }
    beginInsertRows(index(g, 0), row, row);
    list.insert(row, alias);
    m_groups[g].filterTexts.insert(row, filterTextOf(alias));
    endInsertRows();
    const QModelIndex groupIndex = index(g, TypeColumn);
    emit dataChanged(groupIndex, groupIndex);
}

bool AliasesModel::removeAlias(const QString& address)
{
    const QModelIndex existing = indexOfAlias(address);
    if (!existing.isValid()) {
        return false;
    }
    const int g = groupOf(existing);
    beginRemoveRows(index(g, 0), existing.row(), existing.row());
    m_groups[g].aliases.removeAt(existing.row());
    m_groups[g].filterTexts.removeAt(existing.row());
    endRemoveRows();
    if (m_groups.at(g).aliases.isEmpty()) {
        beginRemoveRows({}, g, g);
        m_groups.removeAt(g);
        endRemoveRows();
    } else {
        const QModelIndex groupIndex = index(g, TypeColumn);
        emit dataChanged(groupIndex, groupIndex);
    }
    return true;
}

QString AliasesModel::filterTextOf(const MailAlias& alias)
{
    return (alias.addressDisplay + QLatin1Char('\n') + alias.forwardsTo.join(QLatin1Char('\n')) + QLatin1Char('\n') +
            alias.permittedSenders.join(QLatin1Char('\n')))
        .toLower();
}

QString AliasesModel::kindDescription(const MailAlias& alias)
{
    const QString domain = domainOf(alias.addressDisplay);
    switch (alias.kind()) {
    case MailAlias::Kind::CatchAll:
        return tr("Catch-all: mail to any address at %1 that has no user or alias of its own goes to %2.")
            .arg(domain, alias.forwardsTo.join(QStringLiteral(", ")));
    case MailAlias::Kind::DomainAlias:
        return tr("Domain alias: mail to any name at %1 goes to the same name at %2.")
            .arg(domain, domainOf(alias.forwardsTo.value(0)));
    case MailAlias::Kind::Regular:
        break;
    }
    return alias.automatic ? tr("Required by the box; managed automatically and read-only.") : QString();
}

int AliasesModel::groupRowCount() const
{
    return int(m_groups.size());
}

int AliasesModel::itemRowCount(int group) const
{
    return int(m_groups.at(group).aliases.size());
}

QVariant AliasesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (isGroup(index)) {
        const Group& g = m_groups.at(index.row());
        if (role == IsGroupRole) {
            return true;
        }
        if (role == Qt::DisplayRole && index.column() == AddressColumn) {
            return g.domain;
        }
        if (role == Qt::DisplayRole && index.column() == TypeColumn) {
            return tr("%n alias(es)", nullptr, int(g.aliases.size()));
        }
        return {};
    }
    const Group& group = m_groups.at(groupOf(index));
    if (role == FilterTextRole) {
        return group.filterTexts.at(index.row());
    }
    return aliasData(group.aliases.at(index.row()), index.column(), role);
}

QVariant AliasesModel::aliasData(const MailAlias& alias, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AddressColumn:
            return alias.addressDisplay;
        case ForwardsToColumn:
            return alias.forwardsTo.join(QStringLiteral(", "));
        case PermittedSendersColumn:
            return alias.permittedSenders.join(QStringLiteral(", "));
        case TypeColumn:
            if (alias.automatic) {
                return tr("automatic (required)");
            }
            switch (alias.kind()) {
            case MailAlias::Kind::CatchAll:
                return tr("catch-all");
            case MailAlias::Kind::DomainAlias:
                return tr("domain alias");
            case MailAlias::Kind::Regular:
                return tr("alias");
            }
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QString description = kindDescription(alias);
        return description.isEmpty() ? QVariant() : QVariant(description);
    }
    case AddressRole:
        return alias.address;
    case IsAutomaticRole:
        return alias.automatic;
    case IsGroupRole:
        return false;
    case ForwardsToRole:
        return alias.forwardsTo;
    case PermittedSendersRole:
        return alias.permittedSenders;
    case KindRole:
        return int(alias.kind());
    default:
        return {};
    }
}

QVariant AliasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AddressColumn:
        return tr("Alias");
    case ForwardsToColumn:
        return tr("Forwards to");
    case PermittedSendersColumn:
        return tr("Permitted senders");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}
