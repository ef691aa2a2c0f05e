#pragma once

#include "ApiError.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

class CertTrustStore;
class JsonJob;
class LoginJob;
class QNetworkAccessManager;
class QNetworkRequest;
class TextJob;
class UsersJob;
class ApiJob;
class AliasesJob;
class OfflineCache;

// The client of one box's management API (https://HOST/admin). Owns the only QNetworkAccessManager for that box.
// Every call returns a running job (see ApiJob). After login, calls carry email:session-key (Basic auth);
// a 401 on such a call emits sessionExpired(), unless the key it carried was replaced meanwhile.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    enum class Duration {
        Normal, // transferTimeout()
        Long, // status checks, DNS update, provisioning, backups: longer than the box's own 630 s worker limit
    };

    explicit ApiClient(const QUrl& baseUrl, CertTrustStore* trust, QObject* parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // "host:port", the key for certificate pins.
    QString hostKey() const;
    static QString hostKey(const QUrl& url);
    CertTrustStore* trustStore() const { return m_trust; }

    // "box.example.com" → https://box.example.com/admin; refuses anything that is not https (empty QUrl).
    static QUrl normalizeBaseUrl(const QString& text);

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    void setLongTransferTimeout(int milliseconds) { m_longTimeoutMs = milliseconds; }
    int longTransferTimeout() const { return m_longTimeoutMs; }

    // Keeps the successful answers of the read routes OfflineCache lists under the box's name `box` (null: none).
    void setOfflineCache(OfflineCache* cache, const QString& box);
    OfflineCache* offlineCache() const { return m_cache; }

    void setSessionCredentials(const QString& email, const QString& sessionKey);
    void clearSessionCredentials();
    bool hasSession() const { return !m_sessionKey.isEmpty(); }
    QString email() const { return m_email; }

    LoginJob* login(const QString& email, const QString& password, const QString& totpCode = {});
    TextJob* logout();
    UsersJob* fetchUsers();
    AliasesJob* fetchAliases();

    TextJob* getText(const QString& path, const QUrlQuery& query = {}, Duration duration = Duration::Normal);
    JsonJob* getJson(const QString& path, const QUrlQuery& query = {}, Duration duration = Duration::Normal);
    TextJob* postForm(const QString& path, const QList<QPair<QString, QString>>& fields,
                      Duration duration = Duration::Normal);
    JsonJob* postFormJson(const QString& path, const QList<QPair<QString, QString>>& fields,
                          Duration duration = Duration::Normal);
    // Any method with a raw text body (the custom DNS routes take the record's value as the body).
    TextJob* send(const QByteArray& verb, const QString& path, const QByteArray& body,
                  Duration duration = Duration::Normal);

    static QByteArray formEncode(const QList<QPair<QString, QString>>& fields);
    static QByteArray basicAuthorization(const QString& user, const QString& secret);

signals:
    // The box's certificate is not CA-valid and no pin exists: ask the user; pin and retry if they trust it.
    void trustRequired(const QString& host, const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
    // The pinned certificate was replaced: refuse; the user must explicitly re-pin.
    void certificateChanged(const QString& host, const QString& pinnedFingerprint, const QString& presentedFingerprint,
                            const QList<QSslCertificate>& chain);
    // A call made with the current session key was refused: the session expired or was revoked.
    void sessionExpired(const ApiError& error);
    // A call of the session could not reach the box (network error, timeout), and the first answer after that.
    void connectionLost(const ApiError& error);
    void connectionRestored();

public:
    bool isConnectionLost() const { return m_connectionLost; }
    // A small call of the session whose only purpose is to find out whether the box answers (and whether the session
    // still holds): connectionRestored() or sessionExpired() or connectionLost() follow.
    void probeConnection();

private:
    QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query, Duration duration) const;
    void launch(ApiJob* job, QNetworkRequest request, const QByteArray& verb, const QByteArray& body, bool sessionAuth);
    void onJobFailed(ApiJob* job, const ApiError& error);
    void onJobAnswered();

    QUrl m_baseUrl;
    CertTrustStore* m_trust;
    QNetworkAccessManager* m_nam;
    QString m_email;
    QString m_sessionKey;
    int m_timeoutMs = 30000;
    int m_longTimeoutMs = 660000;
    bool m_connectionLost = false;
    OfflineCache* m_cache = nullptr;
    QString m_cacheBox;
};
