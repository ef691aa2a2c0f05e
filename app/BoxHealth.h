#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the dashboard knows about one box after a poll (FleetMonitor): whether it answered and, from the answers of
// the box's own routes, its failing checks, its newest backup, its certificates close to expiry, its disk, pending
// updates and reboot, and its versions. A part whose call failed (e.g. 403 for a non-admin) is not "known"; when
// the box did not answer at all, the parts keep what an earlier poll found, for showing, with `reachable` false.
struct BoxHealth
{
    enum class State {
        Unknown, // not polled yet
        SignInNeeded, // no usable credentials: no remembered password and no open session (or two-factor is on)
        Reachable,
        Unreachable,
    };

    struct Certificate
    {
        QString domain;
        int daysLeft = -1; // negative: expired or unknown; see `expired`
        bool expired = false;
        bool operator==(const Certificate& other) const
        {
            return domain == other.domain && daysLeft == other.daysLeft && expired == other.expired;
        }
    };

    QString box; // the profile's name
    State state = State::Unknown;
    QString error; // why it is unreachable or why signing in failed
    QDateTime polledAt; // when the last poll ended (answered or not)
    QDateTime answeredAt; // when the box last answered

    bool checksKnown = false;
    int errorChecks = 0;
    int warningChecks = 0;
    QStringList errorTexts; // the checks in error, each as plain text, in the box's order
    QString worstCheck; // the first error, else the first warning; empty when all pass

    bool backupKnown = false;
    bool backupOff = false;
    QString backupError; // the box's sentence when the backup status is an error
    QDateTime lastBackup; // the newest backup set; invalid when there is none

    bool certificatesKnown = false;
    QList<Certificate> expiringCertificates; // within 14 days (or expired), soonest first

    bool diskKnown = false;
    int diskUsedPercent = -1; // from the agent's metrics when it has them
    QString diskText; // the status checks' disk sentence, e.g. "The disk has 12.34 GB space remaining."

    bool updatesKnown = false;
    int pendingUpdates = 0;
    bool rebootKnown = false;
    bool rebootRequired = false;

    QString boxVersion; // GET /system/version (the Mail-in-a-Box version the box reports)
    QString agentVersion; // our agent's version from its capabilities; empty on an unmodified box

    bool isReachable() const { return state == State::Reachable; }
    // Seconds since the newest backup at `now`, -1 when there is none.
    qint64 backupAgeSeconds(const QDateTime& now) const { return lastBackup.isValid() ? lastBackup.secsTo(now) : -1; }
};

Q_DECLARE_METATYPE(BoxHealth)
