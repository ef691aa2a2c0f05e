#include "FleetMonitor.h"

#include "ApiClient.h"
#include "BackupInfo.h"
#include "BoxCapabilities.h"
#include "CertTrustStore.h"
#include "CredentialStore.h"
#include "Logging.h"
#include "LoginJob.h"
#include "Metrics.h"
#include "OfflineCache.h"
#include "SettingsStore.h"
#include "StatusItems.h"
#include "SystemService.h"
#include "TextJob.h"
#include "TlsCertificates.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {
const QString passwordPurpose = QStringLiteral("password");
constexpr int certificateHorizonDays = 14;
} // namespace

struct FleetMonitor::Box
{
    BoxProfile profile;
    ApiClient* client = nullptr;
    QString email;
    QString sessionKey; // memory only
    bool sessionFromWindow = false;
    QString password; // only between the keychain's answer and the login call
    QString keychainKey; // set while the keychain is asked
    bool polling = false;
    bool loginRetried = false;
    int generation = 0;
    int pending = 0;
    bool capabilitiesKnown = false;
    QStringList features;
    QString agentVersion;
    BoxHealth health;
    BoxHealth draft;
    qint64 startWall = 0;
    QElapsedTimer startMono;
    QList<QPointer<ApiJob>> jobs;
};

FleetMonitor::FleetMonitor(SettingsStore* settings, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_trust(new CertTrustStore(this))
    , m_intervalMs(settings->fleetIntervalSeconds() * 1000)
    , m_pollTimer(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    m_pollTimer->setInterval(m_intervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        // After a resume the overdue timer may fire before the sleep check: a poll now would find no network yet.
        if (!detectSleep()) {
            pollNow();
        }
    });
    m_heartbeat->setInterval(m_sleepCheckMs);
    connect(m_heartbeat, &QTimer::timeout, this, &FleetMonitor::detectSleep);
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::secretRead, this, &FleetMonitor::onPasswordRead);
        connect(m_credentials, &CredentialStore::failed, this,
                [this](const QString& key, CredentialStore::Failure, const QString&) { onPasswordMissing(key); });
    }
    reloadProfiles();
}

FleetMonitor::~FleetMonitor()
{
    for (Box* b : std::as_const(m_boxes)) {
        cancel(b);
        delete b->client;
        delete b;
    }
}

void FleetMonitor::setOfflineCache(OfflineCache* cache)
{
    m_cache = cache;
    for (Box* b : std::as_const(m_boxes)) {
        b->client->setOfflineCache(cache, b->profile.name);
    }
}

void FleetMonitor::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    m_pollTimer->setInterval(m_intervalMs);
}

void FleetMonitor::setSleepCheckMs(int ms)
{
    m_sleepCheckMs = qMax(1, ms);
    m_heartbeat->setInterval(m_sleepCheckMs);
}

void FleetMonitor::setWallClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    m_heartbeatWall = wallNow();
}

qint64 FleetMonitor::wallNow() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void FleetMonitor::start(int firstPollDelayMs)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_heartbeatWall = wallNow();
    m_heartbeatMono.start();
    m_heartbeat->start();
    m_pollTimer->start();
    if (firstPollDelayMs <= 0) {
        pollNow();
        return;
    }
    QTimer::singleShot(firstPollDelayMs, this, [this] {
        if (m_running) {
            pollNow();
        }
    });
}

void FleetMonitor::stop()
{
    m_running = false;
    m_pollTimer->stop();
    m_heartbeat->stop();
    for (Box* b : std::as_const(m_boxes)) {
        cancel(b);
    }
}

int FleetMonitor::inFlight() const
{
    int running = 0;
    for (Box* b : std::as_const(m_boxes)) {
        b->jobs.removeAll(QPointer<ApiJob>());
        for (const QPointer<ApiJob>& job : std::as_const(b->jobs)) {
            running += job && job->isRunning() ? 1 : 0;
        }
    }
    return running;
}

FleetMonitor::Box* FleetMonitor::box(const QString& name) const
{
    return m_boxes.value(name, nullptr);
}

ApiClient* FleetMonitor::makeClient(Box* b)
{
    const QUrl url(b->profile.url);
    auto* client = new ApiClient(url, m_trust, this);
    client->setTransferTimeout(m_settings->transferTimeoutMs());
    client->setLongTransferTimeout(m_settings->longTransferTimeoutMs());
    client->setOfflineCache(m_cache, b->profile.name);
    if (!b->profile.fingerprint.isEmpty()) {
        m_trust->setPin(ApiClient::hostKey(url), b->profile.fingerprint);
    }
    return client;
}

void FleetMonitor::reloadProfiles()
{
    const QList<BoxProfile> profiles = m_settings->profiles();
    QStringList order;
    for (const BoxProfile& p : profiles) {
        order.append(p.name);
        Box* b = box(p.name);
        if (b && b->profile == p) {
            continue;
        }
        if (b) { // changed: start afresh (another address or login is another box)
            cancel(b);
            delete b->client;
            delete b;
            m_changes.forget(p.name);
        }
        b = new Box;
        b->profile = p;
        b->email = p.email;
        b->health.box = p.name;
        b->client = makeClient(b);
        m_boxes.insert(p.name, b);
        m_changes.setMuted(p.name, m_settings->isBoxMuted(p.name));
        if (m_running) {
            QTimer::singleShot(0, this, [this, name = p.name] { pollNow(name); });
        }
    }
    for (auto it = m_boxes.begin(); it != m_boxes.end();) {
        if (!order.contains(it.key())) {
            cancel(it.value());
            delete it.value()->client;
            m_changes.forget(it.key());
            delete it.value();
            it = m_boxes.erase(it);
        } else {
            ++it;
        }
    }
    m_order = order;
    emit boxesChanged();
}

BoxHealth FleetMonitor::health(const QString& name) const
{
    const Box* b = box(name);
    return b ? b->health : BoxHealth();
}

bool FleetMonitor::isPolling(const QString& name) const
{
    const Box* b = box(name);
    return b && b->polling;
}

void FleetMonitor::pollNow()
{
    for (const QString& name : std::as_const(m_order)) {
        pollNow(name);
    }
}

void FleetMonitor::pollNow(const QString& name)
{
    Box* b = box(name);
    if (b && !b->polling) {
        startPoll(b);
    }
}

void FleetMonitor::setSession(const QString& name, const Session& session)
{
    Box* b = box(name);
    if (!b || !session.isValid()) {
        return;
    }
    b->email = session.email;
    b->sessionKey = session.apiKey;
    b->sessionFromWindow = true;
    b->client->setSessionCredentials(session.email, session.apiKey);
    b->capabilitiesKnown = true;
    b->features = session.features;
    b->agentVersion = session.hasCapabilities ? session.agentVersion : QString();
    if (m_running && b->health.state == BoxHealth::State::SignInNeeded) {
        cancel(b);
        startPoll(b);
    }
}

void FleetMonitor::forgetSession(const QString& name)
{
    Box* b = box(name);
    if (b && b->sessionFromWindow) {
        b->sessionKey.clear();
        b->sessionFromWindow = false;
        b->client->clearSessionCredentials();
    }
}

void FleetMonitor::setMuted(const QString& name, bool muted)
{
    m_settings->setBoxMuted(name, muted);
    m_settings->sync();
    m_changes.setMuted(name, muted);
    emit healthChanged(name);
}

bool FleetMonitor::isMuted(const QString& name) const
{
    return m_changes.isMuted(name);
}

void FleetMonitor::startPoll(Box* b)
{
    b->polling = true;
    b->generation++;
    b->pending = 0;
    b->draft = BoxHealth();
    b->draft.box = b->profile.name;
    b->draft.state = BoxHealth::State::Reachable;
    b->draft.boxVersion = b->health.boxVersion;
    b->startWall = wallNow();
    b->startMono.start();
    emit pollingChanged(b->profile.name, true);
    if (!b->sessionKey.isEmpty()) {
        queueDataCalls(b);
        return;
    }
    const bool canRemember = b->profile.rememberPassword && !b->profile.email.isEmpty() && m_credentials &&
                             !m_credentials->isBackendMissing();
    if (!canRemember) {
        finishSignInNeeded(b, tr("No password is remembered for this box."));
        return;
    }
    b->keychainKey = CredentialStore::keyFor(QUrl(b->profile.url), b->profile.email, passwordPurpose);
    m_credentials->read(b->keychainKey);
}

void FleetMonitor::onPasswordRead(const QString& key, const QString& password)
{
    for (Box* b : std::as_const(m_boxes)) {
        if (b->polling && b->keychainKey == key) {
            b->keychainKey.clear();
            b->password = password;
            enqueue(b, Call::Login);
        }
    }
    pump();
}

void FleetMonitor::onPasswordMissing(const QString& key)
{
    for (Box* b : std::as_const(m_boxes)) {
        if (b->polling && b->keychainKey == key) {
            b->keychainKey.clear();
            finishSignInNeeded(b, tr("The remembered password could not be read from the keychain."));
        }
    }
}

void FleetMonitor::queueDataCalls(Box* b)
{
    if (!b->capabilitiesKnown) {
        enqueue(b, Call::Capabilities);
    } else if (b->features.contains(QStringLiteral("metrics"))) {
        enqueue(b, Call::Metrics);
    }
    for (Call call : {Call::Status, Call::Backup, Call::Certificates, Call::Updates, Call::Reboot, Call::Version}) {
        enqueue(b, call);
    }
    pump();
}

void FleetMonitor::enqueue(Box* b, Call call)
{
    b->pending++;
    m_queue.enqueue({b->profile.name, b->generation, call});
}

void FleetMonitor::pump()
{
    // One call per box at a time, in its order: gentle on each box, and the box's own tools do not run twice at once
    // (its status checks and its backup status both run duplicity, whose lock would make one of them fail).
    int running = inFlight();
    for (auto it = m_queue.begin(); it != m_queue.end() && running < m_maxInFlight;) {
        Box* b = box(it->box);
        if (!b || b->generation != it->generation || !b->polling) {
            it = m_queue.erase(it);
            continue;
        }
        if (isBusy(b)) {
            ++it;
            continue;
        }
        const Call call = it->call;
        it = m_queue.erase(it);
        launch(b, call);
        ++running;
    }
}

bool FleetMonitor::isBusy(Box* b) const
{
    return std::any_of(b->jobs.cbegin(), b->jobs.cend(),
                       [](const QPointer<ApiJob>& job) { return job && job->isRunning(); });
}

void FleetMonitor::launch(Box* b, Call call)
{
    const QString name = b->profile.name;
    const int generation = b->generation;
    if (call == Call::Login) {
        LoginJob* job = b->client->login(b->profile.email, b->password);
        b->password.clear();
        b->jobs.append(job);
        m_peakInFlight = qMax(m_peakInFlight, inFlight());
        connect(job, &LoginJob::finished, this, [this, name, generation](const Session& session) {
            onLoggedIn(name, generation, session);
            pump();
        });
        connect(job, &LoginJob::failed, this, [this, name, generation](const ApiError& error) {
            onFailure(name, generation, Call::Login, error);
            pump();
        });
        return;
    }
    TextJob* job = nullptr;
    switch (call) {
    case Call::Capabilities:
        job = b->client->getText(BoxCapabilities::path());
        break;
    case Call::Version:
        job = b->client->getText(QStringLiteral("/system/version"));
        break;
    case Call::Status:
        job = b->client->postForm(QStringLiteral("/system/status"), {}, ApiClient::Duration::Long);
        break;
    case Call::Backup:
        job = b->client->getText(QStringLiteral("/system/backup/status"), {}, ApiClient::Duration::Long);
        break;
    case Call::Certificates:
        job = b->client->getText(QStringLiteral("/ssl/status"), {}, ApiClient::Duration::Long);
        break;
    case Call::Updates:
        job = b->client->getText(QStringLiteral("/system/updates"), {}, ApiClient::Duration::Long);
        break;
    case Call::Reboot:
        job = b->client->getText(QStringLiteral("/system/reboot"));
        break;
    case Call::Metrics: {
        // The last quarter of an hour of the disk series: the newest point of each is the disk's use now.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("series"), QStringLiteral("disk_used,disk_available"));
        query.addQueryItem(QStringLiteral("from"), QString::number(QDateTime::currentSecsSinceEpoch() - 900));
        job = b->client->getText(QStringLiteral("/boxkeeper/metrics"), query);
        break;
    }
    case Call::Login:
        break;
    }
    b->jobs.append(job);
    m_peakInFlight = qMax(m_peakInFlight, inFlight());
    connect(job, &TextJob::finished, this, [this, name, generation, call](const QString& text) {
        onAnswer(name, generation, call, text);
        pump();
    });
    connect(job, &TextJob::failed, this, [this, name, generation, call](const ApiError& error) {
        onFailure(name, generation, call, error);
        pump();
    });
}

void FleetMonitor::onLoggedIn(const QString& name, int generation, const Session& session)
{
    Box* b = box(name);
    if (!b || b->generation != generation || !b->polling) {
        return;
    }
    b->pending--;
    b->email = session.email;
    b->sessionKey = session.apiKey;
    b->sessionFromWindow = false;
    b->client->setSessionCredentials(session.email, session.apiKey);
    b->capabilitiesKnown = false;
    queueDataCalls(b);
    if (b->pending == 0) {
        finish(b);
    }
}

void FleetMonitor::onAnswer(const QString& name, int generation, Call call, const QString& text)
{
    Box* b = box(name);
    if (!b || b->generation != generation || !b->polling) {
        return;
    }
    BoxHealth& h = b->draft;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    switch (call) {
    case Call::Capabilities: {
        Session s;
        b->capabilitiesKnown = true;
        if (BoxCapabilities::apply(text.toUtf8(), &s)) {
            b->features = s.features;
            b->agentVersion = s.agentVersion;
            if (b->features.contains(QStringLiteral("metrics"))) {
                enqueue(b, Call::Metrics);
            }
        }
        break;
    }
    case Call::Version:
        h.boxVersion = text.trimmed();
        break;
    case Call::Status: {
        StatusItemList items;
        if (!StatusItems::parse(document, &items)) {
            break;
        }
        h.checksKnown = true;
        QString firstWarning;
        for (const StatusItem& item : std::as_const(items)) {
            const QString plain = item.plainText();
            if (item.type == StatusItem::Type::Error) {
                h.errorChecks++;
                h.errorTexts.append(plain);
            } else if (item.type == StatusItem::Type::Warning) {
                h.warningChecks++;
                if (firstWarning.isEmpty()) {
                    firstWarning = plain;
                }
            }
            if (item.type != StatusItem::Type::Heading && plain.startsWith(QLatin1String("The disk has"))) {
                h.diskText = plain;
                h.diskKnown = true;
            }
        }
        h.worstCheck = h.errorTexts.isEmpty() ? firstWarning : h.errorTexts.first();
        break;
    }
    case Call::Backup: {
        BackupStatusInfo info;
        if (!BackupInfo::parseStatus(document, &info)) {
            break;
        }
        h.backupKnown = true;
        h.backupOff = info.off;
        h.backupError = info.error;
        if (!info.backups.isEmpty()) {
            h.lastBackup = info.backups.first().when;
        }
        break;
    }
    case Call::Certificates: {
        TlsStatus status;
        if (!TlsStatus::parse(document, &status)) {
            break;
        }
        h.certificatesKnown = true;
        for (const TlsDomainStatus& d : std::as_const(status.domains)) {
            const bool expired = d.state == TlsDomainStatus::State::Problem &&
                                 d.text.contains(QLatin1String("expired"), Qt::CaseInsensitive);
            if (expired || (d.daysLeft >= 0 && d.daysLeft <= certificateHorizonDays)) {
                h.expiringCertificates.append({d.domain, d.daysLeft, expired});
            }
        }
        std::sort(h.expiringCertificates.begin(), h.expiringCertificates.end(),
                  [](const BoxHealth::Certificate& a, const BoxHealth::Certificate& c) {
                      return (a.expired ? -1 : a.daysLeft) < (c.expired ? -1 : c.daysLeft);
                  });
        break;
    }
    case Call::Updates: {
        PackageUpdateList updates;
        if (SystemService::parseUpdates(text, &updates)) {
            h.updatesKnown = true;
            h.pendingUpdates = int(updates.size());
        }
        break;
    }
    case Call::Reboot: {
        bool required = false;
        if (SystemService::parseBool(text, &required)) {
            h.rebootKnown = true;
            h.rebootRequired = required;
        }
        break;
    }
    case Call::Metrics: {
        MetricsData data;
        if (Metrics::parse(text.toUtf8(), &data)) {
            const MetricPoints used = data.points(QStringLiteral("disk_used"));
            const MetricPoints available = data.points(QStringLiteral("disk_available"));
            if (!used.isEmpty() && !available.isEmpty() && used.last().value + available.last().value > 0) {
                h.diskUsedPercent = qRound(100.0 * used.last().value / (used.last().value + available.last().value));
                h.diskKnown = true;
            }
        }
        break;
    }
    case Call::Login:
        break;
    }
    callDone(b);
}

void FleetMonitor::onFailure(const QString& name, int generation, Call call, const ApiError& error)
{
    Box* b = box(name);
    if (!b || b->generation != generation || !b->polling || error.kind == ApiError::Kind::Cancelled) {
        return;
    }
    const bool noAnswer = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
                          error.kind == ApiError::Kind::Tls;
    if (noAnswer) {
        finishUnreachable(b, error);
        return;
    }
    if (call == Call::Login) {
        const bool totp = error.reason.contains(QLatin1String("totp"));
        finishSignInNeeded(b, totp ? tr("Two-factor authentication is on for this login: sign in to watch it.")
                                   : error.message);
        return;
    }
    const bool sessionGone = error.kind == ApiError::Kind::Auth && error.httpStatus == 401 &&
                             error.reason != QLatin1String("You are not an administrator.");
    if (sessionGone) {
        b->sessionKey.clear();
        b->client->clearSessionCredentials();
        const bool wasWindow = b->sessionFromWindow;
        b->sessionFromWindow = false;
        cancel(b);
        if (!b->loginRetried && b->profile.rememberPassword) {
            b->loginRetried = true; // once: the session ended, the remembered password makes a new one
            startPoll(b);
        } else {
            finishSignInNeeded(b, wasWindow ? tr("The session ended.") : error.message);
        }
        return;
    }
    if (call == Call::Capabilities) {
        b->capabilitiesKnown = true; // an unmodified box: 404, no capabilities
        b->features.clear();
        b->agentVersion.clear();
    }
    // Any other refusal leaves that part unknown; the rest of the poll stands.
    qCInfo(lcNet, "Dashboard poll of %s: a call failed (%s)", qPrintable(name), qPrintable(error.message));
    callDone(b);
}

void FleetMonitor::callDone(Box* b)
{
    b->pending--;
    if (b->pending <= 0) {
        finish(b);
    }
}

void FleetMonitor::cancel(Box* b)
{
    const bool wasPolling = b->polling;
    b->generation++;
    b->polling = false;
    b->pending = 0;
    b->password.clear();
    b->keychainKey.clear();
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        it = it->box == b->profile.name ? m_queue.erase(it) : it + 1;
    }
    // The calls stay listed (and counted as in flight) until they have ended.
    for (const QPointer<ApiJob>& job : std::as_const(b->jobs)) {
        if (job && job->isRunning()) {
            // Queued: this may run inside another reply's answer of the same connection, which Qt's network code
            // does not expect to be aborted under it. Their answers are ignored (another generation) either way.
            QMetaObject::invokeMethod(job, &ApiJob::abort, Qt::QueuedConnection);
        }
    }
    if (wasPolling) {
        emit pollingChanged(b->profile.name, false);
    }
}

void FleetMonitor::finishUnreachable(Box* b, const ApiError& error)
{
    BoxHealth h = b->health; // what was known stays for showing
    h.box = b->profile.name;
    h.state = BoxHealth::State::Unreachable;
    h.error = error.kind == ApiError::Kind::Network && !error.serverText.isEmpty() ? error.serverText : error.message;
    b->draft = h;
    finish(b);
}

void FleetMonitor::finishSignInNeeded(Box* b, const QString& why)
{
    BoxHealth h = b->health;
    h.box = b->profile.name;
    h.state = BoxHealth::State::SignInNeeded;
    h.error = why;
    b->draft = h;
    finish(b);
}

void FleetMonitor::finish(Box* b)
{
    const qint64 wallElapsed = wallNow() - b->startWall;
    const qint64 monoElapsed = b->startMono.elapsed();
    const bool spannedSleep = wallElapsed - monoElapsed > m_sleepGapMs;
    cancel(b); // ends the poll: stray calls of it are aborted and their answers ignored
    if (spannedSleep) {
        // What failed while the machine slept says nothing about the box: not reported; every box is asked again
        // shortly (the sleep check would find the same gap a little later).
        qCInfo(lcNet, "Dashboard poll of %s spanned a sleep", qPrintable(b->profile.name));
        onSlept(wallElapsed - monoElapsed);
        return;
    }
    BoxHealth h = b->draft;
    h.polledAt = QDateTime::fromMSecsSinceEpoch(wallNow(), Qt::UTC);
    if (h.state == BoxHealth::State::Reachable) {
        h.answeredAt = h.polledAt;
        h.agentVersion = b->agentVersion;
        b->loginRetried = false;
    }
    b->health = h;
    publish(b);
}

void FleetMonitor::publish(Box* b)
{
    const BoxHealth& h = b->health;
    emit healthChanged(h.box);
    if (h.state == BoxHealth::State::SignInNeeded) {
        return;
    }
    const QList<HealthIssue> fresh = m_changes.update(h, h.polledAt);
    if (fresh.isEmpty()) {
        return;
    }
    const QString title = HealthChanges::title(h.box, fresh);
    const QString body = HealthChanges::body(fresh);
    qCInfo(lcUi, "Notification for %s: %s", qPrintable(h.box), qPrintable(title));
    if (m_sink) {
        m_sink->notify({h.box, title, body});
    }
    emit notified(h.box, title, body);
}

bool FleetMonitor::detectSleep()
{
    const qint64 wall = wallNow();
    const qint64 mono = m_heartbeatMono.restart();
    const qint64 gap = (wall - m_heartbeatWall) - mono;
    m_heartbeatWall = wall;
    if (gap > m_sleepGapMs) {
        onSlept(gap);
        return true;
    }
    return false;
}

void FleetMonitor::onSlept(qint64 gapMs)
{
    qCInfo(lcNet, "The machine slept for about %lld s: the dashboard polls every box again", gapMs / 1000);
    m_heartbeatWall = wallNow(); // the same gap is not found again
    m_heartbeatMono.restart();
    emit sleepDetected(gapMs);
    for (Box* b : std::as_const(m_boxes)) {
        cancel(b); // polls under way spanned the sleep: dropped unreported
    }
    m_pollTimer->start(); // the next regular poll one interval after this one
    QTimer::singleShot(m_resumeDelayMs, this, [this] {
        if (m_running) {
            pollNow();
        }
    });
}
