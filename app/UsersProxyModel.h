#pragma once

#include "ListFilterProxyModel.h"

// Filter and sort over UsersModel: the list pages' filter on the address (groups shown when a user in them
// matches), and the "Archived mailboxes" section kept last whichever column or order the view sorts by.
class UsersProxyModel : public ListFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
