#include "TrayNotificationSink.h"

#include "Logging.h"

#include <QIcon>
#include <QSystemTrayIcon>

TrayNotificationSink::TrayNotificationSink(QObject* parent)
    : QObject(parent)
{ }

bool TrayNotificationSink::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotificationSink::notify(const Notification& notification)
{
    if (!isAvailable()) {
        qCInfo(lcUi, "No notification service and no system tray: %s", qPrintable(notification.title));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/boxkeeper.svg")), this);
        m_tray->setToolTip(tr("Boxkeeper"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotificationSink::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotificationSink::activated);
    }
    m_tray->show();
    m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Warning);
}
