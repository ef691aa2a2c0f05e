#include "BackupService.h"

#include "ApiClient.h"
#include "JsonJob.h"
#include "TextJob.h"

#include <QTimer>
#include <QUrlQuery>

BackupService::BackupService(QObject* parent)
    : QObject(parent)
{
    for (Job job : {Job::Run, Job::Verify, Job::Restore}) {
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, job] { poll(job); });
        m_timers.insert(job, timer);
    }
}

BackupService::~BackupService()
{
    abortAll();
}

void BackupService::abortAll()
{
    m_loads.abortAll(this);
    m_jobCalls.abortAll(this);
    if (m_save) {
        m_save->disconnect(this);
        m_save->abort();
    }
    m_save = nullptr;
    for (QTimer* timer : std::as_const(m_timers))
        timer->stop();
}

ApiClient* BackupService::client() const
{
    return m_client;
}

void BackupService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const QList<Load> loads = m_loads.running();
    const bool wasSaving = isSaving();
    abortAll();
    m_running.clear();
    m_client = client;
    for (Load load : loads)
        emit loadingChanged(load, false);
    if (wasSaving)
        emit savingChanged(false);
}

bool BackupService::canLoad(Load load) const
{
    return m_client && !isLoading(load);
}

bool BackupService::startLoad(Load load, ApiJob* job)
{
    m_loads.add(load, job);
    emit loadingChanged(load, true);
    connect(job, &ApiJob::failed, this, [this, load](const ApiError& error) {
        finishLoad(load);
        emit loadFailed(load, error);
    });
    return true;
}

void BackupService::finishLoad(Load load)
{
    m_loads.remove(load);
    emit loadingChanged(load, false);
}

bool BackupService::fetchStatus()
{
    if (!canLoad(Load::Status))
        return false;
    // duplicity reads the target: seconds, on a remote target longer.
    JsonJob* job = m_client->getJson(QStringLiteral("/system/backup/status"), {}, ApiClient::Duration::Long);
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::Status);
        BackupStatusInfo status;
        if (!BackupInfo::parseStatus(document, &status)) {
            emit loadFailed(Load::Status, ApiError::unreadable(tr("The box's backup status could not be read.")));
            return;
        }
        emit statusLoaded(status);
    });
    return startLoad(Load::Status, job);
}

bool BackupService::fetchConfig()
{
    if (!canLoad(Load::Config))
        return false;
    JsonJob* job = m_client->getJson(QStringLiteral("/system/backup/config"));
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::Config);
        BackupConfig config;
        if (!BackupInfo::parseConfig(document, &config)) {
            emit loadFailed(Load::Config,
                            ApiError::unreadable(tr("The box's backup configuration could not be read.")));
            return;
        }
        emit configLoaded(config);
    });
    return startLoad(Load::Config, job);
}

bool BackupService::saveConfig(const BackupDestination& destination, const QString& boxDirectory, int minAgeDays,
                               const QString& user, const QString& secret)
{
    if (!m_client || m_save)
        return false;
    const QString target = destination.target(boxDirectory);
    const bool s3 = destination.kind == BackupDestination::Kind::S3;
    // The box checks a remote target by listing it: allow it the time.
    TextJob* job = m_client->postForm(QStringLiteral("/system/backup/config"),
                                      {{QStringLiteral("target"), target},
                                       {QStringLiteral("target_user"), s3 ? user : QString()},
                                       {QStringLiteral("target_pass"), s3 ? secret : QString()},
                                       {QStringLiteral("min_age"), QString::number(minAgeDays)}},
                                      ApiClient::Duration::Long);
    m_save = job;
    emit savingChanged(true);
    connect(job, &TextJob::finished, this, [this, target](const QString& body) {
        m_save = nullptr;
        emit savingChanged(false);
        QString text;
        BackupInfo::parseConfigAnswer(body, &text);
        if (text == QLatin1String("OK")) {
            emit configSaved(target);
            return;
        }
        // Upstream answers a refused target with 200 and the reason as a JSON string.
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 200;
        error.serverText = text;
        error.message = text;
        emit configFailed(error);
    });
    connect(job, &TextJob::failed, this, [this](const ApiError& error) {
        m_save = nullptr;
        emit savingChanged(false);
        emit configFailed(error);
    });
    return true;
}

bool BackupService::fetchFiles(const QString& time)
{
    if (!canLoad(Load::Files))
        return false;
    QUrlQuery query;
    if (!time.isEmpty())
        query.addQueryItem(QStringLiteral("time"), time);
    JsonJob* job = m_client->getJson(QStringLiteral("/boxkeeper/backup/files"), query, ApiClient::Duration::Long);
    connect(job, &JsonJob::finished, this, [this, time](const QJsonDocument& document) {
        finishLoad(Load::Files);
        BackupFileList files;
        if (!BackupInfo::parseFiles(document, &files)) {
            emit loadFailed(Load::Files,
                            ApiError::unreadable(tr("The box's list of the backup's files could not be read.")));
            return;
        }
        emit filesLoaded(time, files);
    });
    return startLoad(Load::Files, job);
}

bool BackupService::exportSecretKey(const QString& password)
{
    if (!canLoad(Load::SecretKey))
        return false;
    TextJob* job =
        m_client->postForm(QStringLiteral("/boxkeeper/backup/secret-key"), {{QStringLiteral("password"), password}});
    connect(job, &TextJob::finished, this, [this](const QString& text) {
        finishLoad(Load::SecretKey);
        emit secretKeyLoaded(text.toUtf8());
    });
    return startLoad(Load::SecretKey, job);
}

QString BackupService::jobPath(Job job)
{
    switch (job) {
    case Job::Run:
        return QStringLiteral("/boxkeeper/backup/run");
    case Job::Verify:
        return QStringLiteral("/boxkeeper/backup/verify");
    case Job::Restore:
        return QStringLiteral("/boxkeeper/backup/restore");
    }
    return QString();
}

bool BackupService::startRun(bool full)
{
    QList<QPair<QString, QString>> fields;
    if (full)
        fields.append({QStringLiteral("full"), QStringLiteral("1")});
    return startJob(Job::Run, fields);
}

bool BackupService::startVerify()
{
    return startJob(Job::Verify, {});
}

bool BackupService::startRestore(const RestoreRequest& request)
{
    QList<QPair<QString, QString>> fields;
    if (!request.path.isEmpty())
        fields.append({QStringLiteral("path"), request.path});
    if (!request.mailbox.isEmpty())
        fields.append({QStringLiteral("mailbox"), request.mailbox});
    if (!request.time.isEmpty())
        fields.append({QStringLiteral("time"), request.time});
    fields.append({QStringLiteral("into"), request.into});
    return startJob(Job::Restore, fields);
}

bool BackupService::startJob(Job job, const QList<QPair<QString, QString>>& fields)
{
    if (!m_client || m_running.value(job) || m_jobCalls.isRunning(job))
        return false;
    m_timers.value(job)->stop();
    JsonJob* call = m_client->postFormJson(jobPath(job), fields);
    m_jobCalls.add(job, call);
    m_running.insert(job, true);
    connect(call, &JsonJob::finished, this, [this, job](const QJsonDocument& document) {
        m_jobCalls.remove(job);
        BackupJobState state;
        if (!BackupInfo::parseJobState(document, &state)) {
            m_running.insert(job, false);
            emit jobFailed(job, ApiError::unreadable(tr("The box's answer to the job could not be read.")));
            return;
        }
        handleState(job, state, true);
    });
    connect(call, &JsonJob::failed, this, [this, job](const ApiError& error) {
        m_jobCalls.remove(job);
        m_running.insert(job, false);
        emit jobFailed(job, error);
    });
    return true;
}

bool BackupService::watchJob(Job job)
{
    if (!m_client || m_jobCalls.isRunning(job))
        return false;
    poll(job);
    return true;
}

void BackupService::poll(Job job)
{
    if (!m_client || m_jobCalls.isRunning(job))
        return;
    JsonJob* call = m_client->getJson(jobPath(job));
    m_jobCalls.add(job, call);
    connect(call, &JsonJob::finished, this, [this, job](const QJsonDocument& document) {
        m_jobCalls.remove(job);
        BackupJobState state;
        if (!BackupInfo::parseJobState(document, &state)) {
            m_running.insert(job, false);
            emit jobFailed(job, ApiError::unreadable(tr("The box's state of the job could not be read.")));
            return;
        }
        handleState(job, state, false);
    });
    connect(call, &JsonJob::failed, this, [this, job](const ApiError& error) {
        m_jobCalls.remove(job);
        const bool wasRunning = m_running.value(job);
        if (wasRunning && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)) {
            // The job goes on on the box: ask again later.
            m_timers.value(job)->start(m_pollMs * 5);
            return;
        }
        m_running.insert(job, false);
        emit jobFailed(job, error);
    });
}

void BackupService::handleState(Job job, const BackupJobState& state, bool started)
{
    const bool wasRunning = m_running.value(job);
    m_running.insert(job, state.isRunning());
    emit jobStateLoaded(job, state);
    if (started)
        emit jobStarted(job, state);
    if (state.isRunning()) {
        if (!started)
            emit jobProgress(job, state);
        m_timers.value(job)->start(m_pollMs);
    } else if (wasRunning) {
        emit jobEnded(job, state);
    }
}
