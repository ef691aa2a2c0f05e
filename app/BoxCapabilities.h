#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// What a Boxkeeper agent says about itself at GET /admin/boxkeeper/capabilities (admin auth):
// {"product":"boxkeeper-agent","version":…,"upstream_version":…,"primary_hostname":…,"features":[…]}.
// An unmodified Mail-in-a-Box answers 404: no capabilities, and the app falls back to what it knows.
namespace BoxCapabilities {
inline QString path()
{
    return QStringLiteral("/boxkeeper/capabilities");
}
// Fills the capability fields of session from the answer; false (fields untouched) if it is not the agent's.
bool apply(const QByteArray& json, Session* session);
// The box's PRIMARY_HOSTNAME: the agent's answer, else the host of the address the app connects to when that is a
// name (not an IP address), else empty.
QString hostname(const Session& session, const QUrl& baseUrl);
} // namespace BoxCapabilities
