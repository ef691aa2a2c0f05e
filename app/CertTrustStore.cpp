#include "CertTrustStore.h"

#include <QByteArray>

CertTrustStore::CertTrustStore(QObject* parent)
    : QObject(parent)
{ }

QString CertTrustStore::pin(const QString& host) const
{
    return m_pins.value(host.toLower());
}

bool CertTrustStore::hasPin(const QString& host) const
{
    return m_pins.contains(host.toLower());
}

void CertTrustStore::setPin(const QString& host, const QString& fingerprint)
{
    const QString normalized = normalizeFingerprint(fingerprint);
    if (normalized.isEmpty() || m_pins.value(host.toLower()) == normalized) {
        return;
    }
    m_pins.insert(host.toLower(), normalized);
    emit pinChanged(host.toLower(), normalized);
}

void CertTrustStore::removePin(const QString& host)
{
    if (m_pins.remove(host.toLower()) > 0) {
        emit pinChanged(host.toLower(), QString());
    }
}

QString CertTrustStore::normalizeFingerprint(const QString& text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace()) {
            continue;
        }
        if (!isxdigit(c.toLatin1())) {
            return {};
        }
        hex.append(c.toLatin1());
    }
    if (hex.size() != 64) {
        return {};
    }
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty()) {
            out += QLatin1Char(':');
        }
        out += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return out;
}
