#pragma once

#include "ApiError.h"
#include "BoxHealth.h"
#include "BoxProfile.h"
#include "HealthChanges.h"
#include "NotificationSink.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QStringList>

#include <functional>
#include <memory>

class ApiClient;
class ApiJob;
class CertTrustStore;
class CredentialStore;
class OfflineCache;
class QTimer;
class SettingsStore;

// The dashboard's background watch over every box profile: one ApiClient per box, each poll a handful of read calls
// (status checks, backup status, certificates, updates, reboot, version, capabilities, the agent's disk metrics when
// it has them) made one after the other, at most maxInFlight() calls under way across all boxes, every interval.
// Credentials: the session of the box open in the window (setSession), else a password remembered in the keychain (a
// login of its own, kept in memory); a box without either, or with two-factor on, is "sign in to watch". Each poll
// gives a BoxHealth; HealthChanges picks the worsenings, which go to the notification sink (not for a muted box).
// Answers of the routes the offline cache keeps are stored there as they arrive. Sleep: a timer ticks every
// sleepCheckMs(); when the wall clock moved much further than the monotonic clock between two ticks (or during one
// poll), the machine slept: polls under way are dropped unreported (the network was gone, not the box) and every box is
// polled again shortly after.
class FleetMonitor : public QObject
{
    Q_OBJECT

public:
    FleetMonitor(SettingsStore* settings, CredentialStore* credentials, QObject* parent = nullptr);
    ~FleetMonitor() override;

    void setOfflineCache(OfflineCache* cache);
    OfflineCache* offlineCache() const { return m_cache; }
    void setNotificationSink(NotificationSink* sink) { m_sink = sink; }
    NotificationSink* notificationSink() const { return m_sink; }

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setMaxInFlight(int calls) { m_maxInFlight = qMax(1, calls); }
    int maxInFlight() const { return m_maxInFlight; }
    void setSleepCheckMs(int ms);
    void setResumeDelayMs(int ms) { m_resumeDelayMs = ms; }
    // A gap of this much more wall-clock than monotonic time means the machine slept.
    void setSleepGapMs(int ms) { m_sleepGapMs = ms; }
    // Milliseconds since the epoch; tests move it to stand for a sleep.
    void setWallClock(std::function<qint64()> clock);

    // Polls every box after `firstPollDelayMs` (the page the user looks at loads first), then every interval.
    void start(int firstPollDelayMs = 0);
    void stop(); // stops polling; what is under way is dropped
    bool isRunning() const { return m_running; }

    // Takes the profiles from the settings again: new boxes are added (and polled when running), removed ones go,
    // changed ones start afresh.
    void reloadProfiles();
    QStringList boxes() const { return m_order; }
    BoxHealth health(const QString& box) const;
    bool isPolling(const QString& box) const;
    void pollNow(); // every box that is not being polled
    void pollNow(const QString& box);

    // The session of the box open in the window: used for its polls while it lasts.
    void setSession(const QString& box, const Session& session);
    void forgetSession(const QString& box);

    void setMuted(const QString& box, bool muted); // kept in the settings
    bool isMuted(const QString& box) const;

    int inFlight() const; // calls under way across all boxes
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void boxesChanged();
    void healthChanged(const QString& box);
    void pollingChanged(const QString& box, bool polling);
    void notified(const QString& box, const QString& title, const QString& body);
    void sleepDetected(qint64 gapMs);

private:
    enum class Call { Login, Capabilities, Version, Status, Backup, Certificates, Updates, Reboot, Metrics };
    struct Box;
    struct Queued
    {
        QString box;
        int generation = 0;
        Call call = Call::Version;
    };

    Box* box(const QString& name) const;
    ApiClient* makeClient(Box* b);
    void startPoll(Box* b);
    void queueDataCalls(Box* b);
    void enqueue(Box* b, Call call);
    void pump();
    bool isBusy(Box* b) const; // a call of the box is under way
    void launch(Box* b, Call call);
    void onAnswer(const QString& name, int generation, Call call, const QString& text);
    void onFailure(const QString& name, int generation, Call call, const ApiError& error);
    void onLoggedIn(const QString& name, int generation, const Session& session);
    void callDone(Box* b);
    void finish(Box* b);
    void cancel(Box* b); // drops its queued calls and aborts those under way; nothing is reported
    void finishUnreachable(Box* b, const ApiError& error);
    void finishSignInNeeded(Box* b, const QString& why);
    void onPasswordRead(const QString& key, const QString& password);
    void onPasswordMissing(const QString& key);
    bool detectSleep(); // true (and onSlept) when the wall clock jumped since the last check
    void onSlept(qint64 gapMs);
    void publish(Box* b);
    qint64 wallNow() const;

    SettingsStore* m_settings;
    CredentialStore* m_credentials;
    CertTrustStore* m_trust;
    OfflineCache* m_cache = nullptr;
    NotificationSink* m_sink = nullptr;
    HealthChanges m_changes;
    QHash<QString, Box*> m_boxes;
    QStringList m_order;
    QQueue<Queued> m_queue;
    int m_peakInFlight = 0;
    int m_maxInFlight = 4;
    int m_intervalMs = 300000;
    int m_sleepCheckMs = 15000;
    int m_resumeDelayMs = 10000;
    int m_sleepGapMs = 20000;
    bool m_running = false;
    QTimer* m_pollTimer;
    QTimer* m_heartbeat;
    QElapsedTimer m_heartbeatMono;
    qint64 m_heartbeatWall = 0;
    std::function<qint64()> m_clock;
};
