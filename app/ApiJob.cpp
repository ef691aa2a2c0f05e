#include "ApiJob.h"

#include "CertTrustStore.h"
#include "CertificateTrust.h"
#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

ApiJob::ApiJob(QObject* parent)
    : QObject(parent)
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ApiJob::isRunning() const
{
    return m_reply && !m_done;
}

void ApiJob::abort()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ApiJob::start(QNetworkAccessManager* nam, const CertTrustStore* trust, QNetworkRequest request,
                   const QByteArray& verb, const QByteArray& body)
{
    m_trust = trust;
    m_url = request.url();
    m_host = QStringLiteral("%1:%2").arg(m_url.host().toLower()).arg(m_url.port(443));
    m_timeoutMs = request.transferTimeout();
    m_verb = verb;
    m_timer.start();
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    m_reply = nam->sendCustomRequest(request, verb, body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
}

void ApiJob::onRedirected(const QUrl& url)
{
    const QUrl target = m_url.resolved(url);
    if (target.scheme() != QLatin1String("https") || target.host().compare(m_url.host(), Qt::CaseInsensitive) != 0) {
        m_pending.kind = ApiError::Kind::Network;
        m_pending.host = m_host;
        m_pending.message = tr("The box redirected to %1, which is not a secure address of the same box; the request "
                               "was stopped.")
                                .arg(target.toDisplayString(QUrl::RemoveUserInfo));
        m_reply->abort();
        return;
    }
    emit m_reply->redirectAllowed();
}

void ApiJob::onSslErrors(const QList<QSslError>& errors)
{
    QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
    if (chain.isEmpty() && !m_reply->sslConfiguration().peerCertificate().isNull()) {
        chain.append(m_reply->sslConfiguration().peerCertificate());
    }
    if (chain.isEmpty()) {
        for (const QSslError& e : errors) {
            if (!e.certificate().isNull() && !chain.contains(e.certificate())) {
                chain.append(e.certificate());
            }
        }
    }
    const CertificateTrust trust(m_trust);
    const CertificateTrust::Verdict verdict = trust.evaluate(m_host, chain, errors);
    if (verdict == CertificateTrust::Verdict::Accept) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Tls;
    error.host = m_host;
    error.chain = chain;
    error.sslErrors = errors;
    error.presentedFingerprint = chain.isEmpty() ? QString() : CertificateTrust::fingerprint(chain.first());
    error.pinnedFingerprint = m_trust ? m_trust->pin(m_host) : QString();
    QStringList texts;
    for (const QSslError& e : errors) {
        texts.append(e.errorString());
    }
    switch (verdict) {
    case CertificateTrust::Verdict::Untrusted:
        error.tlsProblem = ApiError::TlsProblem::Untrusted;
        error.message = tr("The certificate of %1 is not signed by an authority this computer trusts. Check its "
                           "fingerprint before trusting it.")
                            .arg(m_host);
        break;
    case CertificateTrust::Verdict::Changed:
        error.tlsProblem = ApiError::TlsProblem::Changed;
        error.message = tr("WARNING: the certificate of %1 has changed. Someone may be intercepting the connection. "
                           "Pinned fingerprint: %2. Presented fingerprint: %3. The connection was refused.")
                            .arg(m_host, error.pinnedFingerprint, error.presentedFingerprint);
        break;
    default:
        error.tlsProblem = ApiError::TlsProblem::Other;
        error.message = tr("The secure connection to %1 failed: %2").arg(m_host, texts.join(QStringLiteral("; ")));
        break;
    }
    m_pending = error;
    m_reply->abort();
}

void ApiJob::onFinished()
{
    if (m_done) {
        return;
    }
    QNetworkReply* reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    logOutcome(status);
    if (m_cancelled) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.host = m_host;
        error.message = tr("The request was cancelled.");
        fail(error);
        return;
    }
    if (m_pending.isError()) {
        fail(m_pending);
        return;
    }
    if (status == 0) {
        fail(networkError());
        return;
    }
    emit answered(status);
    if (status >= 200 && status < 300) {
        if (m_successTap) {
            m_successTap(body);
        }
        handleSuccess(status, body);
        return;
    }
    if (handleErrorStatus(status, body)) {
        return;
    }
    ApiError error;
    error.httpStatus = status;
    error.host = m_host;
    const QString text = QString::fromUtf8(body).trimmed();
    if (status == 401 || status == 403) {
        error.kind = ApiError::Kind::Auth;
        error.reason = QString::fromUtf8(reply->rawHeader("X-Reason"));
        if (error.reason.isEmpty() &&
            reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("json"))) {
            error.reason = QJsonDocument::fromJson(body).object().value(QLatin1String("reason")).toString();
        }
        error.serverText = text;
        error.message =
            error.reason.isEmpty() ? ApiError::messageForStatus(status) : ApiError::messageForReason(error.reason);
    } else {
        error.kind = ApiError::Kind::Http;
        error.serverText = text;
        error.message = ApiError::messageForStatus(status, text);
    }
    fail(error);
}

ApiError ApiJob::networkError() const
{
    ApiError error;
    error.host = m_host;
    error.serverText = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not answer within %n second(s).", nullptr, qMax(1, m_timeoutMs / 1000)).arg(m_host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.tlsProblem = ApiError::TlsProblem::Other;
        error.message = tr("The secure connection to %1 failed: %2").arg(m_host, m_reply->errorString());
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("The box at %1 redirected too often or to an insecure address.").arg(m_host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("The box %1 was not found. Check the address.").arg(m_url.host());
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message = tr("The box at %1 cannot be reached: %2").arg(m_host, m_reply->errorString());
        break;
    }
    return error;
}

void ApiJob::logOutcome(int status) const
{
    // The path only: no query (it may carry values), no headers (they carry the credentials).
    const QString path = m_url.path(QUrl::FullyEncoded);
    const qint64 ms = m_timer.elapsed();
    if (m_cancelled) {
        qCInfo(lcNet, "%s %s cancelled after %lld ms", m_verb.constData(), qPrintable(path), ms);
    } else if (status == 0) {
        const QString why = m_pending.isError() ? m_pending.message : m_reply->errorString();
        qCWarning(lcNet, "%s %s failed after %lld ms: %s", m_verb.constData(), qPrintable(path), ms, qPrintable(why));
    } else {
        qCInfo(lcNet, "%s %s %d %lld ms", m_verb.constData(), qPrintable(path), status, ms);
    }
}

bool ApiJob::handleErrorStatus(int, const QByteArray&)
{
    return false;
}

void ApiJob::fail(const ApiError& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit failed(error);
    deleteLater();
}

void ApiJob::complete()
{
    m_done = true;
    deleteLater();
}
