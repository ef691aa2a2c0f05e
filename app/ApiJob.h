#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class CertTrustStore;
class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// One HTTP call to a box. Created and started by ApiClient; emits either its subclass's finished(…) or failed(),
// exactly once, then deletes itself. Hold it in a QPointer; abort() cancels it (failed(Cancelled) follows).
// Centralizes: transfer timeout, redirects (never from HTTPS to anything else, same host only),
// certificate pinning, and the HTTP status → ApiError mapping.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    void abort();
    bool isRunning() const;
    int timeoutMs() const { return m_timeoutMs; }
    // True if the call carried a session key (a 401 then means that session is gone).
    bool usesSession() const { return !m_sessionKey.isEmpty(); }

signals:
    void failed(const ApiError& error);
    // The box answered with an HTTP status (any): it is reachable. Before finished(…) or failed().
    void answered(int status);

protected:
    explicit ApiJob(QObject* parent = nullptr);

    // Called for a 2xx answer. Emit finished(…) or call fail().
    virtual void handleSuccess(int status, const QByteArray& body) = 0;
    // Called for 401/403 and other error statuses before the generic mapping; return true if handled.
    virtual bool handleErrorStatus(int status, const QByteArray& body);
    void fail(const ApiError& error);
    void complete(); // after emitting finished(…)

private:
    friend class ApiClient;
    void start(QNetworkAccessManager* nam, const CertTrustStore* trust, QNetworkRequest request, const QByteArray& verb,
               const QByteArray& body);
    void onFinished();
    void onSslErrors(const QList<QSslError>& errors);
    void onRedirected(const QUrl& url);
    ApiError networkError() const;
    void logOutcome(int status) const;

    QPointer<QNetworkReply> m_reply;
    const CertTrustStore* m_trust = nullptr;
    QString m_host;
    QUrl m_url;
    QByteArray m_verb;
    QElapsedTimer m_timer;
    int m_timeoutMs = 30000;
    QString m_sessionKey; // the session key the call carried, if any
    bool m_cancelled = false;
    bool m_done = false;
    ApiError m_pending; // set when we aborted the reply ourselves (TLS refusal, bad redirect)
    std::function<void(const QByteArray&)> m_successTap; // set by ApiClient: gets the body of a 2xx answer
};
