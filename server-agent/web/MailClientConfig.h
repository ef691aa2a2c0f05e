#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The files a box's mail clients (and other mail servers) fetch over HTTPS, what upstream's setup/web.sh makes in
// /var/lib/mailinabox/: an Apple configuration profile, Mozilla's autoconfig XML and the MTA-STS policy, for the
// box's hostname. Pure text, no files.
namespace MailClientConfig {

// mobileconfig.xml, served as /mailinabox.mobileconfig: a plist with one IMAP account (993, TLS) sending
// through SMTP submission (465, TLS), a CalDAV and a CardDAV account, all on `hostname`. `uuids`: the four
// payloads' UUIDs (CalDAV, mail, CardDAV, the profile).
QByteArray appleProfile(const QString& hostname, const QStringList& uuids);

// Four new random UUIDs for appleProfile.
QStringList newProfileUuids();

// mozilla-autoconfig.xml, served as /.well-known/autoconfig/mail/config-v1.1.xml and /mail/config-v1.1.xml:
// clientConfig 1.1 with `hostname` as the provider (IMAP 993, POP3 995, SMTP 465, all TLS, the address as the
// user name), the contacts and calendar URLs and the webmail page.
QByteArray mozillaAutoconfig(const QString& hostname);

// mta-sts.txt, served as /.well-known/mta-sts.txt on the mta-sts. names: the MTA-STS policy (RFC 8461) with
// `mode` (the config's MTA_STS_MODE: enforce, testing or none) and the box's hostname in IDNA form as the only MX.
QByteArray mtaStsPolicy(const QString& mode, const QString& hostname);

} // namespace MailClientConfig
