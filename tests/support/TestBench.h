#pragma once

#include "TestPki.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

// Shared by the benchmarks (tests/bench).
namespace TestBench {

// The box sizes a benchmark runs at: its command-line arguments (after the program name) as numbers, else
// `defaults` (1, 100 and 1,000 domains).
inline QList<int> sizes(const QStringList& arguments, const QList<int>& defaults = {1, 100, 1000})
{
    QList<int> out;
    for (const QString& a : arguments.mid(1))
        out.append(a.toInt());
    return out.isEmpty() ? defaults : out;
}

// Runs `call` `count` times: the milliseconds of each run, sorted (median at size() / 2); empty as soon as `call`
// returns false (the benchmark has said why).
inline QList<double> sortedTimesMs(int count, const std::function<bool()>& call)
{
    QList<double> times;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        t.start();
        if (!call())
            return {};
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times;
}

// A benchmark over box sizes: prints `title`, then runs `benchmark` at each size (sizes() with `defaults`) with one
// throw-away CA; 1 as soon as one fails (it has said why), else 0.
inline int runAtSizes(const QStringList& arguments, const QList<int>& defaults, const char* title,
                      const std::function<bool(int, const TestPki::Authority&)>& benchmark)
{
    const TestPki::Authority ca = TestPki::authority(QStringLiteral("Bench"));
    std::printf("%s\n", title);
    for (int n : sizes(arguments, defaults)) {
        if (!benchmark(n, ca))
            return 1;
    }
    return 0;
}

} // namespace TestBench
