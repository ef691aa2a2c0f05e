#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcProcess)

// What became of one run of an external tool.
struct ProcessResult
{
    enum class Outcome {
        Exited, // ran to its end; see exitCode
        FailedToStart, // not found, not executable, ...
        Crashed, // ended by a signal
        TimedOut, // killed (with its whole process group) when its time was up
    };

    QString program;
    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1; // for Exited
    QByteArray output; // stdout
    QByteArray errorOutput; // stderr
    QString startError; // for FailedToStart: the system's reason
    int timeoutMs = 0;
    qint64 elapsedMs = 0;

    // Exited with code 0.
    bool ok() const { return outcome == Outcome::Exited && exitCode == 0; }
    // The first non-empty line of stderr, else of stdout (tools print their reason first, usage may follow).
    QString firstLine() const;
    // One sentence for logs and error answers: "<program> failed: <first line>", "<program> timed out after
    // 60 s", "<program> crashed (signal)", "Cannot run <program>: <reason>". Empty when ok().
    QString message() const;
};

// Runs an external tool and waits for it (DESIGN.md "Shared pieces"): the tool gets its own session and
// process group, so that on timeout the tool and everything it started are killed together; stdout and
// stderr are kept apart; every command is logged at debug level (category boxkeeper.agent.process) with
// its outcome and time, arguments marked secret shown as "<secret>". Safe to use from any thread.
//
//     const ProcessResult r = ProcessRunner(QStringLiteral("nsd-control")).args({"-c", conf, "reload"}).run();
//     if (!r.ok())
//         qCWarning(lc) << r.message();
class ProcessRunner
{
public:
    static constexpr int DefaultTimeoutMs = 60000;

    explicit ProcessRunner(const QString& program);

    ProcessRunner& arg(const QString& argument);
    ProcessRunner& args(const QStringList& arguments);
    // An argument that is never logged (passwords, keys).
    ProcessRunner& secretArg(const QString& argument);
    ProcessRunner& workingDirectory(const QString& dir);
    // A variable added to (or replaced in) the environment the tool inherits, e.g. DEBIAN_FRONTEND.
    ProcessRunner& environment(const QString& name, const QString& value);
    ProcessRunner& timeout(int ms);
    // Written to the tool's stdin, which is then closed (no input: stdin is /dev/null).
    ProcessRunner& input(const QByteArray& data);

    // Runs the tool and waits for it (at most the timeout).
    ProcessResult run() const;
    // Runs it on a small shared pool of background threads; `done` (optional) is called there with the
    // result. For work whose answer nobody waits for (doveadm quota recalc); failures are logged.
    void runInBackground(std::function<void(const ProcessResult&)> done = {}) const;

    // The command as logged: program and arguments, secrets replaced.
    QString describe() const;

private:
    struct Argument
    {
        QString text;
        bool secret = false;
    };
    QString m_program;
    QList<Argument> m_args;
    QString m_workingDirectory;
    QList<QPair<QString, QString>> m_environment;
    int m_timeoutMs = DefaultTimeoutMs;
    QByteArray m_input;
    bool m_hasInput = false;
};
