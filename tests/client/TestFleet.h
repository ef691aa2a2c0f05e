#pragma once

// Shared by the dashboard's tests: boxes made unhealthy by real causes, profiles for live agents, and the recording
// notification sink (the seam where the desktop's notification service sits in the app).
#include "BoxProfile.h"
#include "FakeAptGet.h"
#include "NotificationSink.h"
#include "TestAgent.h"
#include "TestFiles.h"

#include <QHostAddress>
#include <QList>
#include <QTcpServer>

namespace TestFleet {

class RecordingSink : public NotificationSink
{
public:
    void notify(const Notification& notification) override { received.append(notification); }
    QList<Notification> received;
};

inline quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

// The box's package list from a fake apt-get (a test box has none): up to date, or the recorded upgrades pending.
inline QPair<QByteArray, QByteArray> aptGet(const TestAgent& agent, bool upToDate)
{
    const QByteArray none;
    return {"APT_GET", FakeAptGet::install(agent.dir() + QStringLiteral("/apt"), upToDate ? &none : nullptr).toUtf8()};
}

// A healthy test box: its packages up to date.
inline bool makeHealthy(TestAgent* agent, QString* error)
{
    return agent->restartWith({aptGet(*agent, true)}, error);
}

// A failing status check by a real cause: the box checks its greylisting service (Postgrey, port 10023) on a port
// where nothing listens. "Postgrey is not running (port N)." is an error. Its packages are up to date.
inline bool stopPostgrey(TestAgent* agent, QString* error)
{
    return agent->restartWith(
        {{"STATUS_LOCAL_PORTS", "10023=" + QByteArray::number(closedPort())}, aptGet(*agent, true)}, error);
}

// The box says a reboot is pending (as apt leaves /var/run/reboot-required after an update): the status checks
// report it as an error and GET /system/reboot says true.
inline bool requireReboot(const TestAgent& agent)
{
    return TestFiles::write(agent.dir() + QStringLiteral("/system/var/run/reboot-required"), QByteArray());
}

inline BoxProfile profile(const QString& name, const TestAgent& agent)
{
    BoxProfile p;
    p.name = name;
    p.url = agent.baseUrl().toString();
    p.email = agent.adminEmail();
    p.fingerprint = agent.fingerprint();
    return p;
}

} // namespace TestFleet
