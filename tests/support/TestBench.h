#pragma once

#include <QList>
#include <QStringList>

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

} // namespace TestBench
