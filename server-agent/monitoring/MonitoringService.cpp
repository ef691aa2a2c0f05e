#include "MonitoringService.h"

#include "MetricsSampler.h"
#include "auth/Clock.h"
#include "box/BoxConfig.h"

#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcMonitoring, "boxkeeper.agent.monitoring", QtInfoMsg)

MonitoringService::MonitoringService(const BoxConfig& config, const Clock& clock)
    : m_config(config)
    , m_clock(clock)
    , m_intervalMs(intervalMs(config))
    , m_ring(config.storagePath(QStringLiteral("boxkeeper/metrics.sqlite")))
    , m_unavailable(QStringLiteral("the sampler has not started"))
{ }

MonitoringService::~MonitoringService()
{
    stop();
}

int MonitoringService::intervalMs(const BoxConfig& config)
{
    const QString text = config.value(QStringLiteral("METRICS_INTERVAL"));
    if (text.isEmpty())
        return DefaultIntervalMs;
    bool ok = false;
    const double secs = text.toDouble(&ok);
    if (!ok || !std::isfinite(secs) || secs < 0.01 || secs > 86400) {
        qCWarning(lcMonitoring) << "METRICS_INTERVAL is not a number of seconds between 0.01 and 86400:" << text
                                << "- sampling every minute";
        return DefaultIntervalMs;
    }
    return int(std::lround(secs * 1000));
}

QString MonitoringService::postqueue(const BoxConfig& config)
{
    const QString configured = config.value(QStringLiteral("POSTQUEUE"));
    if (!configured.isEmpty() || !config.isRealBox())
        return configured;
    return QStringLiteral("/usr/sbin/postqueue");
}

QString MonitoringService::mailLog(const BoxConfig& config)
{
    return config.value(QStringLiteral("MAIL_LOG"), config.systemPath(QStringLiteral("/var/log/mail.log")));
}

QString MonitoringService::databasePath() const
{
    return m_ring.path();
}

bool MonitoringService::start(QString* error)
{
    if (m_sampler)
        return true;
    QString reason;
    if (!m_ring.open(&reason)) {
        m_unavailable = QStringLiteral("%1 cannot be used (%2)").arg(m_ring.path(), reason);
        qCWarning(lcMonitoring).noquote() << "no metrics:" << m_unavailable;
        if (error)
            *error = m_unavailable;
        return false;
    }
    MetricsSampler::Sources sources;
    sources.storageRoot = m_config.storageRoot();
    sources.postqueue = postqueue(m_config);
    sources.mailLog = mailLog(m_config);
    m_sampler = std::make_unique<MetricsSampler>(m_ring, sources, m_intervalMs, m_clock);
    m_sampler->start();
    m_unavailable.clear();
    return true;
}

void MonitoringService::stop()
{
    if (m_sampler)
        m_sampler->stop();
}

MonitoringService::Series MonitoringService::series(const QStringList& names, std::optional<qint64> from,
                                                    std::optional<qint64> to) const
{
    Series answer;
    QList<int> indexes;
    QStringList unknown;
    for (const QString& name : names) {
        const int i = MetricSeries::indexOf(name);
        if (i < 0)
            unknown << name;
        else if (!indexes.contains(i))
            indexes << i;
    }
    if (!unknown.isEmpty()) {
        QStringList known;
        for (const MetricSeries::Info& info : MetricSeries::All)
            known << QLatin1String(info.name);
        answer.status = 400;
        answer.error = QStringLiteral("Unknown series: %1. The series are: %2.")
                           .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")));
        return answer;
    }
    if (indexes.isEmpty()) {
        for (int i = 0; i < MetricSeries::SeriesCount; ++i)
            indexes << i;
    }
    const qint64 now = m_clock.nowSecs();
    answer.to = to.value_or(now);
    answer.from = from.value_or(answer.to - DefaultRangeSecs);
    if (answer.from > answer.to) {
        answer.status = 400;
        answer.error = QStringLiteral("from (%1) is after to (%2).").arg(answer.from).arg(answer.to);
        return answer;
    }
    for (int i : indexes)
        answer.names << QLatin1String(MetricSeries::All[i].name);
    if (!m_unavailable.isEmpty()) {
        answer.status = 503;
        answer.error = QStringLiteral("No metrics on this box: %1.").arg(m_unavailable);
        return answer;
    }
    QString error;
    const qint64 step = qMax<qint64>(1, (m_intervalMs + 500) / 1000);
    const auto range = m_ring.query(indexes, answer.from, answer.to, now, step, &error);
    if (!range) {
        qCWarning(lcMonitoring) << "cannot read" << m_ring.path() << error;
        answer.status = 500;
        answer.error = QStringLiteral("The metrics cannot be read: %1").arg(error);
        return answer;
    }
    answer.range = *range;
    return answer;
}
