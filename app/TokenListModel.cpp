#include "TokenListModel.h"

#include <limits>

TokenListModel::TokenListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TokenListModel::setTokens(const ApiTokenList& tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

bool TokenListModel::removeToken(const QString& name)
{
    const QModelIndex index = indexOf(name);
    if (!index.isValid())
        return false;
    beginRemoveRows({}, index.row(), index.row());
    m_tokens.removeAt(index.row());
    endRemoveRows();
    return true;
}

QModelIndex TokenListModel::indexOf(const QString& name) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).name == name)
            return index(row, 0);
    }
    return {};
}

void TokenListModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_tokens.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_tokens.size()) - 1, ColumnCount - 1));
}

QDateTime TokenListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString TokenListModel::formatTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int TokenListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tokens.size())
        return {};
    const ApiTokenInfo& t = m_tokens.at(index.row());
    const bool expired = t.isExpired(now());
    switch (role) {
    case NameRole:
        return t.name;
    case ExpiredRole:
        return expired;
    case FilterTextRole:
        return (t.name + QLatin1Char(' ') + t.scopes.join(QLatin1Char(' '))).toLower();
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return formatTime(t.created);
        if (index.column() == ScopesColumn) {
            QStringList lines;
            for (const QString& scope : t.scopes)
                lines.append(scope + QStringLiteral(": ") + ApiTokens::describeScope(scope));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case SortRole: {
        const auto secs = [](const QDateTime& time, qint64 missing) {
            return time.isValid() ? time.toSecsSinceEpoch() : missing;
        };
        switch (index.column()) {
        case CreatedColumn:
            return secs(t.created, 0);
        case LastUsedColumn:
            return secs(t.lastUsed, 0);
        case ExpiresColumn:
            return secs(t.expires, std::numeric_limits<qint64>::max());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case ScopesColumn:
            return t.scopes.join(QLatin1Char(' '));
        case CreatedColumn:
            return t.created.toLocalTime().date().toString(Qt::ISODate); // the time in the tooltip
        case LastUsedColumn:
            return t.lastUsed.isValid() ? formatTime(t.lastUsed) : tr("never");
        case ExpiresColumn:
            return t.expires.isValid() ? formatTime(t.expires) : tr("never");
        case StateColumn:
            return expired ? tr("Expired") : tr("Active");
        }
        return {};
    default:
        return {};
    }
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScopesColumn:
        return tr("Scopes");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    }
    return {};
}
