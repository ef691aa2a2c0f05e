#pragma once

#include <QProcess>
#include <QString>

// Debian's pebble, a real ACME server, on loopback ports for the certificate tests: its own TLS certificate from a
// throw-away CA (certbot trusts it through the box's ACME_CA_BUNDLE), HTTP-01 challenges fetched from 127.0.0.1 on
// the port the test's nginx listens on, names resolved through the test's nsd, and a chosen certificate lifetime.
// Without sleeps, nonce rejections or reused authorizations, so every order is validated for real.
class TestPebble
{
public:
    TestPebble() = default;
    TestPebble(const TestPebble&) = delete;
    TestPebble& operator=(const TestPebble&) = delete;
    ~TestPebble();

    static QString program(); // empty when pebble is not installed

    // Starts pebble with its files in `dir`; true once it serves.
    bool start(const QString& dir, quint16 httpPort, const QString& dnsServer, qint64 validitySecs, QString* error);
    void stop();

    QString directoryUrl() const; // the ACME directory (ACME_SERVER)
    QString caBundlePath() const; // the CA of pebble's own TLS certificate (ACME_CA_BUNDLE)
    // The root pebble issues from (new at every start), fetched from its management port: what a certificate
    // check must trust (TRUSTED_CA_FILE). PEM, empty on failure.
    QByteArray issuingRoot(QString* error) const;

private:
    QString m_dir;
    quint16 m_port = 0;
    quint16 m_managementPort = 0;
    QProcess m_process;
};
