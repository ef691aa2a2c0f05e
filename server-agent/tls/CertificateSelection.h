#pragma once

#include "Certificate.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Which certificate each name uses (domain.md §9.2, §9.4): every file directly in the ssl folder (but
// ssl_certificate.pem) and in its immediate subfolders, certificates usable when a private RSA key with the same
// public key was found among them (for the primary hostname: only the box's own key), and for every name the best
// one: valid now, then not self-signed, then the latest notAfter, then the greatest path.
class CertificateSelection
{
public:
    struct Choice
    {
        QString certificatePath;
        QString privateKeyPath;
        Certificate certificate;
    };

    // Reads the folder `sslDirectory`; `now` decides validity.
    static CertificateSelection scan(const QString& sslDirectory, const QString& primaryHostname, const QDateTime& now);

    // The best certificate that names `name` exactly (a "*.example.com" name looks up wildcard certificates).
    std::optional<Choice> best(const QString& name) const;
    // Every name some usable certificate names (exact and "*." names), in no particular order.
    QStringList names() const { return m_best.keys(); }
    // A domain's certificate: its own best, else the best of its wildcard name ("*." + the parent, one level).
    std::optional<Choice> forDomain(const QString& domain) const;

    // The paths of the box's own key and of the primary hostname's symlink in `sslDirectory`.
    static QString systemKeyPath(const QString& sslDirectory);
    static QString systemCertificatePath(const QString& sslDirectory);

private:
    QHash<QString, Choice> m_best;
};
