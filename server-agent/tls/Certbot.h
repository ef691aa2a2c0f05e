#pragma once

#include "box/ProcessRunner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class BoxConfig;

// Debian's certbot, driven as upstream drives it (domain.md §9.5): `certbot certonly --non-interactive -d <names>
// --csr <request> --webroot --webroot-path STORAGE_ROOT/ssl/lets_encrypt/webroot --config-dir
// STORAGE_ROOT/ssl/lets_encrypt`, the full chain written to a temporary folder. Beyond upstream, for a box
// whose setup did not register an ACME account (the demo box, a test box), the account is registered on first
// use as upstream's setup registers it. Config keys: CERTBOT (the program), ACME_SERVER (the ACME directory
// URL, default Let's Encrypt's), ACME_CA_BUNDLE (CA certificates certbot trusts for the ACME server's own TLS,
// for a test server). certbot's work and log folders are SYSTEM_ROOT/var/lib/letsencrypt and
// SYSTEM_ROOT/var/log/letsencrypt (its defaults on a real box).
class Certbot
{
public:
    static constexpr const char* DefaultServer = "https://acme-v02.api.letsencrypt.org/directory";
    static constexpr int TimeoutMs = 10 * 60 * 1000;

    explicit Certbot(const BoxConfig& config);

    QString configDirectory() const; // STORAGE_ROOT/ssl/lets_encrypt
    QString webroot() const; // its webroot/ (nginx serves /.well-known/acme-challenge/ from it)
    QString server() const;

    // Registers an account with the server unless the config folder has one. False with *log on failure.
    bool ensureAccount(QString* log) const;
    // Requests a certificate for `names` (the first is the main name) with the request `csrPem`. On success the
    // full chain (certificate first) in *fullChain; *log gets certbot's output either way.
    bool issue(const QStringList& names, const QByteArray& csrPem, QByteArray* fullChain, QString* log) const;

private:
    // certbot with `arguments`, then the options every run gets (config, work and log folders, server).
    ProcessRunner command(const QStringList& arguments) const;

    const BoxConfig& m_config;
};
