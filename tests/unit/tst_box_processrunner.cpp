#include "box/ProcessRunner.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QStringList g_logged;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (QLatin1String(context.category) == QLatin1String("boxkeeper.agent.process"))
        g_logged.append(message);
    else if (g_previous)
        g_previous(type, context, message);
}

// Whether a process is gone (or only a zombie waiting for its new parent to reap it).
bool isGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const int close = int(text.lastIndexOf(')'));
    return close > 0 && text.mid(close + 2, 1) == "Z";
}

} // namespace

// The one runner of external tools (real processes: sh, sleep, cat).
class TestProcessRunner : public QObject
{
    Q_OBJECT

private slots:
    void exitCodeOutputAndErrorKeptApart()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("sh"))
                                    .args({"-c", "echo out; echo 'first reason' >&2; echo more >&2; exit 3"})
                                    .run();
        QCOMPARE(r.outcome, ProcessResult::Outcome::Exited);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.ok());
        QCOMPARE(r.output, QByteArray("out\n"));
        QCOMPARE(r.errorOutput, QByteArray("first reason\nmore\n"));
        QCOMPARE(r.message(), QStringLiteral("sh failed: first reason"));
    }

    void success()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("sh")).args({"-c", "printf ok"}).run();
        QVERIFY(r.ok());
        QCOMPARE(r.output, QByteArray("ok"));
        QCOMPARE(r.message(), QString());
    }

    void silentFailureNamesTheExitCode()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("sh")).args({"-c", "exit 4"}).run();
        QCOMPARE(r.message(), QStringLiteral("sh failed (exit code 4)"));
    }

    void missingProgram()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("/nonexistent/boxkeeper-tool")).arg("x").run();
        QCOMPARE(r.outcome, ProcessResult::Outcome::FailedToStart);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().startsWith("Cannot run /nonexistent/boxkeeper-tool: "), qPrintable(r.message()));
    }

    void crashIsNotAnExitCode()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("sh")).args({"-c", "kill -SEGV $$"}).run();
        QCOMPARE(r.outcome, ProcessResult::Outcome::Crashed);
        QCOMPARE(r.exitCode, -1);
        QVERIFY(r.message().startsWith("sh crashed"));
    }

    void timeoutKillsTheWholeProcessGroup()
    {
        // sh starts a grandchild (sleep in the background), writes its pid, then waits itself: at the
        // timeout both must be gone, not only the direct child.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath("grandchild.pid");
        const ProcessResult r =
            ProcessRunner(QStringLiteral("sh"))
                .args({"-c", QStringLiteral("sleep 300 & echo $! > %1; echo started; sleep 300").arg(pidFile)})
                .timeout(1000)
                .run();
        QCOMPARE(r.outcome, ProcessResult::Outcome::TimedOut);
        QVERIFY(!r.ok());
        QCOMPARE(r.message(), QStringLiteral("sh timed out after 1 s"));
        QCOMPARE(r.output, QByteArray("started\n"));
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 grandchild = f.readAll().trimmed().toLongLong();
        QVERIFY(grandchild > 0);
        QTRY_VERIFY_WITH_TIMEOUT(isGone(grandchild), 10000);
    }

    void inputAndNoInput()
    {
        const ProcessResult r = ProcessRunner(QStringLiteral("cat")).input("hello\n").run();
        QVERIFY(r.ok());
        QCOMPARE(r.output, QByteArray("hello\n"));
        // Without input, stdin is /dev/null: cat ends at once instead of waiting for the agent's stdin.
        const ProcessResult empty = ProcessRunner(QStringLiteral("cat")).timeout(10000).run();
        QVERIFY(empty.ok());
        QCOMPARE(empty.output, QByteArray());
    }

    void workingDirectory()
    {
        QTemporaryDir dir;
        const ProcessResult r = ProcessRunner(QStringLiteral("pwd")).workingDirectory(dir.path()).run();
        QCOMPARE(QString::fromLocal8Bit(r.output.trimmed()), QFileInfo(dir.path()).canonicalFilePath());
    }

    void environmentAddsToTheInheritedOne()
    {
        qputenv("BOXKEEPER_TEST_INHERITED", "kept");
        const ProcessResult r = ProcessRunner(QStringLiteral("sh"))
                                    .args({"-c", "echo \"$DEBIAN_FRONTEND $BOXKEEPER_TEST_INHERITED\""})
                                    .environment(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"))
                                    .run();
        QVERIFY(r.ok());
        QCOMPARE(r.output, QByteArray("noninteractive kept\n"));
        const ProcessResult plain =
            ProcessRunner(QStringLiteral("sh")).args({"-c", "echo \"[$DEBIAN_FRONTEND]\""}).run();
        QCOMPARE(plain.output, QByteArray("[" + qgetenv("DEBIAN_FRONTEND") + "]\n"));
    }

    void commandsLoggedAtDebugLevelWithoutSecrets()
    {
        const ProcessRunner command =
            ProcessRunner(QStringLiteral("echo")).arg("-n").arg("two words").secretArg("hunter2-secret");
        QCOMPARE(command.describe(), QStringLiteral("echo -n 'two words' <secret>"));
        QLoggingCategory::setFilterRules(QStringLiteral("boxkeeper.agent.process.debug=true"));
        g_logged.clear();
        g_previous = qInstallMessageHandler(capture);
        const ProcessResult r = command.run();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(r.output, QByteArray("two words hunter2-secret"));
        QCOMPARE(g_logged.size(), 1);
        QVERIFY2(g_logged.first().startsWith("echo -n 'two words' <secret> -> exited 0 "),
                 qPrintable(g_logged.first()));
        QVERIFY(!g_logged.first().contains("hunter2"));
        // Off by default: nothing is logged for a successful command.
        g_logged.clear();
        g_previous = qInstallMessageHandler(capture);
        ProcessRunner(QStringLiteral("true")).run();
        qInstallMessageHandler(g_previous);
        QVERIFY(g_logged.isEmpty());
    }

    void inBackground()
    {
        QSemaphore done;
        ProcessResult seen;
        ProcessRunner(QStringLiteral("sh")).args({"-c", "echo bg"}).runInBackground([&](const ProcessResult& r) {
            seen = r;
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QVERIFY(seen.ok());
        QCOMPARE(seen.output, QByteArray("bg\n"));
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_box_processrunner.moc"
