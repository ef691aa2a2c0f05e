#include "SystemService.h"

#include "ApiClient.h"
#include "JsonJob.h"
#include "TextJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

SystemService::SystemService(QObject* parent)
    : QObject(parent)
{ }

SystemService::~SystemService()
{
    m_calls.abortAll(this);
}

void SystemService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const QList<Call> running = m_calls.running();
    m_calls.abortAll(this);
    m_client = client;
    for (Call call : running)
        emit runningChanged(call, false);
}

void SystemService::start(Call call, ApiJob* job)
{
    m_calls.add(call, job);
    connect(job, &ApiJob::failed, this, [this, call](const ApiError& error) {
        finish(call);
        emit failed(call, error);
    });
    emit runningChanged(call, true);
}

void SystemService::finish(Call call)
{
    m_calls.remove(call);
    emit runningChanged(call, false);
}

bool SystemService::text(Call call, TextJob* job, const std::function<void(const QString&)>& done)
{
    connect(job, &TextJob::finished, this, [this, call, done](const QString& answer) {
        finish(call);
        done(answer);
    });
    start(call, job);
    return true;
}

bool SystemService::parseBool(const QString& text, bool* out)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("true"))
        *out = true;
    else if (t == QLatin1String("false"))
        *out = false;
    else
        return false;
    return true;
}

bool SystemService::parseUpdates(const QString& text, PackageUpdateList* out)
{
    static const QRegularExpression line(QStringLiteral("^(.*) \\((.*)\\)$"));
    PackageUpdateList updates;
    for (const QString& raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch())
            return false;
        PackageUpdate update{m.captured(1), m.captured(2)};
        if (update.version.isEmpty() && update.package.startsWith(QLatin1Char('[')) &&
            update.package.endsWith(QLatin1Char(']')))
            update.package = update.package.mid(1, update.package.size() - 2);
        updates.append(update);
    }
    *out = updates;
    return true;
}

bool SystemService::parseWebDomains(const QJsonDocument& document, WebDomainList* out)
{
    if (!document.isArray())
        return false;
    WebDomainList domains;
    for (const QJsonValue& v : document.array()) {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        WebDomain d;
        d.domain = o.value(QLatin1String("domain")).toString();
        d.root = o.value(QLatin1String("root")).toString();
        d.customRoot = o.value(QLatin1String("custom_root")).toString();
        d.staticEnabled = o.value(QLatin1String("static_enabled")).toBool();
        const QJsonArray ssl = o.value(QLatin1String("ssl_certificate")).toArray();
        d.certificateClass = ssl.at(0).toString();
        d.certificateText = ssl.at(1).toString();
        if (d.domain.isEmpty())
            return false;
        domains.append(d);
    }
    *out = domains;
    return true;
}

bool SystemService::isRebootRefusal(const QString& text)
{
    return text.trimmed() == QLatin1String("No reboot is required, so it is not allowed.");
}

bool SystemService::fetchVersion()
{
    if (!canStart(Call::Version))
        return false;
    return text(Call::Version, m_client->getText(QStringLiteral("/system/version")),
                [this](const QString& answer) { emit versionLoaded(answer.trimmed()); });
}

bool SystemService::fetchLatestVersion()
{
    if (!canStart(Call::LatestVersion))
        return false;
    return text(Call::LatestVersion, m_client->postForm(QStringLiteral("/system/latest-upstream-version"), {}),
                [this](const QString& answer) {
                    const QString version = answer.trimmed();
                    if (version.isEmpty() || version.contains(QLatin1Char('\n'))) {
                        emit failed(Call::LatestVersion,
                                    ApiError::unreadable(tr("The box did not say which version is the latest.")));
                        return;
                    }
                    emit latestVersionLoaded(version);
                });
}

bool SystemService::fetchPrivacy()
{
    if (!canStart(Call::Privacy))
        return false;
    return text(Call::Privacy, m_client->getText(QStringLiteral("/system/privacy")), [this](const QString& answer) {
        bool value = true;
        if (!parseBool(answer, &value)) {
            emit failed(Call::Privacy, ApiError::unreadable(tr("The box's privacy setting could not be read.")));
            return;
        }
        emit privacyLoaded(value);
    });
}

bool SystemService::setPrivacy(bool isPrivate)
{
    if (!canStart(Call::SetPrivacy))
        return false;
    // The box takes exactly "private" as on and anything else as off; "off" is what the web panel sends.
    const QString value = isPrivate ? QStringLiteral("private") : QStringLiteral("off");
    return text(Call::SetPrivacy,
                m_client->postForm(QStringLiteral("/system/privacy"), {{QStringLiteral("value"), value}}),
                [this, isPrivate](const QString&) { emit privacySet(isPrivate); });
}

bool SystemService::fetchUpdates()
{
    if (!canStart(Call::Updates))
        return false;
    return text(Call::Updates, m_client->getText(QStringLiteral("/system/updates"), {}, ApiClient::Duration::Long),
                [this](const QString& answer) {
                    PackageUpdateList updates;
                    if (!parseUpdates(answer, &updates)) {
                        emit failed(Call::Updates,
                                    ApiError::unreadable(tr("The box's list of updates could not be read.")));
                        return;
                    }
                    emit updatesLoaded(updates);
                });
}

bool SystemService::installUpdates()
{
    if (!canStart(Call::InstallUpdates))
        return false;
    return text(Call::InstallUpdates,
                m_client->postForm(QStringLiteral("/system/update-packages"), {}, ApiClient::Duration::Long),
                [this](const QString& answer) { emit updatesInstalled(answer); });
}

bool SystemService::fetchRebootRequired()
{
    if (!canStart(Call::RebootRequired))
        return false;
    return text(Call::RebootRequired, m_client->getText(QStringLiteral("/system/reboot")),
                [this](const QString& answer) {
                    bool value = false;
                    if (!parseBool(answer, &value)) {
                        emit failed(Call::RebootRequired,
                                    ApiError::unreadable(tr("The box did not say whether it needs a reboot.")));
                        return;
                    }
                    emit rebootRequiredLoaded(value);
                });
}

bool SystemService::reboot()
{
    if (!canStart(Call::Reboot))
        return false;
    return text(Call::Reboot, m_client->postForm(QStringLiteral("/system/reboot"), {}),
                [this](const QString& answer) { emit rebootAnswered(answer); });
}

bool SystemService::fetchWebDomains()
{
    if (!canStart(Call::WebDomains))
        return false;
    JsonJob* job = m_client->getJson(QStringLiteral("/web/domains"));
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finish(Call::WebDomains);
        WebDomainList domains;
        if (!parseWebDomains(document, &domains)) {
            emit failed(Call::WebDomains, ApiError::unreadable(tr("The box's list of web sites could not be read.")));
            return;
        }
        emit webDomainsLoaded(domains);
    });
    start(Call::WebDomains, job);
    return true;
}

bool SystemService::updateWeb()
{
    if (!canStart(Call::WebUpdate))
        return false;
    return text(Call::WebUpdate, m_client->postForm(QStringLiteral("/web/update"), {}, ApiClient::Duration::Long),
                [this](const QString& answer) { emit webUpdated(answer); });
}
