#include "CapabilitiesApi.h"

#include "box/BoxConfig.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>

void CapabilitiesApi::registerRoutes(Router& router, const BoxConfig& config)
{
    router.addRoute("GET", QStringLiteral("/boxkeeper/capabilities"), Router::Access::Admin,
                    [&config](const HttpRequest&, const AuthContext&) {
                        QJsonObject o;
                        o.insert(QStringLiteral("product"), QStringLiteral("boxkeeper-agent"));
                        o.insert(QStringLiteral("version"), QStringLiteral(BOXKEEPER_VERSION));
                        o.insert(QStringLiteral("upstream_version"), QLatin1String(UpstreamVersion));
                        o.insert(QStringLiteral("primary_hostname"), config.primaryHostname());
                        o.insert(QStringLiteral("features"),
                                 QJsonArray{QStringLiteral("audit"), QStringLiteral("backup-files"),
                                            QStringLiteral("backup-history"), QStringLiteral("backup-restore"),
                                            QStringLiteral("backup-run"), QStringLiteral("backup-secret-key"),
                                            QStringLiteral("backup-verify"), QStringLiteral("dns-preview"),
                                            QStringLiteral("metrics"), QStringLiteral("status-changes"),
                                            QStringLiteral("tokens")});
                        return HttpResponse::json(o);
                    });
}
