#pragma once

#include "BackupStatus.h"
#include "box/BoxConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class BackupSettings;

// Where backups go (domain.md §13.2): the one place that knows the target schemes (`off`, `local`, `file://`,
// `rsync://`, `s3://`, `b2://`). It gives duplicity its URL, options and environment as upstream's backup.py does,
// lists the target's files with their sizes (for the status), and checks a target before it is saved (POST
// /system/backup/config). Remote targets are reached for real: rsync over ssh with the box's key, S3 with a
// signed ListObjectsV2 request.
class BackupTarget
{
public:
    enum class Scheme { Off, Local, File, Rsync, S3, B2, Other };

    // The parts of a target URL as Python's urlsplit gives them.
    struct Url
    {
        QString scheme; // lower case
        QString netloc;
        QString path;
        QString username; // before '@' (and ':'); empty if none
        QString password;
        QString hostname; // lower case, without brackets
        int port = -1; // -1: none; -2: not a number (Python raises ValueError)
    };
    static Url parseUrl(const QString& target);

    BackupTarget(const BoxConfig& config, const QString& target, const QString& user = {}, const QString& pass = {});
    static BackupTarget fromSettings(const BoxConfig& config, const BackupSettings& settings);

    Scheme scheme() const { return m_scheme; }
    QString target() const { return m_target; }
    // Reached over the network (rsync, S3, B2).
    bool isRemote() const { return m_scheme == Scheme::Rsync || m_scheme == Scheme::S3 || m_scheme == Scheme::B2; }

    // The message for a target that cannot be saved, nullopt when it is fine. Lists the target as upstream does
    // (the network is used for rsync and S3). `upstreamMessage` tells whether upstream answers that message with
    // 200 (as a JSON string); the others are answered 400 where upstream fails with 500.
    std::optional<QString> check(bool* upstreamMessage) const;
    // The same checks without the network: what can be told from the URL alone.
    std::optional<QString> checkSyntax(bool* upstreamMessage) const;

    // The URL duplicity gets; empty (with *error) when this agent cannot use the target.
    QString duplicityUrl(QString* error) const;
    // The target's options for duplicity (ssh and rsync options, the S3 endpoint and region).
    QStringList duplicityOptions() const;
    // The target's variables for duplicity's environment (the S3 credentials, the CA bundle).
    QList<QPair<QString, QString>> duplicityEnvironment() const;

    // The target's files (name relative to the target, size in bytes); nullopt with *error when they cannot be
    // listed (upstream's messages where it has them).
    std::optional<QList<BackupStatus::TargetFile>> listFiles(QString* error) const;

    // `rsync --list-only -r`'s lines as upstream reads them: (name, size) for each.
    static QList<BackupStatus::TargetFile> parseRsyncListing(const QByteArray& listing);

    // The box's ssh key for rsync targets: SYSTEM_ROOT/root/.ssh/id_rsa_miab (and .pub).
    static QString sshKeyPath(const BoxConfig& config);
    // Makes the key pair as upstream's setup does when it is missing (ssh-keygen, RSA 2048, no passphrase, 0600).
    static bool ensureSshKey(const BoxConfig& config, QString* error);

private:
    // ssh's options for an rsync target: the box's key, the port, no host key questions.
    QString sshCommand() const;
    int rsyncPort() const;
    std::optional<QList<BackupStatus::TargetFile>> listRsync(QString* error) const;
    std::optional<QList<BackupStatus::TargetFile>> listS3(QString* error) const;
    // S3: the bucket and the key prefix ("" or ending in '/') of the target's path.
    void s3BucketAndPrefix(QString* bucket, QString* prefix) const;
    QString s3Endpoint() const;

    const BoxConfig& m_config;
    QString m_target;
    QString m_user;
    QString m_pass;
    Scheme m_scheme = Scheme::Other;
    Url m_url;
};
