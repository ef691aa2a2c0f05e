#pragma once

#include "ApiError.h"
#include "RunningCalls.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiClient;
class ApiJob;
class QJsonDocument;
class TextJob;

// One upgradable package of GET /system/updates: "<package> (<new version>)"; a line the box could not read comes
// as "[<line>] ()" and is kept whole in `package` with an empty version.
struct PackageUpdate
{
    QString package;
    QString version;
};
using PackageUpdateList = QList<PackageUpdate>;

// One site of GET /web/domains (spec/api.md §9.1).
struct WebDomain
{
    QString domain;
    QString root; // where its files are served from now
    QString customRoot; // the folder that, once it exists, becomes its own root
    bool staticEnabled = false; // false: the site is proxied or redirected elsewhere (custom DNS / web config)
    QString certificateClass; // "success", "warning" or "danger"
    QString certificateText;
};
using WebDomainList = QList<WebDomain>;

// The box's system and web routes (spec/api.md §9.1, 9.2, 9.4–9.10) for the System and Web pages: version and the
// latest upstream version, the privacy setting, pending package updates and installing them, reboot, the static
// sites and the web configuration update. Typed results; refusals as ApiError with the box's sentence in
// serverText. Each call runs once at a time; everything running is aborted when the client changes.
class SystemService : public QObject
{
    Q_OBJECT

public:
    enum class Call {
        Version,
        LatestVersion,
        Privacy,
        SetPrivacy,
        Updates,
        InstallUpdates,
        RebootRequired,
        Reboot,
        WebDomains,
        WebUpdate,
    };
    Q_ENUM(Call)

    explicit SystemService(QObject* parent = nullptr);
    ~SystemService() override;

    void setClient(ApiClient* client); // aborts running calls
    bool isRunning(Call call) const { return m_calls.isRunning(call); }
    bool isRunning() const { return m_calls.isAnyRunning(); }

    // Each returns false (and sends nothing) without a client or while the same call runs.
    bool fetchVersion();
    // Asks the box to fetch upstream's latest release tag. The box does so whatever its privacy setting says: only
    // call this when the admin allowed it (privacy off).
    bool fetchLatestVersion();
    bool fetchPrivacy();
    bool setPrivacy(bool isPrivate);
    bool fetchUpdates(); // may take minutes (apt-get update on the box)
    bool installUpdates(); // minutes: apt-get upgrade on the box
    bool fetchRebootRequired();
    bool reboot();
    bool fetchWebDomains();
    bool updateWeb();

    static bool parseUpdates(const QString& text, PackageUpdateList* out);
    static bool parseBool(const QString& text, bool* out); // a JSON true / false answer
    static bool parseWebDomains(const QJsonDocument& document, WebDomainList* out);
    // POST /system/reboot's refusal when no reboot is pending (200, upstream's sentence).
    static bool isRebootRefusal(const QString& text);

signals:
    void runningChanged(SystemService::Call call, bool running);
    void versionLoaded(const QString& version);
    void latestVersionLoaded(const QString& version);
    void privacyLoaded(bool isPrivate);
    void privacySet(bool isPrivate);
    void updatesLoaded(const PackageUpdateList& updates);
    void updatesInstalled(const QString& output); // apt-get's output
    void rebootRequiredLoaded(bool required);
    // What the box answered: the reboot command's output (usually empty) or its refusal (isRebootRefusal).
    void rebootAnswered(const QString& text);
    void webDomainsLoaded(const WebDomainList& domains);
    void webUpdated(const QString& text); // "web updated\n…" or empty when nothing changed
    void failed(SystemService::Call call, const ApiError& error);

private:
    bool canStart(Call call) const { return !m_client.isNull() && !isRunning(call); }
    void start(Call call, ApiJob* job);
    void finish(Call call);
    bool text(Call call, TextJob* job, const std::function<void(const QString&)>& done);

    QPointer<ApiClient> m_client;
    RunningCalls<Call> m_calls;
};

Q_DECLARE_METATYPE(PackageUpdateList)
Q_DECLARE_METATYPE(WebDomainList)
