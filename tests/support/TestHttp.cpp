#include "TestHttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

QByteArray TestHttp::Reply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

TestHttp::TestHttp(const QSslCertificate& trusted)
    : m_trusted(trusted)
{ }

TestHttp::Reply TestHttp::request(const QByteArray& method, const QUrl& url,
                                  const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
                                  int timeoutMs)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_cas.isEmpty()) {
        QSslConfiguration tls = req.sslConfiguration();
        tls.setCaCertificates(m_cas);
        req.setSslConfiguration(tls);
    }
    for (const auto& h : headers) {
        req.setRawHeader(h.first, h.second);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError>& errors) {
        QList<QSslError> expected;
        for (const QSslError& e : errors) {
            if (e.certificate() == m_trusted &&
                (e.error() == QSslError::SelfSignedCertificate || e.error() == QSslError::HostNameMismatch ||
                 e.error() == QSslError::CertificateUntrusted)) {
                expected.append(e);
            }
        }
        if (expected.size() == errors.size()) {
            reply->ignoreSslErrors(expected);
        }
    });
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (r.status == 0) {
        r.error = reply->errorString();
    }
    reply->deleteLater();
    return r;
}

TestHttp::Reply TestHttp::get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return request("GET", url, headers);
}

TestHttp::Reply TestHttp::postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields,
                                   const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return request("POST", url, all, formEncode(fields));
}

QPair<QByteArray, QByteArray> TestHttp::basicAuth(const QString& user, const QString& password)
{
    return {"Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()};
}

QByteArray TestHttp::formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& f : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}
