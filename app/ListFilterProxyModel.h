#pragma once

#include <QSortFilterProxyModel>

// The filter and sort proxy of the list pages: a case-insensitive substring filter on one text per row, the
// source model's `filterTextRole`, which the model keeps lower-cased and ready (no regular expression, no text built
// per call). Rows of a group are filtered one by one; a group is shown while one of its rows matches.
class ListFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListFilterProxyModel(int filterTextRole, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const int m_role;
    QString m_text;
    QString m_needle; // m_text lower-cased
};
