#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

// nsd on a loopback port for the DNS system tests, configured as a box's setup configures it.
class TestNsd
{
public:
    TestNsd() = default;
    TestNsd(const TestNsd&) = delete;
    TestNsd& operator=(const TestNsd&) = delete;
    ~TestNsd();

    // A loopback port free for both TCP and UDP (nsd serves both), 0 if none was found.
    static quint16 freePort();
    // `count` different such ports; empty if there are not so many.
    static QList<quint16> freePorts(int count);
    // The main nsd.conf of a box whose SYSTEM_ROOT is `systemRoot`: serves 127.0.0.1@port, zones from
    // SYSTEM_ROOT/etc/nsd/zones as listed in the agent's nsd.conf.d/zones.conf; pid file, transfer state,
    // zone list and control socket (control without certificates) in `runDir`.
    static QByteArray config(quint16 port, const QString& systemRoot, const QString& runDir,
                             std::optional<int> verbosity = std::nullopt);

    // `dig +short` against 127.0.0.1@port (2 s per try, 2 tries, no ~/.digrc), `extra` options before the
    // name: the answer's non-empty lines, trimmed; an empty list only for an answer without records. A dig
    // that fails (no answer, timeout, bad options) gives one line "<failed: ...>" with its exit code and
    // message, so a failure never reads as "no such record".
    static QStringList dig(quint16 port, const QString& name, const QString& type, const QStringList& extra = {});
    // The SOA serial of `zone` as served, or the answer that is not one (e.g. "<failed: ...>", "" for none).
    static QString serial(quint16 port, const QString& zone);

    // Runs `nsd -d -c confPath` (output merged; nsd reads no other configuration); true once it has started.
    bool start(const QString& confPath);
    // Waits up to 20 s until nsd accepts TCP connections on 127.0.0.1:port; false with its output otherwise.
    bool waitForListening(quint16 port, QString* error);
    // Terminates nsd (killed after 5 s) and waits for it and its processes; nothing if it does not run.
    void stop();
    qint64 pid() const { return m_process.processId(); } // 0 when it does not run
    // Everything nsd has printed and not yet been read.
    QByteArray readAll();

private:
    QProcess m_process;
};
