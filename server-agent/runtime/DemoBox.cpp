#include "DemoBox.h"

#include "PrivateFile.h"
#include "auth/PasswordHash.h"
#include "backup/BackupService.h"
#include "box/BoxConfig.h"
#include "box/Database.h"
#include "tls/SelfSignedCertificate.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

bool ensureConfig(const QString& dir, QString* error)
{
    const QString path = dir + QStringLiteral("/mailinabox.conf");
    if (QFile::exists(path)) {
        return true;
    }
    BoxConfig config;
    config.setValue(QStringLiteral("STORAGE_USER"), QStringLiteral("user-data"));
    config.setValue(QStringLiteral("STORAGE_ROOT"), dir + QStringLiteral("/user-data"));
    config.setValue(QStringLiteral("PRIMARY_HOSTNAME"), QLatin1String(DemoBox::Hostname));
    config.setValue(QStringLiteral("PUBLIC_IP"), QStringLiteral("127.0.0.1"));
    config.setValue(QStringLiteral("PUBLIC_IPV6"), QString());
    config.setValue(QStringLiteral("PRIVATE_IP"), QStringLiteral("127.0.0.1"));
    config.setValue(QStringLiteral("PRIVATE_IPV6"), QString());
    config.setValue(QStringLiteral("MTA_STS_MODE"), QStringLiteral("enforce"));
    config.setValue(QStringLiteral("SYSTEM_ROOT"), dir + QStringLiteral("/system"));
    // The demo box's names are not in any public DNS, and its lookups stay on this machine.
    config.setValue(QStringLiteral("DNS_RESOLVER"), QStringLiteral("none"));
    return PrivateFile::write(path, config.serialize(), error,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther);
}

// Creates the first administrator on an empty database. `resetPassword`: the password was just made (no
// credentials file yet), so an existing demo administrator gets it too, or the printed one would not work.
bool ensureAdmin(const BoxConfig& config, const QString& password, bool resetPassword, QString* error)
{
    Database db(config.usersDatabasePath());
    QString sqlError;
    if (!db.ensureSchema(&sqlError)) {
        return fail(error, QStringLiteral("cannot create %1: %2").arg(db.path(), sqlError));
    }
    const QString admin = QLatin1String(DemoBox::AdminEmail);
    const QString administrator = QStringLiteral("administrator@") + config.primaryHostname();
    const bool ok = db.write(
        [&](QSqlDatabase& c) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
            if (!q.exec() || !q.next()) {
                return false;
            }
            if (q.value(0).toInt() > 0) {
                // An existing box: keep its users.
                if (!resetPassword) {
                    return true;
                }
                QSqlQuery reset(c);
                reset.prepare(QStringLiteral("UPDATE users SET password=? WHERE email=?"));
                reset.addBindValue(PasswordHash::hash(password));
                reset.addBindValue(admin);
                return reset.exec();
            }
            QSqlQuery ins(c);
            ins.prepare(QStringLiteral("INSERT INTO users (email, password, privileges) VALUES (?, ?, ?)"));
            ins.addBindValue(admin);
            ins.addBindValue(PasswordHash::hash(password));
            ins.addBindValue(QStringLiteral("admin"));
            if (!ins.exec()) {
                return false;
            }
            QSqlQuery alias(c);
            alias.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases (source, destination, permitted_senders) "
                                         "VALUES (?, ?, NULL)"));
            alias.addBindValue(administrator);
            alias.addBindValue(admin);
            return alias.exec();
        },
        &sqlError);
    if (!ok) {
        return fail(error, QStringLiteral("cannot create the first user: %1").arg(sqlError));
    }
    return true;
}

bool ensureCertificate(const BoxConfig& config, QString* error)
{
    const QString certPath = config.storagePath(QStringLiteral("ssl/ssl_certificate.pem"));
    const QString keyPath = config.storagePath(QStringLiteral("ssl/ssl_private_key.pem"));
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        return true;
    }
    QString why;
    const auto made =
        SelfSignedCertificate::generate(config.primaryHostname(), {QStringLiteral("127.0.0.1")}, 3650, 2048, &why);
    if (made.certificatePem.isEmpty()) {
        return fail(error, why);
    }
    // As a box's setup leaves it (domain.md §9.1): the certificate in its own file, ssl_certificate.pem a symlink
    // to it, so that installing a certificate for the primary hostname re-points the link.
    const QString selfSignedPath = config.storagePath(
        QStringLiteral("ssl/%1-selfsigned-%2.pem")
            .arg(config.primaryHostname(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    if (!PrivateFile::write(keyPath, made.privateKeyPem, error) ||
        !PrivateFile::write(selfSignedPath, made.certificatePem, error,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                QFileDevice::ReadOther)) {
        return false;
    }
    QFile::remove(certPath);
    if (!QFile::link(selfSignedPath, certPath)) {
        return fail(error, QStringLiteral("cannot link %1 to %2").arg(certPath, selfSignedPath));
    }
    return true;
}

// As a box's setup leaves it: the backups' secret key (backup/secret_key.txt, the owner's only), so that the
// status of the default local backups is readable before the first backup.
bool ensureBackupKey(const BoxConfig& config, QString* error)
{
    const QString path = config.storagePath(QStringLiteral("backup/secret_key.txt"));
    return QFile::exists(path) || PrivateFile::write(path, BackupService::newSecretKey(), error);
}

} // namespace

std::optional<DemoBox> DemoBox::prepare(const QString& dirPath, QString* error)
{
    DemoBox box;
    box.m_dir = QDir(dirPath).absolutePath();
    if (!QDir().mkpath(box.m_dir)) {
        fail(error, QStringLiteral("cannot create %1").arg(box.m_dir));
        return std::nullopt;
    }
    QFile::setPermissions(box.m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!ensureConfig(box.m_dir, error)) {
        return std::nullopt;
    }
    const auto config = BoxConfig::load(box.configPath(), error);
    if (!config) {
        return std::nullopt;
    }

    // The password is kept beside the box so that a re-run can print it again.
    const QString credentialsPath = box.m_dir + QStringLiteral("/demo-credentials");
    QFile credentials(credentialsPath);
    if (credentials.open(QIODevice::ReadOnly)) {
        box.m_password = QString::fromUtf8(credentials.readAll()).trimmed();
    }
    const bool newPassword = box.m_password.isEmpty();
    if (newPassword) {
        box.m_password = PrivateFile::randomPassword(20);
        if (!PrivateFile::write(credentialsPath, box.m_password.toUtf8(), error)) {
            return std::nullopt;
        }
    }

    for (const QString& sub : {QStringLiteral("mail/mailboxes"), QStringLiteral("dns"), QStringLiteral("www/default"),
                               QStringLiteral("backup"), QStringLiteral("ssl")}) {
        QDir().mkpath(config->storagePath(sub));
    }
    for (const QString& sub : {QStringLiteral("/var/lib/mailinabox"), QStringLiteral("/etc/nsd/zones"),
                               QStringLiteral("/etc/nsd/nsd.conf.d"), QStringLiteral("/etc/opendkim"),
                               QStringLiteral("/etc/nginx/conf.d")}) {
        QDir().mkpath(config->systemPath(sub));
    }
    if (!ensureAdmin(*config, box.m_password, newPassword, error) || !ensureCertificate(*config, error) ||
        !ensureBackupKey(*config, error)) {
        return std::nullopt;
    }
    return box;
}

QString DemoBox::configPath() const
{
    return m_dir + QStringLiteral("/mailinabox.conf");
}

bool DemoBox::writeEnv(quint16 port, const QString& fingerprint, QString* error) const
{
    const QString text = QStringLiteral("BOXKEEPER_URL=https://127.0.0.1:%1/admin\n"
                                        "BOXKEEPER_EMAIL=%2\n"
                                        "BOXKEEPER_PASSWORD=%3\n"
                                        "BOXKEEPER_FINGERPRINT=%4\n"
                                        "BOXKEEPER_PORT=%1\n")
                             .arg(port)
                             .arg(adminEmail(), m_password, fingerprint);
    return PrivateFile::write(m_dir + QStringLiteral("/demo.env"), text.toUtf8(), error);
}

QString DemoBox::banner(quint16 port, const QString& fingerprint) const
{
    return QStringLiteral("Boxkeeper demo box in %1\n"
                          "  URL:         https://127.0.0.1:%2/admin\n"
                          "  Email:       %3\n"
                          "  Password:    %4\n"
                          "  Fingerprint: %5 (SHA-256)\n")
        .arg(m_dir)
        .arg(port)
        .arg(adminEmail(), m_password, fingerprint);
}
