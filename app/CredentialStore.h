#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

// Secrets (passwords, session keys) in the OS keychain through QtKeychain: Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows. Asynchronous; never an insecure fallback file; never logged.
// Key = "<serverUrl>/<email>/<purpose>" under the service "Boxkeeper".
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        NotFound, // nothing stored: ask the user
        NoBackend, // no keychain service answers: say so once, then ask each time
        AccessDenied,
        Other,
    };
    Q_ENUM(Failure)

    explicit CredentialStore(QObject* parent = nullptr);
    CredentialStore(const QString& service, QObject* parent);

    QString service() const { return m_service; }
    static QString keyFor(const QUrl& serverUrl, const QString& email, const QString& purpose);

    void read(const QString& key);
    void write(const QString& key, const QString& secret);
    void remove(const QString& key);

    // True once a call found no keychain backend; the app then stops offering "remember me".
    bool isBackendMissing() const { return m_backendMissing; }

signals:
    void secretRead(const QString& key, const QString& secret);
    void secretWritten(const QString& key);
    void secretRemoved(const QString& key);
    void failed(const QString& key, CredentialStore::Failure failure, const QString& message);
    // Emitted once, the first time no backend answers.
    void backendUnavailable(const QString& message);

private:
    void prepare(QKeychain::Job* job, const QString& key);
    Failure classify(QKeychain::Job* job) const;
    void report(const QString& key, QKeychain::Job* job);

    QString m_service;
    bool m_backendMissing = false;
};
