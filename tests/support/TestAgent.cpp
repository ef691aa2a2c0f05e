#include "TestAgent.h"

#include "TestFiles.h"
#include "TestTool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

TestAgent::TestAgent() = default;

TestAgent::~TestAgent()
{
    stop();
}

static QHash<QString, QString> readEnvFile(const QString& path)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return values;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0) {
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
    }
    return values;
}

bool TestAgent::start(QString* error, const QStringList& extraArgs, const QString& dir)
{
    stop();
    m_configPath.clear();
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            if (error) {
                *error = QStringLiteral("cannot create a temporary directory");
            }
            return false;
        }
        m_dir = m_tempDir->path() + QStringLiteral("/box");
    } else {
        m_dir = dir;
    }
    const QString envPath = m_dir + QStringLiteral("/demo.env");
    QFile::remove(envPath);

    if (!launch({QStringLiteral("--demo"), m_dir}, extraArgs, error))
        return false;
    QDeadlineTimer deadline(30000);
    QHash<QString, QString> env;
    while (!deadline.hasExpired()) {
        env = readEnvFile(envPath);
        if (env.contains(QStringLiteral("BOXKEEPER_PORT"))) {
            break;
        }
        if (m_process->state() == QProcess::NotRunning) {
            break;
        }
        m_process->waitForReadyRead(50);
        m_stderr += m_process->readAllStandardError();
    }
    if (!env.contains(QStringLiteral("BOXKEEPER_PORT"))) {
        m_stderr += m_process->readAllStandardError();
        if (error) {
            *error = QStringLiteral("the agent did not come up: %1").arg(QString::fromUtf8(m_stderr));
        }
        stop();
        return false;
    }
    m_baseUrl = QUrl(env.value(QStringLiteral("BOXKEEPER_URL")));
    m_port = env.value(QStringLiteral("BOXKEEPER_PORT")).toUShort();
    m_email = env.value(QStringLiteral("BOXKEEPER_EMAIL"));
    m_password = env.value(QStringLiteral("BOXKEEPER_PASSWORD"));
    m_fingerprint = env.value(QStringLiteral("BOXKEEPER_FINGERPRINT"));
    return true;
}

bool TestAgent::launch(const QStringList& box, const QStringList& extraArgs, QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(BOXKEEPER_AGENT_PATH));
    m_process->setArguments(box + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArgs);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    TestTool::endWithTest(*m_process);
    m_process->start();
    if (m_process->waitForStarted(10000))
        return true;
    if (error)
        *error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
    return false;
}

bool TestAgent::startWithConfig(const QString& configPath, QString* error, const QStringList& extraArgs)
{
    stop();
    m_configPath = QFileInfo(configPath).absoluteFilePath();
    m_dir = QFileInfo(m_configPath).absolutePath();
    m_email.clear();
    m_password.clear();
    m_fingerprint.clear();
    m_stderr.clear();

    if (!launch({QStringLiteral("--config"), m_configPath}, extraArgs, error))
        return false;
    static const QRegularExpression serving(
        QStringLiteral("boxkeeper-agent: serving https://127\\.0\\.0\\.1:(\\d+)\n"));
    QDeadlineTimer deadline(30000);
    QRegularExpressionMatch match;
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(50);
        m_stderr += m_process->readAllStandardError();
        match = serving.match(QString::fromUtf8(m_stderr));
        if (match.hasMatch())
            break;
    }
    if (!match.hasMatch()) {
        m_stderr += m_process->readAllStandardError();
        if (error)
            *error = QStringLiteral("the agent did not come up: %1").arg(QString::fromUtf8(m_stderr));
        stop();
        return false;
    }
    m_port = match.captured(1).toUShort();
    m_baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/admin").arg(m_port));
    return true;
}

void TestAgent::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_stderr += m_process->readAllStandardError();
        m_process.reset();
    }
}

bool TestAgent::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestAgent::configPath() const
{
    if (!m_configPath.isEmpty())
        return m_configPath;
    return m_dir + QStringLiteral("/mailinabox.conf");
}

QString TestAgent::storageRoot() const
{
    return m_dir + QStringLiteral("/user-data");
}

QString TestAgent::databasePath() const
{
    return storageRoot() + QStringLiteral("/mail/users.sqlite");
}

QUrl TestAgent::url(const QString& path) const
{
    return QUrl(m_baseUrl.toString() + path);
}

QSslCertificate TestAgent::certificate() const
{
    QFile f(storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem"));
    if (!f.open(QIODevice::ReadOnly)) {
        return QSslCertificate();
    }
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

QString TestAgent::systemApiKey() const
{
    QFile f(m_dir + QStringLiteral("/system/var/lib/mailinabox/api.key"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(f.readAll()).trimmed();
}

QByteArray TestAgent::stderrOutput() const
{
    if (m_process) {
        m_stderr += m_process->readAllStandardError();
    }
    return m_stderr;
}

qint64 TestAgent::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString TestAgent::peakRss() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toLongLong() / 1024.0, 'f', 1) +
                   QStringLiteral(" MB");
    }
    return QStringLiteral("?");
}

bool TestAgent::restartWith(const QByteArray& key, const QByteArray& value, QString* error)
{
    return restartWith({{key, value}}, error);
}

bool TestAgent::restartWith(const QList<QPair<QByteArray, QByteArray>>& values, QString* error)
{
    stop();
    QByteArray config;
    for (const QByteArray& line : TestFiles::read(configPath()).split('\n')) {
        const bool replaced = std::any_of(values.cbegin(), values.cend(),
                                          [&line](const auto& kv) { return line.startsWith(kv.first + '='); });
        if (!line.isEmpty() && !replaced)
            config += line + '\n';
    }
    for (const auto& [key, value] : values)
        config += key + '=' + value + '\n';
    if (!TestFiles::write(configPath(), config)) {
        *error = QStringLiteral("cannot write %1").arg(configPath());
        return false;
    }
    return m_configPath.isEmpty() ? start(error, {}, dir()) : startWithConfig(m_configPath, error);
}
