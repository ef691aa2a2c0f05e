#include "DnssecSigner.h"

#include "box/AtomicFile.h"
#include "box/ProcessRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// ldns names key files after owner, algorithm and tag: K<owner>.+<alg>+<tag>.
int algorithmOf(const QString& baseName)
{
    return baseName.section(QLatin1Char('+'), 1, 1).toInt();
}

int tagOf(const QString& baseName)
{
    return baseName.section(QLatin1Char('+'), 2, 2).toInt();
}

} // namespace

DnssecSigner::DnssecSigner(const QString& keyDirectory)
    : m_dir(keyDirectory)
{
    reload();
}

DnssecSigner::~DnssecSigner() = default;

bool DnssecSigner::prepareWorkDir(QString* dir, QString* error) const
{
    QMutexLocker lock(&m_workMutex);
    if (!m_work) {
        auto work = std::make_unique<QTemporaryDir>();
        if (!work->isValid()) {
            if (error)
                *error = QStringLiteral("Cannot create a temporary directory: %1").arg(work->errorString());
            return false;
        }
        for (auto it = m_privateKeys.cbegin(); it != m_privateKeys.cend(); ++it) {
            QFile out(work->filePath(QStringLiteral("shared-") + it.key() + QStringLiteral(".private")));
            if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
                out.write(it.value()) != it.value().size()) {
                if (error)
                    *error = QStringLiteral("Cannot write %1: %2").arg(out.fileName(), out.errorString());
                return false;
            }
        }
        m_work = std::move(work);
    }
    *dir = m_work->path();
    return true;
}

void DnssecSigner::reload()
{
    {
        QMutexLocker lock(&m_workMutex);
        m_work.reset(); // its shared private keys are those read before
    }
    m_confs = readConfs();
    m_privateKeys.clear();
    m_publicKeys.clear();
    for (const KeyConf& conf : m_confs) {
        for (const QString& base : {conf.ksk, conf.zsk}) {
            m_privateKeys.insert(base, readAll(m_dir + QLatin1Char('/') + base + QStringLiteral(".private")));
            m_publicKeys.insert(base, readAll(m_dir + QLatin1Char('/') + base + QStringLiteral(".key")));
        }
    }
}

bool DnssecSigner::dsUpToDate(const QString& dsFile, const QList<Key>& ksks) const
{
    const QFileInfo ds(dsFile);
    if (!ds.exists() || ds.size() == 0)
        return false;
    const QByteArray text = readAll(dsFile);
    int previous = 0;
    for (const Key& k : ksks) {
        const QFileInfo key(m_dir + QLatin1Char('/') + k.baseName + QStringLiteral(".key"));
        if (!key.exists() || key.lastModified() > ds.lastModified())
            return false;
        // Each KSK needs its DS lines, in the order of the keys.
        const QByteArray entry =
            "\tDS\t" + QByteArray::number(tagOf(k.baseName)) + ' ' + QByteArray::number(algorithmOf(k.baseName)) + ' ';
        const int at = int(text.indexOf(entry));
        if (at < previous)
            return false;
        previous = at;
    }
    return true;
}

bool DnssecSigner::run(const QString& program, const QStringList& args, const QString& workDir, QByteArray* out,
                       QString* error)
{
    const ProcessResult r = ProcessRunner(program).args(args).workingDirectory(workDir).timeout(120000).run();
    if (!r.ok()) {
        if (error)
            *error = r.message();
        return false;
    }
    if (out)
        *out = r.output;
    return true;
}

bool DnssecSigner::ensureKeys(QString* error)
{
    QDir().mkpath(m_dir);
    struct Algorithm
    {
        const char* name;
        const char* zskBits;
    };
    const Algorithm algorithms[] = {{"RSASHA256", "1024"}, {"ECDSAP256SHA256", "256"}};
    bool created = false;
    for (const Algorithm& alg : algorithms) {
        const QString conf = m_dir + QLatin1Char('/') + QLatin1String(alg.name) + QStringLiteral(".conf");
        if (QFile::exists(conf))
            continue;
        QByteArray ksk, zsk;
        const QString name = QLatin1String(alg.name);
        const QString kskBits = name == QLatin1String("RSASHA256") ? QStringLiteral("2048") : QStringLiteral("256");
        if (!run(QStringLiteral("ldns-keygen"),
                 {QStringLiteral("-a"), name, QStringLiteral("-b"), kskBits, QStringLiteral("-k"),
                  QStringLiteral("_domain_")},
                 m_dir, &ksk, error) ||
            !run(QStringLiteral("ldns-keygen"),
                 {QStringLiteral("-a"), name, QStringLiteral("-b"), QLatin1String(alg.zskBits),
                  QStringLiteral("_domain_")},
                 m_dir, &zsk, error))
            return false;
        for (const QByteArray& base : {ksk.trimmed(), zsk.trimmed()}) {
            QFile::setPermissions(m_dir + QLatin1Char('/') + QString::fromLatin1(base) + QStringLiteral(".private"),
                                  QFile::ReadOwner | QFile::WriteOwner);
        }
        if (!AtomicFile::write(conf, "KSK=" + ksk.trimmed() + "\nZSK=" + zsk.trimmed() + "\n", error))
            return false;
        created = true;
    }
    if (created)
        reload();
    return true;
}

QList<DnssecSigner::KeyConf> DnssecSigner::readConfs() const
{
    QList<KeyConf> confs;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        KeyConf conf;
        QHash<QString, QString> values;
        for (const QByteArray& line : readAll(m_dir + QLatin1Char('/') + file).split('\n')) {
            const int eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QString key = QString::fromUtf8(line.left(eq)).trimmed();
            if (!values.contains(key))
                values.insert(key, QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        conf.ksk = values.value(QStringLiteral("KSK"));
        conf.zsk = values.value(QStringLiteral("ZSK"));
        if (values.contains(QStringLiteral("DOMAINS"))) {
            conf.restricted = true;
            for (const QString& d : values.value(QStringLiteral("DOMAINS")).split(QLatin1Char(',')))
                conf.domains.append(d.trimmed());
        }
        if (!conf.ksk.isEmpty() && !conf.zsk.isEmpty())
            confs.append(conf);
    }
    // By algorithm number (7, 8, 13), as the box's setup made them: the .ds file lists the RSASHA256 key's
    // DS records first, as upstream writes it (file names would put ECDSAP256SHA256 first).
    std::stable_sort(confs.begin(), confs.end(),
                     [](const KeyConf& a, const KeyConf& b) { return algorithmOf(a.ksk) < algorithmOf(b.ksk); });
    return confs;
}

QList<DnssecSigner::Key> DnssecSigner::keysFor(const QString& zone) const
{
    QList<Key> keys;
    for (const KeyConf& conf : m_confs) {
        if (conf.restricted && !conf.domains.contains(zone))
            continue;
        keys.append({QStringLiteral("KSK"), conf.ksk});
        keys.append({QStringLiteral("ZSK"), conf.zsk});
    }
    return keys;
}

QString DnssecSigner::keysHash(const QString& zone) const
{
    QList<Key> keys = keysFor(zone);
    std::sort(keys.begin(), keys.end(),
              [](const Key& a, const Key& b) { return a.type != b.type ? a.type < b.type : a.baseName < b.baseName; });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Key& k : keys) {
        hash.addData(k.type.toUtf8());
        hash.addData(k.baseName.toUtf8());
        hash.addData(m_privateKeys.value(k.baseName));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray DnssecSigner::stamp() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const KeyConf& conf : m_confs) {
        hash.addData((conf.ksk + QLatin1Char('\n') + conf.zsk + QLatin1Char('\n') + QString::number(conf.restricted) +
                      conf.domains.join(QLatin1Char(',')) + QLatin1Char('\n'))
                         .toUtf8());
        hash.addData(m_privateKeys.value(conf.ksk));
        hash.addData(m_privateKeys.value(conf.zsk));
    }
    return hash.result().toHex();
}

bool DnssecSigner::sign(const QString& zone, const QString& zoneFile, const QDate& today, QString* error) const
{
    const QList<Key> keys = keysFor(zone);
    if (keys.isEmpty()) {
        if (error)
            *error = QStringLiteral("No DNSSEC keys in %1.").arg(m_dir);
        return false;
    }
    QString work;
    if (!prepareWorkDir(&work, error))
        return false;
    QStringList allKeys, kskKeys, made;
    QList<Key> ksks;
    // Removes this zone's key files whatever the outcome.
    const std::unique_ptr<QStringList, void (*)(QStringList*)> cleanup(&made, [](QStringList* files) {
        for (const QString& f : *files)
            QFile::remove(f);
    });
    for (const Key& k : keys) {
        QString patched = k.baseName;
        patched.replace(QLatin1String("_domain_"), zone);
        const QString target = work + QLatin1Char('/') + patched;
        const QString privateFile = target + QStringLiteral(".private");
        QFile::remove(privateFile);
        const QString shared = work + QStringLiteral("/shared-") + k.baseName + QStringLiteral(".private");
        if (::link(QFile::encodeName(shared).constData(), QFile::encodeName(privateFile).constData()) != 0) {
            if (error)
                *error = QStringLiteral("Cannot write %1.").arg(privateFile);
            return false;
        }
        made.append(privateFile);
        // The public key names its owner: "_domain_" becomes the zone.
        QByteArray data = m_publicKeys.value(k.baseName);
        data.replace("_domain_", zone.toUtf8());
        QFile out(target + QStringLiteral(".key"));
        made.append(out.fileName());
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            if (error)
                *error = QStringLiteral("Cannot write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
        out.close();
        allKeys.append(target);
        if (k.type == QLatin1String("KSK")) {
            kskKeys.append(target);
            ksks.append(k);
        }
    }
    const QString signedFile = zoneFile + QStringLiteral(".signed");
    const QString partial = signedFile + QStringLiteral(".partial");
    const QString expiry = today.addDays(30).toString(QStringLiteral("yyyyMMdd"));
    QStringList args{QStringLiteral("-n"), QStringLiteral("-e"), expiry, QStringLiteral("-f"), partial, zoneFile};
    args += allKeys;
    if (!run(QStringLiteral("ldns-signzone"), args, work, nullptr, error)) {
        QFile::remove(partial);
        return false;
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(signedFile).constData()) != 0) {
        if (error)
            *error = QStringLiteral("Cannot replace %1.").arg(signedFile);
        return false;
    }
    // DS records depend only on the zone's name and its KSKs: kept while those are unchanged.
    if (dsUpToDate(zoneFile + QStringLiteral(".ds"), ksks))
        return true;
    QByteArray ds;
    for (const QString& key : kskKeys) {
        for (const char* digest : {"-1", "-2", "-4"}) {
            QByteArray out;
            if (!run(QStringLiteral("ldns-key2ds"),
                     {QStringLiteral("-n"), QLatin1String(digest), key + QStringLiteral(".key")}, work, &out, error))
                return false;
            ds += out;
        }
    }
    return AtomicFile::write(zoneFile + QStringLiteral(".ds"), ds, error);
}
