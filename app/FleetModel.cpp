#include "FleetModel.h"

#include "BackupInfo.h"
#include "FleetMonitor.h"
#include "HealthChanges.h"

FleetModel::FleetModel(FleetMonitor* monitor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
    , m_boxes(monitor->boxes())
{
    connect(monitor, &FleetMonitor::boxesChanged, this, [this] {
        beginResetModel();
        m_boxes = m_monitor->boxes();
        endResetModel();
    });
    const auto rowChanged = [this](const QString& box) {
        const int row = rowOf(box);
        if (row >= 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    };
    connect(monitor, &FleetMonitor::healthChanged, this, rowChanged);
    connect(monitor, &FleetMonitor::pollingChanged, this, rowChanged);
}

QDateTime FleetModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_boxes.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FleetModel::rowOf(const QString& box) const
{
    return int(m_boxes.indexOf(box));
}

QString FleetModel::boxAt(int row) const
{
    return m_boxes.value(row);
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Box:
        return tr("Box");
    case State:
        return tr("State");
    case Checks:
        return tr("Status checks");
    case Backup:
        return tr("Last backup");
    case Certificates:
        return tr("Certificates");
    case Disk:
        return tr("Disk");
    case Updates:
        return tr("Updates");
    case Version:
        return tr("Version");
    case LastPoll:
        return tr("Checked");
    case Muted:
        return tr("Mute");
    default:
        return {};
    }
}

Qt::ItemFlags FleetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Muted) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool FleetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Muted || role != Qt::CheckStateRole || !m_monitor) {
        return false;
    }
    m_monitor->setMuted(boxAt(index.row()), Qt::CheckState(value.toInt()) == Qt::Checked);
    emit dataChanged(index, index);
    return true;
}

QString FleetModel::age(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid()) {
        return QString();
    }
    const qint64 s = qMax<qint64>(0, then.secsTo(now));
    if (s < 60) {
        return tr("just now");
    }
    if (s < 3600) {
        return tr("%n minute(s) ago", nullptr, int(s / 60));
    }
    if (s < 48 * 3600) {
        return tr("%n hour(s) ago", nullptr, int(s / 3600));
    }
    return tr("%n day(s) ago", nullptr, int(s / 86400));
}

QString FleetModel::stateText(const BoxHealth& h)
{
    switch (h.state) {
    case BoxHealth::State::Unknown:
        return tr("Not checked yet");
    case BoxHealth::State::SignInNeeded:
        return tr("Sign in to watch");
    case BoxHealth::State::Reachable:
        return tr("Answering");
    case BoxHealth::State::Unreachable:
        return tr("Not answering");
    }
    return QString();
}

QString FleetModel::text(const BoxHealth& h, int column) const
{
    const bool known = h.state == BoxHealth::State::Reachable || h.state == BoxHealth::State::Unreachable;
    switch (column) {
    case Box:
        return h.box;
    case State:
        return m_monitor && m_monitor->isPolling(h.box) && h.state == BoxHealth::State::Unknown ? tr("Checking…")
                                                                                                : stateText(h);
    case Checks:
        if (!known || !h.checksKnown) {
            return QString();
        }
        if (h.errorChecks > 0) {
            return tr("%n failing", nullptr, h.errorChecks) + QStringLiteral(": ") + h.worstCheck;
        }
        if (h.warningChecks > 0) {
            return tr("%n warning(s)", nullptr, h.warningChecks) + QStringLiteral(": ") + h.worstCheck;
        }
        return tr("All passed");
    case Backup:
        if (!known || !h.backupKnown) {
            return QString();
        }
        if (h.backupOff) {
            return tr("Backups are off");
        }
        if (!h.backupError.isEmpty()) {
            return h.backupError;
        }
        return h.lastBackup.isValid() ? age(h.lastBackup, now()) : tr("None yet");
    case Certificates: {
        if (!known || !h.certificatesKnown) {
            return QString();
        }
        if (h.expiringCertificates.isEmpty()) {
            return tr("None expiring soon");
        }
        const BoxHealth::Certificate& first = h.expiringCertificates.first();
        const QString soonest = first.expired ? tr("%1 expired").arg(first.domain)
                                              : tr("%1 in %n day(s)", nullptr, first.daysLeft).arg(first.domain);
        return h.expiringCertificates.size() == 1
                   ? soonest
                   : tr("%n expiring", nullptr, int(h.expiringCertificates.size())) + QStringLiteral(": ") + soonest;
    }
    case Disk:
        if (!known || !h.diskKnown) {
            return QString();
        }
        return h.diskUsedPercent >= 0 ? tr("%1% used").arg(h.diskUsedPercent) : h.diskText;
    case Updates: {
        if (!known) {
            return QString();
        }
        QStringList parts;
        if (h.updatesKnown) {
            parts.append(h.pendingUpdates > 0 ? tr("%n pending", nullptr, h.pendingUpdates) : tr("Up to date"));
        }
        if (h.rebootKnown && h.rebootRequired) {
            parts.append(tr("reboot required"));
        }
        return parts.join(QStringLiteral(", "));
    }
    case Version:
        if (!h.agentVersion.isEmpty()) {
            return tr("%1 (agent %2)").arg(h.boxVersion, h.agentVersion);
        }
        return h.boxVersion;
    case LastPoll:
        if (m_monitor && m_monitor->isPolling(h.box)) {
            return tr("Checking…");
        }
        return h.polledAt.isValid() ? h.polledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    default:
        return QString();
    }
}

StatusItem::Type FleetModel::state(const BoxHealth& h, int column) const
{
    using T = StatusItem::Type;
    if (column == State) {
        switch (h.state) {
        case BoxHealth::State::Reachable:
            return T::Ok;
        case BoxHealth::State::Unreachable:
            return T::Error;
        case BoxHealth::State::SignInNeeded:
            return T::Warning;
        case BoxHealth::State::Unknown:
            return T::Heading;
        }
    }
    if (!h.isReachable()) {
        return T::Heading; // old values of a box that does not answer: no verdict
    }
    switch (column) {
    case Checks:
        if (!h.checksKnown) {
            return T::Heading;
        }
        return h.errorChecks > 0 ? T::Error : (h.warningChecks > 0 ? T::Warning : T::Ok);
    case Backup:
        if (!h.backupKnown) {
            return T::Heading;
        }
        if (h.backupOff || !h.lastBackup.isValid() || !h.backupError.isEmpty()) {
            return T::Warning;
        }
        return h.backupAgeSeconds(now()) > HealthChanges::backupOverdueSeconds ? T::Error : T::Ok;
    case Certificates:
        if (!h.certificatesKnown) {
            return T::Heading;
        }
        if (h.expiringCertificates.isEmpty()) {
            return T::Ok;
        }
        return h.expiringCertificates.first().expired ||
                       h.expiringCertificates.first().daysLeft <= HealthChanges::certificateWarningDays
                   ? T::Error
                   : T::Warning;
    case Disk:
        if (h.diskUsedPercent >= 0) {
            return h.diskUsedPercent >= 85 ? T::Error : (h.diskUsedPercent >= 70 ? T::Warning : T::Ok);
        }
        return T::Heading;
    case Updates:
        if (h.rebootKnown && h.rebootRequired) {
            return T::Warning;
        }
        return h.updatesKnown && h.pendingUpdates > 0 ? T::Warning : (h.updatesKnown ? T::Ok : T::Heading);
    default:
        return T::Heading;
    }
}

QString FleetModel::toolTip(const BoxHealth& h, int column) const
{
    switch (column) {
    case State:
        return h.error;
    case Checks:
        return h.errorTexts.isEmpty() ? h.worstCheck : h.errorTexts.join(QLatin1Char('\n'));
    case Backup:
        return h.lastBackup.isValid() ? h.lastBackup.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                      : QString();
    case Certificates: {
        QStringList lines;
        for (const BoxHealth::Certificate& c : h.expiringCertificates) {
            lines.append(c.expired ? tr("%1: expired").arg(c.domain)
                                   : tr("%1: %n day(s) left", nullptr, c.daysLeft).arg(c.domain));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Disk:
        return h.diskText;
    case Muted:
        return tr("No desktop notifications for this box");
    default:
        return QString();
    }
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_monitor || index.row() >= m_boxes.size()) {
        return {};
    }
    const BoxHealth h = m_monitor->health(m_boxes.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(h, index.column());
    case Qt::ToolTipRole:
        return toolTip(h, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Muted) {
            return m_monitor->isMuted(h.box) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case StateRole:
        return int(state(h, index.column()));
    case BoxRole:
        return h.box;
    case ReachableRole:
        return h.isReachable();
    default:
        return {};
    }
}
