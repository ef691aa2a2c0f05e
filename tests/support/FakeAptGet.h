#pragma once

#include <QByteArray>
#include <QString>

// tests/data/system/fake-apt-get, copied into a folder of the test's own with what it prints, for a box's APT_GET
// key: the system routes run it instead of the machine's apt-get, so no test ever changes the machine.
namespace FakeAptGet {
// Copies the script into `dir` with `simulation` as its simulated-upgrade output (default: the recorded
// tests/data/system/apt-get-qq-s-upgrade.txt) and the recorded upgrade output. Returns the script's path, or
// empty on failure.
QString install(const QString& dir, const QByteArray* simulation = nullptr);
// The calls made so far, one line each: "<arguments> DEBIAN_FRONTEND=<value>".
QByteArray calls(const QString& dir);
// Puts the script's flag file beside it, or removes it: "fail-update", "fail-upgrade" (that step fails with exit
// code 100), "hold-upgrade" ("-y upgrade" waits while the flag is there).
void setFlag(const QString& dir, const QString& flag, bool on);
// The recorded simulated-upgrade output.
QByteArray recordedSimulation();
} // namespace FakeAptGet
