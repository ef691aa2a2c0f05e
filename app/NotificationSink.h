#pragma once

#include <QString>

// Where the dashboard's notifications go: the desktop's notification service (DBusNotificationSink), the tray icon
// (ui/TrayNotificationSink), or a recording sink in tests. One call per notification; must not block.
class NotificationSink
{
public:
    struct Notification
    {
        QString box; // the profile's name
        QString title;
        QString body;
    };

    virtual ~NotificationSink() = default;
    virtual void notify(const Notification& notification) = 0;
};
