#include "SystemService.h"

#include "AptUpdates.h"
#include "PrivacySetting.h"
#include "UpstreamVersion.h"
#include "auth/Clock.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/ProcessRunner.h"
#include "boxkeeper/CapabilitiesApi.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSystem, "boxkeeper.agent.system", QtInfoMsg)

namespace {

constexpr int AptUpdateTimeoutMs = 15 * 60 * 1000;
constexpr int AptSimulateTimeoutMs = 5 * 60 * 1000;
// An upgrade killed half-way leaves dpkg to be repaired by hand: it gets all the time it may need.
constexpr int AptUpgradeTimeoutMs = 4 * 3600 * 1000;
constexpr int RebootTimeoutMs = 60 * 1000;

const QString DefaultAptGet = QStringLiteral("/usr/bin/apt-get");
const QString DefaultRebootCommand = QStringLiteral("/sbin/shutdown -r now");

SystemService::Result failed(const ProcessResult& r)
{
    qCWarning(lcSystem).noquote() << r.message();
    return {500, r.message()};
}

} // namespace

SystemService::SystemService(const BoxConfig& config, const Clock& clock)
    : m_config(config)
    , m_clock(clock)
    , m_jobs(QStringLiteral("system jobs"))
{ }

SystemService::~SystemService() = default;

QString SystemService::version()
{
    return QLatin1String(CapabilitiesApi::UpstreamVersion);
}

SystemService::Result SystemService::latestUpstreamVersion() const
{
    const QUrl url(m_config.value(QStringLiteral("UPSTREAM_VERSION_URL"), QLatin1String(UpstreamVersion::DefaultUrl)));
    const UpstreamVersion::Result r = UpstreamVersion::fetch(url);
    if (r.status != 200)
        qCInfo(lcSystem).noquote() << r.text;
    return {r.status, r.text};
}

std::optional<QString> SystemService::aptGet() const
{
    const QString configured = m_config.value(QStringLiteral("APT_GET"));
    if (!configured.isEmpty())
        return configured;
    if (m_config.isRealBox())
        return DefaultAptGet;
    return std::nullopt;
}

std::optional<QStringList> SystemService::rebootCommand() const
{
    return m_config.command(QStringLiteral("REBOOT_COMMAND"), DefaultRebootCommand);
}

SystemService::Result SystemService::submit(const QString& name, std::function<Result(Job&)> fn,
                                            const QString& mergeKey)
{
    const auto job = m_jobs.submit<Result>(name, std::move(fn), mergeKey);
    job->wait();
    if (job->state() == Job::State::Cancelled)
        return {503, QStringLiteral("The agent is stopping: %1 did not run.").arg(name)};
    return job->result();
}

std::optional<QString> SystemService::cachedUpdates() const
{
    QMutexLocker lock(&m_cacheMutex);
    if (m_updates && m_clock.nowMSecs() - m_updatesAt < UpdatesCacheMSecs)
        return m_updates;
    return std::nullopt;
}

SystemService::Result SystemService::pendingUpdates()
{
    if (const std::optional<QString> cached = cachedUpdates())
        return {200, *cached};
    if (!aptGet()) {
        return {503, QStringLiteral("Package updates cannot be listed on this box: its SYSTEM_ROOT is not / and "
                                    "APT_GET is not set.")};
    }
    // Requests that arrive while a listing waits to run share it.
    return submit(
        QStringLiteral("list package updates"), [this](Job& job) { return listUpdatesJob(job); },
        QStringLiteral("list updates"));
}

std::optional<QStringList> SystemService::upgradablePackages()
{
    std::optional<QString> text = cachedUpdates();
    if (!text) {
        if (!aptGet())
            return std::nullopt;
        const ProcessResult simulation =
            ProcessRunner(*aptGet()).args({"-qq", "-s", "upgrade"}).timeout(AptSimulateTimeoutMs).run();
        if (!simulation.ok())
            return std::nullopt;
        text = AptUpdates::format(AptUpdates::parseSimulation(simulation.output));
    }
    return text->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

SystemService::Result SystemService::listUpdatesJob(Job& job)
{
    // A listing that ran while this job waited is as good.
    if (const std::optional<QString> cached = cachedUpdates())
        return {200, *cached};
    const QString apt = *aptGet();
    job.setStep(QStringLiteral("apt-get update"));
    const ProcessResult update = ProcessRunner(apt).args({"-qq", "update"}).timeout(AptUpdateTimeoutMs).run();
    if (!update.ok())
        return failed(update);
    job.setStep(QStringLiteral("apt-get -s upgrade"));
    const ProcessResult simulation =
        ProcessRunner(apt).args({"-qq", "-s", "upgrade"}).timeout(AptSimulateTimeoutMs).run();
    if (!simulation.ok())
        return failed(simulation);
    const QString text = AptUpdates::format(AptUpdates::parseSimulation(simulation.output));
    QMutexLocker lock(&m_cacheMutex);
    m_updates = text;
    m_updatesAt = m_clock.nowMSecs();
    return {200, text};
}

SystemService::Result SystemService::updatePackages()
{
    if (!aptGet()) {
        return {503, QStringLiteral("Packages cannot be updated on this box: its SYSTEM_ROOT is not / and APT_GET "
                                    "is not set.")};
    }
    return submit(QStringLiteral("update packages"), [this](Job& job) { return updatePackagesJob(job); });
}

SystemService::Result SystemService::updatePackagesJob(Job& job)
{
    const QString apt = *aptGet();
    job.setStep(QStringLiteral("apt-get update"));
    const ProcessResult update = ProcessRunner(apt).args({"-qq", "update"}).timeout(AptUpdateTimeoutMs).run();
    if (!update.ok())
        return failed(update);
    job.setStep(QStringLiteral("apt-get upgrade"));
    const ProcessResult upgrade = ProcessRunner(apt)
                                      .args({"-y", "upgrade"})
                                      .environment(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"))
                                      .timeout(AptUpgradeTimeoutMs)
                                      .run();
    {
        // Whatever the upgrade did, the list from before it is no longer true (it is answered until now).
        QMutexLocker lock(&m_cacheMutex);
        m_updates.reset();
    }
    if (!upgrade.ok())
        return failed(upgrade);
    return {200, QString::fromUtf8(upgrade.output)};
}

bool SystemService::rebootRequired() const
{
    return QFileInfo::exists(m_config.systemPath(QStringLiteral("/var/run/reboot-required")));
}

SystemService::Result SystemService::reboot()
{
    if (!rebootRequired())
        return {200, QLatin1String(RebootNotRequired)};
    const std::optional<QStringList> command = rebootCommand();
    if (!command) {
        return {503, QStringLiteral("This box cannot be rebooted from here: its SYSTEM_ROOT is not / and "
                                    "REBOOT_COMMAND is not set.")};
    }
    qCInfo(lcSystem).noquote() << "reboot requested:" << command->join(QLatin1Char(' '));
    const ProcessResult r = ProcessRunner(command->first()).args(command->mid(1)).timeout(RebootTimeoutMs).run();
    if (!r.ok())
        return failed(r);
    return {200, QString::fromUtf8(r.output + r.errorOutput)};
}

QString SystemService::settingsPath() const
{
    return m_config.storagePath(QStringLiteral("settings.yaml"));
}

bool SystemService::privacy() const
{
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return PrivacySetting::read(file.readAll());
}

SystemService::Result SystemService::setPrivacy(bool value)
{
    QMutexLocker lock(&m_settingsMutex);
    const QString path = settingsPath();
    QByteArray current;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return {500, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())};
        current = file.readAll();
        file.close();
    }
    QString error;
    const std::optional<QByteArray> updated = PrivacySetting::write(current, value, &error);
    if (!updated)
        return {500, QStringLiteral("%1; it was left unchanged.").arg(error)};
    if (*updated != current && !AtomicFile::write(path, *updated, &error))
        return {500, error};
    return {200, QStringLiteral("OK")};
}
