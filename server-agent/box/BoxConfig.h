#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The box's settings: Mail-in-a-Box's /etc/mailinabox.conf (KEY=VALUE per line, the first `=` splits,
// the first occurrence of a key wins, unknown keys are kept but ignored) plus our keys SYSTEM_ROOT and
// DNS_RESOLVER (DESIGN.md) and the modules' keys (tls/, web/, system/, mail/, monitoring/ READMEs; the README's list).
class BoxConfig
{
public:
    static constexpr const char* DefaultPath = "/etc/mailinabox.conf";

    // Parses the text of a config file. Fails (with a one-line reason) on a line that is not
    // blank, a comment or KEY=VALUE, and when STORAGE_ROOT or PRIMARY_HOSTNAME is missing or empty.
    static std::optional<BoxConfig> parse(const QByteArray& text, QString* error = nullptr);
    static std::optional<BoxConfig> load(const QString& path, QString* error = nullptr);

    // The file's text with our keys, as written for a demo box.
    QByteArray serialize() const;

    QString value(const QString& key, const QString& fallback = QString()) const;
    void setValue(const QString& key, const QString& value);

    QString storageRoot() const { return value(QStringLiteral("STORAGE_ROOT")); }
    QString primaryHostname() const { return value(QStringLiteral("PRIMARY_HOSTNAME")); }
    QString publicIp() const { return value(QStringLiteral("PUBLIC_IP")); }
    QString publicIpv6() const { return value(QStringLiteral("PUBLIC_IPV6")); }
    QString systemRoot() const { return value(QStringLiteral("SYSTEM_ROOT"), QStringLiteral("/")); }
    QString dnsResolver() const { return value(QStringLiteral("DNS_RESOLVER")); }
    // A PEM bundle of CA certificates that certificate checks trust instead of the system's store (tests with a
    // throw-away CA); empty: the system's store.
    QString trustedCaFile() const { return value(QStringLiteral("TRUSTED_CA_FILE")); }

    // A path below STORAGE_ROOT, e.g. storagePath("mail/users.sqlite").
    QString storagePath(const QString& relative) const;
    // A system path resolved under SYSTEM_ROOT, e.g. systemPath("/etc/nsd/zones").
    QString systemPath(const QString& absolute) const;

    // Whether this is the machine's own box (SYSTEM_ROOT is /): commands that act on the machine's services
    // (reload nginx, restart Postfix, reboot) run with their defaults only there.
    bool isRealBox() const;
    // The command line of config key `key` split into words (`"` quotes); when the key is unset,
    // `realBoxDefault` on the machine's own box and nothing elsewhere (a demo or test box).
    std::optional<QStringList> command(const QString& key, const QString& realBoxDefault) const;

    QString usersDatabasePath() const { return storagePath(QStringLiteral("mail/users.sqlite")); }
    QString apiKeyPath() const { return systemPath(QStringLiteral("/var/lib/mailinabox/api.key")); }

private:
    QHash<QString, QString> m_values;
    QStringList m_order;
};
