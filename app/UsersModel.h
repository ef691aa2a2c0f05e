#pragma once

#include "GroupedTreeModel.h"
#include "MailUser.h"

// The box's mail users as a tree: one top-level row per domain with its active users below, then one
// "Archived mailboxes" section: the mailbox folders the box still has on disk for addresses that are no longer users
// (the box lists a removed user there only while such a folder exists). Filled once per fetch.
class UsersModel : public GroupedTreeModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, PrivilegesColumn, MailboxSizeColumn, QuotaColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EmailRole = Qt::UserRole + 1,
        IsAdminRole,
        IsArchivedRole,
        IsGroupRole,
        QuotaRole, // the stored quota text ("0" = unlimited)
        FilterTextRole, // the address, lower-cased (ListFilterProxyModel); empty for group rows
        MailboxKnownRole, // the box reported the mailbox's size, so its folder exists on disk
    };

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(const MailUserList& domains);
    void clear();
    int userCount() const; // active and archived
    int groupCount() const { return int(m_groups.size()); }
    QList<MailUser> users() const; // active then archived, in model order

    // Single changes, applied in place (rows inserted, moved or changed; never a reset).
    QModelIndex indexOfUser(const QString& email) const; // an active user's row, column 0
    void addUser(const MailUser& user); // under its domain, sorted by address
    bool setAdmin(const QString& email, bool admin);
    bool setQuota(const QString& email, const QString& quota);
    bool archiveUser(const QString& email); // moves the row to the archived section (its mailbox folder is kept)
    bool removeUser(const QString& email); // removes the row (no mailbox folder known to be kept)
    // What the archived section is: its title and the tooltip that says what the box keeps.
    static QString archivedTitle();
    static QString archivedDescription();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int groupRowCount() const override;
    int itemRowCount(int group) const override;

private:
    struct Group
    {
        QString title;
        bool archived = false;
        QList<MailUser> users;
    };

    int archivedGroup() const; // -1 if none
    void insertSorted(int group, const MailUser& user);
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant userData(const MailUser& user, int column, int role) const;

    QList<Group> m_groups;
};
