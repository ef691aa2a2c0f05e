#include "NsdConfig.h"

#include "box/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

QString NsdConfig::zonesConf(const QList<QPair<QString, QString>>& zones, const QStringList& xfr)
{
    QString text;
    for (const auto& zone : zones) {
        text += QStringLiteral("\nzone:\n\tname: %1\n\tzonefile: %2\n").arg(zone.first, zone.second);
        for (const QString& address : xfr) {
            if (!address.contains(QLatin1Char('/')))
                text += QStringLiteral("\n\tnotify: %1 NOKEY").arg(address);
            text += QStringLiteral("\n\tprovide-xfr: %1 NOKEY\n").arg(address);
        }
    }
    return text;
}

QString NsdConfig::signingTable(const QStringList& mailDomains)
{
    QString text;
    for (const QString& d : mailDomains)
        text += QStringLiteral("*@%1 %1\n").arg(d);
    return text;
}

QString NsdConfig::keyTable(const QStringList& mailDomains, const QString& privateKeyPath)
{
    QString text;
    for (const QString& d : mailDomains)
        text += QStringLiteral("%1 %1:mail:%2\n").arg(d, privateKeyPath);
    return text;
}

bool NsdConfig::writeIfChanged(const QString& path, const QString& text, Compare compare, QString* error)
{
    const QByteArray data = text.toUtf8();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray old = existing.readAll();
        existing.close();
        if (old == data)
            return false;
        if (compare == Compare::LineSet) {
            const QList<QByteArray> a = old.split('\n'), b = data.split('\n');
            if (QSet<QByteArray>(a.begin(), a.end()) == QSet<QByteArray>(b.begin(), b.end()))
                return false;
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return AtomicFile::write(path, data, error);
}
