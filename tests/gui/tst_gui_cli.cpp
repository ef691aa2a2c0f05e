// The desktop executable's command line, run as a process.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCli : public QObject
{
    Q_OBJECT

private slots:
    void noDisplayExplains();
    void helpWithoutDisplay();
    void badOptionsRefused();
    void startsToLoginDialog();

private:
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Result run(const QStringList& args, bool display);
    QTemporaryDir m_config;
};

TestGuiCli::Result TestGuiCli::run(const QStringList& args, bool display)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_config.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(BOXKEEPER_DESKTOP_PATH), args);
    Result result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

void TestGuiCli::noDisplayExplains()
{
    const Result r = run({QStringLiteral("--url"), QStringLiteral("https://box.example.com/admin")}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(QLatin1String("xvfb-run")), qPrintable(r.output));
    QVERIFY(!r.output.contains(QLatin1String("Aborted")));
}

void TestGuiCli::helpWithoutDisplay()
{
    const Result help = run({QStringLiteral("--help")}, false);
    QCOMPARE(help.exitCode, 0);
    for (const char* option : {"--url", "--email", "--trust-fingerprint", "--password-stdin", "--version"}) {
        QVERIFY2(help.output.contains(QLatin1String(option)), option);
    }
    const Result version = run({QStringLiteral("--version")}, false);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.contains(QLatin1String(BOXKEEPER_VERSION)));
}

void TestGuiCli::badOptionsRefused()
{
    Result r = run({QStringLiteral("--trust-fingerprint"), QStringLiteral("AA:BB")}, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.output.contains(QLatin1String("SHA-256")));
    r = run({QStringLiteral("--url"), QStringLiteral("http://box.example.com/admin")}, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.output.contains(QLatin1String("https://")));
}

void TestGuiCli::startsToLoginDialog()
{
    const Result r = run({QStringLiteral("--bench-startup")}, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.output.contains(QLatin1String("startup_to_login_dialog_ms")), qPrintable(r.output));
    // The app logs to its data folder (owner-only) and still to stderr.
    const QString log = m_config.filePath(QStringLiteral("data/Boxkeeper/boxkeeper/boxkeeper.log"));
    QFile file(log);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(log));
    QVERIFY(file.readAll().contains("INFO boxkeeper.ui: Boxkeeper " BOXKEEPER_VERSION " starting"));
    QCOMPARE(QFile::permissions(log) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(r.output.contains(QLatin1String("boxkeeper.ui: Boxkeeper")));
}

QTEST_GUILESS_MAIN(TestGuiCli)
#include "tst_gui_cli.moc"
