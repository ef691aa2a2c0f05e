#include "BoxCapabilities.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BoxCapabilities {

bool apply(const QByteArray& json, Session* session)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QLatin1String("product")).toString() != QLatin1String("boxkeeper-agent")) {
        return false;
    }
    session->hasCapabilities = true;
    session->agentVersion = o.value(QLatin1String("version")).toString();
    session->primaryHostname = o.value(QLatin1String("primary_hostname")).toString().trimmed();
    session->features.clear();
    for (const QJsonValue& f : o.value(QLatin1String("features")).toArray()) {
        if (f.isString()) {
            session->features.append(f.toString());
        }
    }
    return true;
}

QString hostname(const Session& session, const QUrl& baseUrl)
{
    if (!session.primaryHostname.isEmpty()) {
        return session.primaryHostname;
    }
    const QString host = baseUrl.host();
    if (host.isEmpty() || !QHostAddress(host).isNull()) {
        return {};
    }
    return host;
}

} // namespace BoxCapabilities
