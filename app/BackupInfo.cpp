#include "BackupInfo.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

qint64 BackupStatusInfo::totalSize() const
{
    qint64 total = 0;
    for (const BackupSet& set : backups)
        total += set.size;
    return total;
}

namespace {

QString enc(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString dec(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString cleanDirectory(const QString& directory)
{
    return directory.isEmpty() ? QString() : QDir::cleanPath(directory);
}

QDateTime isoTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString BackupDestination::target(const QString& boxDirectory) const
{
    switch (kind) {
    case Kind::Off:
        return QStringLiteral("off");
    case Kind::Local: {
        const QString dir = cleanDirectory(directory.trimmed());
        if (dir.isEmpty() || dir == cleanDirectory(boxDirectory))
            return QStringLiteral("local");
        return QStringLiteral("file://") + dir;
    }
    case Kind::S3: {
        QString url = QStringLiteral("s3://");
        if (!s3Region.trimmed().isEmpty())
            url += s3Region.trimmed() + QLatin1Char('@');
        QString endpoint = s3Endpoint.trimmed();
        if (endpoint.startsWith(QLatin1String("https://")))
            endpoint = endpoint.mid(8);
        while (endpoint.endsWith(QLatin1Char('/')))
            endpoint.chop(1);
        url += endpoint + QLatin1Char('/') + s3Bucket.trimmed();
        QString prefix = s3Prefix.trimmed();
        while (prefix.startsWith(QLatin1Char('/')))
            prefix = prefix.mid(1);
        if (!prefix.isEmpty())
            url += QLatin1Char('/') + prefix;
        return url;
    }
    case Kind::Rsync: {
        // As upstream's panel builds it: a path typed with a leading "/" gives "//path", an absolute path.
        return QStringLiteral("rsync://") + rsyncUser.trimmed() + QLatin1Char('@') + rsyncHost.trimmed() +
               QLatin1Char('/') + rsyncPath.trimmed();
    }
    case Kind::B2:
        return QStringLiteral("b2://") + enc(b2KeyId.trimmed()) + QLatin1Char(':') + enc(b2Key.trimmed()) +
               QLatin1Char('@') + b2Bucket.trimmed();
    }
    return QString();
}

BackupDestination BackupDestination::fromTarget(const QString& target, const QString& boxDirectory)
{
    BackupDestination d;
    if (target.isEmpty() || target == QLatin1String("off")) {
        d.kind = Kind::Off;
    } else if (target == QLatin1String("local")) {
        d.kind = Kind::Local;
        d.directory = boxDirectory;
    } else if (target.startsWith(QLatin1String("file://"))) {
        d.kind = Kind::Local;
        d.directory = target.mid(7);
    } else if (target.startsWith(QLatin1String("s3://"))) {
        d.kind = Kind::S3;
        QString rest = target.mid(5);
        const int slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash < 0 ? rest : rest.left(slash);
        const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
        const int at = authority.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            d.s3Region = authority.left(at);
            authority = authority.mid(at + 1);
        }
        d.s3Endpoint = authority;
        d.s3Bucket = path.section(QLatin1Char('/'), 0, 0);
        d.s3Prefix = path.section(QLatin1Char('/'), 1);
    } else if (target.startsWith(QLatin1String("rsync://"))) {
        d.kind = Kind::Rsync;
        const QString rest = target.mid(8);
        const int slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash < 0 ? rest : rest.left(slash);
        d.rsyncPath = slash < 0 ? QString() : rest.mid(slash + 1);
        const int at = authority.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            d.rsyncUser = authority.left(at);
            authority = authority.mid(at + 1);
        }
        d.rsyncHost = authority;
    } else if (target.startsWith(QLatin1String("b2://"))) {
        d.kind = Kind::B2;
        const QString rest = target.mid(5);
        const int at = rest.lastIndexOf(QLatin1Char('@'));
        const QString credentials = at < 0 ? QString() : rest.left(at);
        d.b2Bucket = at < 0 ? rest : rest.mid(at + 1);
        d.b2KeyId = dec(credentials.section(QLatin1Char(':'), 0, 0));
        d.b2Key = dec(credentials.section(QLatin1Char(':'), 1));
    } else {
        d.kind = Kind::Local;
        d.directory = target;
    }
    return d;
}

QString BackupConfig::storageRoot() const
{
    // file_target_directory is STORAGE_ROOT/backup/encrypted.
    const QString dir = QDir::cleanPath(fileTargetDirectory);
    if (!dir.endsWith(QLatin1String("/backup/encrypted")))
        return QString();
    return dir.left(dir.size() - int(qstrlen("/backup/encrypted")));
}

bool BackupInfo::parseStatus(const QJsonDocument& document, BackupStatusInfo* out)
{
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    BackupStatusInfo status;
    if (o.isEmpty()) {
        status.off = true;
        *out = status;
        return true;
    }
    if (o.contains(QLatin1String("error"))) {
        status.error = o.value(QLatin1String("error")).toString();
        *out = status;
        return true;
    }
    if (!o.value(QLatin1String("backups")).isArray())
        return false;
    for (const QJsonValue& v : o.value(QLatin1String("backups")).toArray()) {
        const QJsonObject b = v.toObject();
        BackupSet set;
        set.date = b.value(QLatin1String("date")).toString();
        if (set.date.isEmpty())
            return false;
        set.when = QDateTime::fromString(set.date, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        set.when.setTimeSpec(Qt::UTC);
        set.dateStr = b.value(QLatin1String("date_str")).toString();
        set.dateDelta = b.value(QLatin1String("date_delta")).toString();
        set.deletedIn = b.value(QLatin1String("deleted_in")).toString();
        set.full = b.value(QLatin1String("full")).toBool();
        set.size = b.value(QLatin1String("size")).toInteger();
        set.volumes = b.value(QLatin1String("volumes")).toInt();
        status.backups.append(set);
    }
    status.unmatchedSize = o.value(QLatin1String("unmatched_file_size")).toInteger();
    *out = status;
    return true;
}

bool BackupInfo::parseConfig(const QJsonDocument& document, BackupConfig* out)
{
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    BackupConfig config;
    config.target = o.value(QLatin1String("target")).toString();
    const QJsonValue age = o.value(QLatin1String("min_age_in_days"));
    config.minAgeDays = age.isString() ? age.toString().toInt() : age.toInt(3);
    config.fileTargetDirectory = o.value(QLatin1String("file_target_directory")).toString();
    config.encPwFile = o.value(QLatin1String("enc_pw_file")).toString();
    config.sshPublicKey = o.value(QLatin1String("ssh_pub_key")).toString();
    *out = config;
    return true;
}

bool BackupInfo::parseJobState(const QJsonDocument& document, BackupJobState* out)
{
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    const QString state = o.value(QLatin1String("state")).toString();
    BackupJobState job;
    if (state == QLatin1String("idle"))
        job.state = BackupJobState::State::Idle;
    else if (state == QLatin1String("running"))
        job.state = BackupJobState::State::Running;
    else if (state == QLatin1String("succeeded"))
        job.state = BackupJobState::State::Succeeded;
    else if (state == QLatin1String("failed"))
        job.state = BackupJobState::State::Failed;
    else if (state == QLatin1String("skipped"))
        job.state = BackupJobState::State::Skipped;
    else
        return false;
    job.step = o.value(QLatin1String("step")).toString();
    job.message = o.value(QLatin1String("message")).toString();
    job.started = isoTime(o.value(QLatin1String("started")));
    job.finished = isoTime(o.value(QLatin1String("finished")));
    job.fields = o;
    for (const char* key : {"last_success", "last_failure"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        BackupJobState last;
        if (v.isObject() && parseJobState(QJsonDocument(v.toObject()), &last))
            (qstrcmp(key, "last_success") == 0 ? job.lastSuccess : job.lastFailure).append(last);
    }
    *out = job;
    return true;
}

bool BackupInfo::parseFiles(const QJsonDocument& document, BackupFileList* out)
{
    if (!document.isObject() || !document.object().value(QLatin1String("files")).isArray())
        return false;
    BackupFileList files;
    for (const QJsonValue& v : document.object().value(QLatin1String("files")).toArray()) {
        BackupFile f;
        f.path = v.toObject().value(QLatin1String("path")).toString();
        f.modified = QDateTime::fromString(v.toObject().value(QLatin1String("modified")).toString(), Qt::ISODate);
        if (f.path.isEmpty())
            continue;
        files.append(f);
    }
    *out = files;
    return true;
}

bool BackupInfo::parseConfigAnswer(const QString& body, QString* text)
{
    // A JSON string at the top level: wrap it to parse it with Qt's reader.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + body.trimmed().toUtf8() + "]");
    if (!document.isArray() || document.array().size() != 1 || !document.array().first().isString()) {
        *text = body.trimmed();
        return false;
    }
    *text = document.array().first().toString();
    return true;
}

QString BackupInfo::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
