#pragma once

#include "ApiTokens.h"

#include <QAbstractTableModel>

// The box's API tokens as a flat table for the Tokens page: name, scopes, created, last used, expires and whether the
// token still works. Times are shown in local time. Filled once per fetch; a revoked token's row goes in place.
class TokenListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScopesColumn, CreatedColumn, LastUsedColumn, ExpiresColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1,
        ExpiredRole,
        FilterTextRole, // name and scopes, lower-cased (ListFilterProxyModel)
        SortRole, // times as Unix seconds (never = after everything), the rest as shown
    };

    explicit TokenListModel(QObject* parent = nullptr);

    void setTokens(const ApiTokenList& tokens);
    void clear() { setTokens({}); }
    bool removeToken(const QString& name);
    ApiTokenList tokens() const { return m_tokens; }
    QModelIndex indexOf(const QString& name) const; // column 0; invalid if absent
    // "now" for the expired state (the wall clock unless set; tests set it).
    void setNow(const QDateTime& now);

    static QString formatTime(const QDateTime& utc); // local, "yyyy-MM-dd HH:mm"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    ApiTokenList m_tokens;
    QDateTime m_now;
};
