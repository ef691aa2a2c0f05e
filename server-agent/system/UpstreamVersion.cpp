#include "UpstreamVersion.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {
// setup.sh is a few kilobytes; an answer this big is not it.
constexpr qint64 MaxScriptBytes = 1024 * 1024;
} // namespace

std::optional<QString> UpstreamVersion::tagFromSetupScript(const QByteArray& script)
{
    const qsizetype at = script.indexOf("TAG=");
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + 4;
    qsizetype end = script.indexOf('\n', start);
    if (end < 0)
        end = script.size();
    return QString::fromUtf8(script.mid(start, end - start));
}

UpstreamVersion::Result UpstreamVersion::fetch(const QUrl& url, int timeoutMs)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {502, QStringLiteral("Cannot check the latest version: %1 is not an HTTP or HTTPS URL.").arg(shown)};

    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    const std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QEventLoop loop;
    bool timedOut = false;
    bool tooBig = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > MaxScriptBytes && !tooBig) {
            tooBig = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();

    if (timedOut) {
        return {504, QStringLiteral("Cannot check the latest version: %1 did not answer within %2 seconds.")
                         .arg(shown)
                         .arg(timeoutMs / 1000.0)};
    }
    if (tooBig)
        return {502, QStringLiteral("Cannot check the latest version: %1 answered with more than 1 MiB.").arg(shown)};
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus >= 400) {
        return {502,
                QStringLiteral("Cannot check the latest version: %1 answered HTTP %2.").arg(shown).arg(httpStatus)};
    }
    if (reply->error() != QNetworkReply::NoError) {
        return {502, QStringLiteral("Cannot check the latest version: %1 cannot be reached (%2).")
                         .arg(shown, reply->errorString())};
    }
    const std::optional<QString> tag = tagFromSetupScript(reply->readAll());
    if (!tag)
        return {502, QStringLiteral("Cannot check the latest version: %1 names no version (no TAG= line).").arg(shown)};
    return {200, *tag};
}
