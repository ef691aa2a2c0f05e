#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The configuration texts beside the zones (domain.md §8.6, §8.8): nsd's zones.conf and OpenDKIM's
// SigningTable/KeyTable, and the atomic "write only when changed" of every generated file.
class NsdConfig
{
public:
    // zones: (zone, signed zone file name) in canonical order; xfr: addresses or networks that may
    // transfer the zones (single addresses are also notified).
    static QString zonesConf(const QList<QPair<QString, QString>>& zones, const QStringList& xfr);
    static QString signingTable(const QStringList& mailDomains);
    static QString keyTable(const QStringList& mailDomains, const QString& privateKeyPath);

    enum class Compare { Text, LineSet };
    // Writes `text` to `path` atomically unless the file already holds it (or, with LineSet, the same set
    // of lines). Returns true if the file was written; *error is set on failure.
    static bool writeIfChanged(const QString& path, const QString& text, Compare compare, QString* error);
};
