#include "BackupRestore.h"

#include "auth/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace {

constexpr int RestoreTimeoutMs = 12 * 3600 * 1000;
constexpr int MaxDetails = 100;

// `path` with symbolic links resolved as far as it exists (the rest appended as given).
QString resolved(const QString& path)
{
    QString existing = QDir::cleanPath(path);
    QString rest;
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/")) {
        rest = QFileInfo(existing).fileName() + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest);
        existing = QFileInfo(existing).path();
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    const QString base = canonical.isEmpty() ? existing : canonical;
    if (rest.isEmpty())
        return base;
    return base == QLatin1String("/") ? base + rest : base + QLatin1Char('/') + rest;
}

bool isInside(const QString& path, const QString& dir)
{
    return path == dir || path.startsWith(dir == QLatin1String("/") ? dir : dir + QLatin1Char('/'));
}

QString whenText(const QString& time)
{
    return time.isEmpty() ? QStringLiteral("the latest backup") : QStringLiteral("the backup at %1").arg(time);
}

QString whatText(const QString& relative)
{
    return relative.isEmpty() ? QStringLiteral("everything") : relative;
}

// One rename of a file or folder, undone in reverse order when a later one fails.
struct Moves
{
    QList<QPair<QString, QString>> done;

    bool move(const QString& from, const QString& to, QString* error)
    {
        if (!QDir().mkpath(QFileInfo(to).path()) || !QDir().rename(from, to)) {
            *error = QStringLiteral("Cannot move %1 to %2").arg(from, to);
            return false;
        }
        done.append({from, to});
        return true;
    }
    void undo()
    {
        for (auto it = done.crbegin(); it != done.crend(); ++it) {
            if (!QDir().rename(it->second, it->first))
                qCWarning(lcBackup).noquote() << "cannot move" << it->second << "back to" << it->first;
        }
        done.clear();
    }
};

BackupJobs::Outcome failed(const QString& message)
{
    return {QStringLiteral("failed"), message, {}};
}

} // namespace

QString BackupRestore::check(const BackupService& backups, const Request& request, QString* relative)
{
    relative->clear();
    if (!BackupService::isBackupTime(request.time))
        return BackupService::badTimeMessage();
    if (!request.path.isEmpty() && !request.mailbox.isEmpty())
        return QStringLiteral("Give either a path or a mailbox to restore, not both.");
    if (!request.path.isEmpty()) {
        QString path = request.path;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QString clean = QDir::cleanPath(path);
        if (path.startsWith(QLatin1Char('/')) || clean != path || clean == QLatin1String(".") ||
            clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
            return QStringLiteral("Give the path relative to STORAGE_ROOT, as the backup's file list shows it (e.g. "
                                  "mail/users.sqlite).");
        if (isInside(clean, QStringLiteral("backup")))
            return QStringLiteral("STORAGE_ROOT/backup is not in the backups.");
        *relative = clean;
    }
    if (!request.mailbox.isEmpty()) {
        static const QRegularExpression address(QStringLiteral("^([^@/\\s]+)@([^@/\\s]+)$"));
        const QRegularExpressionMatch m = address.match(request.mailbox);
        const auto dots = [](const QString& s) { return s == QLatin1String(".") || s == QLatin1String(".."); };
        if (!m.hasMatch() || dots(m.captured(1)) || dots(m.captured(2)))
            return QStringLiteral("Invalid mailbox (%1): give it as user@domain.").arg(request.mailbox);
        *relative = QStringLiteral("mail/mailboxes/%1/%2").arg(m.captured(2), m.captured(1));
    }

    if (request.intoStorageRoot && !request.into.isEmpty())
        return QStringLiteral("Give either a directory to restore into or into_storage_root=1, not both.");
    if (!request.intoStorageRoot) {
        if (request.into.isEmpty())
            return QStringLiteral("Give the new directory to restore into (into), or into_storage_root=1 to restore "
                                  "over the live data.");
        if (!QDir::isAbsolutePath(request.into))
            return QStringLiteral("The restore directory must be an absolute path (%1).").arg(request.into);
        const QString into = resolved(request.into);
        const QString root = resolved(backups.m_config.storageRoot());
        if (isInside(into, root))
            return QStringLiteral("The restore directory %1 is inside STORAGE_ROOT (%2): give a new directory "
                                  "elsewhere, or into_storage_root=1 to restore over the live data.")
                .arg(request.into, backups.m_config.storageRoot());
        if (isInside(root, into))
            return QStringLiteral("The restore directory %1 holds STORAGE_ROOT (%2): give a new directory.")
                .arg(request.into, backups.m_config.storageRoot());
        const QFileInfo info(request.into);
        if (info.exists() && !info.isDir())
            return QStringLiteral("The restore directory %1 exists and is not a directory.").arg(request.into);
        if (info.exists() &&
            !QDir(request.into).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System))
            return QStringLiteral("The restore directory %1 is not empty.").arg(request.into);
    }

    const BackupSettings settings = backups.loadSettings();
    if (settings.target() == QLatin1String("off"))
        return QStringLiteral("Backups are turned off.");
    QString error;
    const QString url = backups.duplicityUrl(settings, &error);
    if (url.isEmpty() || backups.passphrase(&error).isEmpty())
        return error;
    if (!request.intoStorageRoot && url.startsWith(QLatin1String("file://"))) {
        const QString target = resolved(QUrl(url).path());
        if (isInside(resolved(request.into), target))
            return QStringLiteral("The restore directory %1 is inside the backup target (%2).")
                .arg(request.into, QUrl(url).path());
    }
    return {};
}

BackupService::Answer BackupRestore::startRestore(BackupService& backups, const Request& request)
{
    QString relative;
    const QString problem = check(backups, request, &relative);
    if (!problem.isEmpty())
        return {400, {}, problem};
    QString busy;
    BackupService* service = &backups;
    const std::optional<QJsonObject> state = backups.m_jobs.start(
        BackupJobs::Kind::Restore,
        [service, request, relative](Job& job) {
            BackupJobs::Outcome outcome = restore(*service, job, request, relative);
            outcome.fields.insert(QStringLiteral("path"), relative);
            outcome.fields.insert(QStringLiteral("time"), request.time.isEmpty() ? QJsonValue() : request.time);
            outcome.fields.insert(QStringLiteral("into"), request.intoStorageRoot ? service->m_config.storageRoot()
                                                                                  : QDir::cleanPath(request.into));
            return outcome;
        },
        &busy);
    if (!state)
        return {409, {}, busy};
    return {202, *state, {}};
}

QJsonObject BackupRestore::restoreState(const BackupService& backups)
{
    return backups.m_jobs.state(BackupJobs::Kind::Restore);
}

BackupJobs::Outcome BackupRestore::restore(BackupService& backups, Job& job, const Request& request,
                                           const QString& relative)
{
    job.setStep(QStringLiteral("reading the backup settings"));
    const BackupSettings settings = backups.loadSettings();
    QString error;
    const QString url = backups.duplicityUrl(settings, &error);
    const QString key = url.isEmpty() ? QString() : backups.passphrase(&error);
    if (key.isEmpty())
        return failed(error);
    QStringList arguments{QStringLiteral("restore"), QStringLiteral("--verbosity"),
                          QStringLiteral("warning"), QStringLiteral("--archive-dir"),
                          backups.cacheDir(),        QStringLiteral("--gpg-options=--cipher-algo=AES256")};
    if (!request.time.isEmpty())
        arguments << QStringLiteral("--time") << request.time;
    if (!relative.isEmpty())
        arguments << QStringLiteral("--file-to-restore") << relative;
    const QString what = whatText(relative);
    const QString when = whenText(request.time);

    if (request.intoStorageRoot) {
        const QString stamp = QDateTime::fromMSecsSinceEpoch(backups.m_clock.nowMSecs(), Qt::UTC)
                                  .toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        const QString staging = backups.backupRoot() + QStringLiteral("/restoring-") + stamp;
        const QString dest = relative.isEmpty() ? staging : staging + QLatin1Char('/') + relative;
        qCInfo(lcBackup).noquote() << QStringLiteral("restoring %1 from %2 over STORAGE_ROOT %3 (asked by %4)")
                                          .arg(what, when, backups.m_config.storageRoot(), request.requestedBy);
        if (!QDir().mkpath(QFileInfo(dest).path()))
            return failed(QStringLiteral("Cannot create %1").arg(QFileInfo(dest).path()));
        job.setStep(QStringLiteral("restoring from the backup"));
        const ProcessResult r = backups.duplicity(arguments << url << dest, key).timeout(RestoreTimeoutMs).run();
        if (!r.ok()) {
            QDir(staging).removeRecursively();
            return failed(QStringLiteral("The restore failed: %1").arg(BackupService::duplicityMessage(r)));
        }
        BackupJobs::Outcome outcome = swapIntoStorageRoot(backups, job, staging, relative, what);
        QDir(staging).removeRecursively();
        if (outcome.state == QLatin1String("succeeded"))
            outcome.message = QStringLiteral("Restored %1 from %2 over %3.%4")
                                  .arg(what, when, backups.m_config.storageRoot(), outcome.message);
        qCInfo(lcBackup).noquote() << QStringLiteral("restore over STORAGE_ROOT: %1").arg(outcome.message);
        return outcome;
    }

    // A new directory: made here (private, it holds mail), removed again if the restore fails.
    const QString into = QDir::cleanPath(request.into);
    QString created = into;
    while (!QFileInfo::exists(QFileInfo(created).path()))
        created = QFileInfo(created).path();
    const bool existed = QFileInfo::exists(into);
    if (!QDir().mkpath(into))
        return failed(QStringLiteral("Cannot create %1").arg(into));
    if (!existed)
        QFile::setPermissions(into, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dest = relative.isEmpty() ? into : into + QLatin1Char('/') + relative;
    if (!relative.isEmpty() && !QDir().mkpath(QFileInfo(dest).path()))
        return failed(QStringLiteral("Cannot create %1").arg(QFileInfo(dest).path()));
    if (relative.isEmpty())
        arguments << QStringLiteral("--force"); // the directory exists (empty)
    job.setStep(QStringLiteral("restoring from the backup"));
    const ProcessResult r = backups.duplicity(arguments << url << dest, key).timeout(RestoreTimeoutMs).run();
    if (!r.ok()) {
        if (existed) {
            QDir dir(into);
            for (const QString& name :
                 dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)) {
                const QString path = dir.filePath(name);
                if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
                    QDir(path).removeRecursively();
                else
                    QFile::remove(path);
            }
        } else {
            QDir(created).removeRecursively();
        }
        return failed(QStringLiteral("The restore failed: %1").arg(BackupService::duplicityMessage(r)));
    }
    return {QStringLiteral("succeeded"), QStringLiteral("Restored %1 from %2 into %3.").arg(what, when, into), {}};
}

BackupJobs::Outcome BackupRestore::swapIntoStorageRoot(BackupService& backups, Job& job, const QString& staging,
                                                       const QString& relative, const QString& what)
{
    const QString root = backups.m_config.storageRoot();
    const QString replaced =
        backups.backupRoot() + QStringLiteral("/replaced-") + QFileInfo(staging).fileName().mid(10);
    QString error;
    job.setStep(QStringLiteral("stopping the mail services"));
    if (!backups.stopServices(&error)) {
        const QString message = QStringLiteral("The services could not be stopped: %1").arg(error);
        backups.startServices(&error);
        return failed(message + QStringLiteral(" Nothing was restored."));
    }
    job.setStep(QStringLiteral("moving the restored files into place"));
    Moves moves;
    bool ok = true;
    if (relative.isEmpty()) {
        const QStringList kept{QStringLiteral("backup"), QStringLiteral("owncloud-backup")};
        const QDir::Filters all = QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System;
        for (const QString& name : QDir(root).entryList(all)) {
            if (!kept.contains(name) &&
                !moves.move(root + QLatin1Char('/') + name, replaced + QLatin1Char('/') + name, &error)) {
                ok = false;
                break;
            }
        }
        for (const QString& name : ok ? QDir(staging).entryList(all) : QStringList()) {
            if (!kept.contains(name) &&
                !moves.move(staging + QLatin1Char('/') + name, root + QLatin1Char('/') + name, &error)) {
                ok = false;
                break;
            }
        }
    } else {
        const QString live = root + QLatin1Char('/') + relative;
        const QFileInfo liveInfo(live);
        if (liveInfo.exists() || liveInfo.isSymLink())
            ok = moves.move(live, replaced + QLatin1Char('/') + relative, &error);
        ok = ok && moves.move(staging + QLatin1Char('/') + relative, live, &error);
    }
    if (!ok)
        moves.undo();
    job.setStep(QStringLiteral("starting the mail services"));
    QString startError;
    const bool started = backups.startServices(&startError);
    if (!ok)
        return failed(QStringLiteral("The restore of %1 over %2 failed, the live data was left as it was: %3")
                          .arg(what, root, error));
    QString message;
    if (QFileInfo::exists(replaced))
        message += QStringLiteral(" What it replaced is in %1.").arg(replaced);
    if (QFileInfo::exists(staging + QStringLiteral("/mail/users.sqlite")) || relative == QLatin1String("mail") ||
        relative == QLatin1String("mail/users.sqlite") || relative.isEmpty())
        message += QStringLiteral(" Restart boxkeeper-agent so that it opens the restored users database.");
    if (!started)
        return failed(
            QStringLiteral("Restored, but the services could not be started again: %1.%2").arg(startError, message));
    return {QStringLiteral("succeeded"), message, {}};
}

BackupService::Answer BackupRestore::startVerify(BackupService& backups)
{
    const BackupSettings settings = backups.loadSettings();
    if (settings.target() == QLatin1String("off"))
        return {400, {}, QStringLiteral("Backups are turned off.")};
    QString error;
    const QString url = backups.duplicityUrl(settings, &error);
    if (url.isEmpty() || backups.passphrase(&error).isEmpty())
        return {400, {}, error};
    QString busy;
    BackupService* service = &backups;
    const std::optional<QJsonObject> state = backups.m_jobs.start(
        BackupJobs::Kind::Verify, [service](Job& job) { return verify(*service, job); }, &busy);
    if (!state)
        return {409, {}, busy};
    return {202, *state, {}};
}

QJsonObject BackupRestore::verifyState(const BackupService& backups)
{
    return backups.m_jobs.state(BackupJobs::Kind::Verify);
}

BackupJobs::Outcome BackupRestore::verify(BackupService& backups, Job& job)
{
    const BackupSettings settings = backups.loadSettings();
    QString error;
    const QString url = backups.duplicityUrl(settings, &error);
    const QString key = url.isEmpty() ? QString() : backups.passphrase(&error);
    if (key.isEmpty())
        return failed(error);
    job.setStep(QStringLiteral("comparing the latest backup with the live data"));
    // As upstream's `backup.py --verify`: every file's content compared, STORAGE_ROOT without what is not backed up.
    const ProcessResult r =
        backups
            .duplicity({QStringLiteral("verify"), QStringLiteral("--compare-data"), QStringLiteral("--verbosity"),
                        QStringLiteral("info"), QStringLiteral("--archive-dir"), backups.cacheDir(),
                        QStringLiteral("--gpg-options=--cipher-algo=AES256"), QStringLiteral("--exclude"),
                        backups.backupRoot(), QStringLiteral("--exclude"),
                        backups.m_config.storagePath(QStringLiteral("owncloud-backup")), url,
                        backups.m_config.storageRoot()},
                       key)
            .timeout(RestoreTimeoutMs)
            .run();
    // "Verify complete: 3 files compared, 1 difference found." (exit code 1 when there are differences)
    static const QRegularExpression complete(
        QStringLiteral("^Verify complete: ([0-9]+) files? compared, ([0-9]+) differences? found\\.$"),
        QRegularExpression::MultilineOption);
    const QString output = QString::fromUtf8(r.output + '\n' + r.errorOutput);
    const QRegularExpressionMatch m = complete.match(output);
    if (!m.hasMatch() || (r.outcome != ProcessResult::Outcome::Exited))
        return failed(QStringLiteral("The verification failed: %1").arg(BackupService::duplicityMessage(r)));
    const int compared = m.captured(1).toInt();
    const int differences = m.captured(2).toInt();
    QJsonArray details;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        static const QString prefix = QStringLiteral("Difference found: ");
        if (line.startsWith(prefix) && details.size() < MaxDetails)
            details.append(line.mid(prefix.size()).trimmed());
    }
    BackupJobs::Outcome outcome;
    outcome.state = QStringLiteral("succeeded");
    outcome.message = differences == 0
                          ? QStringLiteral("The latest backup matches the live data (%1 files compared).").arg(compared)
                          : QStringLiteral("The latest backup differs from the live data: %1 differences in %2 "
                                           "files compared.")
                                .arg(differences)
                                .arg(compared);
    outcome.fields.insert(QStringLiteral("compared"), compared);
    outcome.fields.insert(QStringLiteral("differences"), differences);
    outcome.fields.insert(QStringLiteral("details"), details);
    return outcome;
}

BackupService::Answer BackupRestore::secretKey(const BackupService& backups)
{
    QFile file(backups.secretKeyPath());
    if (!file.open(QIODevice::ReadOnly))
        return {404,
                {},
                QStringLiteral("There is no backup secret key yet: the first backup makes %1.")
                    .arg(backups.secretKeyPath())};
    return {200, {}, QString::fromUtf8(file.readAll())};
}
