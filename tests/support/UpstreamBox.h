#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A box as Mail-in-a-Box v75 leaves it, built from the specs (shared/spec/domain.md §1–§14, setup's file formats)
// with the tools its setup uses: doveadm pw (password hashes), ldns-keygen (DNSSEC keys), openssl (keys, DKIM key,
// backup secret), ssh-keygen (the rsync backups' key), duplicity (a backup), TestPki for the certificates. For tests of
// an agent taking over such a box: nothing here is written by the agent's code. Not made here: what upstream's DNS and
// web updates generate from these files (zones, nginx's configuration; a test can run the generators).
//
// The folder is the machine's root as the agent sees it (its SYSTEM_ROOT):
//   etc/mailinabox.conf           setup's keys, then the few keys a test box needs (below)
//   home/user-data/               STORAGE_ROOT:
//     mail/users.sqlite           upstream's schema (setup's CREATE TABLE statements), users with {SHA512-CRYPT}
//                                 hashes, user-defined aliases (regular, catch-all, send-only), the automatic aliases
//                                 as upstream's kick leaves them, one TOTP device
//     mail/mailboxes/...          Maildirs of the users (one with a maildirsize file), one archived (no user)
//     mail/dkim/mail.private, mail.txt   the DKIM key as opendkim-genkey writes it
//     dns/custom.yaml             custom records and _secondary_nameserver, in rtyaml's (PyYAML block) style
//     dns/dnssec/                 RSASHA256.conf, ECDSAP256SHA256.conf and their K_domain_.+ALG+TAG.key/.private/.ds
//     ssl/                        ssl_private_key.pem, setup's self-signed certificate, two installed certificates
//                                 (named <CN>-<notAfter>-<sha256 prefix>.pem, certificate + chain, mode 0600),
//                                 ssl_certificate.pem a symlink to the primary's, dh2048.pem
//     backup/custom.yaml, backup/secret_key.txt; backup/encrypted and backup/cache: last night's full backup, made
//                                 by duplicity with upstream's arguments (when duplicity is installed)
//     settings.yaml, mailinabox.version, www/default/index.html
//   var/lib/mailinabox/api.key    as upstream's start script writes it (32 hex digits, mode 0640)
//   root/.ssh/id_rsa_miab[.pub]   (when ssh-keygen is installed)
//
// Keys of the agent's own in etc/mailinabox.conf, after setup's (an admin taking over a real box sets none of them):
// SYSTEM_ROOT (the box lives in a folder), DNS_RESOLVER=none (no lookups leave the machine) and TRUSTED_CA_FILE
// (the test CA that issued the installed certificates stands for the system's CA store).
class UpstreamBox
{
public:
    static constexpr const char* Hostname = "box.example.com";
    static constexpr const char* PublicIp = "203.0.113.10";
    static constexpr const char* PublicIpv6 = "2001:db8::10";

    struct User
    {
        QString email;
        QString password;
        QString privileges; // newline-separated, as stored
        QString quota;
    };
    struct Alias
    {
        QString source;
        QString destination;
        QString permittedSenders; // empty: NULL
    };

    // Builds the box in `root` (made if missing). `caFile`: where the test CA's root certificate is written, outside
    // `root` (the agent's TRUSTED_CA_FILE). False and *error when a tool or a write failed.
    bool create(const QString& root, const QString& caFile, QString* error);

    QString root() const { return m_root; }
    QString configPath() const { return m_root + QStringLiteral("/etc/mailinabox.conf"); }
    QString storageRoot() const { return m_root + QStringLiteral("/home/user-data"); }
    QString storagePath(const QString& relative) const { return storageRoot() + QLatin1Char('/') + relative; }

    static QList<User> users();
    static QList<Alias> aliases(); // user-defined
    static QList<Alias> automaticAliases(); // as upstream's kick computes them for the users and aliases above
    static QStringList customRecordNames(); // the names in dns/custom.yaml (without _secondary_nameserver)
    static QStringList secondaryNameservers();
    static QString totpLabel() { return QStringLiteral("phone"); } // alice@example.com's device

    QByteArray caCertificate() const { return m_caCertificate; } // the root that issued the installed certificates
    QByteArray primaryCertificate() const { return m_primaryCertificate; } // PEM, the certificate only
    QString primaryCertificateFile() const { return m_primaryCertificateFile; } // ssl/box.example.com-...pem
    QDate primaryNotAfter() const { return m_primaryNotAfter; }

private:
    QString m_root;
    QByteArray m_caCertificate;
    QByteArray m_primaryCertificate;
    QString m_primaryCertificateFile;
    QDate m_primaryNotAfter;
};
