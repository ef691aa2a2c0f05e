#include "SettingsStore.h"

#include <QSettings>

#include <algorithm>

namespace {
struct Entry
{
    SettingsStore::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entry(SettingsStore::Key key)
{
    // The one table of settings keys and their defaults.
    static const Entry entries[] = {
        // Not "general/…": QSettings writes a group named "general" as [%General] and reads it back as "General".
        {SettingsStore::Key::LastProfile, "session/lastProfile", QString()},
        {SettingsStore::Key::TransferTimeoutMs, "network/transferTimeoutMs", 30000},
        {SettingsStore::Key::LongTransferTimeoutMs, "network/longTransferTimeoutMs", 660000},
        {SettingsStore::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {SettingsStore::Key::MainWindowPage, "mainWindow/page", QStringLiteral("users")},
        {SettingsStore::Key::FleetIntervalSeconds, "fleet/intervalSeconds", 300},
        {SettingsStore::Key::FleetMutedBoxes, "fleet/muted", QStringList()},
    };
    for (const Entry& e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
    return entries[0];
}

const char profilesArray[] = "profiles";
} // namespace

SettingsStore::SettingsStore()
    : m_settings(std::make_unique<QSettings>())
{ }

SettingsStore::SettingsStore(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

SettingsStore::~SettingsStore() = default;

QString SettingsStore::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant SettingsStore::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant SettingsStore::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void SettingsStore::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

QString SettingsStore::lastProfile() const
{
    // Files written before the key moved hold it as [%General] lastProfile, read back as "General/lastProfile".
    const QString legacy = QStringLiteral("General/lastProfile");
    if (!m_settings->contains(keyName(Key::LastProfile)) && m_settings->contains(legacy)) {
        return m_settings->value(legacy).toString();
    }
    return value(Key::LastProfile).toString();
}

void SettingsStore::setLastProfile(const QString& name)
{
    m_settings->remove(QStringLiteral("General/lastProfile"));
    setValue(Key::LastProfile, name);
}

int SettingsStore::transferTimeoutMs() const
{
    const int ms = value(Key::TransferTimeoutMs).toInt();
    return ms > 0 ? ms : defaultValue(Key::TransferTimeoutMs).toInt();
}

int SettingsStore::longTransferTimeoutMs() const
{
    const int ms = value(Key::LongTransferTimeoutMs).toInt();
    return ms > 0 ? ms : defaultValue(Key::LongTransferTimeoutMs).toInt();
}

int SettingsStore::fleetIntervalSeconds() const
{
    const int seconds = value(Key::FleetIntervalSeconds).toInt();
    return seconds > 0 ? seconds : defaultValue(Key::FleetIntervalSeconds).toInt();
}

bool SettingsStore::isBoxMuted(const QString& name) const
{
    return value(Key::FleetMutedBoxes).toStringList().contains(name);
}

void SettingsStore::setBoxMuted(const QString& name, bool muted)
{
    QStringList names = value(Key::FleetMutedBoxes).toStringList();
    names.removeAll(name);
    if (muted) {
        names.append(name);
    }
    names.sort();
    setValue(Key::FleetMutedBoxes, names);
}

QList<BoxProfile> SettingsStore::profiles() const
{
    QList<BoxProfile> result;
    const int count = m_settings->beginReadArray(QLatin1String(profilesArray));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        BoxProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = m_settings->value(QStringLiteral("url")).toString();
        p.email = m_settings->value(QStringLiteral("email")).toString();
        p.fingerprint = m_settings->value(QStringLiteral("fingerprint")).toString();
        p.rememberPassword = m_settings->value(QStringLiteral("rememberPassword"), false).toBool();
        if (p.isValid()) {
            result.append(p);
        }
    }
    m_settings->endArray();
    return result;
}

void SettingsStore::setProfiles(const QList<BoxProfile>& profiles)
{
    m_settings->remove(QLatin1String(profilesArray));
    m_settings->beginWriteArray(QLatin1String(profilesArray), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const BoxProfile& p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("url"), p.url);
        m_settings->setValue(QStringLiteral("email"), p.email);
        m_settings->setValue(QStringLiteral("fingerprint"), p.fingerprint);
        m_settings->setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    }
    m_settings->endArray();
}

BoxProfile SettingsStore::profile(const QString& name) const
{
    const QList<BoxProfile> all = profiles();
    for (const BoxProfile& p : all) {
        if (p.name == name) {
            return p;
        }
    }
    return {};
}

void SettingsStore::saveProfile(const BoxProfile& profile)
{
    QList<BoxProfile> all = profiles();
    bool replaced = false;
    for (BoxProfile& p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        all.append(profile);
    }
    setProfiles(all);
}

void SettingsStore::removeProfile(const QString& name)
{
    QList<BoxProfile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [&name](const BoxProfile& p) { return p.name == name; }),
              all.end());
    setProfiles(all);
}

QString SettingsStore::fileName() const
{
    return m_settings->fileName();
}

void SettingsStore::sync()
{
    m_settings->sync();
}
