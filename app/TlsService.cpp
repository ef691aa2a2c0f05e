#include "TlsService.h"

#include "ApiClient.h"
#include "JsonJob.h"
#include "Logging.h"
#include "TextJob.h"

#include <QUrl>

TlsService::TlsService(QObject* parent)
    : QObject(parent)
{ }

TlsService::~TlsService()
{
    m_calls.abortAll(this);
}

void TlsService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const QList<Call> running = m_calls.running();
    m_calls.abortAll(this);
    m_known.clear();
    m_client = client;
    for (Call call : running)
        emit busyChanged(call, false);
}

bool TlsService::canStart(Call call) const
{
    return m_client && !isBusy(call);
}

void TlsService::track(Call call, ApiJob* job)
{
    m_calls.add(call, job);
    emit busyChanged(call, true);
    connect(job, &ApiJob::failed, this, [this, call](const ApiError& error) {
        finish(call);
        emit failed(call, error);
    });
}

void TlsService::finish(Call call)
{
    m_calls.remove(call);
    emit busyChanged(call, false);
}

void TlsService::abort(Call call)
{
    if (ApiJob* job = m_calls.call(call))
        job->abort(); // failed(Cancelled) follows
}

bool TlsService::fetchStatus()
{
    if (!canStart(Call::Status))
        return false;
    // The box looks up every domain in DNS to say whether it can be provisioned: seconds on a box with many domains.
    JsonJob* job = m_client->getJson(QStringLiteral("/ssl/status"), {}, ApiClient::Duration::Long);
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finish(Call::Status);
        TlsStatus status;
        if (!TlsStatus::parse(document, &status)) {
            emit failed(Call::Status, ApiError::unreadable(tr("The box's certificate status could not be read.")));
            return;
        }
        emit statusLoaded(status);
    });
    track(Call::Status, job);
    return true;
}

bool TlsService::requestCsr(const QString& domain, const QString& countryCode)
{
    if (!canStart(Call::Csr))
        return false;
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain.trimmed()));
    if (ascii.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = tr("Choose the domain the certificate is for.");
        emit failed(Call::Csr, error);
        return false;
    }
    const QString code = countryCode.trimmed();
    TextJob* job = m_client->postForm(QStringLiteral("/ssl/csr/") + QString::fromLatin1(QUrl::toPercentEncoding(ascii)),
                                      {{QStringLiteral("countrycode"), code}});
    connect(job, &TextJob::finished, this, [this, ascii, code](const QString& text) {
        finish(Call::Csr);
        if (!text.contains(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----"))) {
            ApiError error;
            error.kind = ApiError::Kind::Parse;
            error.serverText = text;
            error.message = tr("The box did not answer with a certificate signing request.");
            emit failed(Call::Csr, error);
            return;
        }
        emit csrMade(ascii, code, text);
    });
    track(Call::Csr, job);
    return true;
}

bool TlsService::isInstallRefusal(const QString& boxText)
{
    // The sentences of domain.md §9.3 and api.md §7.3; a successful install answers with its log lines (or nothing).
    static const QLatin1String refusals[] = {
        QLatin1String("Invalid domain name."),
        QLatin1String("This is a self-signed certificate."),
        QLatin1String("There is a problem with the certificate"),
        QLatin1String("The certificate is for the wrong domain name."),
        QLatin1String("The private key file "),
        QLatin1String("The certificate does not correspond to the private key"),
        QLatin1String("The certificate has expired or is not yet valid."),
        QLatin1String("The certificate is missing an intermediate chain"),
        QLatin1String("The certificate is expiring soon"),
    };
    const QString text = boxText.trimmed();
    for (const QLatin1String& refusal : refusals) {
        if (text.startsWith(refusal))
            return true;
    }
    return false;
}

bool TlsService::install(const QString& domain, const QString& certificate, const QString& chain)
{
    if (!canStart(Call::Install))
        return false;
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain.trimmed()));
    if (ascii.isEmpty() || certificate.trimmed().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = ascii.isEmpty() ? tr("Choose the domain the certificate is for.")
                                        : tr("Paste the certificate, or choose its file.");
        emit failed(Call::Install, error);
        return false;
    }
    TextJob* job = m_client->postForm(
        QStringLiteral("/ssl/install"),
        {{QStringLiteral("domain"), ascii}, {QStringLiteral("cert"), certificate}, {QStringLiteral("chain"), chain}},
        ApiClient::Duration::Long);
    connect(job, &TextJob::finished, this, [this, ascii, certificate, chain](const QString& text) {
        finish(Call::Install);
        if (isInstallRefusal(text)) {
            qCInfo(lcNet, "The box refused the certificate for %s", qPrintable(ascii));
            emit installRefused(ascii, text.trimmed());
            return;
        }
        remember(ascii, certificate, chain);
        QStringList log;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                log.append(line.trimmed());
        }
        emit installed(ascii, log);
    });
    track(Call::Install, job);
    return true;
}

void TlsService::remember(const QString& domain, const QString& certificate, const QString& chain)
{
    TlsKnownCertificate known;
    known.pem = certificate.trimmed().toUtf8() + "\n" + chain.trimmed().toUtf8();
    known.installedAt = QDateTime::currentDateTimeUtc();
    m_known.insert(domain.toLower(), known);
}

bool TlsService::provision()
{
    if (!canStart(Call::Provision))
        return false;
    JsonJob* job = m_client->postFormJson(QStringLiteral("/ssl/provision"), {}, ApiClient::Duration::Long);
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finish(Call::Provision);
        TlsProvisionResult result;
        if (!TlsProvisionResult::parse(document, &result)) {
            emit failed(Call::Provision,
                        ApiError::unreadable(tr("The box's answer to provisioning could not be read.")));
            return;
        }
        // The box names the file of each certificate that is valid already.
        for (const TlsProvisionRequest& r : std::as_const(result.requests)) {
            if (r.certificateFile.isEmpty())
                continue;
            for (const QString& domain : r.domains) {
                TlsKnownCertificate& known = m_known[domain.toLower()];
                known.file = r.certificateFile;
            }
        }
        emit provisioned(result);
    });
    track(Call::Provision, job);
    return true;
}
