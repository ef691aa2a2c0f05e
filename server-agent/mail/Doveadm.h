#pragma once

#include <QMutex>
#include <QString>

class BoxConfig;

// `doveadm quota recalc -u <email>` after a user is added or its quota set (domain.md §4.3), where
// dovecot runs. Whether it runs is detected once, on first use: doveadm must be on PATH and
// dovecot's master process alive (SYSTEM_ROOT/run/dovecot/master.pid names a live process).
// Elsewhere (demo and test boxes, a box without dovecot) the call is skipped silently.
// The recalculation runs in the background (box/ProcessRunner): the answer does not wait for it.
class Doveadm
{
public:
    explicit Doveadm(const BoxConfig& config);

    bool available();
    void quotaRecalc(const QString& email);

private:
    const BoxConfig& m_config;
    QMutex m_mutex;
    bool m_detected = false;
    bool m_available = false;
    QString m_program;
};
