#include "S3Listing.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace {

constexpr int MaxPages = 10000;

QByteArray awsEncode(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray S3Listing::canonicalQuery(const QList<QPair<QString, QString>>& query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto& [name, value] : query)
        encoded.append({awsEncode(name), awsEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> S3Listing::signGet(const QString& host, const QString& path,
                                                        const QList<QPair<QString, QString>>& query,
                                                        const QString& region, const QString& accessKey,
                                                        const QString& secretKey, const QDateTime& now)
{
    const QDateTime utc = now.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);
    const QByteArray regionName = (region.isEmpty() ? QStringLiteral("us-east-1") : region).toUtf8();
    const QByteArray payloadHash = sha256Hex({});
    const QByteArray signedHeaders = "host;x-amz-content-sha256;x-amz-date";
    const QByteArray canonicalRequest = "GET\n" + path.toUtf8() + '\n' + canonicalQuery(query) + '\n' +
                                        "host:" + host.toUtf8() + '\n' + "x-amz-content-sha256:" + payloadHash + '\n' +
                                        "x-amz-date:" + amzDate + '\n' + '\n' + signedHeaders + '\n' + payloadHash;
    const QByteArray scope = day + '/' + regionName + "/s3/aws4_request";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonicalRequest);
    QByteArray key = hmac("AWS4" + secretKey.toUtf8(), day);
    key = hmac(key, regionName);
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    const QByteArray signature = hmac(key, stringToSign).toHex();
    const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=" + accessKey.toUtf8() + '/' + scope +
                                     ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    return {{"Authorization", authorization}, {"x-amz-content-sha256", payloadHash}, {"x-amz-date", amzDate}};
}

QString S3Listing::errorText(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QString code, message;
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Code"))
            code = reader.readElementText();
        else if (reader.name() == QLatin1String("Message"))
            message = reader.readElementText();
    }
    if (code.isEmpty())
        return {};
    return QStringLiteral("An error occurred (%1) when calling the ListObjectsV2 operation: %2").arg(code, message);
}

std::optional<S3Listing::Page> S3Listing::parsePage(const QByteArray& xml, const QString& prefix, QString* error)
{
    Page page;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("ListBucketResult")) {
        *error = QStringLiteral("The S3 server's answer is not a bucket listing.");
        return std::nullopt;
    }
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Contents")) {
            QString key;
            qint64 size = 0;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Key"))
                    key = reader.readElementText();
                else if (reader.name() == QLatin1String("Size"))
                    size = reader.readElementText().toLongLong();
                else
                    reader.skipCurrentElement();
            }
            page.objects.append({key.startsWith(prefix) ? key.mid(prefix.size()) : key, size});
        } else if (reader.name() == QLatin1String("IsTruncated")) {
            page.truncated = reader.readElementText() == QLatin1String("true");
        } else if (reader.name() == QLatin1String("NextContinuationToken")) {
            page.nextToken = reader.readElementText();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("The S3 server's answer cannot be read: %1").arg(reader.errorString());
        return std::nullopt;
    }
    return page;
}

std::optional<QList<BackupStatus::TargetFile>> S3Listing::list(const Request& request, QString* error)
{
    const QUrl endpoint(request.endpoint);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!request.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(request.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = QStringLiteral("Cannot read the CA certificates of %1.").arg(request.caFile);
            return std::nullopt;
        }
        tls.setCaCertificates(cas);
    }
    const bool sign = !request.accessKey.isEmpty() || !request.secretKey.isEmpty();
    const QString path = QLatin1Char('/') + QString::fromLatin1(awsEncode(request.bucket));
    QString host = endpoint.host();
    if (endpoint.port() != -1 && endpoint.port() != 443)
        host += QLatin1Char(':') + QString::number(endpoint.port());

    QNetworkAccessManager nam;
    QList<BackupStatus::TargetFile> objects;
    QString token;
    for (int pageNumber = 0; pageNumber < MaxPages; ++pageNumber) {
        QList<QPair<QString, QString>> query{{QStringLiteral("list-type"), QStringLiteral("2")},
                                             {QStringLiteral("prefix"), request.prefix}};
        if (!token.isEmpty())
            query.append({QStringLiteral("continuation-token"), token});
        const QUrl url = QUrl::fromEncoded(request.endpoint.toUtf8() + path.toUtf8() + '?' + canonicalQuery(query));
        QNetworkRequest get(url);
        get.setSslConfiguration(tls);
        get.setTransferTimeout(request.timeoutMs);
        if (sign) {
            const auto headers = signGet(host, path, query, request.region, request.accessKey, request.secretKey,
                                         QDateTime::currentDateTimeUtc());
            for (const auto& [name, value] : headers)
                get.setRawHeader(name, value);
        }
        const std::unique_ptr<QNetworkReply> reply(nam.get(get));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
            const QString s3Error = errorText(body);
            if (!s3Error.isEmpty())
                *error = s3Error;
            else if (status != 0)
                *error = QStringLiteral("An error occurred (%1) when calling the ListObjectsV2 operation: %2")
                             .arg(status)
                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            else
                *error =
                    QStringLiteral("Cannot reach the S3 endpoint %1: %2").arg(request.endpoint, reply->errorString());
            return std::nullopt;
        }
        const std::optional<Page> page = parsePage(body, request.prefix, error);
        if (!page)
            return std::nullopt;
        objects += page->objects;
        if (!page->truncated || page->nextToken.isEmpty())
            return objects;
        token = page->nextToken;
    }
    *error = QStringLiteral("The S3 bucket %1 lists more than %2 pages.").arg(request.bucket).arg(MaxPages);
    return std::nullopt;
}
