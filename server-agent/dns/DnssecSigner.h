#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

// DNSSEC as upstream does it (domain.md §8.7): one key set for the box in STORAGE_ROOT/dns/dnssec/
// (a KSK and a ZSK per algorithm, made with ldns-keygen for the owner "_domain_" only when missing,
// named in <ALG>.conf), used for every zone: the keys are copied with the zone's name patched in,
// ldns-signzone signs with NSEC3 for 30 days, ldns-key2ds writes the DS records (digests 1, 2, 4).
class DnssecSigner
{
public:
    struct Key
    {
        QString type; // "KSK" or "ZSK"
        QString baseName; // "K_domain_.+008+12345"
    };

    // Reads the key set (see reload()).
    explicit DnssecSigner(const QString& keyDirectory);
    ~DnssecSigner();
    DnssecSigner(const DnssecSigner&) = delete;
    DnssecSigner& operator=(const DnssecSigner&) = delete;

    // Reads the .conf files and private keys again (after keys were created or changed).
    void reload();

    QString keyDirectory() const { return m_dir; }

    // Creates the keys of each algorithm whose .conf file is missing. Returns false (with the tool's
    // output in *error) if a key cannot be made.
    bool ensureKeys(QString* error = nullptr);

    // The keys that sign `zone` (honouring DOMAINS= in a .conf file).
    QList<Key> keysFor(const QString& zone) const;
    // SHA-1 hex over the sorted keys' type, base name and .private content (the zone file's last line).
    QString keysHash(const QString& zone) const;
    // Changes whenever any key or .conf setting does (for caches).
    QByteArray stamp() const;

    // Signs the zone file into <zoneFile>.signed (atomically) and writes <zoneFile>.ds. Zones may be signed
    // in parallel from several threads.
    bool sign(const QString& zone, const QString& zoneFile, const QDate& today, QString* error = nullptr) const;

private:
    struct KeyConf
    {
        QString ksk;
        QString zsk;
        bool restricted = false;
        QStringList domains;
    };
    QList<KeyConf> readConfs() const;
    bool dsUpToDate(const QString& dsFile, const QList<Key>& ksks) const;
    static bool run(const QString& program, const QStringList& args, const QString& workDir, QByteArray* out,
                    QString* error);

    QString m_dir;
    QList<KeyConf> m_confs;
    QHash<QString, QByteArray> m_privateKeys; // base name -> .private content
    QHash<QString, QByteArray> m_publicKeys; // base name -> .key content
    // The private keys are the same for every zone (no owner name in them): written once into a private
    // temporary folder, then hard-linked under each zone's key name beside the zone's patched .key file.
    bool prepareWorkDir(QString* dir, QString* error) const;
    mutable QMutex m_workMutex;
    mutable std::unique_ptr<QTemporaryDir> m_work;
};
