#include "HealthChanges.h"

#include <QRegularExpression>

namespace {
QString kindPrefix(HealthIssue::Kind kind)
{
    switch (kind) {
    case HealthIssue::Kind::CheckError:
        return QStringLiteral("check:");
    case HealthIssue::Kind::BackupOverdue:
        return QStringLiteral("backup:");
    case HealthIssue::Kind::CertificateExpiring:
        return QStringLiteral("certificate:");
    case HealthIssue::Kind::Unreachable:
        return QStringLiteral("unreachable:");
    }
    return QString();
}

// A check's identity from poll to poll: its text with the numbers and the bracketed lookup results left out ("The
// disk has 1.2 GB space remaining." stays one issue while the number moves; "… currently resolves to [Not Set]" and
// "… to [timeout]" are one issue).
QString checkKey(const QString& text)
{
    static const QRegularExpression numbers(QStringLiteral("\\d+([.,]\\d+)*"));
    static const QRegularExpression bracketed(QStringLiteral("\\[[^\\]]*\\]"));
    QString key = text;
    key.replace(bracketed, QStringLiteral("[]"));
    key.replace(numbers, QStringLiteral("#"));
    return kindPrefix(HealthIssue::Kind::CheckError) + key;
}

// Whether the part of `kind` is known in `health`.
bool isKnown(const BoxHealth& health, HealthIssue::Kind kind)
{
    switch (kind) {
    case HealthIssue::Kind::Unreachable:
        return health.state == BoxHealth::State::Reachable || health.state == BoxHealth::State::Unreachable;
    case HealthIssue::Kind::CheckError:
        return health.isReachable() && health.checksKnown;
    case HealthIssue::Kind::BackupOverdue:
        return health.isReachable() && health.backupKnown;
    case HealthIssue::Kind::CertificateExpiring:
        return health.isReachable() && health.certificatesKnown;
    }
    return false;
}

const QList<HealthIssue::Kind> allKinds{HealthIssue::Kind::CheckError, HealthIssue::Kind::BackupOverdue,
                                        HealthIssue::Kind::CertificateExpiring, HealthIssue::Kind::Unreachable};
} // namespace

QList<HealthIssue> HealthChanges::issues(const BoxHealth& health, const QDateTime& now)
{
    QList<HealthIssue> out;
    if (health.state == BoxHealth::State::Unreachable) {
        out.append({HealthIssue::Kind::Unreachable, kindPrefix(HealthIssue::Kind::Unreachable),
                    health.error.isEmpty() ? tr("%1 stopped answering.").arg(health.box)
                                           : tr("%1 stopped answering: %2").arg(health.box, health.error)});
        return out;
    }
    if (!health.isReachable()) {
        return out;
    }
    if (health.checksKnown) {
        for (const QString& text : health.errorTexts) {
            out.append({HealthIssue::Kind::CheckError, checkKey(text), text});
        }
    }
    if (health.backupKnown && !health.backupOff && health.lastBackup.isValid() &&
        health.backupAgeSeconds(now) > backupOverdueSeconds) {
        const qint64 hours = health.backupAgeSeconds(now) / 3600;
        const QString age =
            hours >= 48 ? tr("%n day(s)", nullptr, int(hours / 24)) : tr("%n hour(s)", nullptr, int(hours));
        out.append({HealthIssue::Kind::BackupOverdue, kindPrefix(HealthIssue::Kind::BackupOverdue),
                    tr("The last backup is %1 old (backups run nightly).").arg(age)});
    }
    if (health.certificatesKnown) {
        for (const BoxHealth::Certificate& c : health.expiringCertificates) {
            if (!c.expired && (c.daysLeft < 0 || c.daysLeft > certificateWarningDays)) {
                continue;
            }
            out.append(
                {HealthIssue::Kind::CertificateExpiring, kindPrefix(HealthIssue::Kind::CertificateExpiring) + c.domain,
                 c.expired ? tr("The certificate of %1 has expired.").arg(c.domain)
                           : tr("The certificate of %1 expires in %n day(s).", nullptr, c.daysLeft).arg(c.domain)});
        }
    }
    return out;
}

QList<HealthIssue> HealthChanges::update(const BoxHealth& current, const QDateTime& now)
{
    const QString& box = current.box;
    QSet<QString>& reported = m_reported[box];
    QSet<HealthIssue::Kind>& seen = m_seen[box];
    const QList<HealthIssue> found = issues(current, now);
    QList<HealthIssue> fresh;
    for (HealthIssue::Kind kind : allKinds) {
        if (!isKnown(current, kind)) {
            continue; // not measured this time: its issues stay as they were
        }
        const QString prefix = kindPrefix(kind);
        QSet<QString> present;
        for (const HealthIssue& issue : found) {
            if (issue.kind == kind) {
                present.insert(issue.key);
            }
        }
        // Cleared issues are forgotten: should they come back, they are news again.
        for (auto it = reported.begin(); it != reported.end();) {
            if (it->startsWith(prefix) && !present.contains(*it)) {
                it = reported.erase(it);
            } else {
                ++it;
            }
        }
        const bool firstTime = !seen.contains(kind);
        seen.insert(kind);
        for (const HealthIssue& issue : found) {
            if (issue.kind != kind || reported.contains(issue.key)) {
                continue;
            }
            reported.insert(issue.key);
            if (!firstTime) {
                fresh.append(issue);
            }
        }
    }
    if (m_muted.contains(box)) {
        return {};
    }
    return fresh;
}

void HealthChanges::setMuted(const QString& box, bool muted)
{
    if (muted) {
        m_muted.insert(box);
    } else {
        m_muted.remove(box);
    }
}

void HealthChanges::forget(const QString& box)
{
    m_reported.remove(box);
    m_seen.remove(box);
    m_muted.remove(box);
}

QString HealthChanges::title(const QString& box, const QList<HealthIssue>& issues)
{
    if (issues.isEmpty()) {
        return box;
    }
    if (issues.first().kind == HealthIssue::Kind::Unreachable) {
        return tr("%1 stopped answering").arg(box);
    }
    return tr("%1: %n problem(s)", nullptr, int(issues.size())).arg(box);
}

QString HealthChanges::body(const QList<HealthIssue>& issues)
{
    QStringList lines;
    for (const HealthIssue& issue : issues) {
        lines.append(issue.text);
    }
    return lines.join(QLatin1Char('\n'));
}
