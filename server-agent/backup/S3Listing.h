#pragma once

#include "BackupStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The objects of an S3 bucket under a prefix, with their sizes: ListObjectsV2 requests (path-style,
// https://host[:port]/bucket?list-type=2&prefix=...), signed with AWS Signature Version 4 when credentials are
// given, over Qt's network stack. What upstream gets from boto3's list_objects_v2 for the status and the config
// check, without Python in the agent.
class S3Listing
{
public:
    struct Request
    {
        QString endpoint; // https://host[:port]
        QString region; // for the signature; empty: us-east-1
        QString bucket;
        QString prefix;
        QString accessKey; // empty with an empty secret: the request is not signed
        QString secretKey;
        QString caFile; // a PEM bundle trusted instead of the system's store; empty: the system's store
        int timeoutMs = 60000;
    };

    // The objects (key without the prefix, size), all pages; nullopt with *error: an S3 error as boto3 words it
    // ("An error occurred (<Code>) when calling the ListObjectsV2 operation: <Message>"), or a sentence for a
    // network or TLS failure.
    static std::optional<QList<BackupStatus::TargetFile>> list(const Request& request, QString* error);

    // The headers of a signed GET request (Signature Version 4, service s3, unsigned query values as given):
    // Authorization, x-amz-date and x-amz-content-sha256 (of an empty body). `host` as sent in the Host header
    // (with the port when it is not the scheme's), `path` URI-encoded, `query` the name/value pairs (not encoded).
    static QList<QPair<QByteArray, QByteArray>> signGet(const QString& host, const QString& path,
                                                        const QList<QPair<QString, QString>>& query,
                                                        const QString& region, const QString& accessKey,
                                                        const QString& secretKey, const QDateTime& now);
    // The query string in the form the signature covers: pairs sorted by name, names and values encoded as AWS
    // requires (everything but A-Z a-z 0-9 - _ . ~ as %XX).
    static QByteArray canonicalQuery(const QList<QPair<QString, QString>>& query);

    // The page of a ListObjectsV2 answer: objects, and the continuation token when it is truncated.
    struct Page
    {
        QList<BackupStatus::TargetFile> objects;
        QString nextToken;
        bool truncated = false;
    };
    static std::optional<Page> parsePage(const QByteArray& xml, const QString& prefix, QString* error);
    // The text of an S3 error document as boto3's ClientError words it; empty when `xml` is none.
    static QString errorText(const QByteArray& xml);
};
