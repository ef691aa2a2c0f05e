#include "box/BoxConfig.h"
#include "runtime/Agent.h"
#include "runtime/DemoBox.h"
#include "runtime/LogFormat.h"
#include "runtime/SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <malloc.h>

namespace {

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host)) {
        return false;
    }
    *port = static_cast<quint16>(p);
    return true;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "boxkeeper-agent: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Requests run on a pool of worker threads; glibc would give each its own malloc arena and keep
    // their freed pages. Two arenas keep the daemon's footprint small at no measurable cost in latency.
    mallopt(M_ARENA_MAX, 2);
    QCoreApplication app(argc, argv);
    LogFormat::install();
    QCoreApplication::setApplicationName(QStringLiteral("boxkeeper-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOXKEEPER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves the Mail-in-a-Box management API for this box (boxkeeper-agent)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("The box's settings (KEY=VALUE), default %1.").arg(QLatin1String(BoxConfig::DefaultPath)),
        QStringLiteral("FILE"), QLatin1String(BoxConfig::DefaultPath));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral(
            "Address and port to serve on, default 127.0.0.1:10222 (127.0.0.1:0 = a free port with --demo)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Create (if absent) and serve a self-contained demo box in DIR on 127.0.0.1."),
        QStringLiteral("DIR"));
    const QCommandLineOption plainOption(
        QStringLiteral("plain-http"),
        QStringLiteral("Serve plain HTTP (only on 127.0.0.1, behind nginx, which then sets X-Forwarded-For)."));
    const QCommandLineOption throttleOption(
        QStringLiteral("max-failed-logins"),
        QStringLiteral("Failed logins per client address and minute before it is refused for a minute (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral(
            "Seconds a client has to send each request, and that an idle connection stays open (default 60)."),
        QStringLiteral("SECS"), QStringLiteral("60"));
    const QCommandLineOption dailyOption(
        QStringLiteral("daily"),
        QStringLiteral("Run the nightly work and exit: the backup, TLS certificates provisioned or renewed (14 days or "
                       "less left), expired certificate files moved to ssl.expired/, then the status checks with "
                       "what changed since the previous night. Exit status 1 when something failed."));
    parser.addOptions({configOption, listenOption, demoOption, plainOption, throttleOption, idleOption, dailyOption});
    parser.process(app);

    Agent::Options options;
    QString configPath = parser.value(configOption);
    std::optional<DemoBox> demo;
    QString error;
    if (parser.isSet(listenOption) && !parseListen(parser.value(listenOption), &options.address, &options.port)) {
        return fail(QStringLiteral("--listen wants ADDR:PORT, e.g. 127.0.0.1:10222"));
    }
    if (parser.isSet(demoOption) && !options.address.isLoopback()) {
        return fail(QStringLiteral("the demo box only listens on 127.0.0.1"));
    }
    if (parser.isSet(demoOption)) {
        demo = DemoBox::prepare(parser.value(demoOption), &error);
        if (!demo) {
            return fail(error);
        }
        configPath = demo->configPath();
        options.kickAtStart = true;
        if (!parser.isSet(listenOption)) {
            options.port = 0;
        }
    }
    options.plainHttp = parser.isSet(plainOption);
    if (options.plainHttp && options.address != QHostAddress(QHostAddress::LocalHost)) {
        return fail(QStringLiteral("--plain-http is only allowed on 127.0.0.1"));
    }
    bool ok = false;
    options.maxFailedLogins = parser.value(throttleOption).toInt(&ok);
    if (!ok || options.maxFailedLogins < 1) {
        return fail(QStringLiteral("--max-failed-logins wants a positive number"));
    }

    options.idleTimeoutSecs = parser.value(idleOption).toInt(&ok);
    if (!ok || options.idleTimeoutSecs < 1) {
        return fail(QStringLiteral("--idle-timeout wants a positive number of seconds"));
    }

    const auto config = BoxConfig::load(configPath, &error);
    if (!config) {
        return fail(error);
    }

    Agent agent(*config, options);
    if (parser.isSet(dailyOption)) {
        if (!agent.open(&error)) {
            return fail(error);
        }
        bool ok = false;
        QTextStream(stdout) << agent.runDaily(&ok) << Qt::flush;
        return ok ? 0 : 1;
    }
    if (!agent.start(&error)) {
        return fail(error);
    }
    if (demo) {
        if (!demo->writeEnv(agent.port(), agent.fingerprint(), &error)) {
            return fail(error);
        }
        QTextStream(stdout) << demo->banner(agent.port(), agent.fingerprint()) << Qt::flush;
    } else {
        QTextStream(stderr) << "boxkeeper-agent: serving " << (options.plainHttp ? "http" : "https") << "://"
                            << options.address.toString() << ':' << agent.port() << '\n';
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&agent](int) {
        agent.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}
