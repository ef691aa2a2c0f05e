#pragma once

#include <QSortFilterProxyModel>

// Filter and sort over UsersModel: case-insensitive substring filter on the address (groups shown when a user in
// them matches), and the "Archived accounts" section kept last whichever column or order the view sorts by.
class UsersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
