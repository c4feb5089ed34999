// BenchReport: the one output format of every GovDesk benchmark.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace GovDesk::Bench {

// Prints `bench <name> value=<v> baseline=<b> ratio=<r>` (ratio = value / baseline, lower is better).
void report(const QString &name, double value, double baseline);

// True when the command line holds --quick (CI's small run).
[[nodiscard]] bool quickMode(int argc, char **argv);

// Percentile (0..100) of the samples, nearest-rank.
[[nodiscard]] double percentile(std::vector<double> samples, double percent);

} // namespace GovDesk::Bench
