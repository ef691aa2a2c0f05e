#include "DnsService.h"

#include "BoxFactsReader.h"
#include "DnsDomainSet.h"
#include "DnssecSigner.h"
#include "NsdConfig.h"
#include "RecordValidator.h"
#include "ZoneFileWriter.h"
#include "ZoneRecordBuilder.h"
#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "box/DomainOrder.h"
#include "box/NameResolver.h"
#include "box/ProcessRunner.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <numeric>

Q_LOGGING_CATEGORY(lcDns, "boxkeeper.dns")

namespace {

QString readText(const QString& path, bool* found = nullptr)
{
    QFile f(path);
    const bool ok = f.open(QIODevice::ReadOnly);
    if (found)
        *found = ok;
    return ok ? QString::fromUtf8(f.readAll()) : QString();
}

qint64 earliestSoaExpiry(const QString& signedText)
{
    static const QRegularExpression re(QStringLiteral("\\sRRSIG\\s+SOA\\s+\\d+\\s+\\d+\\s\\d+\\s+(\\d{14})"));
    qint64 earliest = 0;
    auto it = re.globalMatch(signedText);
    while (it.hasNext()) {
        const QDateTime t = QDateTime::fromString(it.next().captured(1), QStringLiteral("yyyyMMddHHmmss"));
        if (t.isValid() && (earliest == 0 || t.toSecsSinceEpoch() < earliest))
            earliest = t.toSecsSinceEpoch();
    }
    return earliest;
}

// Size and time of a file, to notice changes (-1: no file).
qint64 fileTime(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toMSecsSinceEpoch() ^ (info.size() << 20) : -1;
}

// A signed zone older than its zone file was not made from it (an update stopped between writing the
// zone and signing it).
bool signedIsStale(const QString& zonePath)
{
    const QFileInfo zone(zonePath);
    const QFileInfo signedZone(zonePath + QStringLiteral(".signed"));
    return zone.exists() && (!signedZone.exists() || signedZone.lastModified() < zone.lastModified());
}

QStringList sortedList(const QSet<QString>& set)
{
    QStringList list = set.values();
    list.sort();
    return list;
}

} // namespace

struct DnsService::Pending
{
    QString zone;
    QString path;
    QString templateText;
    bool hadFile = false;
    QString previousText;
    QDateTime previousTime;
    bool failed = false;
    QString newText; // written before signing (null: sign the file as it is)
};

DnsService::DnsService(const BoxConfig& config, Database& db)
    : m_config(config)
    , m_db(db)
    , m_store(config.storagePath(QStringLiteral("dns/custom.yaml")))
    , m_jobs(QStringLiteral("dns jobs"))
{ }

DnsService::~DnsService() = default;

void DnsService::setStageHook(StageHook hook)
{
    QMutexLocker lock(&m_hookMutex);
    m_stageHook = std::move(hook);
}

void DnsService::stage(const QString& name)
{
    StageHook hook;
    {
        QMutexLocker lock(&m_hookMutex);
        hook = m_stageHook;
    }
    if (hook)
        hook(name);
}

QByteArray DnsService::inputsKey() const
{
    return QByteArray::number(m_db.version()) + '/' + QByteArray::number(fileTime(m_db.path())) + '/' +
           QByteArray::number(fileTime(m_store.path()));
}

std::shared_ptr<const DnsService::Snapshot> DnsService::snapshot(const MailKick::Domains* given)
{
    // The key is taken before anything is read: what is read is at least as new as the key says.
    const QByteArray key = inputsKey();
    if (!given) {
        auto current = std::atomic_load(&m_snapshot);
        if (current && current->key == key)
            return current;
    }
    auto s = std::make_shared<Snapshot>();
    s->key = key;
    QString error;
    const auto custom = m_store.load(&error);
    MailKick::Domains domains;
    if (given) {
        domains = *given;
    } else {
        QSqlDatabase db = m_db.connection();
        if (!MailKick::readDomains(db, &domains))
            error = QStringLiteral("Cannot read the mail domains from %1.").arg(m_db.path());
    }
    if (!custom || !error.isEmpty()) {
        s->error = error;
    } else {
        s->custom = *custom;
        s->mailDomains = sortedList(domains.mail);
        s->domains =
            std::make_shared<DnsDomainSet>(m_config.primaryHostname(), m_config.publicIp(), m_config.publicIpv6(),
                                           s->mailDomains, sortedList(domains.users), s->custom);
    }
    std::shared_ptr<const Snapshot> result = s;
    std::atomic_store(&m_snapshot, result);
    return result;
}

std::shared_ptr<const BoxDnsFacts> DnsService::boxFacts(const QStringList& nsHostnames, QByteArray* factsKey)
{
    // Certificate checks load the system's trust store: the facts are read again only when one of their
    // files changes, or the day does (certificate validity).
    const auto key = [&] {
        QByteArray k = QDate::currentDate().toString(Qt::ISODate).toLatin1();
        for (const QString& path : {m_config.storagePath(QStringLiteral("ssl")),
                                    m_config.storagePath(QStringLiteral("ssl/ssl_certificate.pem")),
                                    m_config.storagePath(QStringLiteral("mail/dkim/mail.txt")),
                                    m_config.systemPath(QStringLiteral("/etc/ssh")),
                                    m_config.systemPath(QStringLiteral("/var/lib/mailinabox/mta-sts.txt"))})
            k += '/' + QByteArray::number(fileTime(path));
        return k + '/' + nsHostnames.join(QLatin1Char(' ')).toUtf8();
    };
    QMutexLocker lock(&m_factsMutex);
    if (!m_facts || m_factsKey != key()) {
        const QString dkimDir = m_config.storagePath(QStringLiteral("mail/dkim"));
        const bool hadDkimKey = QFile::exists(dkimDir + QStringLiteral("/mail.private"));
        m_facts = std::make_shared<BoxDnsFacts>(BoxFactsReader::read(m_config, nsHostnames));
        // A key made here must be readable by OpenDKIM, as the box's setup leaves it.
        if (!hadDkimKey && isRealBox() && QFile::exists(dkimDir + QStringLiteral("/mail.private"))) {
            const ProcessResult r = ProcessRunner(QStringLiteral("chown"))
                                        .args({QStringLiteral("-R"), QStringLiteral("opendkim:opendkim"), dkimDir})
                                        .run();
            if (!r.ok())
                qCWarning(lcDns).noquote() << "cannot give the DKIM key to opendkim:" << r.message();
        }
        m_factsKey = key(); // after reading: the DKIM key may just have been created
    }
    *factsKey = m_factsKey;
    return m_facts;
}

QString DnsService::zonesDirectory() const
{
    return m_config.systemPath(QStringLiteral("/etc/nsd/zones"));
}

DnsService::Result DnsService::submit(const QString& name, std::function<Result(Job&)> fn, const QString& mergeKey)
{
    const auto job = m_jobs.submit<Result>(name, std::move(fn), mergeKey);
    job->wait();
    if (job->state() == Job::State::Cancelled)
        return {500, QStringLiteral("The DNS update was cancelled: the agent is stopping.")};
    return job->result();
}

QString DnsService::update(bool force)
{
    const Result r = runUpdate(force);
    if (r.status != 200) {
        qCWarning(lcDns).noquote() << "DNS update failed:" << r.text;
        return {};
    }
    return r.text;
}

DnsService::Result DnsService::runUpdate(bool force)
{
    // Requests that arrive while the same update is still queued share it.
    return submit(
        force ? QStringLiteral("forced DNS update") : QStringLiteral("DNS update"),
        [this, force](Job& job) { return updateJob(job, force); },
        force ? QStringLiteral("update-force") : QStringLiteral("update"));
}

QString DnsService::domainsChanged(const MailKick::Domains& domains)
{
    const Result r = submit(QStringLiteral("DNS update (mail domains changed)"),
                            [this, domains](Job& job) { return updateJob(job, false, QString(), &domains); });
    if (r.status != 200) {
        qCWarning(lcDns).noquote() << "DNS update failed:" << r.text;
        return {};
    }
    return r.text;
}

void DnsService::repairAtStart()
{
    m_jobs.submit<Result>(QStringLiteral("DNS repair at start"), [this](Job& job) {
        const Result r = repairJob(job);
        if (r.status != 200)
            qCWarning(lcDns).noquote() << "DNS repair at start failed:" << r.text;
        else if (!r.text.isEmpty())
            qCInfo(lcDns).noquote() << r.text;
        return r;
    });
}

void DnsService::removePartialFiles() const
{
    // Left by a signing that was killed; never a signing in progress (jobs run one at a time).
    QDir dir(zonesDirectory());
    for (const QString& name : dir.entryList({QStringLiteral("*.partial")}, QDir::Files)) {
        qCInfo(lcDns).noquote() << "removing" << dir.filePath(name) << "left by an interrupted signing";
        QFile::remove(dir.filePath(name));
    }
}

QStringList DnsService::signZones(Job& job, const DnssecSigner& signer, QList<Pending>& pending, const QDate& today)
{
    QStringList errors;
    QMutex errorsMutex;
    QAtomicInt done = 0;
    const int total = int(pending.size());
    job.setProgress(0, total, QStringLiteral("signing zones"));
    // Signing mostly waits for ldns-signzone: run a few more of them than there are cores.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount() * 2));
    QtConcurrent::blockingMap(&pool, pending, [&](Pending& p) {
        QString e;
        // Written here rather than one after the other before: each atomic write waits for the disk.
        if ((!p.newText.isNull() && !AtomicFile::write(p.path, p.newText.toUtf8(), &e)) ||
            !signer.sign(p.zone, p.path, today, &e)) {
            p.failed = true;
            QMutexLocker l(&errorsMutex);
            errors.append(e);
        }
        job.setProgress(done.fetchAndAddRelaxed(1) + 1, total);
    });
    if (!errors.isEmpty()) {
        // Put back what was there so that the next update sees the change again and signs it.
        for (const Pending& p : pending) {
            if (!p.failed)
                continue;
            if (!p.hadFile) {
                QFile::remove(p.path);
                continue;
            }
            // With its old time too: the signed file that goes with it must not look older than it.
            AtomicFile::write(p.path, p.previousText.toUtf8());
            QFile restored(p.path);
            if (p.previousTime.isValid() && restored.open(QIODevice::Append))
                restored.setFileTime(p.previousTime, QFileDevice::FileModificationTime);
        }
    }
    return errors;
}

DnsService::Result DnsService::repairJob(Job& job)
{
    job.setStep(QStringLiteral("checking signed zones"));
    removePartialFiles();
    const auto snap = snapshot();
    if (!snap->error.isEmpty())
        return {500, snap->error};
    const QString dir = zonesDirectory();
    QList<Pending> pending;
    for (const QString& zone : snap->domains->zones()) {
        const QString path = dir + QLatin1Char('/') + DnsDomainSet::zoneFileName(zone);
        if (!signedIsStale(path))
            continue;
        bool found = false;
        const QString text = readText(path, &found);
        pending.append({zone, path, QString(), found, text, QFileInfo(path).lastModified(), false, QString()});
        m_zoneStates.remove(zone);
    }
    if (pending.isEmpty())
        return {};
    DnssecSigner signer(m_config.storagePath(QStringLiteral("dns/dnssec")));
    const QStringList errors = signZones(job, signer, pending, QDate::currentDate());
    if (!errors.isEmpty())
        return {500, errors.join(QLatin1Char(' '))};
    reloadNsd();
    QStringList zones;
    for (const Pending& p : pending)
        zones.append(p.zone);
    return {200, QStringLiteral("signed again after an interrupted update: ") + zones.join(QLatin1Char(','))};
}

DnsService::Result DnsService::updateJob(Job& job, bool force, const QString& onlyZone, const MailKick::Domains* given)
{
    job.setStep(QStringLiteral("building zones"));
    removePartialFiles();
    const auto in = snapshot(given);
    if (!in->error.isEmpty())
        return {500, in->error};
    const CustomDnsRecordList* custom = &in->custom;
    const DnsDomainSet& domains = *in->domains;

    // Secondary nameservers: hostnames become NS records; every entry's addresses may transfer zones.
    QStringList nsHostnames, xfr;
    const NameResolver resolver(m_config.dnsResolver());
    for (const QString& entry : CustomRecordStore::secondaryNameservers(*custom)) {
        if (entry.isEmpty())
            continue;
        QString host = entry;
        if (entry.startsWith(QLatin1String("xfr:")))
            host = entry.mid(4);
        else
            nsHostnames.append(entry);
        if (RecordValidator::isIpOrNetwork(host)) {
            xfr.append(host);
            continue;
        }
        xfr += resolver.lookup(host, QStringLiteral("A"));
        xfr += resolver.lookup(host, QStringLiteral("AAAA"));
    }

    QString error;
    DnssecSigner signer(m_config.storagePath(QStringLiteral("dns/dnssec")));
    if (!signer.ensureKeys(&error))
        return {500, error};
    QByteArray factsKey;
    const auto factsPtr = boxFacts(nsHostnames, &factsKey);
    const BoxDnsFacts& facts = *factsPtr;
    const ZoneRecordBuilder builder(facts, domains, *custom);
    // With the same inputs, facts and keys, each zone's text is the one cached at the last update.
    const QByteArray builtFrom = in->key + '|' + factsKey + '|' + signer.stamp();
    const bool sameInputs = builtFrom == m_zonesBuiltFrom;

    const QString dir = zonesDirectory();
    QDir().mkpath(dir);
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTime();
    QList<Pending> pending;
    QList<QPair<QString, QString>> confZones;
    for (const QString& zone : domains.zones()) {
        const QString fileName = DnsDomainSet::zoneFileName(zone);
        const QString path = dir + QLatin1Char('/') + fileName;
        const QString signedPath = path + QStringLiteral(".signed");
        confZones.append({zone, fileName + QStringLiteral(".signed")});
        if (!onlyZone.isEmpty() && zone != onlyZone)
            continue;
        const auto cached = m_zoneStates.constFind(zone);
        const QString text =
            sameInputs && cached != m_zoneStates.constEnd()
                ? cached->templateText
                : ZoneFileWriter::zoneTemplate(zone, facts.primaryHostname, builder.build(zone), signer.keysHash(zone));
        if (!force && cached != m_zoneStates.constEnd() && cached->templateText == text &&
            cached->fileTime == fileTime(path) && cached->signedFileTime == fileTime(signedPath) &&
            cached->signedExpiry - now.toSecsSinceEpoch() > 3 * 24 * 3600)
            continue;
        bool found = false, signedFound = false;
        const QString existing = readText(path, &found);
        // A forced update writes and signs every zone: the signed text is only needed otherwise.
        const QString signedText = force ? QString() : readText(signedPath, &signedFound);
        // Signed files that are missing, due, or older than their zone file (signing interrupted) are made again.
        const bool resign = ZoneFileWriter::resignNeeded(signedText, signedFound, now) || signedIsStale(path);
        const ZoneFileWriter::Decision decision = ZoneFileWriter::decide(text, existing, found, force, resign, today);
        if (!decision.write) {
            m_zoneStates.insert(zone, {text, fileTime(path), fileTime(signedPath), earliestSoaExpiry(signedText)});
            continue;
        }
        const QDateTime previousTime = found ? QFileInfo(path).lastModified() : QDateTime();
        m_zoneStates.remove(zone);
        pending.append({zone, path, text, found, existing, previousTime, false, decision.text});
    }

    stage(QStringLiteral("signing"));
    const QStringList signErrors = signZones(job, signer, pending, today);
    if (!signErrors.isEmpty())
        return {500, signErrors.join(QLatin1Char(' '))};
    // Zones outside `onlyZone` were not looked at: their cached texts may be stale for the new inputs.
    m_zonesBuiltFrom = onlyZone.isEmpty() ? builtFrom : QByteArray();
    QStringList updated;
    // The signatures just made expire at midnight starting the 30th day from today (ldns-signzone -e).
    const qint64 expiry = QDateTime(today.addDays(30), QTime(0, 0)).toSecsSinceEpoch();
    for (const Pending& p : pending) {
        updated.append(p.zone);
        m_zoneStates.insert(p.zone,
                            {p.templateText, fileTime(p.path), fileTime(p.path + QStringLiteral(".signed")), expiry});
    }

    job.setStep(QStringLiteral("configuring nsd"));
    const QString confPath = m_config.systemPath(QStringLiteral("/etc/nsd/nsd.conf.d/zones.conf"));
    error.clear();
    if (NsdConfig::writeIfChanged(confPath, NsdConfig::zonesConf(confZones, xfr), NsdConfig::Compare::Text, &error) &&
        updated.isEmpty())
        updated.append(QStringLiteral("DNS configuration"));
    if (!error.isEmpty())
        return {500, error};
    if (!updated.isEmpty())
        reloadNsd();

    const QString dkimKey = m_config.storagePath(QStringLiteral("mail/dkim/mail.private"));
    if (QFile::exists(dkimKey)) {
        const QStringList mail = DomainOrder::sorted(in->mailDomains, m_config.primaryHostname());
        bool dkimChanged = false;
        const QString opendkim = m_config.systemPath(QStringLiteral("/etc/opendkim"));
        dkimChanged |= NsdConfig::writeIfChanged(opendkim + QStringLiteral("/SigningTable"),
                                                 NsdConfig::signingTable(mail), NsdConfig::Compare::LineSet, &error);
        dkimChanged |=
            NsdConfig::writeIfChanged(opendkim + QStringLiteral("/KeyTable"), NsdConfig::keyTable(mail, dkimKey),
                                      NsdConfig::Compare::LineSet, &error);
        if (!error.isEmpty())
            return {500, error};
        if (dkimChanged) {
            restartService(QStringLiteral("opendkim"));
            if (updated.isEmpty())
                updated.append(QStringLiteral("OpenDKIM configuration"));
        }
    }
    // Our own resolver (bind9 on a real box) must not keep answers we just changed; errors ignored.
    if (isRealBox())
        ProcessRunner(QStringLiteral("rndc")).arg(QStringLiteral("flush")).run();
    if (updated.isEmpty())
        return {200, QString()};
    // The dump of the new state is built here, on the job's thread, rather than by the next reader.
    QJsonArray warm;
    dump(&warm);
    return {200, QStringLiteral("updated DNS: ") + updated.join(QLatin1Char(',')) + QLatin1Char('\n')};
}

bool DnsService::isRealBox() const
{
    return QDir::cleanPath(m_config.systemRoot()) == QLatin1String("/");
}

void DnsService::restartService(const QString& name)
{
    // Services are restarted only on the real box (SYSTEM_ROOT "/"), never for a test or demo box.
    if (!isRealBox()) {
        qCInfo(lcDns).noquote() << name << "restart skipped: SYSTEM_ROOT is not /";
        return;
    }
    const ProcessResult r = ProcessRunner(QStringLiteral("service")).args({name, QStringLiteral("restart")}).run();
    if (!r.ok())
        qCWarning(lcDns).noquote() << name << "restart failed:" << r.message();
}

void DnsService::reloadNsd()
{
    const QString conf = m_config.systemPath(QStringLiteral("/etc/nsd/nsd.conf"));
    if (!QFile::exists(conf)) {
        qCInfo(lcDns).noquote() << "nsd reload skipped:" << conf << "does not exist";
        return;
    }
    // "reconfig" picks up added and removed zones, "reload" the changed zone files.
    for (const QString& command : {QStringLiteral("reconfig"), QStringLiteral("reload")}) {
        const ProcessResult r =
            ProcessRunner(QStringLiteral("nsd-control")).args({QStringLiteral("-c"), conf, command}).run();
        if (!r.ok()) {
            if (isRealBox()) {
                qCInfo(lcDns).noquote() << "nsd-control failed, restarting nsd:" << r.message();
                restartService(QStringLiteral("nsd"));
            } else {
                qCInfo(lcDns).noquote() << "nsd reload skipped: nsd does not answer nsd-control:" << r.message();
            }
            return;
        }
    }
}

QStringList DnsService::zones()
{
    const auto s = snapshot();
    return s->error.isEmpty() ? s->domains->zones() : QStringList();
}

DnsService::Result DnsService::webDomains(QStringList* web, QStringList* hostedElsewhere)
{
    const auto s = snapshot();
    if (!s->error.isEmpty())
        return {500, s->error};
    *web = s->domains->webDomains();
    *hostedElsewhere = s->domains->hostedElsewhere();
    return {};
}

DnsService::Result DnsService::dump(QJsonArray* out)
{
    std::shared_ptr<const QJsonArray> dumped;
    const Result r = dump(&dumped);
    if (dumped)
        *out = *dumped;
    return r;
}

DnsService::Result DnsService::dump(std::shared_ptr<const QJsonArray>* out)
{
    const auto in = snapshot();
    if (!in->error.isEmpty())
        return {500, in->error};
    const CustomDnsRecordList* custom = &in->custom;
    const DnsDomainSet& domains = *in->domains;
    QStringList nsHostnames;
    for (const QString& entry : CustomRecordStore::secondaryNameservers(*custom)) {
        if (!entry.isEmpty() && !entry.startsWith(QLatin1String("xfr:")))
            nsHostnames.append(entry);
    }
    QByteArray factsKey;
    const auto facts = boxFacts(nsHostnames, &factsKey);
    const QByteArray builtFrom = in->key + '|' + factsKey;
    {
        QMutexLocker lock(&m_dumpMutex);
        if (m_dump && builtFrom == m_dumpBuiltFrom) {
            *out = m_dump;
            return {};
        }
    }
    const ZoneRecordBuilder builder(*facts, domains, *custom);
    QJsonArray result;
    for (const QString& zone : domains.zones()) {
        DnsRecordList records;
        for (const DnsRecord& r : builder.build(zone)) {
            if (!r.hidden)
                records.append(r);
        }
        auto rank = [](const DnsRecord& r) {
            if (r.explanation.startsWith(QLatin1String("Required.")))
                return 0;
            return r.explanation.startsWith(QLatin1String("Recommended.")) ? 1 : 2;
        };
        std::stable_sort(records.begin(), records.end(),
                         [&](const DnsRecord& a, const DnsRecord& b) { return rank(a) < rank(b); });
        QJsonArray list;
        for (const DnsRecord& r : records) {
            list.append(QJsonObject{
                {QStringLiteral("qname"), r.qname.isEmpty() ? zone : r.qname + QLatin1Char('.') + zone},
                {QStringLiteral("rtype"), r.rtype},
                {QStringLiteral("value"), r.value},
                {QStringLiteral("explanation"), r.explanation},
            });
        }
        result.append(QJsonArray{zone, list});
    }
    auto dumped = std::make_shared<const QJsonArray>(result);
    {
        QMutexLocker lock(&m_dumpMutex);
        m_dump = dumped;
        m_dumpBuiltFrom = builtFrom;
    }
    *out = dumped;
    return {};
}

DnsService::Result DnsService::zoneFile(const QString& zone)
{
    const QStringList all = zones();
    if (!all.contains(zone))
        return {400, QStringLiteral("%1 is not a domain name that corresponds to a zone.").arg(zone)};
    bool found = false;
    const QString text = readText(zonesDirectory() + QLatin1Char('/') + DnsDomainSet::zoneFileName(zone), &found);
    if (!found)
        return {400, QStringLiteral("The zone file for %1 has not been written yet. Update DNS first.").arg(zone)};
    return {200, text};
}

DnsService::Result DnsService::customRecords(const QString& qname, const QString& rtype, QJsonArray* out)
{
    const auto in = snapshot();
    if (!in->error.isEmpty())
        return {500, in->error};
    const CustomDnsRecordList* custom = &in->custom;
    const QStringList zoneList = in->domains->zones();
    struct Entry
    {
        CustomDnsRecord record;
        QString zone;
        int created = 0;
    };
    QList<Entry> entries;
    QStringList qnames;
    for (const CustomDnsRecord& r : *custom) {
        if (r.qname == QLatin1String(CustomRecordStore::SecondaryNameserverName))
            continue;
        if ((!qname.isEmpty() && r.qname != qname) || (!rtype.isEmpty() && r.rtype != rtype))
            continue;
        entries.append({r, DomainOrder::zoneOf(r.qname, zoneList), int(entries.size())});
        qnames.append(r.qname);
    }
    // Listed in stored order; "sort-order.qname" is the rank by zone, then name, then type (stable).
    const QStringList qnameOrder = DomainOrder::sorted(qnames, m_config.primaryHostname());
    // Ranks looked up once (thousands of records over a thousand zones: no linear search per comparison).
    QHash<QString, int> zoneRank;
    for (int i = 0; i < zoneList.size(); ++i)
        zoneRank.insert(zoneList.at(i), i);
    QHash<QString, int> qnameRank;
    for (int i = int(qnameOrder.size()) - 1; i >= 0; --i)
        qnameRank.insert(qnameOrder.at(i), i); // the first occurrence, as indexOf found it
    QList<int> zoneOf(entries.size());
    QList<int> qnameOf(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        zoneOf[i] = entries.at(i).zone.isEmpty() ? 0 : zoneRank.value(entries.at(i).zone);
        qnameOf[i] = qnameRank.value(entries.at(i).record.qname);
    }
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int ia, int ib) {
        if (zoneOf.at(ia) != zoneOf.at(ib))
            return zoneOf.at(ia) < zoneOf.at(ib);
        if (qnameOf.at(ia) != qnameOf.at(ib))
            return qnameOf.at(ia) < qnameOf.at(ib);
        return entries.at(ia).record.rtype < entries.at(ib).record.rtype;
    });
    QList<int> rank(entries.size());
    for (int i = 0; i < order.size(); ++i)
        rank[order.at(i)] = i;
    QJsonArray result;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& e = entries.at(i);
        QJsonObject o{
            {QStringLiteral("qname"), e.record.qname},
            {QStringLiteral("rtype"), e.record.rtype},
            {QStringLiteral("value"), e.record.value},
            {QStringLiteral("sort-order"),
             QJsonObject{{QStringLiteral("created"), e.created}, {QStringLiteral("qname"), rank.at(i)}}},
        };
        if (!e.zone.isEmpty())
            o.insert(QStringLiteral("zone"), e.zone);
        result.append(o);
    }
    *out = result;
    return {};
}

DnsService::Result DnsService::customRecords(std::shared_ptr<const QJsonArray>* out)
{
    const auto in = snapshot();
    {
        QMutexLocker lock(&m_dumpMutex);
        if (m_custom && in->key == m_customBuiltFrom) {
            *out = m_custom;
            return {};
        }
    }
    QJsonArray records;
    const Result r = customRecords(QString(), QString(), &records);
    if (r.status != 200)
        return r;
    auto listed = std::make_shared<const QJsonArray>(std::move(records));
    {
        QMutexLocker lock(&m_dumpMutex);
        m_custom = listed;
        m_customBuiltFrom = in->key;
    }
    *out = listed;
    return {};
}

DnsService::Result DnsService::changeCustomRecord(const QString& qname, const QString& rtypeIn,
                                                  const std::optional<QString>& valueIn,
                                                  CustomRecordStore::Action action)
{
    // Checked here against the current snapshot, so that a bad request is answered without waiting for
    // a running update; the change itself is a job.
    const auto in = snapshot();
    const QString rtype = rtypeIn.toUpper();
    std::optional<QString> value = valueIn;
    QString zone;
    if (const std::optional<Result> refused = checkCustomChange(*in, qname, rtype, &value, &zone))
        return *refused;
    const bool pseudo = qname == QLatin1String(CustomRecordStore::SecondaryNameserverName);
    return submit(QStringLiteral("custom DNS record change"), [=](Job& job) -> Result {
        const auto current = snapshot();
        if (!current->error.isEmpty())
            return {500, current->error};
        CustomDnsRecordList custom = current->custom;
        if (!CustomRecordStore::apply(custom, qname, rtype, value, action))
            return {200, QStringLiteral("OK")};
        QString error;
        if (!m_store.save(custom, &error))
            return {500, error};
        std::atomic_store(&m_snapshot, std::shared_ptr<const Snapshot>());
        // A custom record only changes the zone it is in (the pseudo-record changes all of them).
        const Result updated = updateJob(job, false, pseudo ? QString() : zone);
        if (updated.status != 200)
            return updated;
        return {200, updated.text.isEmpty() ? QStringLiteral("Something isn't right.") : updated.text};
    });
}

std::optional<DnsService::Result> DnsService::checkCustomChange(const Snapshot& in, const QString& qname,
                                                                const QString& rtype, std::optional<QString>* value,
                                                                QString* zone) const
{
    if (!in.error.isEmpty())
        return Result{500, in.error};
    const bool pseudo = qname == QLatin1String(CustomRecordStore::SecondaryNameserverName);
    *zone = DomainOrder::zoneOf(qname, in.domains->zones());
    if (zone->isEmpty() && !pseudo)
        return Result{
            400,
            QStringLiteral("%1 is not a domain name or a subdomain of a domain name managed by this box.").arg(qname)};
    if (*value && !pseudo) {
        QString normalized;
        const QString message = RecordValidator::validate(qname, rtype, **value, *zone, &normalized);
        if (!message.isEmpty())
            return Result{400, message};
        *value = normalized;
    }
    return std::nullopt;
}

DnsService::Result DnsService::previewCustomRecord(const QString& qname, const QString& rtypeIn,
                                                   const std::optional<QString>& valueIn,
                                                   CustomRecordStore::Action action, QJsonObject* out)
{
    const auto in = snapshot();
    const QString rtype = rtypeIn.toUpper();
    std::optional<QString> value = valueIn;
    QString zone;
    if (const std::optional<Result> refused = checkCustomChange(*in, qname, rtype, &value, &zone))
        return *refused;
    CustomDnsRecordList after = in->custom;
    const bool changed = CustomRecordStore::apply(after, qname, rtype, value, action);
    const bool pseudo = qname == QLatin1String(CustomRecordStore::SecondaryNameserverName);
    // The records of the zones the change touches, before and after (the secondary nameservers touch all).
    const auto build = [&](const CustomDnsRecordList& custom, const QString& zoneName) {
        QStringList nsHostnames;
        for (const QString& entry : CustomRecordStore::secondaryNameservers(custom)) {
            if (!entry.isEmpty() && !entry.startsWith(QLatin1String("xfr:")))
                nsHostnames.append(entry);
        }
        QByteArray factsKey;
        const auto facts = boxFacts(nsHostnames, &factsKey);
        return ZoneRecordBuilder(*facts, *in->domains, custom).build(zoneName);
    };
    QJsonArray zones;
    for (const QString& z : pseudo ? in->domains->zones() : QStringList{zone}) {
        if (!changed)
            break;
        DnsRecordList before = build(in->custom, z);
        DnsRecordList now = build(after, z);
        const auto absolute = [&z](const DnsRecord& r) {
            return QJsonObject{{QStringLiteral("qname"), r.qname.isEmpty() ? z : r.qname + QLatin1Char('.') + z},
                               {QStringLiteral("rtype"), r.rtype},
                               {QStringLiteral("value"), r.value},
                               {QStringLiteral("explanation"), r.explanation}};
        };
        // Multiset difference on (name, type, value): what goes and what comes.
        const auto same = [](const DnsRecord& a, const DnsRecord& b) {
            return a.qname == b.qname && a.rtype == b.rtype && a.value == b.value;
        };
        QJsonArray removed;
        QJsonArray added;
        for (const DnsRecord& r : std::as_const(before)) {
            const auto it = std::find_if(now.begin(), now.end(), [&](const DnsRecord& o) { return same(r, o); });
            if (it == now.end())
                removed.append(absolute(r));
            else
                now.erase(it);
        }
        for (const DnsRecord& r : std::as_const(now))
            added.append(absolute(r));
        if (!removed.isEmpty() || !added.isEmpty())
            zones.append(QJsonObject{
                {QStringLiteral("zone"), z}, {QStringLiteral("removed"), removed}, {QStringLiteral("added"), added}});
    }
    *out = QJsonObject{{QStringLiteral("changes_stored_records"), changed}, {QStringLiteral("zones"), zones}};
    return {};
}

DnsService::Result DnsService::secondaryNameservers(QStringList* out)
{
    const auto in = snapshot();
    if (!in->error.isEmpty())
        return {500, in->error};
    *out = CustomRecordStore::secondaryNameservers(in->custom);
    return {};
}

DnsService::Result DnsService::setSecondaryNameservers(const QStringList& entries)
{
    const NameResolver resolver(m_config.dnsResolver());
    for (const QString& entry : entries) {
        if (entry.startsWith(QLatin1String("xfr:"))) {
            if (!RecordValidator::isIpOrNetwork(entry.mid(4)))
                return {400, QStringLiteral("'%1' is not an IPv4 or IPv6 address or subnet.").arg(entry.mid(4))};
            continue;
        }
        if (!RecordValidator::isDomainName(entry))
            return {400, QStringLiteral("Could not resolve the IP address of %1.").arg(entry)};
        if (resolver.lookup(entry, QStringLiteral("A")).isEmpty() &&
            resolver.lookup(entry, QStringLiteral("AAAA")).isEmpty())
            return {400, QStringLiteral("Could not resolve the IP address of %1.").arg(entry)};
    }
    return submit(QStringLiteral("secondary nameserver change"), [=](Job& job) -> Result {
        const auto in = snapshot();
        if (!in->error.isEmpty())
            return {500, in->error};
        CustomDnsRecordList custom = in->custom;
        const std::optional<QString> value =
            entries.isEmpty() ? std::nullopt : std::optional<QString>(entries.join(QLatin1Char(' ')));
        QString error;
        if (CustomRecordStore::apply(custom, QLatin1String(CustomRecordStore::SecondaryNameserverName),
                                     QStringLiteral("A"), value, CustomRecordStore::Action::Set) &&
            !m_store.save(custom, &error))
            return {500, error};
        std::atomic_store(&m_snapshot, std::shared_ptr<const Snapshot>());
        return updateJob(job, false);
    });
}
