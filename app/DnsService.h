#pragma once

#include "ApiError.h"
#include "DnsRecords.h"
#include "RunningCalls.h"
#include "StatusItems.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;
class TextJob;

// The DNS of a box (spec/api.md §6) for the desktop's Custom DNS and External DNS pages: zones, custom records and
// their changes, the secondary nameservers, the full record list of every zone and the zone files. Results come
// back typed; refusals as ApiError carrying the box's sentence (`serverText`), which the page shows at the field.
// Each kind of load runs once at a time (a page may load records, zones and nameservers together); one change at a
// time. Everything running is aborted when the client changes or the service is destroyed.
class DnsService : public QObject
{
    Q_OBJECT

public:
    enum class Load { Zones, CustomRecords, SecondaryNameservers, Dump, ZoneFile, Preview, Dnssec };
    Q_ENUM(Load)

    explicit DnsService(QObject* parent = nullptr);
    ~DnsService() override;

    void setClient(ApiClient* client); // aborts running calls
    bool isLoading() const { return m_loads.isAnyRunning(); }
    bool isLoading(Load load) const { return m_loads.isRunning(load); }
    bool isChanging() const { return !m_change.isNull(); }

    // Each returns false (and sends nothing) without a client or while a call of its kind runs; except the custom
    // records, whose newer load replaces one under way (it may have been answered before a change).
    bool fetchZones();
    bool fetchCustomRecords();
    bool fetchSecondaryNameservers();
    bool fetchDump();
    bool fetchZoneFile(const QString& zone);
    bool changeRecord(const DnsRecordChange& change);
    // What `change` would do, applied nowhere (our agent only: capability "dns-preview"). previewLoaded(), or
    // loadFailed(Preview, …) with the box's refusal (the sentence the change itself would get).
    bool previewChange(const DnsRecordChange& change);
    // The zones' DNSSEC state as the status checks report it (POST /system/status, on any box; seconds to minutes):
    // dnssecLoaded() with every status item (StatusItems::dsResults picks the DS records' ones).
    bool fetchDnssec();
    // `text`: the entries as the admin typed them (lines, commas or spaces); empty clears the setting.
    bool setSecondaryNameservers(const QString& text);

    // The box's answer to a change that stored it but did not change any zone (e.g. a custom A on the box's own
    // name, which the box ignores): upstream's "Something isn't right.". Worth a warning, not an error.
    static bool isIgnoredChange(const QString& boxText);

signals:
    void loadingChanged(bool loading);
    void changingChanged(bool changing);
    void zonesLoaded(const QStringList& zones);
    void customRecordsLoaded(const CustomDnsRecordList& records);
    void secondaryNameserversLoaded(const QStringList& hostnames);
    void dumpLoaded(const DnsZoneDumpList& zones);
    void zoneFileLoaded(const QString& zone, const QString& text);
    void previewLoaded(const DnsRecordChange& change, const DnsPreview& preview);
    void dnssecLoaded(const StatusItemList& items);
    void loadFailed(DnsService::Load load, const ApiError& error);

    // `boxText`: what the box answered ("OK", "updated DNS: …", "Something isn't right." or empty).
    void recordChanged(const DnsRecordChange& change, const QString& boxText);
    void secondaryNameserversSaved(const QStringList& hostnames, const QString& boxText);
    void changeFailed(const ApiError& error);

private:
    bool startLoad(Load load, ApiJob* job);
    bool canLoad(Load load) const { return m_client && !isLoading(load); }
    void finishLoad(Load load);
    bool startChange(TextJob* job, const std::function<void(const QString&)>& done);
    // The change as it is sent: ASCII name, upper-case type, trimmed value (host names in ASCII); false with
    // changeFailed() for a change without a name or type.
    bool normalize(DnsRecordChange* change);
    void abortAll();

    QPointer<ApiClient> m_client;
    RunningCalls<Load> m_loads;
    QPointer<TextJob> m_change;
};
