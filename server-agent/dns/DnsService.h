#pragma once

#include "BoxDnsFacts.h"
#include "CustomRecordStore.h"
#include "DnsRecord.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class BoxConfig;
class Database;
class DnsDomainSet;

// The box's DNS manager (api.md §6, domain.md §8): zones, DNSSEC, custom records, secondary
// nameservers, nsd configuration. Thread-safe: every operation runs under one lock.
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

    // Zone apexes in canonical order.
    QStringList zones();
    // /dns/dump: [[zone, [{qname, rtype, value, explanation}, ...]], ...].
    Result dump(QJsonArray* out);
    // The unsigned zone file on disk; 400 with a message for an unknown zone or a zone not yet written.
    Result zoneFile(const QString& zone);

    // /dns/custom listings: every custom record (qname/rtype empty = no filter), upstream's JSON shape.
    Result customRecords(const QString& qname, const QString& rtype, QJsonArray* out);
    // PUT (Set) / POST (Add) / DELETE (Remove) of a custom record; `value` already decoded and trimmed,
    // nullopt for "no value". Answers "OK", the update text or "Something isn't right.", or 400.
    Result changeCustomRecord(const QString& qname, const QString& rtype, const std::optional<QString>& value,
                              CustomRecordStore::Action action);

    // The secondary nameserver setting as stored.
    Result secondaryNameservers(QStringList* out);
    // Validates (hostnames must resolve through DNS_RESOLVER; xfr: entries must be addresses or
    // networks), stores, and updates DNS.
    Result setSecondaryNameservers(const QStringList& entries);

    // Domain sets from users.sqlite (domain.md §6): IDNA names of users' and aliases' addresses.
    QStringList mailDomains(bool usersOnly);

private:
    // What zones are built from, cached while users.sqlite and custom.yaml are unchanged.
    struct Inputs
    {
        QByteArray key;
        CustomDnsRecordList custom;
        QStringList mailDomains;
        std::shared_ptr<const DnsDomainSet> domains;
    };
    // `onlyZone`: rebuild just that zone (a custom record changed in it); nsd's zone list is still
    // rewritten when needed.
    Result updateLocked(bool force, const QString& onlyZone = QString());
    std::shared_ptr<const Inputs> inputs(QString* error);
    BoxDnsFacts boxFacts(const QStringList& nsHostnames);
    QString zonesDirectory() const;
    void reloadNsd();
    bool isRealBox() const;
    void restartService(const QString& name);
    static bool runQuietly(const QString& program, const QStringList& args, QString* output = nullptr);

    const BoxConfig& m_config;
    Database& m_db;
    CustomRecordStore m_store;
    QMutex m_mutex;
    // Zone template texts as last written or checked, with the file size/time they were checked at:
    // a zone whose inputs give the same text again is not read from disk.
    struct ZoneState
    {
        QString templateText;
        qint64 fileTime = 0;
        qint64 signedExpiry = 0; // seconds since epoch of the earliest RRSIG SOA expiration
    };
    QHash<QString, ZoneState> m_zoneStates;
    std::shared_ptr<const Inputs> m_inputs;
    std::shared_ptr<const BoxDnsFacts> m_facts;
    QByteArray m_factsKey;
    // What the cached zone texts and the cached dump were built from (inputs, facts, keys).
    QByteArray m_zonesBuiltFrom;
    QByteArray m_dumpBuiltFrom;
    QJsonArray m_dump;
};
