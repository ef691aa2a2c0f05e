#include "BackupTarget.h"

#include "BackupSettings.h"
#include "S3Listing.h"
#include "box/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace {

constexpr int ListTimeoutMs = 2 * 60 * 1000;
constexpr int KeygenTimeoutMs = 60 * 1000;
const QString SshProgram = QStringLiteral("/usr/bin/ssh");

} // namespace

BackupTarget::Url BackupTarget::parseUrl(const QString& target)
{
    Url url;
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch m = schemeRe.match(target);
    QString rest = target;
    if (m.hasMatch()) {
        url.scheme = m.captured(1).toLower();
        rest = target.mid(m.capturedLength());
    }
    static const QRegularExpression end(QStringLiteral("[?#]"));
    if (rest.startsWith(QLatin1String("//"))) {
        rest = rest.mid(2);
        static const QRegularExpression netlocEnd(QStringLiteral("[/?#]"));
        const qsizetype cut = rest.indexOf(netlocEnd);
        url.netloc = cut < 0 ? rest : rest.left(cut);
        rest = cut < 0 ? QString() : rest.mid(cut);
    }
    const qsizetype cut = rest.indexOf(end);
    url.path = cut < 0 ? rest : rest.left(cut);

    const qsizetype at = url.netloc.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at < 0 ? QString() : url.netloc.left(at);
    const QString hostInfo = at < 0 ? url.netloc : url.netloc.mid(at + 1);
    url.username = userInfo.section(QLatin1Char(':'), 0, 0);
    url.password = userInfo.contains(QLatin1Char(':')) ? userInfo.section(QLatin1Char(':'), 1) : QString();
    QString portText;
    if (hostInfo.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostInfo.indexOf(QLatin1Char(']'));
        url.hostname = hostInfo.mid(1, close < 0 ? -1 : close - 1).toLower();
        const QString after = close < 0 ? QString() : hostInfo.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
    } else {
        const qsizetype colon = hostInfo.indexOf(QLatin1Char(':'));
        url.hostname = (colon < 0 ? hostInfo : hostInfo.left(colon)).toLower();
        if (colon >= 0)
            portText = hostInfo.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        bool ok = false;
        const int port = portText.toInt(&ok);
        url.port = digits.match(portText).hasMatch() && ok && port <= 65535 ? port : -2;
    }
    return url;
}

BackupTarget::BackupTarget(const BoxConfig& config, const QString& target, const QString& user, const QString& pass)
    : m_config(config)
    , m_target(target)
    , m_user(user)
    , m_pass(pass)
    , m_url(parseUrl(target))
{
    if (target == QLatin1String("off"))
        m_scheme = Scheme::Off;
    else if (target == QLatin1String("local"))
        m_scheme = Scheme::Local;
    else if (m_url.scheme == QLatin1String("file"))
        m_scheme = Scheme::File;
    else if (m_url.scheme == QLatin1String("rsync"))
        m_scheme = Scheme::Rsync;
    else if (m_url.scheme == QLatin1String("s3"))
        m_scheme = Scheme::S3;
    else if (m_url.scheme == QLatin1String("b2"))
        m_scheme = Scheme::B2;
}

BackupTarget BackupTarget::fromSettings(const BoxConfig& config, const BackupSettings& settings)
{
    return BackupTarget(config, settings.target(), settings.targetUser(), settings.targetPass());
}

QString BackupTarget::sshKeyPath(const BoxConfig& config)
{
    return config.systemPath(QStringLiteral("/root/.ssh/id_rsa_miab"));
}

bool BackupTarget::ensureSshKey(const BoxConfig& config, QString* error)
{
    const QString key = sshKeyPath(config);
    if (QFile::exists(key))
        return true;
    const QString dir = QFileInfo(key).path();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("Cannot create %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qCInfo(lcBackup) << "creating the ssh key for rsync backups" << key;
    // As upstream's setup makes it.
    const ProcessResult r =
        ProcessRunner(QStringLiteral("ssh-keygen"))
            .args({QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("2048"),
                   QStringLiteral("-a"), QStringLiteral("100"), QStringLiteral("-f"), key, QStringLiteral("-N"),
                   QString(), QStringLiteral("-q")})
            .timeout(KeygenTimeoutMs)
            .run();
    if (!r.ok()) {
        *error = QStringLiteral("Cannot make the ssh key %1: %2").arg(key, r.message());
        return false;
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

int BackupTarget::rsyncPort() const
{
    // Upstream: 22 when the URL has no port or one that is not a number.
    return m_url.port >= 0 ? m_url.port : 22;
}

QString BackupTarget::sshCommand() const
{
    QString command = QStringLiteral("%1 -i %2 -oStrictHostKeyChecking=no -oBatchMode=yes -p %3")
                          .arg(SshProgram, sshKeyPath(m_config))
                          .arg(rsyncPort());
    // ssh's host keys in the box (on the machine's own box: root's known_hosts, ssh's default); a demo or test box
    // reads no ssh configuration of the machine and writes nothing to root's ~/.ssh.
    command += QStringLiteral(" -oUserKnownHostsFile=") + m_config.systemPath(QStringLiteral("/root/.ssh/known_hosts"));
    if (!m_config.isRealBox())
        command += QStringLiteral(" -F /dev/null");
    return command;
}

void BackupTarget::s3BucketAndPrefix(QString* bucket, QString* prefix) const
{
    QString bucketPath = m_url.path;
    while (bucketPath.startsWith(QLatin1Char('/')))
        bucketPath.remove(0, 1);
    const qsizetype slash = bucketPath.indexOf(QLatin1Char('/'));
    *bucket = slash < 0 ? bucketPath : bucketPath.left(slash);
    *prefix = slash < 0 ? QString() : bucketPath.mid(slash + 1);
    if (!prefix->isEmpty() && !prefix->endsWith(QLatin1Char('/')))
        *prefix += QLatin1Char('/');
}

QString BackupTarget::s3Endpoint() const
{
    // Upstream: https://<host>; the port, if the URL gives one, is kept.
    QString endpoint = QStringLiteral("https://") + (m_url.hostname.contains(QLatin1Char(':'))
                                                         ? QLatin1Char('[') + m_url.hostname + QLatin1Char(']')
                                                         : m_url.hostname);
    if (m_url.port >= 0)
        endpoint += QLatin1Char(':') + QString::number(m_url.port);
    return endpoint;
}

std::optional<QString> BackupTarget::checkSyntax(bool* upstreamMessage) const
{
    *upstreamMessage = false;
    switch (m_scheme) {
    case Scheme::Off:
    case Scheme::Local:
        return std::nullopt;
    case Scheme::File: {
        const QFileInfo dir(m_url.path);
        if (m_url.path.isEmpty() || !dir.exists())
            return QStringLiteral("The backup directory %1 does not exist.")
                .arg(m_url.path.isEmpty() ? m_target : m_url.path);
        if (!dir.isDir())
            return QStringLiteral("The backup target %1 is not a directory.").arg(m_url.path);
        return std::nullopt;
    }
    case Scheme::Rsync:
        if (m_url.hostname.isEmpty())
            return QStringLiteral("Enter the rsync host in the target (rsync://user@host[:port]/path).");
        return std::nullopt;
    case Scheme::S3: {
        QString bucket, prefix;
        s3BucketAndPrefix(&bucket, &prefix);
        if (bucket.isEmpty()) {
            *upstreamMessage = true;
            return QStringLiteral("Enter an S3 bucket name.");
        }
        if (m_url.hostname.isEmpty())
            return QStringLiteral("Enter the S3 server's host name in the target (s3://[region@]host/bucket).");
        if (m_url.port == -2)
            return QStringLiteral("The port of the S3 target %1 is not a number.").arg(m_target);
        return std::nullopt;
    }
    case Scheme::B2:
        // Upstream reads `<key id>:<key>@<bucket>` with str.index, whose error is shown as it is.
        if (!m_url.netloc.contains(QLatin1Char(':')) || !m_url.netloc.contains(QLatin1Char('@'))) {
            *upstreamMessage = true;
            return QStringLiteral("substring not found");
        }
        return QStringLiteral("Backups to Backblaze B2 are not supported by this agent yet.");
    case Scheme::Other:
        break;
    }
    // Any other scheme: upstream answers the target itself.
    *upstreamMessage = true;
    return m_target;
}

std::optional<QString> BackupTarget::check(bool* upstreamMessage) const
{
    const std::optional<QString> problem = checkSyntax(upstreamMessage);
    if (problem || (m_scheme != Scheme::Rsync && m_scheme != Scheme::S3))
        return problem;
    QString error;
    if (m_scheme == Scheme::Rsync && !ensureSshKey(m_config, &error))
        return error;
    if (listFiles(&error))
        return std::nullopt;
    // Upstream answers its listing errors (rsync's, S3's own) with 200; a network failure to S3 with 500.
    *upstreamMessage = m_scheme == Scheme::Rsync || error.startsWith(QLatin1String("An error occurred ("));
    return error;
}

QString BackupTarget::duplicityUrl(QString* error) const
{
    switch (m_scheme) {
    case Scheme::Local:
        return QStringLiteral("file://") + m_config.storagePath(QStringLiteral("backup/encrypted"));
    case Scheme::File:
    case Scheme::Rsync:
        return m_target;
    case Scheme::S3: {
        QString bucket, prefix;
        s3BucketAndPrefix(&bucket, &prefix);
        if (bucket.isEmpty() || m_url.hostname.isEmpty())
            break;
        // Upstream moves the bucket into the host part (s3://bucket/prefix) for duplicity's boto3 backend,
        // which Debian 12's duplicity 0.8 names boto3+s3 (its s3:// is the old boto backend).
        if (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        return QStringLiteral("boto3+s3://") + bucket + (prefix.isEmpty() ? QString() : QLatin1Char('/') + prefix);
    }
    case Scheme::Off:
        if (error)
            *error = QStringLiteral("Backups are turned off.");
        return {};
    case Scheme::B2:
    case Scheme::Other:
        break;
    }
    if (error) {
        bool upstreamMessage = false;
        const std::optional<QString> problem = checkSyntax(&upstreamMessage);
        *error = problem && (!upstreamMessage || m_scheme == Scheme::S3)
                     ? *problem
                     : QStringLiteral("The backup target '%1' is not supported by this agent yet.").arg(m_target);
    }
    return {};
}

QStringList BackupTarget::duplicityOptions() const
{
    if (m_scheme == Scheme::Rsync) {
        // As upstream: duplicity's own ssh options, and rsync's -e that rsync takes over them.
        const QString key = sshKeyPath(m_config);
        return {QStringLiteral("--ssh-options=-i %1 -p %2").arg(key).arg(rsyncPort()),
                QStringLiteral("--rsync-options=-e \"%1\"").arg(sshCommand())};
    }
    if (m_scheme == Scheme::S3) {
        QStringList options{QStringLiteral("--s3-endpoint-url"), s3Endpoint()};
        if (!m_url.username.isEmpty()) // the region
            options << QStringLiteral("--s3-region-name") << m_url.username;
        return options;
    }
    return {};
}

QList<QPair<QString, QString>> BackupTarget::duplicityEnvironment() const
{
    if (m_scheme != Scheme::S3)
        return {};
    QList<QPair<QString, QString>> environment{
        {QStringLiteral("AWS_ACCESS_KEY_ID"), m_user},
        {QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_pass},
        {QStringLiteral("AWS_REQUEST_CHECKSUM_CALCULATION"), QStringLiteral("WHEN_REQUIRED")},
        {QStringLiteral("AWS_RESPONSE_CHECKSUM_VALIDATION"), QStringLiteral("WHEN_REQUIRED")},
    };
    if (!m_config.trustedCaFile().isEmpty())
        environment.append({QStringLiteral("AWS_CA_BUNDLE"), m_config.trustedCaFile()});
    return environment;
}

std::optional<QList<BackupStatus::TargetFile>> BackupTarget::listFiles(QString* error) const
{
    switch (m_scheme) {
    case Scheme::Local:
    case Scheme::File: {
        const QString path =
            m_scheme == Scheme::Local ? m_config.storagePath(QStringLiteral("backup/encrypted")) : m_url.path;
        if (!QFileInfo(path).isDir()) {
            *error = QStringLiteral("[Errno 2] No such file or directory: '%1'").arg(path);
            return std::nullopt;
        }
        QList<BackupStatus::TargetFile> files;
        const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries)
            files.append({entry.fileName(), entry.size()});
        return files;
    }
    case Scheme::Rsync:
        return listRsync(error);
    case Scheme::S3:
        return listS3(error);
    case Scheme::Off:
    case Scheme::B2:
    case Scheme::Other:
        break;
    }
    duplicityUrl(error);
    return std::nullopt;
}

QList<BackupStatus::TargetFile> BackupTarget::parseRsyncListing(const QByteArray& listing)
{
    // "-rw-------     52,428,931 2026/04/18 01:05:12 duplicity-full.20260418T010512Z.vol1.difftar.gpg"
    static const QRegularExpression line(QStringLiteral("^.*    ([^ ]*) [^ ]* [^ ]* (.*)$"));
    QList<BackupStatus::TargetFile> files;
    for (const QByteArray& raw : listing.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (m.hasMatch())
            files.append({m.captured(2), m.captured(1).remove(QLatin1Char(',')).toLongLong()});
    }
    return files;
}

std::optional<QList<BackupStatus::TargetFile>> BackupTarget::listRsync(QString* error) const
{
    // rsync's destination has no port: user@host (the netloc without a trailing :port), the path relative to the
    // remote home unless it starts with '//'.
    QString userHost = m_url.netloc;
    const qsizetype colon = userHost.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0)
        userHost = userHost.left(colon);
    QString path = m_url.path;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    const ProcessResult r = ProcessRunner(QStringLiteral("rsync"))
                                .args({QStringLiteral("-e"), sshCommand(), QStringLiteral("--list-only"),
                                       QStringLiteral("-r"), userHost + QLatin1Char(':') + path})
                                .timeout(ListTimeoutMs)
                                .run();
    if (r.ok())
        return parseRsyncListing(r.output);
    const QString listing = QString::fromUtf8(r.output + '\n' + r.errorOutput);
    QString reason;
    if (listing.contains(QLatin1String("Permission denied (publickey).")))
        reason = QStringLiteral("Invalid user or check you correctly copied the SSH key.");
    else if (listing.contains(QLatin1String("No such file or directory")))
        reason = QStringLiteral("Provided path %1 is invalid.").arg(path);
    else if (listing.contains(QLatin1String("Network is unreachable")))
        reason = QStringLiteral("The IP address %1 is unreachable.").arg(m_url.hostname);
    else if (listing.contains(QLatin1String("Could not resolve hostname")))
        reason = QStringLiteral("The hostname %1 cannot be resolved.").arg(m_url.hostname);
    else
        reason = r.firstLine().isEmpty() ? r.message() : r.firstLine(); // upstream: "Unknown error. ..."
    *error = QStringLiteral("Connection to rsync host failed: ") + reason;
    return std::nullopt;
}

std::optional<QList<BackupStatus::TargetFile>> BackupTarget::listS3(QString* error) const
{
    bool upstreamMessage = false;
    if (const std::optional<QString> problem = checkSyntax(&upstreamMessage)) {
        *error = *problem;
        return std::nullopt;
    }
    S3Listing::Request request;
    request.endpoint = s3Endpoint();
    request.region = m_url.username;
    s3BucketAndPrefix(&request.bucket, &request.prefix);
    request.accessKey = m_user;
    request.secretKey = m_pass;
    request.caFile = m_config.trustedCaFile();
    request.timeoutMs = ListTimeoutMs;
    return S3Listing::list(request, error);
}
