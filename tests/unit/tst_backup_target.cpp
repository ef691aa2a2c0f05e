#include "TestFiles.h"
#include "backup/BackupSettings.h"
#include "backup/BackupTarget.h"
#include "backup/S3Listing.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

BoxConfig box(const QByteArray& extra = {})
{
    return *BoxConfig::parse("STORAGE_ROOT=/srv/box/user-data\nSYSTEM_ROOT=/srv/box/system\nPRIMARY_HOSTNAME=box."
                             "example.com\n" +
                             extra);
}

} // namespace

class TestBackupTarget : public QObject
{
    Q_OBJECT

private slots:
    void parsesUrls()
    {
        BackupTarget::Url u = BackupTarget::parseUrl(QStringLiteral("rsync://backup@Host.Example.com:2222//srv/b"));
        QCOMPARE(u.scheme, QStringLiteral("rsync"));
        QCOMPARE(u.netloc, QStringLiteral("backup@Host.Example.com:2222"));
        QCOMPARE(u.username, QStringLiteral("backup"));
        QCOMPARE(u.hostname, QStringLiteral("host.example.com"));
        QCOMPARE(u.port, 2222);
        QCOMPARE(u.path, QStringLiteral("//srv/b"));
        u = BackupTarget::parseUrl(QStringLiteral("S3://eu-west-1@s3.example.com/bucket/box?x#y"));
        QCOMPARE(u.scheme, QStringLiteral("s3"));
        QCOMPARE(u.username, QStringLiteral("eu-west-1"));
        QCOMPARE(u.port, -1);
        QCOMPARE(u.path, QStringLiteral("/bucket/box"));
        u = BackupTarget::parseUrl(QStringLiteral("b2://id:k%2Fey@bucket"));
        QCOMPARE(u.username, QStringLiteral("id"));
        QCOMPARE(u.password, QStringLiteral("k%2Fey"));
        QCOMPARE(u.hostname, QStringLiteral("bucket"));
        QCOMPARE(BackupTarget::parseUrl(QStringLiteral("rsync://u@h:ssh/x")).port, -2); // Python: ValueError
        QCOMPARE(BackupTarget::parseUrl(QStringLiteral("s3://[::1]:9000/b")).hostname, QStringLiteral("::1"));
        QCOMPARE(BackupTarget::parseUrl(QStringLiteral("file:///srv/backups")).path, QStringLiteral("/srv/backups"));
    }

    void localAndFile()
    {
        const BoxConfig config = box();
        const BackupTarget local(config, QStringLiteral("local"));
        QCOMPARE(local.scheme(), BackupTarget::Scheme::Local);
        QCOMPARE(local.duplicityUrl(nullptr), QStringLiteral("file:///srv/box/user-data/backup/encrypted"));
        QVERIFY(local.duplicityOptions().isEmpty());
        QVERIFY(local.duplicityEnvironment().isEmpty());
        const BackupTarget file(config, QStringLiteral("file:///mnt/backups"));
        QCOMPARE(file.duplicityUrl(nullptr), QStringLiteral("file:///mnt/backups"));
        QString error;
        QVERIFY(!file.listFiles(&error));
        QCOMPARE(error, QStringLiteral("[Errno 2] No such file or directory: '/mnt/backups'"));

        QTemporaryDir dir;
        QVERIFY(TestFiles::write(dir.path() + QStringLiteral("/duplicity-full.20260418T010512Z.vol1.difftar.gpg"),
                                 "12345"));
        const std::optional<QList<BackupStatus::TargetFile>> files =
            BackupTarget(config, QStringLiteral("file://") + dir.path()).listFiles(&error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(*files, (QList<BackupStatus::TargetFile>{{"duplicity-full.20260418T010512Z.vol1.difftar.gpg", 5}}));
    }

    void rsync()
    {
        const BoxConfig config = box();
        const BackupTarget t(config, QStringLiteral("rsync://backup@host.example.com:2222//srv/box"));
        QCOMPARE(t.scheme(), BackupTarget::Scheme::Rsync);
        QCOMPARE(t.duplicityUrl(nullptr), QStringLiteral("rsync://backup@host.example.com:2222//srv/box"));
        const QString key = QStringLiteral("/srv/box/system/root/.ssh/id_rsa_miab");
        QCOMPARE(BackupTarget::sshKeyPath(config), key);
        // Upstream's two options; a box that is not the machine's own keeps ssh's files and configuration out.
        QCOMPARE(t.duplicityOptions(),
                 (QStringList{QStringLiteral("--ssh-options=-i %1 -p 2222").arg(key),
                              QStringLiteral("--rsync-options=-e \"/usr/bin/ssh -i %1 -oStrictHostKeyChecking=no "
                                             "-oBatchMode=yes -p 2222 -oUserKnownHostsFile=/srv/box/system/root/.ssh/"
                                             "known_hosts -F /dev/null\"")
                                  .arg(key)}));
        // Port 22 when there is none, or one that is not a number (as upstream).
        QVERIFY(BackupTarget(config, QStringLiteral("rsync://u@h/rel")).duplicityOptions().first().endsWith(" -p 22"));
        QVERIFY(
            BackupTarget(config, QStringLiteral("rsync://u@h:x/rel")).duplicityOptions().first().endsWith(" -p 22"));
        QVERIFY(t.duplicityEnvironment().isEmpty());
        bool upstream = true;
        QCOMPARE(t.checkSyntax(&upstream), std::nullopt);
        QCOMPARE(BackupTarget(config, QStringLiteral("rsync:///srv")).checkSyntax(&upstream),
                 QStringLiteral("Enter the rsync host in the target (rsync://user@host[:port]/path)."));
        QVERIFY(!upstream);
    }

    void rsyncListing()
    {
        const QByteArray listing = "drwx------          4,096 2026/12/07 04:00:01 .\n"
                                   "-rw-------     52,428,931 2026/12/07 04:00:01 "
                                   "duplicity-full.20261207T040000Z.vol1.difftar.gpg\n"
                                   "-rw-------            731 2026/12/07 04:00:01 "
                                   "duplicity-full.20261207T040000Z.manifest.gpg\n"
                                   "-rw-------             12 2026/12/07 04:00:02 name with spaces\n";
        QCOMPARE(BackupTarget::parseRsyncListing(listing),
                 (QList<BackupStatus::TargetFile>{{".", 4096},
                                                  {"duplicity-full.20261207T040000Z.vol1.difftar.gpg", 52428931},
                                                  {"duplicity-full.20261207T040000Z.manifest.gpg", 731},
                                                  {"name with spaces", 12}}));
    }

    void s3()
    {
        const BoxConfig config = box("TRUSTED_CA_FILE=/srv/ca.pem\n");
        const BackupTarget t(config, QStringLiteral("s3://eu-west-1@s3.example.com:9000/bucket/box/daily"),
                             QStringLiteral("AKID"), QStringLiteral("secret"));
        QCOMPARE(t.scheme(), BackupTarget::Scheme::S3);
        QCOMPARE(t.duplicityUrl(nullptr), QStringLiteral("boto3+s3://bucket/box/daily"));
        QCOMPARE(t.duplicityOptions(),
                 (QStringList{QStringLiteral("--s3-endpoint-url"), QStringLiteral("https://s3.example.com:9000"),
                              QStringLiteral("--s3-region-name"), QStringLiteral("eu-west-1")}));
        const QList<QPair<QString, QString>> environment{
            {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKID")},
            {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret")},
            {QStringLiteral("AWS_REQUEST_CHECKSUM_CALCULATION"), QStringLiteral("WHEN_REQUIRED")},
            {QStringLiteral("AWS_RESPONSE_CHECKSUM_VALIDATION"), QStringLiteral("WHEN_REQUIRED")},
            {QStringLiteral("AWS_CA_BUNDLE"), QStringLiteral("/srv/ca.pem")}};
        QCOMPARE(t.duplicityEnvironment(), environment);
        // Without a region or a prefix; upstream's endpoint has no port.
        const BackupTarget plain(box(), QStringLiteral("s3://s3.example.com/bucket"));
        QCOMPARE(plain.duplicityUrl(nullptr), QStringLiteral("boto3+s3://bucket"));
        QCOMPARE(plain.duplicityOptions(),
                 (QStringList{QStringLiteral("--s3-endpoint-url"), QStringLiteral("https://s3.example.com")}));
        QCOMPARE(plain.duplicityEnvironment().size(), 4);

        bool upstream = false;
        QCOMPARE(t.checkSyntax(&upstream), std::nullopt);
        QCOMPARE(BackupTarget(config, QStringLiteral("s3://s3.example.com/")).checkSyntax(&upstream),
                 QStringLiteral("Enter an S3 bucket name."));
        QVERIFY(upstream);
        QCOMPARE(BackupTarget(config, QStringLiteral("s3:///bucket")).checkSyntax(&upstream),
                 QStringLiteral("Enter the S3 server's host name in the target (s3://[region@]host/bucket)."));
        QVERIFY(!upstream);
        QString error;
        QCOMPARE(BackupTarget(config, QStringLiteral("s3://s3.example.com")).duplicityUrl(&error), QString());
        QCOMPARE(error, QStringLiteral("Enter an S3 bucket name."));
    }

    void b2AndOthers()
    {
        const BoxConfig config = box();
        bool upstream = false;
        // Upstream's parsing (str.index) of <key id>:<key>@<bucket>: its error shown as it is, with 200.
        for (const char* bad : {"b2://bucket", "b2://keyonly@bucket", "b2://id:key"}) {
            upstream = false;
            QCOMPARE(BackupTarget(config, QString::fromLatin1(bad)).checkSyntax(&upstream),
                     QStringLiteral("substring not found"));
            QVERIFY2(upstream, bad);
        }
        QCOMPARE(BackupTarget(config, QStringLiteral("b2://id:key@bucket")).checkSyntax(&upstream),
                 QStringLiteral("Backups to Backblaze B2 are not supported by this agent yet."));
        QVERIFY(!upstream);
        // Any other scheme, and an empty target: the target itself.
        QCOMPARE(BackupTarget(config, QStringLiteral("ftp://x")).checkSyntax(&upstream), QStringLiteral("ftp://x"));
        QVERIFY(upstream);
        QCOMPARE(BackupTarget(config, QString()).checkSyntax(&upstream), QString());
        QVERIFY(upstream);
        QCOMPARE(BackupTarget(config, QStringLiteral("off")).checkSyntax(&upstream), std::nullopt);
        QCOMPARE(BackupTarget(config, QStringLiteral("local")).checkSyntax(&upstream), std::nullopt);
        QString error;
        QCOMPARE(BackupTarget(config, QStringLiteral("ftp://x")).duplicityUrl(&error), QString());
        QCOMPARE(error, QStringLiteral("The backup target 'ftp://x' is not supported by this agent yet."));
        QVERIFY(!BackupTarget(config, QStringLiteral("b2://id:key@bucket")).listFiles(&error));
        QCOMPARE(error, QStringLiteral("Backups to Backblaze B2 are not supported by this agent yet."));
    }

    void fileChecks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BoxConfig config = box();
        bool upstream = true;
        QCOMPARE(BackupTarget(config, QStringLiteral("file://") + dir.path()).check(&upstream), std::nullopt);
        // Upstream's 500s: a clear message, answered with 400.
        QCOMPARE(
            BackupTarget(config, QStringLiteral("file://") + dir.path() + QStringLiteral("/missing")).check(&upstream),
            QStringLiteral("The backup directory %1/missing does not exist.").arg(dir.path()));
        QVERIFY(!upstream);
        QVERIFY(TestFiles::write(dir.path() + QStringLiteral("/plain"), "x"));
        QCOMPARE(
            BackupTarget(config, QStringLiteral("file://") + dir.path() + QStringLiteral("/plain")).check(&upstream),
            QStringLiteral("The backup target %1/plain is not a directory.").arg(dir.path()));
        QVERIFY(!upstream);
    }

    // Signature Version 4: the values botocore's S3SigV4Auth gives for the same requests.
    void signsRequests()
    {
        const QDateTime when = QDateTime::fromString(QStringLiteral("2026-12-07T04:57:29Z"), Qt::ISODate);
        auto headers = S3Listing::signGet(QStringLiteral("127.0.0.1:9000"), QStringLiteral("/my-bucket"),
                                          {{QStringLiteral("prefix"), QStringLiteral("box/daily x/")},
                                           {QStringLiteral("list-type"), QStringLiteral("2")}},
                                          QString(), QStringLiteral("AKIDEXAMPLE"),
                                          QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), when);
        QCOMPARE(headers.size(), 3);
        QCOMPARE(headers[0].first, QByteArray("Authorization"));
        QCOMPARE(headers[0].second,
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/s3/aws4_request, "
                            "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
                            "Signature=14c87dd53e8149daa534a86a2abecf23377f525b7ae18788ca72cf8e90a05395"));
        QCOMPARE(headers[1],
                 (QPair<QByteArray, QByteArray>{"x-amz-content-sha256",
                                                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}));
        QCOMPARE(headers[2], (QPair<QByteArray, QByteArray>{"x-amz-date", "20261207T045729Z"}));

        headers = S3Listing::signGet(QStringLiteral("s3.example.com"), QStringLiteral("/my-bucket"),
                                     {{QStringLiteral("list-type"), QStringLiteral("2")},
                                      {QStringLiteral("prefix"), QString()},
                                      {QStringLiteral("continuation-token"), QStringLiteral("abc+=")}},
                                     QStringLiteral("eu-west-1"), QStringLiteral("AKIDEXAMPLE"),
                                     QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), when);
        QVERIFY(headers[0].second.endsWith(
            "/20261207/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
            "Signature=f55d0c1385723f35bdaf9862c8662c21c692baa06e6537e0bbb625d56743414d"));
        QCOMPARE(S3Listing::canonicalQuery({{QStringLiteral("prefix"), QStringLiteral("a b/~*")},
                                            {QStringLiteral("list-type"), QStringLiteral("2")}}),
                 QByteArray("list-type=2&prefix=a%20b%2F~%2A"));
    }

    void readsListings()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix>box/</Prefix>\n"
            "<KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>\n"
            "<NextContinuationToken>tok+1</NextContinuationToken>\n"
            "<Contents><Key>box/duplicity-full.20261207T040000Z.vol1.difftar.gpg</"
            "Key><LastModified>2026-12-07T04:00:01.000Z</LastModified>\n"
            "<ETag>\"x\"</ETag><Size>1234</Size><StorageClass>STANDARD</StorageClass></Contents>\n"
            "<Contents><Key>box/a &amp; b</Key><Size>7</Size></Contents></ListBucketResult>";
        QString error;
        const std::optional<S3Listing::Page> page = S3Listing::parsePage(xml, QStringLiteral("box/"), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->objects, (QList<BackupStatus::TargetFile>{
                                    {"duplicity-full.20261207T040000Z.vol1.difftar.gpg", 1234}, {"a & b", 7}}));
        QVERIFY(page->truncated);
        QCOMPARE(page->nextToken, QStringLiteral("tok+1"));
        QVERIFY(!S3Listing::parsePage("<Error><Code>NoSuchBucket</Code></Error>", QString(), &error));
        QCOMPARE(error, QStringLiteral("The S3 server's answer is not a bucket listing."));

        QCOMPARE(S3Listing::errorText(
                     "<?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not "
                     "exist</Message><BucketName>x</BucketName></Error>"),
                 QStringLiteral("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The "
                                "specified bucket does not exist"));
        QCOMPARE(S3Listing::errorText("<html>Bad gateway</html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestBackupTarget)
#include "tst_backup_target.moc"
