#pragma once

// Shared by the desktop benchmarks (offscreen widgets against a live agent): figures, RSS, page openings to
// painted and filter keystrokes, the login of an AppController.
#include "AppController.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "PaintWatcher.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "dialogs/LoginDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace DesktopBench {

inline void print(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

inline double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// CPU time of the calling thread: on a busy machine the wall time of a keystroke includes waiting for a core;
// this does not (the GUI thread does all of a keystroke's work).
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The desktop of a benchmark: settings in a temporary folder, no keychain.
struct App
{
    QTemporaryDir config;
    SettingsStore settings{config.filePath(QStringLiteral("settings.ini"))};
    CredentialStore credentials{QStringLiteral("BoxkeeperBench"), nullptr};
    AppController controller{&settings, &credentials};
};

// Logs the controller in to the agent's box (password typed) and sizes the window; null (said why) on failure.
inline MainWindow* logIn(AppController* controller, const TestAgent& agent)
{
    controller->start({agent.baseUrl().toString(), agent.adminEmail(), agent.fingerprint(), QString()});
    LoginDialog* dialog = controller->loginDialog();
    MainWindow* window = controller->mainWindow();
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(agent.adminPassword());
    dialog->accept();
    if (!QTest::qWaitFor([&] { return window->isVisible(); }, 30000)) {
        print(QStringLiteral("  login failed: %1").arg(dialog->message()));
        return nullptr;
    }
    window->resize(1200, 800);
    return window;
}

// Opens page `id` from another page `runs` times; the times until `filled()` and a paint of `view` after it, and
// in `cpu` (when given) the GUI thread's CPU time for each (the wall time on a busy machine includes waiting for a
// core, and the agent's share).
inline std::vector<double> openings(MainWindow* window, const QString& id, QTreeView* view,
                                    const std::function<bool()>& filled, const std::function<void()>& clear,
                                    int runs = 10, std::vector<double>* cpu = nullptr)
{
    PaintWatcher watcher;
    view->viewport()->installEventFilter(&watcher);
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        window->showPage(QStringLiteral("instructions"));
        clear();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        window->showPage(id);
        if (!QTest::qWaitFor(filled, 60000)) {
            print(QStringLiteral("  the page did not fill"));
            break;
        }
        watcher.arm();
        if (!QTest::qWaitFor([&] { return watcher.painted(); }, 5000)) {
            print(QStringLiteral("  no paint"));
            break;
        }
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (cpu)
            cpu->push_back(threadCpuMs() - cpuStart);
    }
    view->viewport()->removeEventFilter(&watcher);
    return times;
}

// Keystrokes typing and erasing `words` in `filter` until `count`: each the key event (filtering, the proxy's row
// signals, the view's bookkeeping) and a synchronous repaint of the view. `paints` gets the repaint's share of
// each keystroke, `cpu` the thread's CPU time for it.
inline std::vector<double> keystrokes(QLineEdit* filter, QTreeView* view, const QStringList& words, int count,
                                      std::vector<double>* paints, std::vector<double>* cpu)
{
    std::vector<double> times;
    filter->setFocus();
    const auto stroke = [&](auto key) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        QTest::keyClick(filter, key);
        const qint64 keyed = timer.nsecsElapsed();
        view->viewport()->repaint();
        const qint64 total = timer.nsecsElapsed();
        times.push_back(total / 1e6);
        paints->push_back((total - keyed) / 1e6);
        cpu->push_back(threadCpuMs() - cpuStart);
    };
    while (int(times.size()) < count) {
        for (const QString& word : words) {
            for (const QChar c : word)
                stroke(c.toLatin1());
            for (int i = 0; i < word.size(); ++i)
                stroke(Qt::Key_Backspace);
        }
    }
    return times;
}

// A benchmark's main: offscreen, Qt's platform chatter silenced, test-mode paths.
inline int main(int argc, char* argv[], const std::function<void()>& run)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtDebugMsg && !message.startsWith(QLatin1String("This plugin does not support")))
            QTextStream(stderr) << message << Qt::endl;
    });
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    run();
    return 0;
}

} // namespace DesktopBench
