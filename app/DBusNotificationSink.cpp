#include "DBusNotificationSink.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#ifdef BOXKEEPER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

DBusNotificationSink::DBusNotificationSink(QObject* parent)
    : QObject(parent)
{ }

void DBusNotificationSink::notify(const Notification& notification)
{
#ifdef BOXKEEPER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (m_broken || !bus.isConnected()) {
        fallBack(notification, tr("There is no desktop session bus for notifications."));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("boxkeeper"));
    hints.insert(QStringLiteral("category"), QStringLiteral("device.error"));
    // Body text is markup for some servers: escaped, so a box's sentence shows as it is.
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("boxkeeper") << notification.title
         << notification.body.toHtmlEscaped() << QStringList() << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcUi, "Desktop notification refused: %s", qPrintable(reply.error().message()));
            m_broken = true;
            fallBack(notification, reply.error().message());
        }
    });
#else
    fallBack(notification, tr("This system has no freedesktop notification service."));
#endif
}

void DBusNotificationSink::fallBack(const Notification& notification, const QString& message)
{
    m_broken = true;
    if (!m_failureSaid) {
        m_failureSaid = true;
        emit serviceFailed(message);
    }
    if (m_fallback) {
        m_fallback->notify(notification);
    }
}
