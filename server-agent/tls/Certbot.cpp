#include "Certbot.h"

#include "box/AtomicFile.h"
#include "box/BoxConfig.h"
#include "box/ProcessRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

namespace {

// certbot's output as upstream reports it (stderr merged into stdout).
QString outputOf(const ProcessResult& r)
{
    QString text = QString::fromUtf8(r.output + r.errorOutput);
    if (r.outcome != ProcessResult::Outcome::Exited)
        text += r.message();
    return text;
}

} // namespace

Certbot::Certbot(const BoxConfig& config)
    : m_config(config)
{ }

QString Certbot::configDirectory() const
{
    return m_config.storagePath(QStringLiteral("ssl/lets_encrypt"));
}

QString Certbot::webroot() const
{
    return configDirectory() + QStringLiteral("/webroot");
}

QString Certbot::server() const
{
    return m_config.value(QStringLiteral("ACME_SERVER"), QLatin1String(DefaultServer));
}

ProcessRunner Certbot::command(const QStringList& arguments) const
{
    ProcessRunner certbot(m_config.value(QStringLiteral("CERTBOT"), QStringLiteral("certbot")));
    certbot.args(arguments).args(
        {QStringLiteral("--non-interactive"), QStringLiteral("--config-dir"), configDirectory(),
         QStringLiteral("--work-dir"), m_config.systemPath(QStringLiteral("/var/lib/letsencrypt")),
         QStringLiteral("--logs-dir"), m_config.systemPath(QStringLiteral("/var/log/letsencrypt")),
         QStringLiteral("--server"), server()});
    certbot.timeout(TimeoutMs);
    const QString bundle = m_config.value(QStringLiteral("ACME_CA_BUNDLE"));
    if (!bundle.isEmpty())
        certbot.environment(QStringLiteral("REQUESTS_CA_BUNDLE"), bundle);
    return certbot;
}

bool Certbot::ensureAccount(QString* log) const
{
    // certbot keeps accounts in accounts/<host[:port]>/<path>/<id>/regr.json.
    const QUrl url(server());
    QString hostPort = url.host();
    if (url.port() != -1)
        hostPort += QLatin1Char(':') + QString::number(url.port());
    const QString accounts = configDirectory() + QStringLiteral("/accounts/") + hostPort + url.path();
    QDirIterator it(accounts, {QStringLiteral("regr.json")}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        return true;
    QDir().mkpath(configDirectory());
    const ProcessResult r = command({QStringLiteral("register"), QStringLiteral("--register-unsafely-without-email"),
                                     QStringLiteral("--agree-tos")})
                                .run();
    if (!r.ok()) {
        *log = outputOf(r);
        return false;
    }
    return true;
}

bool Certbot::issue(const QStringList& names, const QByteArray& csrPem, QByteArray* fullChain, QString* log) const
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *log = QStringLiteral("Cannot make a temporary folder: %1").arg(dir.errorString());
        return false;
    }
    const QString csr = dir.filePath(QStringLiteral("request.csr"));
    QString error;
    if (!AtomicFile::write(csr, csrPem, &error)) {
        *log = error;
        return false;
    }
    QDir().mkpath(webroot());
    const QString chainFile = dir.filePath(QStringLiteral("cert_and_chain.pem"));
    const ProcessResult r =
        command({QStringLiteral("certonly"), QStringLiteral("-d"), names.join(QLatin1Char(',')),
                 QStringLiteral("--csr"), csr, QStringLiteral("--cert-path"), dir.filePath(QStringLiteral("cert")),
                 QStringLiteral("--chain-path"), dir.filePath(QStringLiteral("chain")),
                 QStringLiteral("--fullchain-path"), chainFile, QStringLiteral("--webroot"),
                 QStringLiteral("--webroot-path"), webroot()})
            .run();
    *log = outputOf(r);
    if (!r.ok())
        return false;
    QFile f(chainFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *log += QStringLiteral("certbot wrote no certificate to %1").arg(chainFile);
        return false;
    }
    *fullChain = f.readAll();
    return true;
}
