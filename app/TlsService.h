#pragma once

#include "ApiError.h"
#include "RunningCalls.h"
#include "TlsCertificates.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;

// What the desktop knows of the certificate a domain uses, beyond the box's status sentence (which names no
// certificate): the one installed from here in this session, or the file the box named in provisioning's answer.
struct TlsKnownCertificate
{
    QByteArray pem; // certificate and chain as installed from here; empty if not installed from here
    QDateTime installedAt;
    QString file; // the certificate file on the box, as provisioning named it; empty if unknown

    bool isNull() const { return pem.isEmpty() && file.isEmpty(); }
};

// The box's TLS certificates (spec/api.md §7) for the desktop's TLS page: the status of every domain, a CSR for a
// domain made with the box's key, installing a certificate (with its chain), and automatic provisioning (ACME).
// Results come back typed; a refusal as ApiError with the box's sentence (`serverText`). An install the box's check
// refuses is answered with 200 and the check's sentence (api.md §7.3): installRefused() carries it as it is. One call
// of each kind at a time; everything running is aborted when the client changes or the service is destroyed.
class TlsService : public QObject
{
    Q_OBJECT

public:
    enum class Call { Status, Csr, Install, Provision };
    Q_ENUM(Call)

    explicit TlsService(QObject* parent = nullptr);
    ~TlsService() override;

    void setClient(ApiClient* client); // aborts running calls and forgets what was installed from here
    bool isBusy() const { return m_calls.isAnyRunning(); }
    bool isBusy(Call call) const { return m_calls.isRunning(call); }

    // Each returns false (and sends nothing) without a client or while a call of its kind runs.
    bool fetchStatus();
    // `countryCode`: two letters, or empty for a request with the domain's name only.
    bool requestCsr(const QString& domain, const QString& countryCode);
    // `certificate` and `chain` as PEM text (the chain may be empty); an empty certificate is refused here
    // (failed(Install, …)) without asking the box.
    bool install(const QString& domain, const QString& certificate, const QString& chain);
    // Runs on the box until every certificate was requested (minutes with many domains); the box cannot be told to
    // stop, abort() only stops waiting.
    bool provision();
    void abort(Call call);

    // The certificate `domain` is known to use (see TlsKnownCertificate); null if nothing is known.
    TlsKnownCertificate knownCertificate(const QString& domain) const { return m_known.value(domain.toLower()); }
    QHash<QString, TlsKnownCertificate> knownCertificates() const { return m_known; }

    // Whether an answer of POST /ssl/install is one of the box's refusals (the check's sentences of domain.md §9.3,
    // "Invalid domain name.", the self-signed refusal); anything else is the log of a successful install.
    static bool isInstallRefusal(const QString& boxText);

signals:
    void busyChanged(TlsService::Call call, bool busy);
    void statusLoaded(const TlsStatus& status);
    void csrMade(const QString& domain, const QString& countryCode, const QString& pem);
    // `log`: the box's post-install lines (e.g. "updating primary certificate", "web updated"), maybe none.
    void installed(const QString& domain, const QStringList& log);
    void installRefused(const QString& domain, const QString& boxText);
    void provisioned(const TlsProvisionResult& result);
    void failed(TlsService::Call call, const ApiError& error);

private:
    bool canStart(Call call) const;
    void track(Call call, ApiJob* job);
    void finish(Call call);
    void remember(const QString& domain, const QString& certificate, const QString& chain);

    QPointer<ApiClient> m_client;
    RunningCalls<Call> m_calls;
    QHash<QString, TlsKnownCertificate> m_known; // by lower-case domain
};
