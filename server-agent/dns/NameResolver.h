#pragma once

#include <QString>
#include <QStringList>

// DNS lookups the agent makes (secondary nameserver names), always through the configured DNS_RESOLVER
// ("address[:port]", "[v6]:port"; empty = the system's resolver), using dig with a 5-second limit.
class NameResolver
{
public:
    explicit NameResolver(const QString& resolver);

    // The addresses of `name` for type "A" or "AAAA"; empty on any failure.
    QStringList lookup(const QString& name, const QString& type) const;

private:
    QString m_server;
    QString m_port;
};
