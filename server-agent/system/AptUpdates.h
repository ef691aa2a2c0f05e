#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The upgradable packages as upstream lists them (api.md §9.6), read from the output of a simulated
// upgrade (`apt-get -qq -s upgrade`):
//   Inst <package> [<installed version>] (<new version> <archives> [<arch>])  -> "<package> (<new version>)"
//   Conf ... and blank lines                                                  -> left out
//   any other line                                                            -> "[<line>] ()"
namespace AptUpdates {
struct Package
{
    QString name; // "[<raw line>]" for a line that could not be read
    QString version; // empty for a line that could not be read
    bool operator==(const Package& other) const { return name == other.name && version == other.version; }
};

QList<Package> parseSimulation(const QByteArray& output);
// One "<name> (<version>)\n" line per package: the body of GET /system/updates (empty when up to date).
QString format(const QList<Package>& packages);
} // namespace AptUpdates
