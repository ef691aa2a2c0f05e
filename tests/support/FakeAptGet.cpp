#include "FakeAptGet.h"

#include "TestFiles.h"

#include <QFile>

namespace {
QString data(const char* name)
{
    return QStringLiteral(BOXKEEPER_TEST_DATA_DIR "/system/") + QLatin1String(name);
}
} // namespace

QString FakeAptGet::install(const QString& dir, const QByteArray* simulation)
{
    const QString script = dir + QStringLiteral("/apt-get");
    if (!TestFiles::write(script, TestFiles::read(data("fake-apt-get"))) ||
        !QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
        !TestFiles::write(dir + QStringLiteral("/simulation.txt"), simulation ? *simulation : recordedSimulation()) ||
        !TestFiles::write(dir + QStringLiteral("/upgrade.txt"), TestFiles::read(data("apt-get-y-upgrade.txt")))) {
        return {};
    }
    QFile::remove(dir + QStringLiteral("/calls.log"));
    return script;
}

QByteArray FakeAptGet::calls(const QString& dir)
{
    return TestFiles::read(dir + QStringLiteral("/calls.log"));
}

void FakeAptGet::setFlag(const QString& dir, const QString& flag, bool on)
{
    const QString path = dir + QLatin1Char('/') + flag;
    if (on)
        TestFiles::write(path, QByteArray());
    else
        QFile::remove(path);
}

QByteArray FakeAptGet::recordedSimulation()
{
    return TestFiles::read(data("apt-get-qq-s-upgrade.txt"));
}
