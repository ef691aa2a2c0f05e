#include "UpstreamBox.h"

#include "TestFiles.h"
#include "TestPki.h"
#include "TestTool.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUuid>

#include <sys/stat.h>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The file with `data` and exactly `mode` (umask aside), as setup leaves it.
bool writeFile(const QString& path, const QByteArray& data, mode_t mode, QString* error)
{
    if (!TestFiles::write(path, data) || ::chmod(QFile::encodeName(path).constData(), mode) != 0)
        return fail(error, QStringLiteral("cannot write %1").arg(path));
    return true;
}

bool tool(const QString& program, const QStringList& args, QByteArray* out, QString* error)
{
    const TestTool::Result r = TestTool::run(program, args);
    if (!r.ok())
        return fail(error, QString::fromUtf8(r.message()));
    if (out)
        *out = r.out;
    return true;
}

QString sha512Crypt(const QString& password, QString* error)
{
    // As the management daemon hashes a password (domain.md §4.1).
    const TestTool::Result r = TestTool::doveadm(
        {QStringLiteral("pw"), QStringLiteral("-s"), QStringLiteral("SHA512-CRYPT"), QStringLiteral("-p"), password});
    if (!r.ok()) {
        fail(error, QString::fromUtf8(r.message()));
        return {};
    }
    return QString::fromUtf8(r.out).trimmed();
}

// Setup's statements (setup/mail-users.sh), byte for byte: a database that upstream made, not one the agent made.
const char* const UpstreamSchema[] = {
    "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, password TEXT NOT NULL, "
    "extra, privileges TEXT NOT NULL DEFAULT '', quota TEXT NOT NULL DEFAULT '0');",
    "CREATE TABLE aliases (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, destination TEXT NOT "
    "NULL, permitted_senders TEXT);",
    "CREATE TABLE mfa (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, type TEXT NOT NULL, secret TEXT "
    "NOT NULL, mru_token TEXT, label TEXT, FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE);",
    "CREATE TABLE auto_aliases (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, destination TEXT "
    "NOT NULL, permitted_senders TEXT);",
};

bool writeDatabase(const QString& path, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("upstream-box-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(error, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        auto exec = [&](const QString& sql, const QVariantList& values = {}) {
            if (!ok)
                return;
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            if (!q.exec()) {
                ok = false;
                why = sql + QStringLiteral(": ") + q.lastError().text();
            }
        };
        for (const char* sql : UpstreamSchema)
            exec(QLatin1String(sql));
        for (const UpstreamBox::User& u : UpstreamBox::users()) {
            const QString hash = sha512Crypt(u.password, &why);
            if (hash.isEmpty()) {
                ok = false;
                break;
            }
            exec(QStringLiteral(
                     "INSERT INTO users (email, password, privileges, quota) VALUES (?, ?, COALESCE(?, ''), ?)"),
                 {u.email, hash, u.privileges, u.quota});
        }
        const auto nullable = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        for (const UpstreamBox::Alias& a : UpstreamBox::aliases())
            exec(QStringLiteral(
                     "INSERT INTO aliases (source, destination, permitted_senders) VALUES (?, COALESCE(?, ''), ?)"),
                 {a.source, a.destination, nullable(a.permittedSenders)});
        for (const UpstreamBox::Alias& a : UpstreamBox::automaticAliases())
            exec(QStringLiteral("INSERT INTO auto_aliases (source, destination, permitted_senders) VALUES (?, ?, ?)"),
                 {a.source, a.destination, nullable(a.permittedSenders)});
        // A TOTP device of alice@example.com (domain.md §11): a base32 secret, its last code, a label.
        exec(QStringLiteral("INSERT INTO mfa (user_id, type, secret, mru_token, label) "
                            "SELECT id, 'totp', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', '123456', ? FROM users "
                            "WHERE email = 'alice@example.com'"),
             {UpstreamBox::totpLabel()});
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return fail(error, why);
    return ::chmod(QFile::encodeName(path).constData(), 0644) == 0 || fail(error, QStringLiteral("chmod %1").arg(path));
}

// ldns-keygen in the keys' folder, as setup/dns.sh runs it (umask 077); the key's base name.
QString ldnsKeygen(const QString& dir, const QString& algorithm, bool ksk, QString* error)
{
    QByteArray out;
    if (!tool(QStringLiteral("sh"),
              {QStringLiteral("-c"),
               QStringLiteral("cd \"$1\" && umask 077 && exec ldns-keygen -r /dev/urandom -a \"$2\" $3 _domain_"),
               QStringLiteral("sh"), dir, algorithm, ksk ? QStringLiteral("-k") : QString()},
              &out, error))
        return {};
    return QString::fromUtf8(out).trimmed();
}

// The DKIM key and its TXT record as `opendkim-genkey -b 2048 -r -s mail` writes them (setup/dkim.sh).
bool writeDkim(const QString& dir, QString* error)
{
    QByteArray key, der;
    if (!tool(QStringLiteral("openssl"),
              {QStringLiteral("genrsa"), QStringLiteral("-traditional"), QStringLiteral("2048")}, &key, error) ||
        !writeFile(dir + QStringLiteral("/mail.private"), key, 0600, error) ||
        !tool(QStringLiteral("openssl"),
              {QStringLiteral("rsa"), QStringLiteral("-in"), dir + QStringLiteral("/mail.private"),
               QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")},
              &der, error))
        return false;
    QByteArray p = "p=" + der.toBase64();
    QByteArray txt = "mail._domainkey\tIN\tTXT\t( \"v=DKIM1; h=sha256; k=rsa; s=email; \"";
    while (!p.isEmpty()) {
        txt += "\n\t  \"" + p.left(250) + '"';
        p = p.mid(250);
    }
    txt += " )  ; ----- DKIM key mail for box.example.com\n";
    return writeFile(dir + QStringLiteral("/mail.txt"), txt, 0600, error);
}

// An installed certificate's file name (domain.md §9.2).
QString installedName(const QByteArray& certificatePem)
{
    const QSslCertificate cert(certificatePem, QSsl::Pem);
    return QStringLiteral("%1-%2-%3.pem")
        .arg(cert.subjectInfo(QSslCertificate::CommonName).value(0),
             cert.expiryDate().toUTC().date().toString(QStringLiteral("yyyyMMdd")),
             QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex().left(8)));
}

} // namespace

QList<UpstreamBox::User> UpstreamBox::users()
{
    return {
        {QStringLiteral("me@example.com"), QStringLiteral("the first user's password"), QStringLiteral("admin"),
         QStringLiteral("0")},
        {QStringLiteral("alice@example.com"), QStringLiteral("alice-secret-1"), QString(), QStringLiteral("1G")},
        {QStringLiteral("bob@example.net"), QStringLiteral("bob-secret-22"), QString(), QStringLiteral("0")},
    };
}

QList<UpstreamBox::Alias> UpstreamBox::aliases()
{
    return {
        // Setup's alias for the first user (domain.md §4.5).
        {QStringLiteral("administrator@box.example.com"), QStringLiteral("me@example.com"), QString()},
        {QStringLiteral("hello@example.com"), QStringLiteral("alice@example.com,bob@example.net"), QString()},
        {QStringLiteral("@example.net"), QStringLiteral("bob@example.net"), QString()},
        {QStringLiteral("noreply@example.com"), QString(), QStringLiteral("me@example.com")},
    };
}

QList<UpstreamBox::Alias> UpstreamBox::automaticAliases()
{
    // Every required alias but administrator@ (domain.md §5.4): hostmaster@ of the box, and postmaster@, admin@ and
    // abuse@ of each real mail domain — box.example.com (administrator@'s), example.com and example.net.
    QList<Alias> list{{QStringLiteral("hostmaster@box.example.com"), QString(), QString()}};
    for (const char* domain : {"box.example.com", "example.com", "example.net"}) {
        for (const char* local : {"postmaster", "admin", "abuse"})
            list.append({QLatin1String(local) + QLatin1Char('@') + QLatin1String(domain), QString(), QString()});
    }
    for (Alias& a : list)
        a.destination = QStringLiteral("administrator@box.example.com");
    return list;
}

QStringList UpstreamBox::customRecordNames()
{
    return {QStringLiteral("laptop.example.com"), QStringLiteral("example.com"), QStringLiteral("www.example.net")};
}

QStringList UpstreamBox::secondaryNameservers()
{
    return {QStringLiteral("ns2.provider.net"), QStringLiteral("xfr:192.0.2.0/24")};
}

bool UpstreamBox::create(const QString& root, const QString& caFile, QString* error)
{
    m_root = QDir(root).absolutePath();
    if (!QDir().mkpath(m_root))
        return fail(error, QStringLiteral("cannot create %1").arg(m_root));

    // /etc/mailinabox.conf as setup writes it (domain.md §1.1), then the test box's own keys.
    const QStringList config{
        QStringLiteral("STORAGE_USER=user-data"),
        QStringLiteral("STORAGE_ROOT=") + storageRoot(),
        QStringLiteral("PRIMARY_HOSTNAME=") + QLatin1String(Hostname),
        QStringLiteral("PUBLIC_IP=") + QLatin1String(PublicIp),
        QStringLiteral("PUBLIC_IPV6=") + QLatin1String(PublicIpv6),
        QStringLiteral("PRIVATE_IP=") + QLatin1String(PublicIp),
        QStringLiteral("PRIVATE_IPV6=") + QLatin1String(PublicIpv6),
        QStringLiteral("MTA_STS_MODE=enforce"),
        QStringLiteral("SYSTEM_ROOT=") + m_root,
        QStringLiteral("DNS_RESOLVER=none"),
        QStringLiteral("TRUSTED_CA_FILE=") + caFile,
    };
    if (!writeFile(configPath(), config.join(QLatin1Char('\n')).toUtf8() + '\n', 0644, error))
        return false;

    if (!writeDatabase(storagePath(QStringLiteral("mail/users.sqlite")), error))
        return false;
    // Maildirs (Dovecot's %d/%n): alice's with the quota file Dovecot keeps, and an archived account (no user row).
    for (const char* box : {"example.com/me", "example.com/alice", "example.net/bob", "example.net/olduser"}) {
        for (const char* sub : {"cur", "new", "tmp"})
            QDir().mkpath(
                storagePath(QStringLiteral("mail/mailboxes/%1/%2").arg(QLatin1String(box), QLatin1String(sub))));
    }
    if (!writeFile(storagePath(QStringLiteral("mail/mailboxes/example.com/alice/maildirsize")),
                   "1073741824S\n52428 3\n", 0600, error) ||
        !writeFile(storagePath(QStringLiteral("mail/mailboxes/example.com/alice/cur/1700000000.M1P1.box:2,S")),
                   "From: bob@example.net\nTo: alice@example.com\nSubject: hello\n\nHello Alice.\n", 0600, error))
        return false;
    QDir().mkpath(storagePath(QStringLiteral("mail/dkim")));
    if (!writeDkim(storagePath(QStringLiteral("mail/dkim")), error))
        return false;

    // Custom DNS records and the secondary nameservers, as rtyaml writes them (domain.md §8.9).
    if (!writeFile(storagePath(QStringLiteral("dns/custom.yaml")),
                   "laptop.example.com: 198.51.100.7\n"
                   "example.com:\n"
                   "  TXT:\n"
                   "  - google-site-verification=abc\n"
                   "  - v=spf1 include:_spf.example.net -all\n"
                   "  MX: 20 backup.example.net.\n"
                   "www.example.net:\n"
                   "  CNAME: elsewhere.example.org.\n"
                   "_secondary_nameserver: ns2.provider.net xfr:192.0.2.0/24\n",
                   0644, error))
        return false;
    // DNSSEC keys (domain.md §8.7, setup/dns.sh): a KSK and a ZSK per algorithm, named in <ALGORITHM>.conf.
    const QString dnssec = storagePath(QStringLiteral("dns/dnssec"));
    QDir().mkpath(dnssec);
    for (const QString& algorithm : {QStringLiteral("RSASHA256"), QStringLiteral("ECDSAP256SHA256")}) {
        const QString ksk = ldnsKeygen(dnssec, algorithm, true, error);
        const QString zsk = ksk.isEmpty() ? QString() : ldnsKeygen(dnssec, algorithm, false, error);
        if (zsk.isEmpty() || !writeFile(dnssec + QLatin1Char('/') + algorithm + QStringLiteral(".conf"),
                                        QStringLiteral("KSK=%1\nZSK=%2\n").arg(ksk, zsk).toUtf8(), 0644, error))
            return false;
    }

    // TLS (domain.md §9.1, §9.2): the box's key; setup's self-signed certificate, made 200 days ago for 365 days;
    // certificates installed later for the box's name and for example.com, issued by a CA.
    const QByteArray boxKey = TestPki::rsaKey();
    const QString ssl = storagePath(QStringLiteral("ssl"));
    if (!writeFile(ssl + QStringLiteral("/ssl_private_key.pem"), boxKey, 0600, error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestPki::Spec selfSigned;
    selfSigned.commonName = QLatin1String(Hostname);
    selfSigned.notBefore = now.addDays(-200);
    selfSigned.notAfter = now.addDays(165);
    const QByteArray selfSignedPem = TestPki::certificate(selfSigned, boxKey, {}, boxKey);
    const QString selfSignedPath =
        ssl + QStringLiteral("/%1-selfsigned-%2.pem")
                  .arg(QLatin1String(Hostname), now.addDays(-200).date().toString(QStringLiteral("yyyyMMdd")));
    if (selfSignedPem.isEmpty() || !writeFile(selfSignedPath, selfSignedPem, 0644, error))
        return false;

    const TestPki::Authority ca = TestPki::authority(QStringLiteral("Upstream Box Test"));
    m_caCertificate = ca.rootCert;
    if (!writeFile(caFile, ca.rootCert, 0644, error))
        return false;
    TestPki::Spec primary;
    primary.commonName = QLatin1String(Hostname);
    primary.dnsNames = {QLatin1String(Hostname)};
    primary.notBefore = now.addDays(-30);
    primary.notAfter = now.addDays(60);
    m_primaryCertificate = TestPki::serverCertificate(ca, primary, boxKey);
    m_primaryNotAfter = primary.notAfter.date();
    m_primaryCertificateFile = QStringLiteral("ssl/") + installedName(m_primaryCertificate);
    TestPki::Spec site;
    site.commonName = QStringLiteral("example.com");
    site.dnsNames = {QStringLiteral("example.com"), QStringLiteral("www.example.com")};
    site.notBefore = now.addDays(-10);
    site.notAfter = now.addDays(80);
    const QByteArray sitePem = TestPki::serverCertificate(ca, site, boxKey);
    if (m_primaryCertificate.isEmpty() || sitePem.isEmpty())
        return fail(error, QStringLiteral("cannot make the installed certificates"));
    // As the install leaves them: the posted certificate and chain joined by one newline, mode 0600.
    if (!writeFile(storagePath(m_primaryCertificateFile), m_primaryCertificate + '\n' + ca.intermediateCert, 0600,
                   error) ||
        !writeFile(ssl + QLatin1Char('/') + installedName(sitePem), sitePem + '\n' + ca.intermediateCert, 0600, error))
        return false;
    // ssl_certificate.pem: a symlink to the primary's certificate by its absolute path (os.symlink in the install).
    if (!QFile::link(storagePath(m_primaryCertificateFile), ssl + QStringLiteral("/ssl_certificate.pem")))
        return fail(error, QStringLiteral("cannot link ssl_certificate.pem"));
    QByteArray dh;
    if (!tool(QStringLiteral("openssl"),
              {QStringLiteral("dhparam"), QStringLiteral("-dsaparam"), QStringLiteral("2048")}, &dh, error) ||
        !writeFile(ssl + QStringLiteral("/dh2048.pem"), dh, 0644, error))
        return false;

    // Backups (domain.md §13.1): settings as rtyaml writes them, the secret as setup makes it.
    QByteArray secret;
    if (!writeFile(storagePath(QStringLiteral("backup/custom.yaml")), "min_age_in_days: 7\ntarget: local\n", 0644,
                   error) ||
        !tool(QStringLiteral("openssl"), {QStringLiteral("rand"), QStringLiteral("-base64"), QStringLiteral("2048")},
              &secret, error) ||
        !writeFile(storagePath(QStringLiteral("backup/secret_key.txt")), secret, 0600, error))
        return false;

    if (!writeFile(storagePath(QStringLiteral("settings.yaml")), "privacy: true\n", 0644, error) ||
        !writeFile(storagePath(QStringLiteral("mailinabox.version")), "15\n", 0644, error) ||
        !writeFile(storagePath(QStringLiteral("www/default/index.html")),
                   "<!DOCTYPE html>\n<html><body><h1>This is a Mail-in-a-Box.</h1></body></html>\n", 0644, error))
        return false;

    // The system API key of upstream's last start (setup/management.sh's start script).
    QByteArray apiKey = QCryptographicHash::hash(QUuid::createUuid().toByteArray(), QCryptographicHash::Md5).toHex();
    if (!writeFile(m_root + QStringLiteral("/var/lib/mailinabox/api.key"), apiKey, 0640, error))
        return false;
    // The rsync backups' key (setup/system.sh).
    if (!TestTool::path(QStringLiteral("ssh-keygen")).isEmpty()) {
        QDir().mkpath(m_root + QStringLiteral("/root/.ssh"));
        if (!tool(QStringLiteral("ssh-keygen"),
                  {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("2048"),
                   QStringLiteral("-f"), m_root + QStringLiteral("/root/.ssh/id_rsa_miab"), QStringLiteral("-N"),
                   QString(), QStringLiteral("-q"), QStringLiteral("-C"), QStringLiteral("root@box.example.com")},
                  nullptr, error))
            return false;
    }
    // Last night's backup (domain.md §13.3: upstream's duplicity call, to the local target): backup/encrypted and
    // duplicity's cache in backup/cache, as on a box whose nightly tasks ran once.
    if (!TestTool::path(QStringLiteral("duplicity")).isEmpty()) {
        const QString backup = storagePath(QStringLiteral("backup"));
        if (!tool(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("export PASSPHRASE=\"$(head -n 1 \"$1/secret_key.txt\")\" && exec duplicity full "
                                  "--verbosity warning "
                                  "--no-print-statistics --archive-dir \"$1/cache\" --exclude \"$1\" --exclude "
                                  "\"$2/owncloud-backup\" --volsize 250 --gpg-options=--cipher-algo=AES256 "
                                  "--allow-source-mismatch \"$2\" \"file://$1/encrypted\""),
                   QStringLiteral("sh"), backup, storageRoot()},
                  nullptr, error))
            return false;
    }
    return true;
}
