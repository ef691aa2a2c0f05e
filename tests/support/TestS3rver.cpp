#include "TestS3rver.h"

#include "TestFiles.h"
#include "TestNsd.h"
#include "TestPki.h"
#include "TestTool.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString cacheDir()
{
    const QString configured = qEnvironmentVariable("BOXKEEPER_S3RVER_DIR");
    if (!configured.isEmpty())
        return configured;
    const QString cache = qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + QStringLiteral("/.cache"));
    return cache + QStringLiteral("/boxkeeper-s3rver");
}

} // namespace

TestS3rver::~TestS3rver()
{
    stop();
}

QString TestS3rver::program(QString* error)
{
    const QString dir = cacheDir();
    const QString program = dir + QStringLiteral("/node_modules/.bin/s3rver");
    if (TestTool::path(QStringLiteral("node")).isEmpty()) {
        *error = QStringLiteral("node (nodejs) is not installed (./dev deps)");
        return {};
    }
    if (QFileInfo(program).isExecutable())
        return program;
    if (TestTool::path(QStringLiteral("npm")).isEmpty()) {
        *error = QStringLiteral("npm is not installed (./dev deps)");
        return {};
    }
    const TestTool::Result r = TestTool::run(QStringLiteral("npm"),
                                             {QStringLiteral("install"), QStringLiteral("--prefix"), dir,
                                              QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                              QStringLiteral("--loglevel=error"), QStringLiteral("s3rver@") + Version},
                                             {}, 300000);
    if (!r.ok() || !QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("cannot install s3rver into %1: %2").arg(dir, QString::fromUtf8(r.message()));
        return {};
    }
    return program;
}

bool TestS3rver::start(const QString& dir, const QString& bucket, QString* error)
{
    const QString command = program(error);
    if (command.isEmpty())
        return false;
    m_dir = dir;
    m_port = TestNsd::freePort();
    const TestPki::Authority ca = TestPki::authority(QStringLiteral("S3 server"));
    const QByteArray key = TestPki::rsaKey();
    TestPki::Spec spec;
    spec.commonName = QStringLiteral("127.0.0.1");
    spec.ipAddresses = {QStringLiteral("127.0.0.1")};
    spec.dnsNames = {QStringLiteral("localhost")};
    const QByteArray certificate = TestPki::serverCertificate(ca, spec, key);
    if (certificate.isEmpty() || !m_port || !QDir().mkpath(dataDir()) ||
        !TestFiles::write(dir + QStringLiteral("/server.pem"), certificate + ca.intermediateCert) ||
        !TestFiles::write(dir + QStringLiteral("/server.key"), key) || !TestFiles::write(caPath(), ca.rootCert)) {
        *error = QStringLiteral("cannot make s3rver's certificate, files or port in %1").arg(dir);
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(command,
                    {QStringLiteral("--directory"), dataDir(), QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--key"),
                     dir + QStringLiteral("/server.key"), QStringLiteral("--cert"), dir + QStringLiteral("/server.pem"),
                     QStringLiteral("--no-vhost-buckets"), QStringLiteral("--configure-bucket"), bucket});
    return TestTool::waitForListening(
        m_process, m_port, 30000, QStringLiteral("s3rver"), [this] { return log(); }, error);
}

void TestS3rver::stop()
{
    TestTool::stop(m_process);
    log();
}

QString TestS3rver::endpoint() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString TestS3rver::caPath() const
{
    return m_dir + QStringLiteral("/ca.pem");
}

QString TestS3rver::dataDir() const
{
    return m_dir + QStringLiteral("/data");
}

QByteArray TestS3rver::log() const
{
    m_log += m_process.readAll();
    return m_log;
}
