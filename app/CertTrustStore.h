#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Pinned certificate fingerprints (SHA-256, "AA:BB:…"), one per box host ("host:port").
// Public data: the owner persists pins in the box profile (QSettings), never secrets.
class CertTrustStore : public QObject
{
    Q_OBJECT

public:
    explicit CertTrustStore(QObject* parent = nullptr);

    QString pin(const QString& host) const;
    bool hasPin(const QString& host) const;
    void setPin(const QString& host, const QString& fingerprint);
    void removePin(const QString& host);

    // "aa bb:CC…" → "AA:BB:CC:…"; an empty string if it is not 32 bytes of hex.
    static QString normalizeFingerprint(const QString& text);

signals:
    void pinChanged(const QString& host, const QString& fingerprint);

private:
    QHash<QString, QString> m_pins;
};
