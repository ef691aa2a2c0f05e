#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Synchronous HTTPS calls for tests and benchmarks (a local event loop is fine there, never in the product).
// Trusts exactly one certificate: the agent's (self-signed, or issued by one of setCaCertificates()); every other TLS
// error fails the call.
class TestHttp
{
public:
    struct Reply
    {
        int status = 0; // 0 = no HTTP answer (see error)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error;
        QByteArray header(const QByteArray& name) const;
    };

    explicit TestHttp(const QSslCertificate& trusted);
    // The CA certificates a certificate issued by a test CA chains to (instead of the system's).
    void setCaCertificates(const QList<QSslCertificate>& cas) { m_cas = cas; }

    // Headers given here are sent as is (Authorization, Accept, X-Auth-Token, Content-Type ...).
    Reply request(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                  const QByteArray& body = {}, int timeoutMs = 30000);

    Reply get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // POST with an application/x-www-form-urlencoded body built from the fields.
    Reply postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields,
                   const QList<QPair<QByteArray, QByteArray>>& headers = {});

    static QPair<QByteArray, QByteArray> basicAuth(const QString& user, const QString& password);
    static QByteArray formEncode(const QList<QPair<QString, QString>>& fields);

private:
    QNetworkAccessManager m_nam;
    QSslCertificate m_trusted;
    QList<QSslCertificate> m_cas;
};
