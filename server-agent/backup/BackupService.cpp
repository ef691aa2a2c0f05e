#include "BackupService.h"

#include "BackupStatus.h"
#include "BackupTarget.h"
#include "auth/Clock.h"
#include "box/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcBackup, "boxkeeper.agent.backup")

namespace {

const QString DefaultDuplicity = QStringLiteral("/usr/bin/duplicity");
// Upstream's services around the snapshot (domain.md §13.3), on the machine's own box only.
const QString DefaultStopCommand =
    QStringLiteral("/bin/sh -c \"/usr/sbin/service php8.0-fpm stop && /usr/sbin/service postfix stop && "
                   "/usr/sbin/service dovecot stop && /usr/sbin/service postgrey stop\"");
const QString DefaultStartCommand =
    QStringLiteral("/bin/sh -c \"/usr/sbin/service postgrey start; /usr/sbin/service dovecot start; "
                   "/usr/sbin/service postfix start; /usr/sbin/service php8.0-fpm start\"");
constexpr int StatusTimeoutMs = 10 * 60 * 1000;
constexpr int BackupTimeoutMs = 12 * 3600 * 1000;
constexpr int ServiceTimeoutMs = 5 * 60 * 1000;
constexpr int MinPassphraseLength = 43;

} // namespace

BackupService::BackupService(const BoxConfig& config, const Clock& clock)
    : m_config(config)
    , m_clock(clock)
    , m_history(config.storagePath(QStringLiteral("backup/boxkeeper-runs.json")))
    , m_jobs(clock)
{
    // Every job may change the chain or the archive dir; a backup run's result is kept across restarts.
    m_jobs.setFinished([this](BackupJobs::Kind kind, const QJsonObject& state) {
        m_statusCache.clear();
        if (kind != BackupJobs::Kind::Run)
            return;
        QString error;
        if (!m_history.record(state, &error))
            qCWarning(lcBackup).noquote() << error;
    });
}

BackupService::~BackupService() = default;

QString BackupService::duplicityMessage(const ProcessResult& r)
{
    if (r.outcome == ProcessResult::Outcome::Exited) {
        const QStringList lines = QString::fromUtf8(r.errorOutput + '\n' + r.output).split(QLatin1Char('\n'));
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            const QString line = it->trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1String("=====")) && line != QLatin1String("."))
                return QStringLiteral("duplicity failed: %1").arg(line);
        }
    }
    return r.message();
}

bool BackupService::isBackupTime(const QString& time)
{
    static const QRegularExpression backupDate(QStringLiteral("^[0-9]{8}T[0-9]{6}Z$"));
    static const QRegularExpression seconds(QStringLiteral("^[0-9]{1,12}$"));
    return time.isEmpty() || backupDate.match(time).hasMatch() || seconds.match(time).hasMatch();
}

QString BackupService::badTimeMessage()
{
    return QStringLiteral("Give the time as a backup's date (e.g. 20260418T010512Z) or in seconds since 1970.");
}

QString BackupService::backupRoot() const
{
    return m_config.storagePath(QStringLiteral("backup"));
}
QString BackupService::settingsPath() const
{
    return backupRoot() + QStringLiteral("/custom.yaml");
}
QString BackupService::secretKeyPath() const
{
    return backupRoot() + QStringLiteral("/secret_key.txt");
}
QString BackupService::cacheDir() const
{
    return backupRoot() + QStringLiteral("/cache");
}
QString BackupService::localTargetDir() const
{
    return backupRoot() + QStringLiteral("/encrypted");
}

BackupSettings BackupService::loadSettings() const
{
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return BackupSettings::parse({});
    return BackupSettings::parse(file.readAll());
}

QJsonObject BackupService::config() const
{
    const BackupSettings settings = loadSettings();
    QJsonObject o = settings.toJson();
    o.remove(QStringLiteral("target_user"));
    o.remove(QStringLiteral("target_pass"));
    o.insert(QStringLiteral("file_target_directory"), localTargetDir());
    o.insert(QStringLiteral("enc_pw_file"), secretKeyPath());
    if (settings.value(QStringLiteral("target")) == QJsonValue(QStringLiteral("local")))
        o.insert(QStringLiteral("target"), QStringLiteral("file://") + localTargetDir());
    QString keyError;
    if (!BackupTarget::ensureSshKey(m_config, &keyError))
        qCWarning(lcBackup) << keyError;
    QFile key(BackupTarget::sshKeyPath(m_config) + QStringLiteral(".pub"));
    if (key.open(QIODevice::ReadOnly))
        o.insert(QStringLiteral("ssh_pub_key"), QString::fromUtf8(key.readAll()));
    return o;
}

std::optional<int> BackupService::parsePythonInt(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9](?:_?[0-9])*$"));
    const QString trimmed = text.trimmed();
    if (!re.match(trimmed).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int n = QString(trimmed).remove(QLatin1Char('_')).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

BackupService::Answer BackupService::setConfig(const QString& target, const QString& targetUser,
                                               const QString& targetPass, const QString& minAge)
{
    const std::optional<int> days = parsePythonInt(minAge);
    if (!days)
        return {400, {}, QStringLiteral("Invalid min_age (%1): it must be a whole number of days.").arg(minAge)};
    BackupSettings settings = loadSettings();
    settings.setValue(QStringLiteral("target"), target);
    settings.setValue(QStringLiteral("target_user"), targetUser);
    settings.setValue(QStringLiteral("target_pass"), targetPass);
    settings.setValue(QStringLiteral("min_age_in_days"), *days);

    bool upstreamMessage = false;
    const std::optional<QString> problem =
        BackupTarget(m_config, target, targetUser, targetPass).check(&upstreamMessage);
    if (problem) {
        if (upstreamMessage)
            return {200, *problem, {}};
        return {400, {}, *problem};
    }
    QString error;
    if (!QDir().mkpath(backupRoot()) || !AtomicFile::write(settingsPath(), settings.serialize(), &error))
        return {500, {}, error.isEmpty() ? QStringLiteral("Cannot create %1").arg(backupRoot()) : error};
    return {200, QStringLiteral("OK"), {}};
}

QString BackupService::duplicityUrl(const BackupSettings& settings, QString* error) const
{
    return BackupTarget::fromSettings(m_config, settings).duplicityUrl(error);
}

QString BackupService::passphrase(QString* error) const
{
    QFile file(secretKeyPath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(secretKeyPath(), file.errorString());
        return {};
    }
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    if (line.size() < MinPassphraseLength) {
        *error = QStringLiteral("secret_key.txt's first line is too short!");
        return {};
    }
    return line;
}

QByteArray BackupService::newSecretKey()
{
    QByteArray random(2048, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + random.size()));
    const QByteArray encoded = random.toBase64();
    QByteArray text;
    for (qsizetype i = 0; i < encoded.size(); i += 64)
        text += encoded.mid(i, 64) + '\n';
    return text;
}

bool BackupService::ensureSecretKey(QString* error) const
{
    if (QFile::exists(secretKeyPath()))
        return true;
    if (!QDir().mkpath(backupRoot())) {
        *error = QStringLiteral("Cannot create %1").arg(backupRoot());
        return false;
    }
    qCInfo(lcBackup) << "creating the backup secret key" << secretKeyPath();
    return AtomicFile::write(secretKeyPath(), newSecretKey(), error, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

ProcessRunner BackupService::duplicity(const QStringList& arguments, const QString& passphrase) const
{
    // The target's options (just before its URL, as upstream puts them) and environment, on every call.
    const BackupTarget target = BackupTarget::fromSettings(m_config, loadSettings());
    QStringList withOptions = arguments;
    const qsizetype url = arguments.indexOf(target.duplicityUrl(nullptr));
    const QStringList options = target.duplicityOptions();
    for (qsizetype i = 0; i < options.size(); ++i)
        withOptions.insert(url < 0 ? withOptions.size() : url + i, options[i]);
    ProcessRunner runner(m_config.value(QStringLiteral("DUPLICITY"), DefaultDuplicity));
    runner.args(withOptions).environment(QStringLiteral("PASSPHRASE"), passphrase);
    for (const auto& [name, value] : target.duplicityEnvironment())
        runner.environment(name, value);
    // gpg's and duplicity's own files stay inside a demo or test box.
    if (!m_config.isRealBox()) {
        const QString home = backupRoot() + QStringLiteral("/home");
        if (QDir().mkpath(home))
            QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        runner.environment(QStringLiteral("HOME"), home);
    }
    return runner;
}

std::optional<QJsonObject> BackupService::readStatus(const BackupSettings& settings, QString* error) const
{
    const QString url = duplicityUrl(settings, error);
    if (url.isEmpty())
        return std::nullopt;
    const QString key = passphrase(error);
    if (key.isEmpty())
        return std::nullopt;
    // The target's files first: a remote one is listed before duplicity (which retries an unreachable target for
    // minutes), a local one with its files' times; while the files are those of the last listing, duplicity's
    // answer is the same (the cache).
    const BackupTarget target = BackupTarget::fromSettings(m_config, settings);
    std::optional<QList<BackupStatus::TargetFile>> sizes;
    QList<CollectionStatusCache::TargetFile> files;
    bool listed = false;
    if (target.isRemote()) {
        if (!(sizes = target.listFiles(error)))
            return std::nullopt;
        for (const BackupStatus::TargetFile& f : std::as_const(*sizes))
            files.append({f.first, f.second, QDateTime()});
        listed = true;
    } else {
        const QString path = BackupTarget::parseUrl(url).path;
        if (QFileInfo(path).isDir()) {
            const QFileInfoList entries =
                QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo& entry : entries)
                files.append({entry.fileName(), entry.size(), entry.lastModified()});
            listed = true;
        }
    }
    const QByteArray cacheKey = listed ? CollectionStatusCache::key(url, files) : QByteArray();
    std::optional<QByteArray> output = cacheKey.isEmpty() ? std::nullopt : m_statusCache.find(cacheKey);
    if (!output) {
        const ProcessResult r = duplicity({QStringLiteral("collection-status"), QStringLiteral("--archive-dir"),
                                           cacheDir(), QStringLiteral("--gpg-options=--cipher-algo=AES256"),
                                           QStringLiteral("--log-fd"), QStringLiteral("1"), url},
                                          key)
                                    .timeout(StatusTimeoutMs)
                                    .run();
        if (!r.ok()) {
            // Upstream shows duplicity's output (its log on fd 1); the error output when there is none.
            QString text = QString::fromUtf8(r.output).trimmed();
            if (text.isEmpty())
                text = QString::fromUtf8(r.errorOutput).trimmed();
            *error = QStringLiteral("Something is wrong with the backup: ") + (text.isEmpty() ? r.message() : text);
            return std::nullopt;
        }
        output = r.output;
        if (!cacheKey.isEmpty())
            m_statusCache.store(cacheKey, r.output);
    }
    // A local target is listed after duplicity, as upstream does (a missing folder: upstream's message).
    if (!sizes && !(sizes = target.listFiles(error)))
        return std::nullopt;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    return BackupStatus::build(BackupStatus::parseCollectionStatus(QString::fromUtf8(*output)), *sizes, now,
                               settings.minAgeInDays(), QTimeZone::systemTimeZone());
}

BackupService::Answer BackupService::files(const QString& time) const
{
    if (!isBackupTime(time))
        return {400, {}, badTimeMessage()};
    const BackupSettings settings = loadSettings();
    if (settings.target() == QLatin1String("off"))
        return {400, {}, QStringLiteral("Backups are turned off.")};
    QString error;
    const QString url = duplicityUrl(settings, &error);
    const QString key = url.isEmpty() ? QString() : passphrase(&error);
    if (key.isEmpty())
        return {400, {}, error};
    QStringList arguments{QStringLiteral("list-current-files"), QStringLiteral("--archive-dir"), cacheDir(),
                          QStringLiteral("--gpg-options=--cipher-algo=AES256")};
    if (!time.isEmpty())
        arguments << QStringLiteral("--time") << time;
    const ProcessResult r = duplicity(arguments << url, key).timeout(StatusTimeoutMs).run();
    if (!r.ok())
        return {500, {}, QStringLiteral("Cannot list the backup: ") + r.message()};
    // "<ctime of the file> <path>" per line, e.g. "Mon Dec  7 03:52:12 2026 mail/users.sqlite"; other lines are
    // duplicity's remarks.
    static const QRegularExpression line(
        QStringLiteral("^([A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}) (.+)$"));
    QJsonArray list;
    for (const QByteArray& raw : r.output.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch() || m.captured(2) == QLatin1String("."))
            continue;
        const QDateTime modified =
            QDateTime::fromString(m.captured(1).simplified(), QStringLiteral("ddd MMM d hh:mm:ss yyyy"));
        list.append(QJsonObject{{QStringLiteral("modified"), modified.toString(Qt::ISODate)},
                                {QStringLiteral("path"), m.captured(2)}});
    }
    return {200,
            QJsonObject{{QStringLiteral("files"), list},
                        {QStringLiteral("time"), time.isEmpty() ? QJsonValue() : QJsonValue(time)}},
            {}};
}

QJsonObject BackupService::status() const
{
    const BackupSettings settings = loadSettings();
    if (settings.target() == QLatin1String("off"))
        return {};
    QString error;
    const std::optional<QJsonObject> status = readStatus(settings, &error);
    if (!status)
        return {{QStringLiteral("error"), error}};
    return *status;
}

bool BackupService::shouldForceFull(const QJsonObject& status, const BackupSettings& settings) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    const bool weekend = now.toTimeZone(QTimeZone::systemTimeZone()).date().dayOfWeek() >= 6;
    qint64 incrementSize = 0;
    for (const QJsonValue& v : status.value(QStringLiteral("backups")).toArray()) {
        const QJsonObject b = v.toObject();
        const qint64 size = b.value(QStringLiteral("size")).toInteger();
        if (!b.value(QStringLiteral("full")).toBool()) {
            incrementSize += size;
            continue;
        }
        if (weekend) {
            if (double(incrementSize) > 0.5 * double(size))
                return true;
            const QDateTime fullDate = BackupStatus::parseDate(b.value(QStringLiteral("date")).toString());
            if (fullDate.addDays(settings.minAgeInDays() * 10 + 1) < now)
                return true;
        }
        return false;
    }
    return true; // no full backup yet
}

bool BackupService::serviceCommand(const QString& key, const QString& realBoxDefault, QString* error) const
{
    const std::optional<QStringList> command = m_config.command(key, realBoxDefault);
    if (!command)
        return true;
    const ProcessResult r = ProcessRunner(command->first()).args(command->mid(1)).timeout(ServiceTimeoutMs).run();
    if (r.ok())
        return true;
    *error = r.message();
    return false;
}

bool BackupService::stopServices(QString* error) const
{
    return serviceCommand(QStringLiteral("BACKUP_STOP_COMMAND"), DefaultStopCommand, error);
}

bool BackupService::startServices(QString* error) const
{
    return serviceCommand(QStringLiteral("BACKUP_START_COMMAND"), DefaultStartCommand, error);
}

bool BackupService::runHook(const QString& name, const QString& target, QString* error) const
{
    const QString script = backupRoot() + QLatin1Char('/') + name;
    if (!QFileInfo::exists(script))
        return true;
    const QString user = m_config.value(QStringLiteral("STORAGE_USER"), QStringLiteral("user-data"));
    // Upstream runs it with `su STORAGE_USER -c <script> <target>`; here the target is the script's $1.
    ProcessRunner runner = m_config.isRealBox() && ::geteuid() == 0
                               ? ProcessRunner(QStringLiteral("/bin/su"))
                                     .args({QStringLiteral("-s"), QStringLiteral("/bin/sh"), user, QStringLiteral("-c"),
                                            QStringLiteral("\"$0\" \"$1\""), script, target})
                               : ProcessRunner(script).arg(target);
    // Its environment gets the box's settings, as upstream passes them.
    runner.environment(QStringLiteral("STORAGE_ROOT"), m_config.storageRoot())
        .environment(QStringLiteral("STORAGE_USER"), user)
        .environment(QStringLiteral("PRIMARY_HOSTNAME"), m_config.primaryHostname())
        .workingDirectory(backupRoot())
        .timeout(BackupTimeoutMs);
    const ProcessResult r = runner.run();
    if (r.ok())
        return true;
    *error = QStringLiteral("The %1 script failed: %2").arg(name, r.message());
    return false;
}

BackupService::RunResult BackupService::run(Job& job, bool forceFull)
{
    RunResult result;
    const BackupSettings settings = loadSettings();
    if (settings.target() == QLatin1String("off")) {
        result.ok = true;
        result.skipped = true;
        result.message = QStringLiteral("Backups are turned off.");
        return result;
    }
    QString error;
    job.setStep(QStringLiteral("checking the target"));
    const QString url = duplicityUrl(settings, &error);
    if (url.isEmpty() || !ensureSecretKey(&error)) {
        result.message = error;
        return result;
    }
    const QString key = passphrase(&error);
    if (key.isEmpty()) {
        result.message = error;
        return result;
    }
    // The status first: if duplicity cannot read the target, nothing is stopped.
    job.setStep(QStringLiteral("reading the backup status"));
    const std::optional<QJsonObject> status = readStatus(settings, &error);
    if (!status) {
        result.message = error;
        return result;
    }
    result.full = forceFull || shouldForceFull(*status, settings);

    job.setStep(QStringLiteral("stopping the mail services"));
    if (!stopServices(&error)) {
        result.message = QStringLiteral("The services could not be stopped: %1").arg(error);
        startServices(&error);
        return result;
    }
    // Upstream's hook, e.g. copying files from outside STORAGE_ROOT into it (the target is its argument).
    job.setStep(QStringLiteral("running the before-backup script"));
    if (!runHook(QStringLiteral("before-backup"), url, &error)) {
        result.message = error;
        startServices(&error);
        return result;
    }
    job.setStep(result.full ? QStringLiteral("making a full backup") : QStringLiteral("making an incremental backup"));
    const ProcessResult backup =
        duplicity({result.full ? QStringLiteral("full") : QStringLiteral("incr"), QStringLiteral("--verbosity"),
                   QStringLiteral("warning"), QStringLiteral("--no-print-statistics"), QStringLiteral("--archive-dir"),
                   cacheDir(), QStringLiteral("--exclude"), backupRoot(), QStringLiteral("--exclude"),
                   m_config.storagePath(QStringLiteral("owncloud-backup")), QStringLiteral("--volsize"),
                   QStringLiteral("250"), QStringLiteral("--gpg-options=--cipher-algo=AES256"),
                   QStringLiteral("--allow-source-mismatch"), m_config.storageRoot(), url},
                  key)
            .timeout(BackupTimeoutMs)
            .run();
    job.setStep(QStringLiteral("starting the mail services"));
    QString startError;
    const bool started = startServices(&startError);
    if (!backup.ok()) {
        result.message = QStringLiteral("The backup failed: %1").arg(duplicityMessage(backup));
        return result;
    }

    // Retention (domain.md §13.3).
    job.setStep(QStringLiteral("removing old backups"));
    const QStringList common = {QStringLiteral("--verbosity"), QStringLiteral("error"), QStringLiteral("--archive-dir"),
                                cacheDir(), QStringLiteral("--force")};
    const ProcessResult removed =
        duplicity(QStringList{QStringLiteral("remove-older-than"), QStringLiteral("%1D").arg(settings.minAgeInDays())} +
                      common + QStringList{url},
                  key)
            .timeout(BackupTimeoutMs)
            .run();
    if (!removed.ok()) {
        result.message = QStringLiteral("The backup was made, but old backups could not be removed: %1")
                             .arg(duplicityMessage(removed));
        return result;
    }
    const ProcessResult cleaned = duplicity(QStringList{QStringLiteral("cleanup")} + common + QStringList{url}, key)
                                      .timeout(BackupTimeoutMs)
                                      .run();
    if (!cleaned.ok()) {
        result.message =
            QStringLiteral("The backup was made, but the cleanup failed: %1").arg(duplicityMessage(cleaned));
        return result;
    }
    // Upstream's hook, e.g. copying the new backup elsewhere.
    job.setStep(QStringLiteral("running the after-backup script"));
    if (!runHook(QStringLiteral("after-backup"), url, &error)) {
        result.message = QStringLiteral("The backup was made, but %1").arg(error.replace(0, 1, QStringLiteral("t")));
        return result;
    }
    result.ok = started;
    result.message = result.full ? QStringLiteral("Full backup made.") : QStringLiteral("Incremental backup made.");
    if (!started)
        result.message += QStringLiteral(" The services could not be started again: %1").arg(startError);
    return result;
}

BackupService::Answer BackupService::startRun(bool forceFull)
{
    QString busy;
    const std::optional<QJsonObject> state = m_jobs.start(
        BackupJobs::Kind::Run,
        [this, forceFull](Job& job) {
            const RunResult r = run(job, forceFull);
            BackupJobs::Outcome outcome;
            outcome.state = r.skipped ? QStringLiteral("skipped")
                            : r.ok    ? QStringLiteral("succeeded")
                                      : QStringLiteral("failed");
            outcome.message = r.message;
            outcome.fields.insert(QStringLiteral("full"), r.full);
            return outcome;
        },
        &busy);
    if (!state)
        return {409, {}, busy};
    return {202, *state, {}};
}

QString BackupService::daily(bool* ok)
{
    const Answer started = startRun(false);
    if (started.status != 202) {
        *ok = false;
        return started.text;
    }
    m_jobs.waitForLast();
    const QJsonObject last = runState();
    *ok = last.value(QStringLiteral("state")).toString() != QLatin1String("failed");
    return last.value(QStringLiteral("message")).toString();
}

QJsonObject BackupService::runState() const
{
    QJsonObject state = m_jobs.state(BackupJobs::Kind::Run);
    const QJsonObject history = m_history.read();
    // Not running: the later of this process's last run and the file's (written by this agent before a restart, or
    // by `--daily`).
    if (state.value(QStringLiteral("state")).toString() != QLatin1String("running")) {
        const QJsonObject saved = history.value(QStringLiteral("last")).toObject();
        if (!saved.isEmpty() &&
            saved.value(QStringLiteral("finished")).toString() >= state.value(QStringLiteral("finished")).toString())
            state = saved;
    }
    for (const QString& key : {QStringLiteral("last_success"), QStringLiteral("last_failure")}) {
        if (history.contains(key))
            state.insert(key, history.value(key));
    }
    return state;
}
