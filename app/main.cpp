#include "ApiClient.h"
#include "AppController.h"
#include "AppTranslation.h"
#include "CertTrustStore.h"
#include "CredentialStore.h"
#include "Logging.h"
#include "SettingsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
struct Options
{
    QCommandLineOption url{
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Address of the box's control panel (https://HOST/admin)."),
        QStringLiteral("URL")};
    QCommandLineOption email{QStringLiteral("email"), QCoreApplication::translate("main", "Login email address."),
                             QStringLiteral("EMAIL")};
    QCommandLineOption fingerprint{
        QStringLiteral("trust-fingerprint"),
        QCoreApplication::translate("main", "Pin the box's certificate by its SHA-256 fingerprint (AA:BB:…)."),
        QStringLiteral("SHA256")};
    QCommandLineOption passwordStdin{
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("main", "Read the password from standard input and log in at once.")};
    QCommandLineOption benchStartup{
        QStringLiteral("bench-startup"),
        QCoreApplication::translate("main", "Print the time to the login dialog and quit (benchmarks).")};

    void addTo(QCommandLineParser& parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Boxkeeper: the control panel of your mail box, on your desktop."));
        parser.addHelpOption();
        parser.addVersionOption();
        benchStartup.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({url, email, fingerprint, passwordStdin, benchStartup});
    }
};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Boxkeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("boxkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOXKEEPER_VERSION));
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    if (!hasDisplay()) {
        // Parse (for --help / --version) without a GUI, then explain instead of crashing in the platform plugin.
        QCoreApplication app(argc, argv);
        setIdentity();
        Options options;
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app);
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main",
                "boxkeeper needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                "Run it on a desktop session, or under a virtual display, for example:\n"
                "    xvfb-run -a boxkeeper [options]\n"
                "or choose a Qt platform explicitly, e.g. QT_QPA_PLATFORM=offscreen.")));
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/boxkeeper.svg")));
    QApplication::setDesktopFileName(QStringLiteral("boxkeeper"));

    Logging::install();
    qCInfo(lcUi, "Boxkeeper %s starting (Qt %s, %s, platform %s); log file %s", BOXKEEPER_VERSION, qVersion(),
           qPrintable(QSysInfo::prettyProductName()), qPrintable(QGuiApplication::platformName()),
           qPrintable(Logging::filePath()));

    QTranslator qtTranslator;
    if (AppTranslation::loadQt(&qtTranslator, QLocale())) {
        QCoreApplication::installTranslator(&qtTranslator);
    } else if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C) {
        qCInfo(lcUi, "No Qt translation for %s in %s", qPrintable(QLocale().name()),
               qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    QTranslator translator;
    if (AppTranslation::load(&translator, QLocale())) {
        QCoreApplication::installTranslator(&translator);
    }

    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    AppController::StartOptions start;
    start.url = parser.value(options.url);
    start.email = parser.value(options.email);
    start.fingerprint = parser.value(options.fingerprint);
    if (!start.fingerprint.isEmpty() && CertTrustStore::normalizeFingerprint(start.fingerprint).isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main",
                "boxkeeper: --trust-fingerprint needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AA:BB:…:FF.")));
        return 2;
    }
    if (!start.url.isEmpty() && ApiClient::normalizeBaseUrl(start.url).isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "boxkeeper: --url needs an https:// address, e.g. https://box.example.com/admin.")));
        return 2;
    }
    if (parser.isSet(options.passwordStdin)) {
        std::string line;
        std::getline(std::cin, line);
        start.password = QString::fromStdString(line);
        if (start.password.endsWith(QLatin1Char('\r'))) {
            start.password.chop(1);
        }
    }

    SettingsStore settings;
    CredentialStore credentials;
    AppController controller(&settings, &credentials);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    controller.start(start);
    start.password.clear();

    if (parser.isSet(options.benchStartup)) {
        QTimer::singleShot(0, &app, [&startup] {
            QTextStream(stdout) << "startup_to_login_dialog_ms " << startup.nsecsElapsed() / 1e6 << Qt::endl;
            QApplication::quit();
        });
    }
    const int rc = app.exec();
    qCInfo(lcUi, "Boxkeeper quits");
    return rc;
}
