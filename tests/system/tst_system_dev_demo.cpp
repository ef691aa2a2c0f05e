#include "TestTool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

// `./dev demo` as a person runs it, with the real agent and a stand-in for the desktop app (the script's
// BOXKEEPER_DEMO_AGENT / BOXKEEPER_DEMO_APP): the agent stops when the app closes or on Ctrl+C, the exit code is
// the app's, Qt gets a private runtime folder, and without a display the printed curl commands work as printed
// while the agent serves until Ctrl+C.
class TestSystemDevDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString boxDir() const { return m_dir.filePath(QStringLiteral("box")); }

    // The agents serving this test's demo box: processes with "--demo <boxDir>" on their command line.
    QList<qint64> demoAgents() const
    {
        QList<qint64> pids;
        const QByteArray wanted = QByteArray("--demo\0", 7) + boxDir().toLocal8Bit() + '\0';
        for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (isPid && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(wanted)) {
                pids.append(pid);
            }
        }
        return pids;
    }

    // `./dev demo` with the built agent, this test's box, `app` as the desktop app and no runtime folder.
    void setUpDemo(QProcess& dev, const QString& app, bool display)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"}) {
            env.remove(QLatin1String(name));
        }
        if (display) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        env.insert(QStringLiteral("BOXKEEPER_DEMO_DIR"), boxDir());
        env.insert(QStringLiteral("BOXKEEPER_DEMO_AGENT"), QStringLiteral(BOXKEEPER_AGENT_PATH));
        env.insert(QStringLiteral("BOXKEEPER_DEMO_APP"), app);
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        dev.setProcessEnvironment(env);
        dev.setProgram(QStringLiteral(BOXKEEPER_SOURCE_DIR "/dev"));
        dev.setArguments({QStringLiteral("demo")});
        // Its own process group, as a shell gives a foreground job: Ctrl+C goes to the whole group.
        dev.setChildProcessModifier([] { ::setsid(); });
    }

    QString writeApp(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0) {
            return {};
        }
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void agentStopsWhenTheAppCloses_data()
    {
        QTest::addColumn<int>("appExit");
        QTest::newRow("app exits 0") << 0;
        QTest::newRow("app exits 3") << 3;
    }
    void agentStopsWhenTheAppCloses()
    {
        QFETCH(int, appExit);
        const QString record = m_dir.filePath(QStringLiteral("app-record"));
        QFile::remove(record);
        // The app records its arguments and its runtime folder's mode, then quits at once.
        const QString app =
            writeApp(QStringLiteral("app.sh"),
                     QStringLiteral("{ echo \"$*\"; stat -c %a \"$XDG_RUNTIME_DIR\"; } > '%1'\nexit %2\n")
                         .arg(record)
                         .arg(appExit)
                         .toUtf8());
        QVERIFY(!app.isEmpty());
        QProcess dev;
        setUpDemo(dev, app, true);
        dev.start();
        QVERIFY(dev.waitForFinished(120000));
        const QByteArray err = dev.readAllStandardError();
        QCOMPARE(dev.exitStatus(), QProcess::NormalExit);
        QVERIFY2(dev.exitCode() == appExit, err.constData());
        QVERIFY2(!err.contains("unbound variable"), err.constData());
        QCOMPARE(demoAgents(), QList<qint64>());

        QFile f(record);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^--url https://127\\.0\\.0\\.1:\\d+/admin --email admin@example\\.com "
                                              "--trust-fingerprint [0-9A-F:]{95}$"))
                .match(QString::fromUtf8(lines.at(0)))
                .hasMatch(),
            lines.at(0).constData());
        QCOMPARE(lines.at(1), QByteArray("700"));
        // The private runtime folder went with the demo.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("boxkeeper-runtime.*")}, QDir::Dirs), QStringList());
    }

    void withoutDisplayCurlWorksUntilCtrlC()
    {
        QProcess dev;
        setUpDemo(dev, QStringLiteral("/bin/false"), false);
        dev.start();
        QVERIFY(dev.waitForStarted());
        const auto stopOnFailure = qScopeGuard([&dev] {
            if (dev.state() != QProcess::NotRunning) {
                ::kill(-static_cast<pid_t>(dev.processId()), SIGTERM);
                dev.waitForFinished(10000);
            }
        });
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += dev.readAllStandardError()).contains("Press Ctrl+C to stop the agent."),
                                 60000);
        // The printed commands, run as printed.
        const auto commandAfter = [&err](const QByteArray& comment) {
            const int at = err.indexOf("# " + comment + '\n');
            if (at < 0) {
                return QString();
            }
            const int start = at + comment.size() + 3;
            return QString::fromUtf8(err.mid(start, err.indexOf('\n', start) - start)).trimmed();
        };
        const QString users = commandAfter("the mail users, as JSON");
        QVERIFY2(users.startsWith(QLatin1String("curl ")), err.constData());
        TestTool::Result r = TestTool::run(QStringLiteral("sh"), {QStringLiteral("-c"), users});
        QVERIFY2(r.ok(), r.message().constData());
        QVERIFY2(r.out.contains("\"email\": \"admin@example.com\""), r.out.constData());
        const QString add =
            QString::fromUtf8(err.mid(err.indexOf("# add a user, then an alias\n")).split('\n').value(1).trimmed());
        r = TestTool::run(QStringLiteral("sh"), {QStringLiteral("-c"), add});
        QVERIFY2(r.ok() && r.out.startsWith("mail user added"), r.message().constData());
        const QString zones = commandAfter("the DNS zones the box serves");
        r = TestTool::run(QStringLiteral("sh"), {QStringLiteral("-c"), zones});
        QVERIFY2(r.ok() && r.out.contains("example.com"), r.message().constData());
        QVERIFY(!demoAgents().isEmpty());

        // Ctrl+C (the terminal signals the whole foreground group) is the normal end: exit 0, agent gone.
        QVERIFY(::kill(-static_cast<pid_t>(dev.processId()), SIGINT) == 0);
        QVERIFY(dev.waitForFinished(30000));
        err += dev.readAllStandardError();
        QVERIFY2(!err.contains("unbound variable"), err.constData());
        QVERIFY2(dev.exitCode() == 0 && err.contains("Stopped the demo agent."), err.constData());
        QCOMPARE(demoAgents(), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestSystemDevDemo)
#include "tst_system_dev_demo.moc"
