#include "TestPebble.h"

#include "TestFiles.h"
#include "TestNsd.h"
#include "TestPki.h"
#include "TestTool.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

TestPebble::~TestPebble()
{
    stop();
}

QString TestPebble::program()
{
    return TestTool::path(QStringLiteral("pebble"));
}

bool TestPebble::start(const QString& dir, quint16 httpPort, const QString& dnsServer, qint64 validitySecs,
                       QString* error)
{
    m_dir = dir;
    QDir().mkpath(dir);
    // Debian's pebble ships no certificate for its own listener: one for "localhost" from a throw-away CA.
    const TestPki::Authority ca = TestPki::authority(QStringLiteral("Pebble listener"));
    const QByteArray key = TestPki::rsaKey();
    TestPki::Spec spec;
    spec.commonName = QStringLiteral("localhost");
    spec.dnsNames = {QStringLiteral("localhost")};
    const QByteArray certificate = TestPki::serverCertificate(ca, spec, key);
    m_port = TestNsd::freePort();
    m_managementPort = TestNsd::freePort();
    if (certificate.isEmpty() || !m_port || !m_managementPort) {
        *error = QStringLiteral("cannot make pebble's certificate or find free ports");
        return false;
    }
    const QJsonObject pebble{
        {QStringLiteral("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_port)},
        {QStringLiteral("managementListenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_managementPort)},
        {QStringLiteral("certificate"), dir + QStringLiteral("/listener.pem")},
        {QStringLiteral("privateKey"), dir + QStringLiteral("/listener.key")},
        {QStringLiteral("httpPort"), httpPort},
        {QStringLiteral("tlsPort"), TestNsd::freePort()},
        {QStringLiteral("ocspResponderURL"), QString()},
        {QStringLiteral("externalAccountBindingRequired"), false},
        {QStringLiteral("certificateValidityPeriod"), validitySecs},
    };
    if (!TestFiles::write(dir + QStringLiteral("/listener.pem"), certificate + ca.intermediateCert) ||
        !TestFiles::write(dir + QStringLiteral("/listener.key"), key) ||
        !TestFiles::write(caBundlePath(), ca.rootCert) ||
        !TestFiles::write(dir + QStringLiteral("/pebble.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("pebble"), pebble}}).toJson())) {
        *error = QStringLiteral("cannot write pebble's files in %1").arg(dir);
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
    env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QStringLiteral("0"));
    env.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QStringLiteral("0"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program(), {QStringLiteral("-config"), dir + QStringLiteral("/pebble.json"),
                                QStringLiteral("-dnsserver"), dnsServer});
    return TestTool::waitForListening(
        m_process, m_port, 15000, QStringLiteral("pebble"), [this] { return m_process.readAll(); }, error);
}

void TestPebble::stop()
{
    TestTool::stop(m_process);
}

QString TestPebble::directoryUrl() const
{
    return QStringLiteral("https://localhost:%1/dir").arg(m_port);
}

QString TestPebble::caBundlePath() const
{
    return m_dir + QStringLiteral("/listener-ca.pem");
}

QByteArray TestPebble::issuingRoot(QString* error) const
{
    const TestTool::Result r = TestTool::run(
        QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"),
                                 caBundlePath(), QStringLiteral("https://localhost:%1/roots/0").arg(m_managementPort)});
    if (!r.ok()) {
        *error = QString::fromUtf8(r.message());
        return {};
    }
    return r.out;
}
