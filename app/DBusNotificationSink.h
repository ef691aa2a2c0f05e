#pragma once

#include "NotificationSink.h"

#include <QObject>
#include <functional>

// Notifications through the freedesktop notification service (org.freedesktop.Notifications.Notify on the session
// bus), sent without waiting for the answer. When there is no session bus or the service refuses, the notification
// goes to the fallback sink instead (the tray icon, where there is one), and later ones go there directly.
class DBusNotificationSink : public QObject, public NotificationSink
{
    Q_OBJECT

public:
    explicit DBusNotificationSink(QObject* parent = nullptr);

    void setFallback(NotificationSink* fallback) { m_fallback = fallback; }
    bool isUsingFallback() const { return m_broken; }
    void notify(const Notification& notification) override;

signals:
    // Once: the service did not take a notification (its error), e.g. no notification daemon runs.
    void serviceFailed(const QString& message);

private:
    void fallBack(const Notification& notification, const QString& message);

    NotificationSink* m_fallback = nullptr;
    bool m_broken = false;
    bool m_failureSaid = false;
};
