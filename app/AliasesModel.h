#pragma once

#include "GroupedTreeModel.h"
#include "MailAlias.h"

// The box's aliases as a tree: one top-level row per domain, its aliases below (user-defined first, then the
// automatic ones, as the box sorts them). Filled once per fetch; single changes update rows in place.
class AliasesModel : public GroupedTreeModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, ForwardsToColumn, PermittedSendersColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AddressRole = Qt::UserRole + 1, // the stored address (key for edit/remove)
        IsAutomaticRole,
        IsGroupRole,
        ForwardsToRole, // QStringList
        PermittedSendersRole, // QStringList
        KindRole, // int(MailAlias::Kind)
        FilterTextRole, // address, targets and senders in one lower-cased text, kept per row (ListFilterProxyModel)
    };

    explicit AliasesModel(QObject* parent = nullptr);

    void setAliases(const MailAliasList& domains);
    void clear();
    int aliasCount() const;
    int groupCount() const { return int(m_groups.size()); }
    QList<MailAlias> aliases() const; // all, in model order
    // Adds the alias under its domain, or replaces the user-defined one with the same address. In place.
    void upsertAlias(const MailAlias& given);
    bool removeAlias(const QString& address); // user-defined only
    QModelIndex indexOfAlias(const QString& address) const;

    static QString domainOf(const QString& address);
    static QString kindDescription(const MailAlias& alias); // the inline explanation of catch-all/domain aliases

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int groupRowCount() const override;
    int itemRowCount(int group) const override;

private:
    struct Group
    {
        QString domain;
        QList<MailAlias> aliases;
        QStringList filterTexts; // one per alias, same order
    };

    static QString filterTextOf(const MailAlias& alias);

    QVariant aliasData(const MailAlias& alias, int column, int role) const;

    QList<Group> m_groups;
};
