#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Runs the real command-line tools of a mail box (postmap, doveadm, dig, openssl, fail2ban-regex, ...) for the
// tests, so that what a test reads never depends on the machine's own configuration:
// - every tool runs with a private, empty HOME (no ~/.digrc and the like), OPENSSL_CONF pointing to an empty file
//   and the C locale (messages in English, as the tests read them);
// - postmap() and doveadm() pass a configuration directory of their own (postmap -c DIR, doveadm -c FILE), so
//   /etc/postfix and /etc/dovecot are never read and may be missing;
// - a tool that fails is told from a tool that answers "nothing": lookup() gives the answer, or NotFound, or a
//   failure text with the exit code and stderr that makes the comparison fail with the reason.
class QProcess;

class TestTool
{
public:
    struct Result
    {
        QString command; // program and arguments, for messages
        int exitCode = -1; // -1: did not start, crashed or did not finish in time (see `error`)
        QByteArray out;
        QByteArray err;
        QString error;

        bool ok() const { return exitCode == 0; }
        // "postmap -q a sqlite:x.cf: exit 1: postmap: fatal: ..." for test messages.
        QByteArray message() const;
    };

    // What lookup() gives for an answer of "no such key" (exit 1, nothing printed).
    static const QString NotFound;

    // The tool's path: PATH first, then /usr/sbin and /sbin; empty when it is not installed.
    static QString path(const QString& name);

    // Runs `program` (a name or a path) with `args`, `input` on its standard input, in the private environment.
    static Result run(const QString& program, const QStringList& args, const QByteArray& input = {},
                      int timeoutMs = 60000);

    // postmap -c <a private config dir> args: main.cf and dynamicmaps.cf (the sqlite map type) of its own.
    static Result postmap(const QStringList& args);
    // doveadm -c <a private minimal dovecot.conf> args: for the commands that need no running dovecot (pw).
    static Result doveadm(const QStringList& args);

    // A key lookup by a tool that prints the value and exits 0, or prints nothing and exits 1 when the key is
    // not there (postmap -q): the trimmed value, NotFound, or "<failed: message()>" for anything else (another
    // exit code, or exit 1 with anything on stderr: postmap's fatal errors exit 1 too).
    static QString lookup(const Result& result);

    // A server started by a test: waits until it accepts connections on 127.0.0.1:`port` (true), or until it exits
    // or `timeoutMs` passes (false, *error "<name> exited: <log>" / "<name> did not listen in N s: <log>"; `log`
    // gives what the server printed).
    static bool waitForListening(QProcess& process, quint16 port, int timeoutMs, const QString& name,
                                 const std::function<QByteArray()>& log, QString* error);
    // Ends a test's server: SIGTERM, then SIGKILL after 5 s.
    static void stop(QProcess& process);
    // Makes the server `process` will start get SIGTERM when the test process ends without stopping it (a crash,
    // ctest's timeout), so that no server outlives its test. Call before start().
    static void endWithTest(QProcess& process);
    // Every running process whose ancestor is one of `roots` (pids; 0 is ignored), the running roots included.
    static QList<qint64> processTree(const QList<qint64>& roots);
    // Stops `process` (stop()) and waits up to 10 s for every process it had started to end; those left then are
    // killed. For servers whose children outlive their master for a moment (postfix, dovecot).
    static void stopTree(QProcess& process);

private:
    static QString privateDir(); // one temporary folder per test process for HOME and the configurations
};
