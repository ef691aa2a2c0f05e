#pragma once

#include "BoxHealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// One thing wrong with a box that is worth a desktop notification.
struct HealthIssue
{
    enum class Kind {
        CheckError, // a status check in error
        BackupOverdue, // the newest backup is older than the schedule allows (nightly: more than 26 hours)
        CertificateExpiring, // a certificate expires within 7 days (or has expired)
        Unreachable, // the box stopped answering
    };
    Kind kind = Kind::CheckError;
    QString key; // the same issue gives the same key from poll to poll
    QString text; // for people

    bool operator==(const HealthIssue& other) const { return kind == other.kind && key == other.key; }
};

// Which worsenings of a box to notify, from poll to poll: each issue once, until it clears (then it may be notified
// again). What a box shows the first time a part of it is known is its starting point, shown on the dashboard and not
// notified. A part that is not known in a poll (the box did not answer, or refused that call) keeps its issues as
// they were. A muted box notifies nothing (its issues are still tracked, so unmuting does not replay them).
// Pure logic: time comes in as an argument.
class HealthChanges
{
    Q_DECLARE_TR_FUNCTIONS(HealthChanges)

public:
    static constexpr qint64 backupOverdueSeconds = 26 * 3600;
    static constexpr int certificateWarningDays = 7;

    // The issues `health` shows at `now`, by kind; parts that are not known give none.
    static QList<HealthIssue> issues(const BoxHealth& health, const QDateTime& now);

    // The issues of `current` that are new since the box's last update and to be notified now.
    QList<HealthIssue> update(const BoxHealth& current, const QDateTime& now);
    void setMuted(const QString& box, bool muted);
    bool isMuted(const QString& box) const { return m_muted.contains(box); }
    void forget(const QString& box); // the box was removed
    // The issues currently counted as reported for `box` (keys).
    QSet<QString> reported(const QString& box) const { return m_reported.value(box); }

    // One notification for the new issues of one box: a title naming the box and the first issue, the rest below.
    static QString title(const QString& box, const QList<HealthIssue>& issues);
    static QString body(const QList<HealthIssue>& issues);

private:
    QHash<QString, QSet<QString>> m_reported; // box → keys of the issues reported (or taken as the starting point)
    QHash<QString, QSet<HealthIssue::Kind>> m_seen; // box → the parts known at least once
    QSet<QString> m_muted;
};
