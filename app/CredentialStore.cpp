#include "CredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#ifdef BOXKEEPER_HAVE_DBUS
#include <QDBusConnection>
#endif

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QStringLiteral("Boxkeeper"), parent)
{ }

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString CredentialStore::keyFor(const QUrl& serverUrl, const QString& email, const QString& purpose)
{
    return QStringLiteral("%1/%2/%3")
        .arg(serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString(), email, purpose);
}

void CredentialStore::prepare(QKeychain::Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

CredentialStore::Failure CredentialStore::classify(QKeychain::Job* job) const
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::AccessDenied;
    default:
        break;
    }
#ifdef BOXKEEPER_HAVE_DBUS
    // Without a session bus the Secret Service backend reports only a generic error ("Could not connect: …").
    if (!QDBusConnection::sessionBus().isConnected()) {
        return Failure::NoBackend;
    }
#endif
    const QString text = job->errorString();
    if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("org.freedesktop"), Qt::CaseInsensitive)) {
        return Failure::NoBackend;
    }
    return Failure::Other;
}

void CredentialStore::report(const QString& key, QKeychain::Job* job)
{
    const Failure failure = classify(job);
    // The keychain's own text (often raw D-Bus wording, in English) goes to the log only; people get a plain,
    // translated sentence. The key names the box and user, never the secret.
    if (failure != Failure::NotFound) {
        qCWarning(lcKeychain, "Keychain call for %s failed (%d): %s", qPrintable(key), int(job->error()),
                  qPrintable(job->errorString()));
    }
    QString message;
    switch (failure) {
    case Failure::NotFound:
        message = tr("No saved password for this box.");
        break;
    case Failure::NoBackend:
        message = tr("No password keychain is available on this computer, so passwords will not be remembered; "
                     "you will be asked each time.");
        break;
    case Failure::AccessDenied:
        message = tr("Access to the password keychain was denied, so the password was not remembered.");
        break;
    case Failure::Other:
        message = tr("The password keychain did not work, so the password was not remembered. Details are in the "
                     "log (Help ▸ Copy diagnostics).");
        break;
    }
    if (failure == Failure::NoBackend && !m_backendMissing) {
        m_backendMissing = true;
        emit backendUnavailable(message);
    }
    emit failed(key, failure, message);
}

void CredentialStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            emit secretRead(key, static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
        } else {
            report(key, j);
        }
    });
    job->start();
}

void CredentialStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            emit secretWritten(key);
        } else {
            report(key, j);
        }
    });
    job->start();
}

void CredentialStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            emit secretRemoved(key);
        } else {
            report(key, j);
        }
    });
    job->start();
}
