#pragma once

#include "BoxDnsFacts.h"
#include "CustomRecordStore.h"
#include "DnsRecord.h"
#include "box/JobQueue.h"
#include "mail/MailKick.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class BoxConfig;
class Database;
class DnsDomainSet;
class DnssecSigner;

// The box's DNS manager (api.md §6, domain.md §8): zones, DNSSEC, custom records, secondary
// nameservers, nsd configuration. Thread-safe.
//
// Reads (zones, dump, custom records, zone files, secondary nameservers) are served from the last
// built snapshot of the inputs and never wait for an update. Everything that writes (updates, custom
// record and secondary nameserver changes, the repair at start) runs as a job on the service's own
// JobQueue, one at a time; the calling thread waits for the job's result holding no lock.
class DnsService
{
public:
    // The answer of an operation in upstream's terms: a status (200 or 400/500) and the text.
    struct Result
    {
        int status = 200;
        QString text;
    };

    DnsService(const BoxConfig& config, Database& db);
    ~DnsService();

    // Regenerates what changed (all zones with force) and reloads nsd; returns upstream's result text
    // ("updated DNS: example.com,example.net\n", or empty when nothing changed). Errors are logged.
    QString update(bool force = false);
    // The same with the error reported: status 500 and the error text.
    Result runUpdate(bool force);
    // The mail module's DomainsChanged hook: an update built from the domain sets the kick computed.
    QString domainsChanged(const MailKick::Domains& domains);
    // At start (a job, not waited for): removes stray *.partial files of an interrupted signing and signs
    // again every zone whose signed file is missing or older than its zone file; nsd is reloaded if any was.
    void repairAtStart();

    // Zone apexes in canonical order.
    QStringList zones();
    // The web domains (domain.md §10.1, canonical order) and the names that would be web domains but a custom
    // record sends elsewhere (canonical order), from the current snapshot; 500 if the inputs cannot be read.
    Result webDomains(QStringList* web, QStringList* hostedElsewhere);
    // /dns/dump: [[zone, [{qname, rtype, value, explanation}, ...]], ...]. The same object is handed out
    // while the inputs are unchanged (callers may cache what they make of it by its address).
    Result dump(std::shared_ptr<const QJsonArray>* out);
    Result dump(QJsonArray* out);
    // The unsigned zone file on disk; 400 with a message for an unknown zone or a zone not yet written.
    Result zoneFile(const QString& zone);

    // /dns/custom listings: every custom record (qname/rtype empty = no filter), upstream's JSON shape.
    Result customRecords(const QString& qname, const QString& rtype, QJsonArray* out);
    // Every custom record (GET /dns/custom): the same object while the inputs are unchanged, as dump() hands out.
    Result customRecords(std::shared_ptr<const QJsonArray>* out);
    // PUT (Set) / POST (Add) / DELETE (Remove) of a custom record; `value` already decoded and trimmed,
    // nullopt for "no value". Answers "OK", the update text or "Something isn't right.", or 400.
    Result changeCustomRecord(const QString& qname, const QString& rtype, const std::optional<QString>& value,
                              CustomRecordStore::Action action);

    // What changeCustomRecord would do, without doing it (the desktop's change preview): the same refusals, else
    // {"changes_stored_records": bool, "zones": [{"zone", "removed": [records], "added": [records]}]} with the
    // records (qname, rtype, value, explanation) of the zones' record sets that would go and come — generated
    // records included (a custom MX taking the place of the box's own). Zones without a difference are left out.
    Result previewCustomRecord(const QString& qname, const QString& rtype, const std::optional<QString>& value,
                               CustomRecordStore::Action action, QJsonObject* out);

    // The secondary nameserver setting as stored.
    Result secondaryNameservers(QStringList* out);
    // Validates (hostnames must resolve through DNS_RESOLVER; xfr: entries must be addresses or
    // networks), stores, and updates DNS.
    Result setSecondaryNameservers(const QStringList& entries);

    // The queue the writing jobs run on (progress of the running one).
    JobQueue& jobs() { return m_jobs; }
    // Test seam: called on the job thread at named points of an update ("signing": zone texts built, about
    // to be written and signed). A test may block in it to hold an update in the middle.
    using StageHook = std::function<void(const QString& stage)>;
    void setStageHook(StageHook hook);

private:
    // What zones are built from, for one state of users.sqlite and custom.yaml. Immutable once built;
    // readers and the job share it through a shared pointer swapped atomically.
    struct Snapshot
    {
        QByteArray key;
        QString error; // custom.yaml could not be read
        CustomDnsRecordList custom;
        QStringList mailDomains;
        std::shared_ptr<const DnsDomainSet> domains;
    };
    struct Pending; // a zone written and waiting to be signed
    std::shared_ptr<const Snapshot> snapshot(const MailKick::Domains* given = nullptr);
    // The refusal of a custom record change (upstream's sentences), or nullopt with *value normalized and *zone set.
    std::optional<Result> checkCustomChange(const Snapshot& in, const QString& qname, const QString& rtype,
                                            std::optional<QString>* value, QString* zone) const;
    QByteArray inputsKey() const;
    std::shared_ptr<const BoxDnsFacts> boxFacts(const QStringList& nsHostnames, QByteArray* factsKey);
    Result submit(const QString& name, std::function<Result(Job&)> fn, const QString& mergeKey = QString());
    // `onlyZone`: rebuild just that zone (a custom record changed in it); nsd's zone list is still
    // rewritten when needed. Runs on the job thread.
    Result updateJob(Job& job, bool force, const QString& onlyZone = QString(),
                     const MailKick::Domains* given = nullptr);
    Result repairJob(Job& job);
    // Signs the zones in parallel; zones that fail are put back as they were. Returns the errors.
    QStringList signZones(Job& job, const DnssecSigner& signer, QList<Pending>& pending, const QDate& today);
    void removePartialFiles() const;
    void stage(const QString& name);
    QString zonesDirectory() const;
    void reloadNsd();
    bool isRealBox() const;
    void restartService(const QString& name);

    const BoxConfig& m_config;
    Database& m_db;
    CustomRecordStore m_store;
    std::shared_ptr<const Snapshot> m_snapshot; // std::atomic_load/atomic_store only

    QMutex m_factsMutex; // held only while the facts are read
    std::shared_ptr<const BoxDnsFacts> m_facts;
    QByteArray m_factsKey;

    QMutex m_dumpMutex; // held only to read or store the cached dump or custom record list
    QByteArray m_dumpBuiltFrom;
    std::shared_ptr<const QJsonArray> m_dump;
    QByteArray m_customBuiltFrom; // under m_dumpMutex too
    std::shared_ptr<const QJsonArray> m_custom;

    QMutex m_hookMutex;
    StageHook m_stageHook;

    // Job thread only: zone template texts as last written or checked, with the file size/time they
    // were checked at: a zone whose inputs give the same text again is not read from disk.
    struct ZoneState
    {
        QString templateText;
        qint64 fileTime = 0;
        qint64 signedFileTime = 0;
        qint64 signedExpiry = 0; // seconds since epoch of the earliest RRSIG SOA expiration
    };
    QHash<QString, ZoneState> m_zoneStates;
    // What the cached zone texts were built from (inputs, facts, keys).
    QByteArray m_zonesBuiltFrom;

    JobQueue m_jobs; // last: its thread ends (finishing the running job) before the rest goes
};
