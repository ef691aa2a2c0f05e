#include "Doveadm.h"

#include "box/BoxConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
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
    if (!QProcess::startDetached(m_program,
                                 {QStringLiteral("quota"), QStringLiteral("recalc"), QStringLiteral("-u"), email})) {
        qCWarning(lcDoveadm) << "cannot start" << m_program;
    }
}
