#include "AptUpdates.h"

#include <QRegularExpression>

QList<AptUpdates::Package> AptUpdates::parseSimulation(const QByteArray& output)
{
    // The package is the text before the last " [...] (" that is followed by a version; greedy as upstream's
    // reading, so a trailing " []" (apt's mark of an automatically installed package) is not taken for it.
    static const QRegularExpression inst(QStringLiteral("^Inst (.*) \\[(.*)\\] \\((\\S*)"));
    static const QRegularExpression conf(QStringLiteral("^Conf .*"));
    QList<Package> packages;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || conf.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch m = inst.match(line);
        if (m.hasMatch())
            packages.append({m.captured(1), m.captured(3)});
        else
            packages.append({QLatin1Char('[') + line + QLatin1Char(']'), QString()});
    }
    return packages;
}

QString AptUpdates::format(const QList<Package>& packages)
{
    QString text;
    for (const Package& p : packages)
        text += QStringLiteral("%1 (%2)\n").arg(p.name, p.version);
    return text;
}
