#include "ApiClient.h"

#include "AliasesJob.h"
#include "CertTrustStore.h"
#include "JsonJob.h"
#include "LoginJob.h"
#include "OfflineCache.h"
#include "TextJob.h"
#include "UsersJob.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

ApiClient::ApiClient(const QUrl& baseUrl, CertTrustStore* trust, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_trust(trust)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setStrictTransportSecurityEnabled(true);
    m_nam->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Jobs are children; their destructors abort their replies before the manager goes.
    const auto jobs = findChildren<ApiJob*>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

QString ApiClient::hostKey() const
{
    return hostKey(m_baseUrl);
}

QString ApiClient::hostKey(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(url.port(443));
}

QUrl ApiClient::normalizeBaseUrl(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    if (!t.contains(QLatin1String("://"))) {
        t.prepend(QLatin1String("https://"));
    }
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().toLower() != QLatin1String("https") || url.host().isEmpty()) {
        return {};
    }
    url.setScheme(QStringLiteral("https"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (path.isEmpty()) {
        path = QStringLiteral("/admin");
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

void ApiClient::setOfflineCache(OfflineCache* cache, const QString& box)
{
    m_cache = cache;
    m_cacheBox = box;
}

void ApiClient::setSessionCredentials(const QString& email, const QString& sessionKey)
{
    m_email = email;
    m_sessionKey = sessionKey;
}

void ApiClient::clearSessionCredentials()
{
    m_sessionKey.clear();
}

QByteArray ApiClient::basicAuthorization(const QString& user, const QString& secret)
{
    return QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QByteArray ApiClient::formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& field : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QNetworkRequest ApiClient::makeRequest(const QString& path, const QUrlQuery& query, Duration duration) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Boxkeeper/%1").arg(QLatin1String(BOXKEEPER_VERSION)));
    request.setTransferTimeout(duration == Duration::Long ? m_longTimeoutMs : m_timeoutMs);
    return request;
}

void ApiClient::launch(ApiJob* job, QNetworkRequest request, const QByteArray& verb, const QByteArray& body,
                       bool sessionAuth)
{
    if (sessionAuth && !m_sessionKey.isEmpty()) {
        request.setRawHeader("Authorization", basicAuthorization(m_email, m_sessionKey));
        job->m_sessionKey = m_sessionKey;
    }
    if (m_cache && sessionAuth) {
        const QString path = request.url().path().mid(m_baseUrl.path().size());
        if (const auto kind = OfflineCache::kindFor(verb, path)) {
            OfflineCache* cache = m_cache;
            const QString box = m_cacheBox;
            job->m_successTap = [cache, box, kind](const QByteArray& answer) { cache->store(box, *kind, answer); };
        }
    }
    connect(job, &ApiJob::failed, this, [this, job](const ApiError& error) { onJobFailed(job, error); });
    connect(job, &ApiJob::answered, this, &ApiClient::onJobAnswered);
    job->start(m_nam, m_trust, request, verb, body);
}

void ApiClient::onJobFailed(ApiJob* job, const ApiError& error)
{
    if (error.kind == ApiError::Kind::Tls && error.tlsProblem == ApiError::TlsProblem::Untrusted) {
        emit trustRequired(error.host, error.chain, error.sslErrors);
    } else if (error.kind == ApiError::Kind::Tls && error.tlsProblem == ApiError::TlsProblem::Changed) {
        emit certificateChanged(error.host, error.pinnedFingerprint, error.presentedFingerprint, error.chain);
    } else if (error.kind == ApiError::Kind::Auth && error.httpStatus == 401 && job->usesSession() &&
               job->m_sessionKey == m_sessionKey && error.reason != QLatin1String("You are not an administrator.")) {
        // A refusal for lack of the admin privilege leaves the session valid; anything else means it is gone.
        // A late 401 for a key already replaced (renewal, new login) or forgotten (logout) says nothing about the
        // session in use.
        m_sessionKey.clear();
        m_connectionLost = false;
        emit sessionExpired(error);
    } else if ((error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) && job->usesSession() &&
               job->m_sessionKey == m_sessionKey) {
        m_connectionLost = true;
        emit connectionLost(error);
    }
}

void ApiClient::onJobAnswered()
{
    if (m_connectionLost) {
        m_connectionLost = false;
        emit connectionRestored();
    }
}

void ApiClient::probeConnection()
{
    // Small for every user: admins get the domain list, others a 403 that leaves the session as it is.
    getText(QStringLiteral("/mail/domains"));
}

LoginJob* ApiClient::login(const QString& email, const QString& password, const QString& totpCode)
{
    auto* job = new LoginJob(this);
    QNetworkRequest request = makeRequest(QStringLiteral("/login"), {}, Duration::Normal);
    request.setRawHeader("Authorization", basicAuthorization(email, password));
    if (!totpCode.isEmpty()) {
        request.setRawHeader("X-Auth-Token", totpCode.toLatin1());
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    launch(job, request, "POST", QByteArray(), false);
    return job;
}

TextJob* ApiClient::logout()
{
    auto* job = new TextJob(this);
    QNetworkRequest request = makeRequest(QStringLiteral("/logout"), {}, Duration::Normal);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    launch(job, request, "POST", QByteArray(), true);
    m_sessionKey.clear();
    return job;
}

UsersJob* ApiClient::fetchUsers()
{
    auto* job = new UsersJob(this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    launch(job, makeRequest(QStringLiteral("/mail/users"), query, Duration::Normal), "GET", QByteArray(), true);
    return job;
}

AliasesJob* ApiClient::fetchAliases()
{
    auto* job = new AliasesJob(this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    launch(job, makeRequest(QStringLiteral("/mail/aliases"), query, Duration::Normal), "GET", QByteArray(), true);
    return job;
}

TextJob* ApiClient::getText(const QString& path, const QUrlQuery& query, Duration duration)
{
    auto* job = new TextJob(this);
    launch(job, makeRequest(path, query, duration), "GET", QByteArray(), true);
    return job;
}

JsonJob* ApiClient::getJson(const QString& path, const QUrlQuery& query, Duration duration)
{
    auto* job = new JsonJob(this);
    launch(job, makeRequest(path, query, duration), "GET", QByteArray(), true);
    return job;
}

TextJob* ApiClient::postForm(const QString& path, const QList<QPair<QString, QString>>& fields, Duration duration)
{
    auto* job = new TextJob(this);
    QNetworkRequest request = makeRequest(path, {}, duration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    launch(job, request, "POST", formEncode(fields), true);
    return job;
}

TextJob* ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body, Duration duration)
{
    auto* job = new TextJob(this);
    QNetworkRequest request = makeRequest(path, {}, duration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
    launch(job, request, verb, body, true);
    return job;
}

JsonJob* ApiClient::postFormJson(const QString& path, const QList<QPair<QString, QString>>& fields, Duration duration)
{
    auto* job = new JsonJob(this);
    QNetworkRequest request = makeRequest(path, {}, duration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    launch(job, request, "POST", formEncode(fields), true);
    return job;
}
