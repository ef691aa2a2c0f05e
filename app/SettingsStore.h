#pragma once

#include "BoxProfile.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

// Typed access to the app's QSettings. Keys and defaults sit in one table (SettingsStore.cpp).
// Holds public data only: box profiles (name, URL, email, pinned fingerprint) and preferences; never a secret.
class SettingsStore
{
public:
    enum class Key {
        LastProfile,
        TransferTimeoutMs,
        LongTransferTimeoutMs,
        MainWindowGeometry,
        MainWindowPage,
        FleetIntervalSeconds, // how often the dashboard polls every box
        FleetMutedBoxes, // names of the boxes whose notifications are muted
    };

    SettingsStore(); // the platform's default location for the application
    explicit SettingsStore(const QString& iniFile); // a given file (tests, portable use)
    ~SettingsStore();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString lastProfile() const;
    void setLastProfile(const QString& name);
    int transferTimeoutMs() const;
    int longTransferTimeoutMs() const;
    int fleetIntervalSeconds() const;
    // Per box: no desktop notifications for it (a preference, kept with the profiles; renaming a box unmutes it).
    bool isBoxMuted(const QString& name) const;
    void setBoxMuted(const QString& name, bool muted);

    QList<BoxProfile> profiles() const;
    void setProfiles(const QList<BoxProfile>& profiles);
    BoxProfile profile(const QString& name) const; // invalid if absent
    void saveProfile(const BoxProfile& profile); // add or replace by name
    void removeProfile(const QString& name);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
