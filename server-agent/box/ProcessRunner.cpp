#include "ProcessRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThreadPool>

#include <csignal>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcProcess, "boxkeeper.agent.process", QtInfoMsg)

namespace {

// Background runs (nobody waits for their answer) share a few threads.
QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

const char* outcomeName(ProcessResult::Outcome outcome)
{
    switch (outcome) {
    case ProcessResult::Outcome::Exited:
        return "exited";
    case ProcessResult::Outcome::FailedToStart:
        return "failed to start";
    case ProcessResult::Outcome::Crashed:
        return "crashed";
    case ProcessResult::Outcome::TimedOut:
        return "timed out";
    }
    return "?";
}

} // namespace

QString ProcessResult::firstLine() const
{
    for (const QByteArray* text : {&errorOutput, &output}) {
        for (const QByteArray& line : text->split('\n')) {
            if (!line.trimmed().isEmpty())
                return QString::fromLocal8Bit(line).trimmed();
        }
    }
    return {};
}

QString ProcessResult::message() const
{
    switch (outcome) {
    case Outcome::Exited: {
        if (exitCode == 0)
            return {};
        const QString reason = firstLine();
        return reason.isEmpty() ? QStringLiteral("%1 failed (exit code %2)").arg(program).arg(exitCode)
                                : QStringLiteral("%1 failed: %2").arg(program, reason);
    }
    case Outcome::FailedToStart:
        return QStringLiteral("Cannot run %1: %2").arg(program, startError);
    case Outcome::Crashed: {
        const QString reason = firstLine();
        return reason.isEmpty() ? QStringLiteral("%1 crashed").arg(program)
                                : QStringLiteral("%1 crashed: %2").arg(program, reason);
    }
    case Outcome::TimedOut:
        return QStringLiteral("%1 timed out after %2 s").arg(program).arg(double(timeoutMs) / 1000.0);
    }
    return {};
}

ProcessRunner::ProcessRunner(const QString& program)
    : m_program(program)
{ }

ProcessRunner& ProcessRunner::arg(const QString& argument)
{
    m_args.append({argument, false});
    return *this;
}

ProcessRunner& ProcessRunner::args(const QStringList& arguments)
{
    for (const QString& a : arguments)
        m_args.append({a, false});
    return *this;
}

ProcessRunner& ProcessRunner::secretArg(const QString& argument)
{
    m_args.append({argument, true});
    return *this;
}

ProcessRunner& ProcessRunner::workingDirectory(const QString& dir)
{
    m_workingDirectory = dir;
    return *this;
}

ProcessRunner& ProcessRunner::environment(const QString& name, const QString& value)
{
    m_environment.append({name, value});
    return *this;
}

ProcessRunner& ProcessRunner::timeout(int ms)
{
    m_timeoutMs = ms;
    return *this;
}

ProcessRunner& ProcessRunner::input(const QByteArray& data)
{
    m_input = data;
    m_hasInput = true;
    return *this;
}

QString ProcessRunner::describe() const
{
    QStringList words{m_program};
    for (const Argument& a : m_args) {
        if (a.secret)
            words.append(QStringLiteral("<secret>"));
        else if (a.text.isEmpty() || a.text.contains(QLatin1Char(' ')) || a.text.contains(QLatin1Char('\'')))
            words.append(QLatin1Char('\'') + QString(a.text).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                         QLatin1Char('\''));
        else
            words.append(a.text);
    }
    return words.join(QLatin1Char(' '));
}

ProcessResult ProcessRunner::run() const
{
    ProcessResult result;
    result.program = m_program;
    result.timeoutMs = m_timeoutMs;
    QStringList arguments;
    arguments.reserve(m_args.size());
    for (const Argument& a : m_args)
        arguments.append(a.text);

    QProcess p;
    p.setProgram(m_program);
    p.setArguments(arguments);
    if (!m_workingDirectory.isEmpty())
        p.setWorkingDirectory(m_workingDirectory);
    if (!m_environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : m_environment)
            env.insert(name, value);
        p.setProcessEnvironment(env);
    }
    if (!m_hasInput)
        p.setStandardInputFile(QProcess::nullDevice());
    // Its own session and process group (id = its pid): a timeout kills what it started too.
    p.setChildProcessModifier([] { ::setsid(); });

    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted(m_timeoutMs)) {
        result.outcome = ProcessResult::Outcome::FailedToStart;
        result.startError = p.errorString();
    } else {
        if (m_hasInput) {
            p.write(m_input);
            p.closeWriteChannel();
        }
        const qint64 left = qMax<qint64>(0, m_timeoutMs - timer.elapsed());
        if (!p.waitForFinished(int(left)) && p.state() != QProcess::NotRunning) {
            const qint64 pid = p.processId();
            if (pid > 0)
                ::kill(-pid_t(pid), SIGKILL);
            if (!p.waitForFinished(5000)) {
                p.kill();
                p.waitForFinished(1000);
            }
            result.outcome = ProcessResult::Outcome::TimedOut;
        } else if (p.exitStatus() == QProcess::CrashExit) {
            result.outcome = ProcessResult::Outcome::Crashed;
        } else {
            result.outcome = ProcessResult::Outcome::Exited;
            result.exitCode = p.exitCode();
        }
        result.output = p.readAllStandardOutput();
        result.errorOutput = p.readAllStandardError();
    }
    result.elapsedMs = timer.elapsed();
    if (lcProcess().isDebugEnabled()) {
        qCDebug(lcProcess).noquote() << describe() << "->" << outcomeName(result.outcome)
                                     << (result.outcome == ProcessResult::Outcome::Exited
                                             ? QString::number(result.exitCode)
                                             : QString())
                                     << result.elapsedMs << "ms";
    }
    return result;
}

void ProcessRunner::runInBackground(std::function<void(const ProcessResult&)> done) const
{
    const ProcessRunner command = *this;
    backgroundPool()->start([command, done = std::move(done)] {
        const ProcessResult r = command.run();
        if (!r.ok())
            qCWarning(lcProcess).noquote() << r.message();
        if (done)
            done(r);
    });
}
