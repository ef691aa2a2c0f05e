#pragma once

#include "NotificationSink.h"

#include <QObject>

class QSystemTrayIcon;

// Notifications as balloon messages of a tray icon, where the desktop has a system tray: the fallback when the
// freedesktop notification service is not there. The icon shows only while there is something to say; a click on
// it (or the message) asks to show the dashboard.
class TrayNotificationSink : public QObject, public NotificationSink
{
    Q_OBJECT

public:
    explicit TrayNotificationSink(QObject* parent = nullptr);

    bool isAvailable() const;
    void notify(const Notification& notification) override;

signals:
    void activated();

private:
    QSystemTrayIcon* m_tray = nullptr;
};
