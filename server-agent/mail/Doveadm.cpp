#include "Doveadm.h"

#include "box/BoxConfig.h"
#include "box/ProcessRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDoveadm, "boxkeeper.agent.mail.doveadm", QtInfoMsg)

Doveadm::Doveadm(const BoxConfig& config)
    : m_config(config)
{ }

bool Doveadm::available()
{
    QMutexLocker lock(&m_mutex);
    if (!m_detected) {
        m_detected = true;
        m_program = QStandardPaths::findExecutable(QStringLiteral("doveadm"));
        if (m_program.isEmpty()) {
            m_program = QStandardPaths::findExecutable(QStringLiteral("doveadm"), {QStringLiteral("/usr/bin")});
        }
        QFile pidFile(m_config.systemPath(QStringLiteral("/run/dovecot/master.pid")));
        bool running = false;
        if (pidFile.open(QIODevice::ReadOnly)) {
            const QByteArray pid = pidFile.readAll().trimmed();
            running = !pid.isEmpty() && QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid));
        }
        m_available = !m_program.isEmpty() && running;
        qCInfo(lcDoveadm) << "doveadm quota recalc" << (m_available ? "enabled" : "disabled");
    }
    return m_available;
}

void Doveadm::quotaRecalc(const QString& email)
{
    if (!available()) {
        return;
    }
    // Nobody waits for the answer; a failure is logged by the runner.
    ProcessRunner(m_program)
        .args({QStringLiteral("quota"), QStringLiteral("recalc"), QStringLiteral("-u"), email})
        .runInBackground();
}
