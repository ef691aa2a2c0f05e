#include "BackupJobs.h"

#include "auth/Clock.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toString(Qt::ISODate);
}

} // namespace

BackupJobs::BackupJobs(const Clock& clock)
    : m_clock(clock)
    , m_queue(QStringLiteral("backup"))
{ }

BackupJobs::~BackupJobs() = default;

QString BackupJobs::noun(Kind kind)
{
    switch (kind) {
    case Kind::Run:
        return QStringLiteral("A backup");
    case Kind::Verify:
        return QStringLiteral("A verification");
    case Kind::Restore:
        return QStringLiteral("A restore");
    }
    return {};
}

std::optional<QJsonObject> BackupJobs::start(Kind kind, Work work, QString* busy)
{
    QMutexLocker lock(&m_mutex);
    if (m_running) {
        *busy = QStringLiteral("%1 is already running (started %2).").arg(noun(*m_running), isoTime(m_started));
        return std::nullopt;
    }
    m_running = kind;
    m_started = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    m_job = m_queue.submit<bool>(QStringLiteral("backup"), [this, kind, work = std::move(work)](Job& job) {
        const Outcome outcome = work(job);
        if (outcome.state == QLatin1String("failed"))
            qCWarning(lcBackup).noquote() << outcome.message;
        else
            qCInfo(lcBackup).noquote() << outcome.message;
        QJsonObject last = outcome.fields;
        last.insert(QStringLiteral("state"), outcome.state);
        last.insert(QStringLiteral("message"), outcome.message);
        {
            QMutexLocker started(&m_mutex);
            last.insert(QStringLiteral("started"), isoTime(m_started));
        }
        last.insert(QStringLiteral("finished"), isoTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC)));
        if (m_finished)
            m_finished(kind, last);
        QMutexLocker done(&m_mutex);
        m_last[int(kind)] = last;
        m_running.reset();
        return true;
    });
    QJsonObject state;
    state.insert(QStringLiteral("state"), QStringLiteral("running"));
    state.insert(QStringLiteral("step"), QStringLiteral("starting"));
    state.insert(QStringLiteral("started"), isoTime(m_started));
    return state;
}

QJsonObject BackupJobs::state(Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    if (m_running == kind) {
        QJsonObject state;
        state.insert(QStringLiteral("state"), QStringLiteral("running"));
        const QString step = m_job ? m_job->progress().step : QString();
        state.insert(QStringLiteral("step"), step.isEmpty() ? QStringLiteral("starting") : step);
        state.insert(QStringLiteral("started"), isoTime(m_started));
        return state;
    }
    if (m_last[int(kind)].isEmpty())
        return {{QStringLiteral("state"), QStringLiteral("idle")}};
    return m_last[int(kind)];
}

bool BackupJobs::isRunning(Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_running == kind;
}

void BackupJobs::waitForLast() const
{
    std::shared_ptr<Job> job;
    {
        QMutexLocker lock(&m_mutex);
        job = m_job;
    }
    if (job)
        job->wait();
}
